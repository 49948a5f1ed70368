"""Read a scraped news page and separate the article from the site furniture.

The rules are about the shape of news pages, not about one site: the body is the
first run of prose paragraphs (lines that read as sentences), and it ends where
several non-prose lines in a row begin (subscription offers, topic lists, "Next
Story"). Header lines before the body give the standfirst, the byline and dates.
A list of key points above the body (a live blog's "Key points", a "Summary") is the
page's own summary in sentences: its items are read as the first paragraphs.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from itertools import islice, pairwise, takewhile
from pathlib import Path

from knowledge.errors import ArticleError
from knowledge.furniture import (
    embed_signer,
    ends_article,
    heads_links,
    is_author_note,
    is_caption,
    is_closing_call,
    is_encyclopedia_tagline,
    is_furniture,
    labels_a_link,
    labels_an_advert,
    opens_sign_up_form,
    resumes_story,
)
from knowledge.lexicon import CALENDAR_WORDS, MONTH_NAMES, SPEECH_VERBS, is_person_noun
from knowledge.models import Article, Byline, PageLine, Paragraph, PhotoCredit, Sentence
from knowledge.sentences import DATELINE, FOOTNOTE_MARKS, split_sentences
from knowledge.tokenize import plain_words, tokenize

_TERMINAL = re.compile(rf"[.!?…:][”\"’')\]»]*{FOOTNOTE_MARKS}$")  # "… on December 1.»" too
# A paragraph that hands over to a quote in the next one with a comma: "… by Sunday (17). He said,"
SAID_COMMA = re.compile(r"\b(?:said|says|added|adds|continued|explained|insisted|replied|stated)\s*,$")
# A bracketed note after a paragraph's last sentence: "… in front of the mountain.” (translated from French)",
# "… You do the math." [translated from Arabic]"; a capitalised one is a photo's credit: "… on Sunday. (Yonhap)"
_TRAILING_NOTE = re.compile(r"(?<=[.!?”\"’])\s+(?:\([a-z][^()]{0,60}\)|\[[a-z][^\[\]]{0,60}\])$")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_BULLET = re.compile(r"^[•*·▪►\-–—>#|]")
_QUOTE_MARK = re.compile(r"[“”\"«»]")
_MIN_PROSE_WORDS = 6
# A title inside the body that quotes someone (a live blog's entries): "Benhamou: ‘We will be back’".
# A subheading that quotes someone: "Salvesen: ‘I signed anyway’", "Minister says state can't 'bail out' every pool",
# or nothing but the quote ("'The river's not safe for little ones'").
# AFP wraps its subheadings in hyphens: "- 'We are losing it' -".
_QUOTE_TITLE = re.compile(
    r"^(?:[-–—]\s+)?(?:[A-ZÀ-ÖØ-ÞĀ-Ž][^.!?]{0,80}?(?<=[\s:])|(?=[‘“\"']))(?:[‘“\"][^’”\"]{3,}[’”\"]|'[^'\s][^.!?]{2,}?(?<=\S)')[^.!?]{0,60}$"
)
# A short line that attributes the quote before it: "Broadnax said to applause."
_ATTRIBUTION_LINE = re.compile(
    r"^(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*\s+){0,3}[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*(?:,\s+\d{1,3},)?\s+"  # "Toledano, 44, said …"
    r"(?:said|says|added|adds|wrote|told|continued|replied|explained|insisted)\b"
)
_MAX_FURNITURE_GAP = 8  # non-prose lines tolerated inside the body (subheadings, captions, live-blog stamps)
_CREDIT_REACH = 4  # units from the first prose line where a byline or date line may still stand
_CREDIT_LENGTH = 100  # a byline or date line is short
_MIN_HEADLINE_WORDS = 4
_SITE_NAME = re.compile(r"^(?:[\w&’'.-]+\s){0,3}[\w&’'.-]+\s+\|\s+(?:[\w&’'.-]+\s){0,2}[\w&’'.-]+$")  # "X | Y", short
_AD_LABEL = re.compile(r"^\s*(?:advertisement|sponsored(?: content)?|ad|promoted)\s*$", re.IGNORECASE)
_WEB_ADDRESS = re.compile(
    r"https?://|\bwww\.|\b[\w-]+\.(?:com|org|net|gov|co\.\w\w|com\.\w\w)\b"
    r"|(?-i:\b[a-z][\w-]{2,}\.[a-z]{2}\b(?!\.))",  # a country's address: "SWI swissinfo.ch - a branch of …"
    re.IGNORECASE,
)
_CREDIT_LINE = re.compile(
    r"^(?:(?:contributed|file|staff|handout|supplied)\s+(?:photos?|images?|pictures?)|(?:photos?|images?|pictures?)"
    r"\s*(?::|by)\s*[^.!?]{1,60}|(?:photos?|images?|pictures?)\s+courtesy\s+of\s+[^!?]{1,80}"
    # a wire's or paper's photo, maybe dated: "CNA photo Oct. 3, 2025", "Reuters file photo"
    r"|(?-i:(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'&-]*\s+){1,3})(?:file\s+)?(?:photos?|pictures?|images?)\b[\w ,.]{0,30}"
    # a photographer and a wire: "Jonas WEIBEL / AFP", "Fabrice Coffrini / AFP / Getty Images"
    r"|(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*\s+){0,3}[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*\s*/\s*(?:AFP|AP|Reuters|EPA|Getty\s+Images|Bloomberg"
    r"|Xinhua|Keystone|dpa|ANP|PA)(?:\s*/\s*[\w ]{2,30})?"
    # a photographer and their job: "Garfield Osei-Robinson/Photographer", "… / Freelance Photographer"
    r"|(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*\s+){0,3}[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*\s*/\s*(?:(?:freelance|staff|senior|chief|contributing)\s+)?"
    r"(?:photographer|photo\s+editor|contributor))\.?$",
    re.IGNORECASE,
)
# A caption's credit: "Photo: …", "Image by …", "PHOTO | …", "(Lusa/Pedro Sarmento Costa)", "… morning. By Lucas
# M. Arbogast", "… Ismailia, Egypt. Reuters", "… collection stopped. KT/Phan Vicheka".
_PHOTO_CREDIT = re.compile(
    r"\b(?:photo(?:graph)?s?|images?|pictures?|credits?)\s*(?:by|:)\s*[\w(]|(?-i:PHOTO)\s*\|\s*(?-i:[A-Z])"
    r"|\bsource:\s*[^/:]{2,40}/\s*(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž])"
    r"|\((?-i:[A-ZÀ-ÖØ-ÞĀ-Ž])[^()/]{1,40}/[^()/]{1,40}\)\s*$"
    r"|[.!?]\s+(?-i:By\s+[A-ZÀ-ÖØ-ÞĀ-Ž])[^.!?]{2,60}$"
    r"|[.!?]\s+(?:Reuters|AFP|AP|EPA|Xinhua|Getty\s+Images|Bloomberg|PTI|ANI)\.?$"
    r"|[.!?]\s+(?-i:[A-Z]{2,6}/[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*){0,3})\.?$",
    re.IGNORECASE,
)
_GALLERY_LINK = re.compile(r"(?:photos?|images?|pictures?)\s*:\s*(?-i:A|An|How|Why|What|Inside)\s", re.IGNORECASE)
_EDITOR_LINE = re.compile(r"^(?:edited\s+by|editors?|editing)\s*:?\s+(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž])[^.!?]{1,80}$", re.IGNORECASE)
_HEADLINE_SEARCH = 30  # units at the top of the page where a headline may stand
_LEAD_WORDS = 20  # a first line this long that reads as prose is the lead: the page has no headline
_MENU_WIDTH = 24  # characters: no column is hard-wrapped this narrow
_WRAP_WIDTH = 100  # lines no longer than this, in a block of similar lines, are hard-wrapped
_LONG_LINES_IN_WRAPPED = 2  # lines longer than that a hard-wrapped page may hold (an address, a footer)
# The heading of a summary list: "Key points", "Key events", "Summary", "At a glance", "What we know so far".
_KEY_POINTS = re.compile(
    r"^(?:key\s+(?:points|events|facts|takeaways|developments)|summary|highlights|at\s+a\s+glance|in\s+brief"
    r"|what\s+we\s+know(?:\s+so\s+far)?|what\s+you\s+need\s+to\s+know)\s*:?$",
    re.IGNORECASE,
)

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
    # as French, Spanish and Portuguese sites leave them in a page's date ("Édition du lundi 30 novembre 2026")
    r"|janvier|février|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
    r"|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro)\.?"
)
_DATE = re.compile(
    # "Oct 14,2025", "18. Mar 2025" (a European day number with its dot), "30/11/2026"
    rf"\b(?:{_MONTH}\s+\d{{1,2}}(?:,\s*|\s+)\d{{4}}|\d{{1,2}}\.?\s+{_MONTH},?\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}"
    r"|\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\.\d{1,2}\.\d{4})",  # "26.11.2025 17:48 | Author: …"
    re.IGNORECASE,
)
# the labels of a page's dates, also as French, Spanish, Portuguese and German sites leave them: "Publié le : …"
_PUBLISHED = re.compile(
    r"\b(?:(?:first\s+)?(?:published|posted)(?:\s+on)?|publié\s+le|publicado(?:\s+(?:el|em))?|veröffentlicht"
    r"(?:\s+am)?)\s*:?\s*",
    re.IGNORECASE,
)
_UPDATED = re.compile(
    r"\b(?:(?:last\s+)?updated(?:\s+on)?|mis\s+à\s+jour\s+le|actualizado(?:\s+el)?|atualizado(?:\s+em)?"
    r"|aktualisiert(?:\s+am)?)\s*:?\s*",
    re.IGNORECASE,
)
# "By …" (and "Par …", "Por …"), and a label for the writer: "Author: Yevheniia Martsiuk", "WRITER: Chanida …"
_BY_PREFIX = re.compile(
    r"^(?:[-–—(]\s*)?(?:(?:(?:compiled|written|reported)\s+)?by(?:\s*:)?\s+|(?:author|writer|writers|reporter|words)\s*:\s*"
    r"|(?:par|por)\s+(?-i:(?=[A-ZÀ-ÖØ-ÞĀ-Ž])))",  # French, Spanish and Portuguese sites' "By": "Par Yashvin Ramdin"
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"\b(?i:reporting|reported|written|story|words)\s+(?i:by)\s+"  # "Reporting by Katrin Vollmer; Editing by …"
    r"([A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*){0,3})"
)
_OUTLET = re.compile(
    r"(?:\bSubscribe to|©|\bCopyright)\s+(?:©\s*)?(?:\d{4}\s+)?(?:the\s+)?"
    r"([A-ZÀ-ÖØ-ÞĀ-Ž][\w&'’-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w&'’-]*){0,4})"
)


def load_article(path: str | Path) -> Article:
    """Read and parse the article at ``path``; raise ArticleError naming the file."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"cannot read article file {path}: {exc.strerror or exc}") from None
    if b"\x00" in data:
        raise ArticleError(f"article file {path} is binary, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ArticleError(f"article file {path} is not UTF-8 text") from None
    if not text.strip():
        raise ArticleError(f"article file {path} is empty")
    return parse_article(text, path=str(path))


def parse_article(text: str, path: str = "article.txt") -> Article:
    """Parse the text of a news page into an Article."""
    if _HTML.search(text[:2000]):
        raise ArticleError(
            f"article file {path} is an HTML page, not text: save the article as text (a browser's reader view "
            "or 'Save as … Text') and use that file"
        )
    lines = text.removeprefix("\ufeff").splitlines()
    if _MARKDOWN.search(text):
        lines = [_without_markdown(line) for line in lines]
    numbered = [(n, line.strip()) for n, line in enumerate(lines, start=1) if line.strip()]
    if not numbered:
        raise ArticleError(f"article file {path} is empty")
    units = [(first, last, _without_bullet(text)) for first, last, text in _join_wrapped_lines(numbered, lines)]
    prose = [is_prose(text) for _, _, text in units]
    # the story's words, read only for a page with an advert label (a paragraph set under one may be the story's)
    story_words = (
        Counter(term for (_, _, text), p in zip(units, prose, strict=True) if p for term in set(tokenize(text)))
        if any(labels_an_advert(text) for _, _, text in units)
        else Counter[str]()
    )
    prose = [
        p
        and not (i + 1 < len(units) and _caption_or_pitch(text, units[i + 1][2]))
        # "Read more" over a link, "ADVERTISEMENT" over an ad
        and not (i and units[i - 1][1] + 1 == first and _labels_the_line_under(units[i - 1][2], text, story_words))
        and not _teaser(units, i)
        and not _TIME_STAMP.match(text)
        and not _boxed_item(units, lines, i)
        and not (_not_english(text) and not _QUOTE_MARK.search(text))  # the site's own notice in its own language
        for i, (p, (first, _, text)) in enumerate(zip(prose, units, strict=True))
    ]
    headline_at = _find_headline(units, prose)
    first, last = _body_bounds(units, prose, 0 if headline_at is None else headline_at + 1)
    if first is None or last is None:
        raise ArticleError(f"article file {path} has no prose paragraphs (sentences ending in . ! ?)")
    first = _after_credit_lines(units, prose, first)
    after_headline = 0 if headline_at is None else headline_at + 1
    header = units[after_headline:first]
    encyclopedia = any(is_encyclopedia_tagline(text) for _, _, text in units[:first])
    byline = None if encyclopedia else _find_byline(header, units[last + 1 :])  # an encyclopedia is signed by no one
    if byline is None and not encyclopedia:  # "Valbona Rexhaj" / "Pristina" / "BIRN" under the standfirst
        byline = _find_byline(_under_the_first(units, prose, first, last), [])
        second = next((i for i in range(first + 1, last + 1) if prose[i]), None)
        if byline is not None and first == after_headline and second is not None:
            first, header = second, units[after_headline:second]  # the line over the writer's is the standfirst
    if byline is not None:  # the writer's card after the story: "Kendra Wiebe" / "Reporter" / "Kendra Wiebe covers …"
        last = next((i - 1 for i in range(first + 1, last + 1) if _writers_card(units, i, byline.author)), last)
    # The note on the writer that closes a feature is no part of it, nor a call to join the site's forums.
    while last > first and (
        is_closing_call(units[last][2]) or (byline is not None and is_author_note(units[last][2], byline.author))
    ):
        last -= 1
    body, footer = units[first : last + 1], units[last + 1 :]
    page = [PageLine(t, n) for n, _, t in units[:first] + footer]
    key_points = _key_points(header)
    paragraphs = _build_paragraphs(key_points + body, [True] * len(key_points) + prose[first : last + 1], lines)
    return Article(
        path=path,
        headline=None if headline_at is None else PageLine(units[headline_at][2], units[headline_at][0]),
        standfirst=_find_standfirst(header),
        byline=byline,
        published=_find_dated(page, _PUBLISHED) or _first_date(header + _lead_furniture(units, prose, first, last)),
        updated=_find_dated(page, _UPDATED),
        outlet=_find_outlet(page),
        credits=tuple(_photo_credits(units, prose)),
        editor=next((PageLine(t, n) for n, _, t in header + footer if _EDITOR_LINE.match(t)), None),
        paragraphs=paragraphs,
        sentences=tuple(s for p in paragraphs for s in p.sentences),
    )


Unit = tuple[int, int, str]  # first line, last line, text

_BOX_LABEL_WORDS = 5


def _boxed_item(units: list[Unit], lines: list[str], at: int) -> bool:
    """Whether a unit is a bulleted item of a box the page puts inside the story, under a label of its own and with
    no blank line between ("FAKAILOAGA | NOTICES" / "• Te Kaupule o Funafuti: Rubbish collection …")."""
    i = at
    while i and _BULLET.match(lines[units[i][0] - 1].strip()) and units[i - 1][1] + 1 == units[i][0]:
        i -= 1
        label = units[i][2]
        if (is_furniture(label) or label.isupper()) and len(_WORD.findall(label)) <= _BOX_LABEL_WORDS:
            return True  # a box's label: furniture, or a heading in capitals
    return False


def _labels_the_line_under(text: str, under: str, story_words: Counter[str]) -> bool:
    """Whether a line is a label over what the line under it holds: a link to another story, or an advert (not
    the story's next paragraph, set under the label with no blank line: it shares the story's words)."""
    if labels_a_link(text):
        return True
    if not labels_an_advert(text):
        return False
    terms = set(tokenize(under))
    return sum(story_words[term] > 1 for term in terms) < _STORY_SHARE * len(terms)


_STORY_SHARE = 0.4  # of a paragraph's words, those the rest of the story uses too (the corpus's adverts: 0.14–0.38)


def _caption_or_pitch(text: str, following: str) -> bool:
    """Whether a line that reads as prose is a photo's caption over its credit line ("Dr X speaks during
    Tuesday's briefing." / "Contributed photo") or a sign-up box's pitch over its field or small print."""
    if _CREDIT_LINE.match(following):  # unless it quotes someone: the story's last paragraph over "Photos: …"
        return not (_QUOTE_MARK.search(text) and not SPEECH_VERBS.isdisjoint(_WORD.findall(text.lower())))
    if _QUOTE_MARK.search(text) or len(text.split()) > _PITCH_WORDS:
        return False
    # a box's question over its pitch: "Do you have questions about …?" / "Get the answers with … our platform"
    return opens_sign_up_form(following) or (text.endswith("?") and is_furniture(following))


_PITCH_WORDS = 30


_HTML = re.compile(r"<!DOCTYPE\s+html|<html[\s>]|<body[\s>]|<(?:div|p)\s+class=", re.IGNORECASE)
# An interview's or transcript's speaker label: "A: Yes.", "QUINTERO: No." (short, but prose).
# A broadcast transcript adds the speaker's part: "MIRIAM KOVACEVIC, HOST: …", "HALLIE BRANDSTETTER, BYLINE: …".
SPEAKER_LABEL = re.compile(
    r"^(?P<label>Q|A|[A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž’'.-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž’'.-]+){0,2})"
    r"(?:,\s+(?P<part>[A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž’'.-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž’'.-]+){0,3}))?\s*:\s+(?=\S)"
)
# A page a reader tool saved as Markdown: "# Headline", "**$4.2 million**", "[Jane Doe](https://…)".
_MARKDOWN = re.compile(r"^#{1,6}\s|\]\(https?://|\*\*\S", re.MULTILINE)
_MARKDOWN_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MARKDOWN_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MARKDOWN_EMPHASIS = re.compile(r"(\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*]))")
_MARKDOWN_BLOCK = re.compile(r"^\s*(?:#{1,6}\s+|>\s?)")


def _without_markdown(line: str) -> str:
    """A Markdown line as the words it shows: no heading or quote marks, emphasis, or link targets."""
    line = _MARKDOWN_BLOCK.sub("", _MARKDOWN_LINK.sub(r"\1", _MARKDOWN_IMAGE.sub("", line)))
    return _MARKDOWN_EMPHASIS.sub("", line)


_PROSE_BULLET = re.compile(r"^[•▪►*–—-]\s+(?=\S)")


def _without_bullet(text: str) -> str:
    """A bulleted paragraph without its bullet: a newsletter's "• “I’m still waiting for it,” she said." is
    prose; a bulleted link or menu item ("• Sign up", "- Related: Floods") stays as it was."""
    bullet = _PROSE_BULLET.match(text)
    if bullet is None or not is_prose(text[bullet.end() :]):
        return text
    return text[bullet.end() :]


def _join_wrapped_lines(numbered: list[tuple[int, str]], lines: list[str]) -> list[Unit]:
    """Group hard-wrapped lines into one unit each: a paragraph broken over several rows."""
    widths = _block_widths(numbered)
    # On a page whose paragraphs run on in long lines, the lines above the first of them are its header: a
    # headline over its standfirst is two lines there, not one paragraph broken in two.
    long_lines = [number for number, text in numbered if len(text) > _WRAP_WIDTH]
    header_end = long_lines[0] if len(long_lines) > _LONG_LINES_IN_WRAPPED else 0
    units: list[Unit] = []
    for number, text in numbered:
        if units:
            first, last, joined = units[-1]
            previous = lines[last - 1].strip()
            width = widths[number] if number >= header_end else 0
            if number == last + 1 and _continues(previous, text, width):
                units[-1] = (first, number, f"{joined} {text}")
                continue
        units.append((number, number, text))
    return units


def _block_widths(numbered: list[tuple[int, str]]) -> dict[int, int]:
    """For each line, the longest line of its block (lines with no blank line between them)."""
    widths: dict[int, int] = {}
    block: list[tuple[int, str]] = []
    for item in [*numbered, (-1, "")]:
        if block and item[0] != block[-1][0] + 1:
            width = max(len(t) for _, t in block)
            widths.update((n, width) for n, _ in block)
            block = []
        block.append(item)
    return widths


def _continues(previous: str, text: str, width: int) -> bool:
    """Whether ``text`` carries on the paragraph of the line before it (a hard wrap)."""
    if not _TERMINAL.search(previous) and text[0].islower() and len(previous) > _MENU_WIDTH:
        # not a menu's "The Portal Times" / "ePaper", nor a byline under the date: "by Marie-Claire Larue"
        return not (_BY_PREFIX.match(text) and _looks_like_name_line(_BY_PREFIX.sub("", text)))
    if not _MENU_WIDTH < width <= _WRAP_WIDTH or _BY_PREFIX.match(text) or _is_metadata(text) or _BULLET.match(text):
        return False  # a block of short lines is a menu ("Home", "News", "Local News"), not a narrow column
    if _BULLET.match(previous) or is_furniture(previous) or is_furniture(text):
        return False
    # A row that carries on into a capitalised word is near the block's width; a headline over a longer
    # standfirst is not ("… over pay, 'robot cranes'" / "Ships pile up off Portmore as strike enters …").
    full = len(previous) >= (_CAPITAL_NEXT_SHARE if text[:1].isupper() else _WRAPPED_SHARE) * width
    return full and (not _TERMINAL.search(previous) or len(previous) >= 0.85 * width)


_WRAPPED_SHARE = 0.6  # of its block's width, a hard-wrapped row fills at least this much
_CAPITAL_NEXT_SHARE = 0.7


_SITE_NAME_WORDS = 5  # words of a site's name at the top of its page ("The Times of Israel")


def _named_again(units: list[Unit], at: int) -> bool:
    """Whether a line's text is the name a copyright line at the foot of the page gives ("© 2025 The Times of
    Israel. All rights reserved."): the site's name, not a headline."""
    name = _TRAILING_ACRONYM.sub("", units[at][2])  # "Hong Kong Free Press HKFP": "© 2025 Hong Kong Free Press."
    return any(_COPYRIGHT.match(text) and name in text for _, _, text in units[at + 1 :])


_TRAILING_ACRONYM = re.compile(r"\s+[A-Z]{2,6}$")


_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright\b)", re.IGNORECASE)


def _find_headline(units: list[Unit], prose: list[bool]) -> int | None:
    """The unit holding the headline: the first line at the top that is not chrome, if any.

    A short line is kept in reserve (a site name or section label looks the same as a
    short headline); a longer one wins. A page that opens with its lead has no headline.
    A long line over a menu may be a site's tagline: a later line with a byline under it wins. A short
    line repeated (an encyclopedia's title, again over its information box) is the headline.
    """
    short = over_menu = latest = None
    for i, (_, _, text) in enumerate(units[:_HEADLINE_SEARCH]):
        if latest is not None and is_encyclopedia_tagline(text):
            return latest  # the title over "From Wikipedia, the free encyclopedia", past its contents box
        if _is_chrome(text) or _not_english(text):
            continue  # a menu, a byline; a cookie banner or a heading in the site's other language
        if i and _AD_LABEL.match(units[i - 1][2]):
            continue  # the advertiser's copy under an "Advertisement" label
        if _SITE_NAME.match(text):
            continue  # "NIPPON PRESS WIRE | English Service": the site's name and its edition
        if "\t" in text:
            continue  # a row of an information box ("Founded\tc. 1142")
        if _WEB_ADDRESS.search(text):
            continue  # "Source: www.myjoyonline.com", a short link: no headline holds an address
        words = len(_WORD.findall(text))
        if _MIN_HEADLINE_WORDS <= words <= _SITE_NAME_WORDS and not prose[i] and _named_again(units, i):
            continue  # "The Times of Israel" over the menu, named again in its boxes and copyright line
        if prose[i] and not LIFE_SPAN.match(text):  # an obituary's headline: "Torcuil MacInnes, 2 February 1942 – …"
            lead = words >= _LEAD_WORDS or DATELINE.match(text)
            if over_menu is not None and not lead and _signed_under(units, i):
                return i  # "Chaos At AIP Depots As … Runs Dry Within Hours!" under a tagline and menu, over "By …"
            return over_menu if over_menu is not None else i if i == 0 and short is None and not lead else short
        if words >= _MIN_HEADLINE_WORDS:
            if over_menu is None and not _menu_follows(units, i):
                return i + 1 if _kicker_over(units, prose, i) else i
            if over_menu is not None and _signed_under(units, i):
                return i  # "Exclusive news, data and analytics …" / menu / "EXCLUSIVE-Aurelia …" / (a dek) / "By …"
            over_menu = i if over_menu is None else over_menu
            continue
        repeated = short is not None and text == units[short][2] and not _named_again(units, short)
        if repeated and not _kicker_over(units, prose, i):  # "Local News" in the menu and over the headline
            return short  # a title repeated over its information box: the page's title, not a site's name
        short = i if short is None else short
        latest = i
    return over_menu if over_menu is not None else short


# Words an English line of fourteen words or more can hardly do without (not "a", "i", "at", "in": other languages
# have them too)
_ENGLISH_WORDS = frozenset(
    "the of and to for with from by that this is are was were has have had will said as after over into about "
    "he she it we they you his her their our be been not but or would could should did there what when which who "
    "until every some".split()
)
_ENGLISH_LINE_WORDS = 14
_LATIN_LETTER = re.compile(r"[A-Za-zÀ-ÖØ-öø-ž]")


def _not_english(text: str) -> bool:
    """Whether a line of some length holds none of English's commonest words: "Vi använder kakor för att ge dig …",
    "Ko tuai te galuega o te pui tai mo te fakaopoopoga o fenua i Funafuti" (a bilingual site's other heading)."""
    if not _LATIN_LETTER.search(text):
        return True  # "ᑭᙵᐃᑦ ᐅᒥᐊᕐᔪᐊᖅ …": a headline in the site's other script, over the English one
    words = _WORD.findall(text)
    # a row of the site's own parts ("NYAN+  Logga in för att läsa  |  Bli prenumerant …") need not be as long
    least = _MIN_HEADLINE_WORDS if " | " in text else _ENGLISH_LINE_WORDS
    return len(words) >= least and not any(w.lower() in _ENGLISH_WORDS for w in words)


def _signed_under(units: list[Unit], at: int) -> bool:
    """Whether a byline or a date stands a few lines under a unit, as under a headline."""
    return any(_signed_or_dated(text) for _, _, text in units[at + 1 : at + 1 + _BYLINE_REACH])


_BYLINE_REACH = 5  # lines under a headline where its byline or date stands (a dek, "Why you can trust …" between)
_KICKER_WORDS = 5  # a topic label over a headline: "Rail Strike in Germany"
_HEADLINE_WORDS = 15  # a headline under it is longer, but no longer than this, and not a sentence of prose


def _kicker_over(units: list[Unit], prose: list[bool], at: int) -> bool:
    """Whether a short line is a kicker, the topic label some sites put over the headline ("Rail Strike in
    Germany" / "The Day the Trains Stood Still – Again" / a standfirst or the byline)."""
    if at + 2 >= len(units) or prose[at + 1] or not (prose[at + 2] or _signed_or_dated(units[at + 2][2])):
        return False
    label, headline = (len(_WORD.findall(units[j][2])) for j in (at, at + 1))
    return not _is_chrome(units[at + 1][2]) and label <= _KICKER_WORDS and label < headline <= _HEADLINE_WORDS


def _is_chrome(text: str) -> bool:
    """Whether a line at the top of the page is no headline: furniture, a date or time, a byline."""
    return is_furniture(text) or _is_metadata(text) or bool(_BY_PREFIX.match(text))


def _signed_or_dated(text: str) -> bool:
    """Whether a line under a headline is its byline, its source or its date ("By …", "(DWT Online)", "Published:
    Wednesday | March 11")."""
    credited = _SOURCE_IN_BRACKETS.fullmatch(text) is not None and not text.isupper()  # not "(SOUNDBITE OF …)"
    return bool(_BY_PREFIX.match(text)) or _is_metadata(text) or credited


_SOURCE_IN_BRACKETS = re.compile(r"\([A-Z][\w .&'’-]{1,40}\)")  # an agency or paper credited alone: "(DWT Online)"


_MENU_ITEM_WORDS = 3
_SPACED = re.compile(r"\s{2,}")  # between the links of a menu that sets them apart with spaces
_MENU_BARS = 3  # a row of four links or more: "Home | News | Lead Stories | Business"


def _menu_follows(units: list[Unit], at: int) -> bool:
    """Whether the lines after a unit are a menu (three or more of a few words each, or a row of links): a site's
    tagline or name above its navigation ("Exclusive news, data and analytics for …" / "My News" / "Sign In"),
    not a headline."""
    # "Palau's Independent Newspaper" / "Friday, October 24, 2025 | Koror: 86°F" / "Home  News  Local …": a date
    # or weather line between a tagline and its menu
    row = next((text for _, _, text in units[at + 1 : at + 3] if not _is_metadata(text)), "")
    if row.count(" | ") >= _MENU_BARS:  # "THE JAMAICA DAILY HERALD" / "Home | News | …"
        return True
    if len(_SPACED.split(row.strip())) > _MENU_BARS and is_furniture(row):
        return True  # "Agência Noticiosa de Timor-Leste" / "Home   National   Politics   Economy …"
    following = [text for _, _, text in units[at + 1 : at + 4]]
    return len(following) == 3 and all(len(_WORD.findall(t)) <= _MENU_ITEM_WORDS for t in following)


# A name and the dates of a life, as an obituary's headline or closing line gives them: "Torcuil MacInnes, 2 February
# 1942 – 29 September 2025", "Torcuil Ruairidh MacInnes, ferry captain and campaigner, born 2 February 1942; died 29
# September 2025".
LIFE_SPAN = re.compile(
    r"(?P<name>(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*\s+){0,3}[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*),\s+(?:[^,;()\d]{0,80},\s+)?(?:born\s+)?"
    r"[^,;()–—]{0,20}?\d{4}(?P<death>\s*(?:[–—]|;\s*died)\s*[^;()]{0,20}?\d{4})\.?\s*$"
)


def is_prose(text: str) -> bool:
    """Tell whether a line reads as article prose rather than page furniture."""
    if _BULLET.match(text) or (text.startswith("(") and text.endswith(")")) or is_furniture(text):
        return False
    if not _TERMINAL.search(_TRAILING_NOTE.sub("", text)) and not SAID_COMMA.search(text):
        return bool(LIFE_SPAN.match(text))  # an obituary's closing line, with no full stop
    words = sum(1 for _ in islice(_WORD.finditer(text), _MIN_PROSE_WORDS))  # counting further tells nothing
    if words >= _MIN_PROSE_WORDS:
        return True
    # short but prose: a quote, an attribution, an interview's answer ("A: Schedules, not wages.")
    return words >= 2 and bool(_QUOTE_MARK.search(text) or _ATTRIBUTION_LINE.match(text) or SPEAKER_LABEL.match(text))


def _body_bounds(units: list[Unit], prose: list[bool], start: int) -> tuple[int | None, int | None]:
    """Find the first and last unit of the body: prose from the top to where the article ends.

    A short run of prose cut off by a box of furniture is a note above the article, not the article:
    "This article is about the city on the River Drass." then an encyclopedia's infobox, then the text.
    So is one cut off by a mark that would end an article, when the page's chrome puts it above the
    text: a dek, then a share bar's "Comments (214)", then the story.
    """
    first, last = _prose_run(units, prose, start)
    size = _prose_chars(units, prose, first, last)
    reached = last
    while reached is not None and size < _NOTE:
        later, reached = _prose_run(units, prose, reached + 1)
        later_size = _prose_chars(units, prose, later, reached)
        if later_size > size:
            first, last, size = later, reached, later_size
    return first, last


def _writers_card(units: list[Unit], at: int, author: str) -> bool:
    """Whether a line is the writer's name alone, with the note on them within the lines after it."""
    if units[at][2].strip() != author:
        return False
    return any(is_author_note(text, author) for _, _, text in units[at + 1 : at + 1 + _CARD_LINES])


_CARD_LINES = 3  # the writer's name, their job, the note on them
_NOTE = 400  # characters of prose: a hatnote or a caption, not an article's body


def _prose_run(units: list[Unit], prose: list[bool], start: int) -> tuple[int | None, int | None]:
    """The first and last unit of the run of prose from ``start``: it ends where the article's end is marked."""
    first = last = None
    gap = 0
    i = start - 1
    while (i := i + 1) < len(units):
        text = units[i][2]
        if first is not None and ends_article(text):
            resumed = _story_after_links(units, prose, i, first) if heads_links(text) else None
            if resumed is None:
                break
            i, gap = resumed - 1, 0  # a box of links between two paragraphs of the story
            continue
        if prose[i]:
            if first is None:
                first = i
            last, gap = i, 0
        elif first is not None and resumes_story(text):
            gap = 0  # the box inside the story is over
        elif first is not None and not _TABLE_ROW.match(text):
            gap += 1
            if gap > _MAX_FURNITURE_GAP:
                break
    return first, last


_LINKS_BOX = 6  # lines of links under a "Related" heading inside a story
_RESUMED = _NOTE  # characters of prose after the box that continue the story


def _story_after_links(units: list[Unit], prose: list[bool], heading: int, first: int) -> int | None:
    """Where the story goes on after a box of links put inside it, if it does: the prose after the box is
    more than a note and names someone or something the story named before it (a list of other stories'
    headlines at the end of a page is followed by furniture or by other stories)."""
    after = next((j for j in range(heading + 1, min(heading + 2 + _LINKS_BOX, len(units))) if prose[j]), None)
    if after is None or any(ends_article(units[j][2]) for j in range(heading + 1, after)):
        return None  # "See also" / … / "References" / "^ …": the page's apparatus, no story after it
    later, last = _prose_run(units, prose, after)
    if later is None or last is None or _prose_chars(units, prose, later, last) < _RESUMED:
        return None
    before = _names_in(units[i][2] for i in range(first, heading) if prose[i])
    # a scene of new people may open the rest of the story: its names are those before the next end mark
    end = next((j for j in range(later, len(units)) if ends_article(units[j][2])), len(units))
    resumed = _names_in(units[i][2] for i in range(later, end) if prose[i])
    return later if not before.isdisjoint(resumed) else None


_NAME_WORD = re.compile(r"(?<=[\w,;] )[A-ZÀ-ÖØ-ÞĀ-Ž][\w-]{3,}")  # a capitalised word inside a sentence, not its "'s"


def _names_in(texts: Iterable[str]) -> set[str]:
    """The capitalised words texts use inside their sentences: names of people, places and organisations
    (not of days and months, which any two stories share)."""
    return {name for text in texts for name in _NAME_WORD.findall(text) if name.lower() not in CALENDAR_WORDS}


# A row of a table or an entry of a numbered contents list ("1.1\tFoundation", "Founded\tc. 1142") is a box
# the text runs around, not the end of the article.
_TABLE_ROW = re.compile(r"^(?:[^\t]*\t|\d+(?:\.\d+)*\s)")


def _prose_chars(units: list[Unit], prose: list[bool], first: int | None, last: int | None) -> int:
    """How much prose a run of units holds (none when there is no run)."""
    if first is None or last is None:
        return 0
    return sum(len(units[i][2]) for i in range(first, last + 1) if prose[i])


_READ_MORE = re.compile(r"^read\s+more\s*:\s*(?P<title>.+?)\s*$", re.IGNORECASE)
_TEASER_REACH = 3  # lines above a teaser where the story it promotes has its title


def _teaser(units: list[Unit], at: int) -> bool:
    """Whether a line is the teaser of another story in a box: its title above, "Read more: <the title>" under it
    ("Swiss glaciers shrink by 3% in a single year" / a date / "The country's glaciers lost …" / "Read more: …")."""
    link = _READ_MORE.match(units[at + 1][2]) if at + 1 < len(units) else None
    if link is None:
        return False
    return any(text == link.group("title") for _, _, text in units[max(0, at - _TEASER_REACH) : at])


def _after_credit_lines(units: list[Unit], prose: list[bool], first: int) -> int:
    """The body's first unit after a byline or date line just below a prose standfirst.

    "Riders and the union warn of … shortfall." / "By Tomasz Brennan" / "Published Wednesday
    12 March 2025" / the lead: the standfirst reads as prose, but the body starts after the credits.
    """
    credits = [i for i in range(first, min(first + _CREDIT_REACH, len(units))) if _is_credit_line(units[i][2])]
    if not credits:
        return first
    return next((i for i in range(credits[-1] + 1, len(units)) if prose[i]), first)


# "Published …", "Last updated …", "This content was published on September 28, 2025 - 18:35"
_DATED_LINE = re.compile(
    r"(?:this\s+(?:content|article|story|page)\s+was\s+)?(?:last\s+)?(?:published|posted|updated)\b", re.I
)


# A page's time stamp, however punctuated: "Wednesday, March 19, 2025 - 17:42. Updated on Thursday, March 20, …"
_TIME_STAMP = re.compile(
    rf"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:{_DATE.pattern})(?:[\s,.:-]+\d{{1,2}}[:.]\d{{2}})?"
    r"[\s,.:–—-]*(?:(?:last\s+)?updated\b.{0,80})?$",
    re.IGNORECASE,
)


def _is_credit_line(text: str) -> bool:
    """A short 'By …' line that is no sentence ("By Wednesday, delegates said …." is one), or a dated line
    that starts 'Published …' or 'Updated …'."""
    byline = bool(_BY_PREFIX.match(text)) and not _TERMINAL.search(text)
    dated = bool(_DATED_LINE.match(text)) and _is_metadata(text)
    return len(text) < _CREDIT_LENGTH and (byline or dated)


def _key_points(header: list[Unit]) -> list[Unit]:
    """The items of a key-points list above the body, without their bullets (each a statement of a few words)."""
    items: list[Unit] = []
    listing = False
    for first, last, text in header:
        if _KEY_POINTS.match(text):
            listing = True
        elif listing and _BULLET.match(text):
            item = text[1:].strip()
            if len(_WORD.findall(item)) >= _MIN_PROSE_WORDS and not is_furniture(item):
                items.append((first, last, item))
        elif listing:
            break
    return items


_PLAYER_NOTICE = re.compile(r"to\s+view\s+this\s+video\b|please\s+enable\s+javascript\b", re.IGNORECASE)


def _build_paragraphs(body: list[Unit], prose: list[bool], lines: list[str]) -> tuple[Paragraph, ...]:
    """Turn body units into paragraphs and sentences with line numbers.

    Lines that are not prose (subheadings, captions, time stamps) are left out, and so
    are a pull quote (a whole-line quote that repeats words quoted elsewhere in the body)
    and an embedded post (the unit before its '— Name (@handle)' signature) whose words
    the story quotes too; a post the story does not quote is kept as its signer's words.
    """
    paragraphs: list[Paragraph] = []
    sentence_index = 0
    texts = [text for _, _, text in body]
    for position, (first, last, text) in enumerate(body):
        following = body[position + 1][2] if position + 1 < len(body) else ""
        # an embedded post (its signature follows) or a video's title (the player's notice follows)
        signer = embed_signer(following)
        embedded = (signer is not None and _quoted_elsewhere(text, texts)) or bool(_PLAYER_NOTICE.match(following))
        quoted_title = _QUOTE_TITLE.match(text) and not is_furniture(text)  # "Salvesen: ‘I signed anyway’"
        # not another story's title under "Read More": "INMO warns overcrowding is ‘out of control’ as …"
        linked = position > 0 and body[position - 1][1] + 1 == first and labels_a_link(body[position - 1][2])
        quoted_title = quoted_title and not linked
        if not (prose[position] or quoted_title or signer) or embedded or _is_pull_quote(text, texts):
            continue
        line_starts = _line_offsets(first, last, lines)
        sentences = []
        for start, end in split_sentences(text):
            line = _line_at(start, line_starts)
            end_line = _line_at(end - 1, line_starts)
            sentences.append(Sentence(sentence_index, len(paragraphs), text[start:end], line, end_line, start))
            sentence_index += 1
        heading = not prose[position]  # kept only for its quote
        paragraphs.append(
            Paragraph(len(paragraphs), text, first, last, tuple(sentences), tuple(line_starts), heading, signer)
        )
    return tuple(paragraphs)


def _quoted_elsewhere(post: str, texts: list[str]) -> bool:
    """Whether the story quotes an embedded post's opening words in another line."""
    return _in_another_line(plain_words(" ".join(post.split()[:_POST_OPENING_WORDS])), texts)


def _in_another_line(words: str, texts: list[str]) -> bool:
    """Whether words (as ``plain_words`` gives them) stand in a line besides their own."""
    return sum(words in plain_words(other) for other in texts) > 1


_POST_OPENING_WORDS = 5


def _is_pull_quote(text: str, texts: list[str]) -> bool:
    """Whether a line is nothing but a quote that another body line also holds."""
    stripped = text.strip()
    if stripped[:1] not in '“"' or stripped[-1:] not in '”"':
        return False
    inner = plain_words(stripped)
    return len(inner) > 20 and _in_another_line(inner, texts)


def _line_offsets(first: int, last: int, lines: list[str]) -> list[tuple[int, int]]:
    """Offsets in the joined unit text where each source line begins."""
    offsets, position = [], 0
    for number in range(first, last + 1):
        offsets.append((position, number))
        position += len(lines[number - 1].strip()) + 1
    return offsets


def _line_at(offset: int, line_starts: list[tuple[int, int]]) -> int:
    """The source line holding a character offset of the unit text."""
    line = line_starts[0][1]
    for start, number in line_starts:
        if start <= offset:
            line = number
    return line


def _is_metadata(text: str) -> bool:
    """Dates and reading times are metadata, not standfirst or byline; a long line with a date in it is
    prose ("Oda Merensky (14 March 1911 – 2 October 1989) was a marine biologist …")."""
    if (len(_WORD.findall(text)) >= _LEAD_WORDS and is_prose(text)) or LIFE_SPAN.match(text):
        return False
    return bool(_DATE.search(text) or re.search(r"\bmin(?:ute)?s?\s+read\b", text, re.I) or _STAMP_LABEL.match(text))


# A time stamp's label on a line of its own, the date on the next: "Published", "Last updated".
_STAMP_LABEL = re.compile(r"^\s*(?:first\s+|last\s+)?(?:published|updated|posted)(?:\s+(?:on|at))?:?\s*$", re.I)


def _find_standfirst(header: list[Unit]) -> PageLine | None:
    """The sub-headline: the first sentence-like line right after the headline."""
    for first, _, text in header[:2]:
        words = len(_WORD.findall(text))
        if (
            words >= _MIN_PROSE_WORDS
            and not _is_metadata(text)
            and not _BY_PREFIX.match(text)
            and not is_furniture(text)
        ):
            return PageLine(text, first)
    return None


def _under_the_first(units: list[Unit], prose: list[bool], first: int, last: int) -> list[Unit]:
    """The short lines between the story's first paragraph (a standfirst) and its second, up to the first that
    looks like a name (the writer's, over their outlet's: "Heidi Rantakangas" / "Yle News")."""
    second = next((i for i in range(first + 1, last + 1) if prose[i]), first + 1)
    named = next((i for i in range(first + 1, second) if _looks_like_name_line(units[i][2])), second - 1)
    return units[first + 1 : named + 1]


def _find_byline(header: list[Unit], footer: list[Unit]) -> Byline | None:
    """Find the author: a 'By …' line or credit anywhere, else a short name line in the header."""
    found = _credited(header)
    if found is not None:
        return found
    # A name line in the header is the writers'; a footer's "Additional reporting by …" only helped.
    # Each writer's name over their social handle: "Gabriela Moncrieff" / "@GABIMONCRIEFF" / "Keoni Tuilagi" / …
    handled = [u for u, below in pairwise(header) if _HANDLE_LINE.match(below[2]) and _looks_like_name_line(u[2])]
    if handled:
        return Byline(", ".join(text for _, _, text in handled), None, PageLine(handled[0][2], handled[0][0]))
    # the last line signed as the writer's: "Kiran Bellefeuille · CBC News · Posted: …", "Name, Aviation Reporter"
    signed = next((b for i in reversed(range(len(header))) if (b := _signed(header, i)) is not None), None)
    if signed is not None:
        return signed
    candidates = [u for u in header if _looks_like_name_line(u[2])]
    if not candidates:
        return _credited(footer)
    first, _, text = candidates[-1]
    return _split_byline(text, PageLine(text, first), names_only=" and " not in text)


_PAGE_PARTS = re.compile(r"\s+[·•]\s+")
_OUTLET_AFTER_NAME = re.compile(r",\s+[A-ZÀ-ÖØ-ÞĀ-Ž0-9&]{2,8}$")  # "Ragnhild Thomsen, KVF": the writer's outlet
_HANDLE_LINE = re.compile(r"^@\w{2,30}$")  # a writer's social handle on the line under their name


def _signed(header: list[Unit], at: int) -> Byline | None:
    """A name line that says it is the writer's: the job after the name, on its line or the next, or the
    outlet and time after it ("Kiran Bellefeuille · CBC News · Posted: Jul 14, 2025")."""
    first, _, text = header[at]
    if _CREDIT_LINE.match(text):
        return None  # a photo's credit: "Garfield Osei-Robinson/Photographer"
    parts = _PAGE_PARTS.split(text)
    if len(parts) > 1 and _looks_like_name_line(parts[0]):  # "Ragnhild Thomsen, KVF · ragnhild@kvf.fo"
        return Byline(_OUTLET_AFTER_NAME.sub("", parts[0]), None, PageLine(text, first))
    if not _looks_like_name_line(text):
        return None
    if (name := _without_job(text)) != text:
        return Byline(name, None, PageLine(text, first))
    following = header[at + 1][2] if at + 1 < len(header) else ""
    if _without_job(f"{text}, {following}") == text:  # "Rachel Ow Jia Min" over "Housing Correspondent"
        return Byline(text, None, PageLine(text, first))
    return None


def _credited(units: list[Unit]) -> Byline | None:
    """The first 'By …' line or credit among some lines."""
    for first, _, text in units:
        text = _NEXT_LABEL.split(text, maxsplit=1)[0]  # "Reporter: José Moniz da Cruz Editor: Isaura Lemos de Deus"
        # a bilingual page's "NA TUSI NE | BY: SELU TAFAOGA": the part that says "By"
        text = next((part for part in text.split(" | ") if _BY_PREFIX.match(part)), text)
        if _BY_PREFIX.match(text) and len(by := _without_dates(_BRACKETED_BYLINE.sub(r"\1", text))) < 80:
            return _split_byline(_without_job(_BY_PREFIX.sub("", by)), PageLine(text, first), names_only=False)
        credit = _CREDIT.search(text)
        if credit:
            return Byline(credit.group(1), None, PageLine(text, first))
    return None


_NEXT_LABEL = re.compile(r"\s+(?=(?:Editor|Editing|Edited\s+by|Photos?|Photographer|Translation|Translator)\s*:)")
_BRACKETED_BYLINE = re.compile(r"^\((by\s[^()]+)\).*", re.IGNORECASE)  # "(By Chiang Ya-wen and Evan Ko) Enditem/ko"


_TRAILING_DATE = re.compile(
    rf"(?P<last>\b[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*)[\s,]+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_NAMES})|(?:{MONTH_NAMES})\s+\d{{1,2}}"
    r"(?:st|nd|rd|th)?,?)\s+\d{4}$"
)


def _without_dates(byline: str) -> str:
    """A byline without the dates that follow it: "By Oksana Pruitt | Published March 3, 2026 | Updated …"."""
    parts = re.split(r"\s*\|\s*|\s+[-–—]\s+", byline)  # "By Nadine Shurafa - Oct 14,2025 - Last updated …"
    kept = list(takewhile(lambda part: not _DATE.search(part), parts))
    kept = kept or parts[:1]
    # the date on the line under the name: "By Sofia Mascarenhas-Reid" / "5th November 2025"
    kept[-1] = _TRAILING_DATE.sub(r"\g<last>", kept[-1])
    return " | ".join(kept)


_NAME_IN_PLACE = re.compile(
    r"^(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+){1,2})\s+in\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+$"
)


# A writer's job after the name: "Whetū Paraone, Political Reporter", "Kadian Brissett/Senior Staff Reporter", "Hana
# Mitchell, RNZ Sport journalist".
_JOB_AFTER_NAME = re.compile(r"\s*[,/|]\s*(?P<job>(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*\s+){0,3}[^\W\d_][\w’'-]*)$")


# A name in capitals, then the writer's job in title case on the line under it: "BRIAN OTIENO MUSYOKA" /
# "Senior Business Writer".
_SHOUTED_NAME_THEN_JOB = re.compile(
    r"^(?:[A-ZÀ-ÖØ-Þ’'-]{2,}\s+){1,4}[A-ZÀ-ÖØ-Þ’'-]{2,}(?P<job>(?:\s+[A-Z][a-z][\w’'-]*){1,4})$"
)


# A desk's job straight after the name, with no comma: "Rhian Gwilym Business Reporter" (its last word a person
# noun, which ``_without_job`` checks).
_DESK_JOB_AFTER_NAME = re.compile(
    r"(?<=\w)\s+(?P<job>(?:(?:Senior|Chief|Deputy|Staff|Business|Political|Politics|Health|Education|Crime|Court|Sports?"
    r"|Local|Democracy|Environment|Science|Technology|Tech|Economics|Industry|Transport|Home|Foreign|News|City|Digital)"
    r"\s+){1,3}[A-Z][a-z]+)$"
)


def _without_job(text: str) -> str:
    """A name line without the writer's job after it ("Whetū Paraone, Political Reporter" -> the name)."""
    job = _JOB_AFTER_NAME.search(text) or _SHOUTED_NAME_THEN_JOB.search(text) or _DESK_JOB_AFTER_NAME.search(text)
    return text[: job.start("job")].rstrip(" ,/|") if job and is_person_noun(job.group("job").split()[-1]) else text


def _looks_like_name_line(text: str) -> bool:
    """A byline without 'By': two to five capitalised words and nothing else, or a name and where it was
    written from ("Lena Haberkorn in Brussels"), or a name and the writer's job ("…, Political Reporter")."""
    text = _NAME_IN_PLACE.sub(r"\g<name>", _without_job(text))
    words = [w for w in text.replace(",", " ").replace("|", " ").split() if w not in ("and", "&")]
    named = 2 <= len(words) <= 6 and all(w[0].isupper() for w in words)
    # "Housing Correspondent" under the name is the writer's job, not a second name
    return named and not is_person_noun(words[-1]) and not _is_metadata(text) and not is_furniture(text)


_AUTHOR_LINK = re.compile(
    r"\s+(?:more\s+(?:by|from)\s+(?:this\s+)?(?:author|writer)|(?:view|see)\s+(?:all|more)\s+(?:posts|stories|articles)"
    r"|follow|@\w{2,30})\s*$",  # "By Noa Shaltiel Follow": a button to follow the writer; their handle
    re.IGNORECASE,
)
_ON_A_DATE = re.compile(
    r"\s+on\s+(?:[A-Z][a-z]+day,?\s+)?(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?),?"
    r"(?:\s+\d{4})?\s*$"
)


def _split_byline(text: str, source: PageLine, names_only: bool = True) -> Byline:
    """Split 'Name, City' / 'Name | City' / 'Name in City'; a bare 'First Last City' line too.

    After 'By' the words are all names ('By Ann Lee and Bo Chen') unless a separator
    introduces the dateline; a name line without 'By' is taken as two words of name.
    """
    text = _ON_A_DATE.sub("", text)  # "by Ayu Prameswari on 19 November 2025": the date is not the writer's
    text = _AUTHOR_LINK.sub("", text)  # "By JOSEPHINE NAMUTEBI" / "More by this Author": a link to their page
    parts = re.split(r"\s*[,|;]\s*|\s+in\s+", text.strip(), maxsplit=1)
    if len(parts) == 2 and parts[1] and is_person_noun(parts[1].split()[-1]):
        return Byline(parts[0], None, source)  # "By Harriet Oyelaran, PA Political Correspondent": a job, no place
    if len(parts) == 2 and parts[1]:
        return Byline(parts[0], parts[1], source)
    words = text.split()
    if names_only and len(words) > 2:
        return Byline(" ".join(words[:2]), " ".join(words[2:]), source)
    return Byline(text.strip(), None, source)


def _find_dated(page: list[PageLine], label: re.Pattern[str]) -> PageLine | None:
    """A labelled date ('First Published: Apr 26 2024 | 5:17 PM IST') as the page gives it."""
    for item in page:
        match = label.search(item.text)
        if match and _DATE.search(item.text, match.end()):
            return PageLine(item.text[match.end() :].strip(), item.line)
    return None


_LEAD_UNITS = 6  # units of a story's opening among which a date line may stand between its paragraphs


def _lead_furniture(units: list[Unit], prose: list[bool], first: int, last: int) -> list[Unit]:
    """The lines that are no prose among the story's first units: a date line under its standfirst ("Ahram
    Online , Monday 3 Nov 2025") or its byline ("Jakarta ● Tue, September 9, 2025")."""
    end = min(last + 1, first + _LEAD_UNITS)
    return [units[i] for i in range(first, end) if not prose[i]]


def _first_date(header: list[Unit]) -> PageLine | None:
    """An unlabelled date in the header ('WASHINGTON | June 12, 2024 | 3:45 PM EDT')."""
    for first, _, text in header:
        match = _DATE.search(text)
        if match and not _UPDATED.search(text) and not is_caption(text):  # a photo's date is not the story's
            return PageLine(text[match.start() :].strip(), first)
    return None


def _photo_credits(units: list[Unit], prose: list[bool]) -> Iterable[PhotoCredit]:
    """The page's photo credits: a caption ending in one ("… on Monday. Photo: Olivier Mugwiza"), or a credit
    line under its caption ("Tanesha Gordon-Vazquez/Freelance Photographer")."""
    for index, (first, _, text) in enumerate(units):
        if _GALLERY_LINK.match(text):
            continue  # "Photos: A century of the Line A carriages": a link to a gallery, no credit
        if _CREDIT_LINE.match(text):
            caption = units[index - 1][2] if index else ""
            yield PhotoCredit(PageLine(text, first), caption)
        elif (not prose[index] or is_caption(text)) and _PHOTO_CREDIT.search(text):
            yield PhotoCredit(PageLine(text, first), text)


def _find_outlet(page: list[PageLine]) -> PageLine | None:
    """The publication's name, from 'Subscribe to …' or a copyright line."""
    for item in page:
        match = _OUTLET.search(item.text)
        if match:
            return PageLine(match.group(1).strip(), item.line)
    return None

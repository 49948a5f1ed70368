"""Tibeto-Burman phrasebook: Burmese typed in Latin letters."""

from __future__ import annotations

import re
from functools import cache

from knowledge.phrasebooks.shapes import (
    _TWO_WORD_NAME,
    _according_to_last,
    _after_the_question,
    _country_before_title,
    _gloss_said_again,
    _in_english_at_last,
    _lazy_pattern,
    _Shapes,
    _the_the,
    _with_the,
    _with_the_named,
    _word_for_word,
)
from knowledge.phrasebooks.verb_last import _verb_last, _VerbLast

# How readers ask in Burmese typed in Latin letters (each word as they hear it: "pyaw" or "pyo" for ပြော, say; "bal",
# "bae" or "ba" for ဘယ်, which), with English words: "Xi ka Taiwan akyaung bar pyaw lae?" (what did Xi say about
# Taiwan), "Blinken ka Beijing mhar bal thu nae twe lae?" (whom did Blinken meet in Beijing), "Twe sone pwe bal lout
# kyar lae?" (how long did the meeting last), "Bal thu ka partner phyit ya mal lo pyaw lae?" (who said they should be
# partners). Burmese puts its verb last and its small words after the noun, as Punjabi and Nepali do, and shares their
# shapes (verb_last.py): the closing particle ("lae", "lar") is read first ("lar": a yes-or-no question), the mark of
# the one who did something ("ka") left off, the words after a noun put before it as English prepositions ("Taiwan
# akyaung": about Taiwan, "Beijing mhar": in Beijing, "Blinken ko": to Blinken, "Blinken nae": with Blinken; "nae"
# between two names is "and"). Its "ka", "ko" and "bar" are Albanian's, Nepali's and Hindi's words too: read only when
# a word of Burmese's own is there ("pyaw", "twe", "bal thu", "akyaung", "mhar"), before texting's shorthand is
# spelled out and before those books.
_BURMESE_NAMES = {
    "(?-i:Shi\\s+Kyin\\s*Ph?y?in|Shi\\s+Jin\\s*Ping|Shi\\s+Kyint\\s*Phyin)": "Xi Jinping", "(?-i:Wan\\s+Yi)": "Wang Yi",
    "(?-i:Blin\\s+ken|Blinkin)": "Blinken", "(?-i:Bai\\s*den|Bidan)": "Biden",
    "(?-i:A\\s*me\\s*ri\\s*kan|Ah\\s*mae\\s*ri\\s*kan|Amay\\s*rikan|Amerikan|American|America)\\s+(?:naing\\s*ngan\\s*char"
    "|nainganchar|naingngan\\s*char)\\s*(?:yay|ye|yae)\\s*(?:wun\\s*gyi|won\\s*gyi|wungyi)":
        "the US secretary of state",
    "(?-i:Ta\\s*yoke|Tayout|Tayote|Tarout|Tarote|Ta\\s*yout)": "China",
    "(?-i:A\\s*me\\s*ri\\s*kan?|Ah\\s*mae\\s*ri\\s*kan?|Amay\\s*ri\\s*kan?|Amerikan?)": "America",
    "(?-i:American)(?=\\s+(?:mhar|hmar|ko|go|ka|nae|akyaung)\\b)": "America",
    "(?-i:Yu\\s*shar|Ru\\s*shar|Rusha|Ruhshar|Ru\\s*sha)": "Russia", "(?-i:Yu\\s*ka\\s*rain|Yukarain)": "Ukraine",
    "(?-i:Pay\\s*kyin|Pekyin|Bay\\s*jing|Pay\\s*jing)": "Beijing", "(?-i:Htai\\s*wan|Htaiwan|Tai\\s+wan)": "Taiwan",
    "(?-i:Myan\\s*mar)": "Myanmar", "(?-i:Ka\\s*li\\s*pho\\s*ni\\s*ya)": "California",
    "(?-i:Tayoke\\s+Taung\\s+Pin\\s*Lae|Taung\\s+Tayoke\\s+Pin\\s*Lae)\\w*": "the South China Sea",
}  # fmt: skip
# Its words and phrases put into English first, a phrase before the words in it
_BURMESE_THINGS = {
    "(?:sar\\s*tan|sartan|saung\\s*pa|thadin)\\s+(?:a\\s*ya|ayar|a\\s*yar)|(?:sar\\s*tan|thadin)\\s+(?:mhar|hmar)\\s+(?:pyaw|pyo)\\s+(?:htar|hta|ta|tar)\\s+(?:a\\s*ya|ayar)":
        "according to the article",
    "(?:sway\\s*nway|swe\\s*nwe|sweinwe)\\s*(?:pwe|pwel|bwe)?\\s+(?:a\\s*sa|asa)(?:\\s*(?:mhar|hmar))?":
        "at the start of the talks",
    "(?:twe|tway)\\s*sone\\s*(?:pwe|pwel|bwe)\\s+(?:a\\s*sa|asa)(?:\\s*(?:mhar|hmar))?": "at the start of the meeting",
    "a\\s*h?\\s*kyan\\s*pyu|akyanpyu|tin\\s*pya|tinpya": "propose",
    "tin\\s*kyin\\s*lar|tinkyin\\s*lar|ti\\s*nyein\\s*lar|tee\\s*nyein\\s*lar": "are beginning to stabilise",
    "(?:naing\\s*ngan\\s*char|nainganchar|naingngan\\s*char)\\s*(?:yay|ye|yae)\\s*(?:wun\\s*gyi|won\\s*gyi|wungyi)":
        "foreign minister",
    "(?:naing\\s*ngan\\s*taw|nainggantaw)\\s*(?:a\\s*twin\\s*wun|atwin\\s*wun)|secretary\\s+of\\s+state":
        "secretary of state",
    "(?:wun\\s*gyi\\s*gyoke|wungyigyoke)": "prime minister", "(?:pyaw\\s*khwint\\s*ya\\s*thu|pyaw\\s*ya\\s*thu)":
        "spokesperson", "wun\\s*gyi|won\\s*gyi|wungyi": "minister",
    "tha\\s*ma\\s*da|thamada|thammada|thamadar": "president", "(?:khaung|gaung)\\s*saung": "leader",
    "a\\s*ya\\s*shi|ayashi": "official", "thadin\\s*dauk|thadin\\s*sar\\s*sa\\s*ya|thadin\\s*htauk": "journalist",
    "than\\s*taman|thantaman": "diplomat",
    "(?:a\\s*yay\\s*thar\\s*thu|yay\\s*thar\\s*thu|sar\\s*yay\\s*sa\\s*ya)": "author",
    "(?:twe|tway|tweh|twae)\\s*sone\\s*(?:pwe|pwel|bwe)|a\\s*see\\s*a\\s*way|asee\\s*awe|a\\s*si\\s*a\\s*we": "meeting",
    "(?:sway\\s*nway|swe\\s*nwe|sweinwe)\\s*(?:pwe|pwel|bwe|chet|chat)": "talks",
    "khayee\\s*sin|kha\\s*yee\\s*sin|a\\s*lay\\s*a\\s*pat": "visit",
    "(?:di|de|dee)\\s+(?:sar\\s*tan|sartan|saung\\s*pa|thadin|article)": "this article",
    "(?:di|dee)(?=\\s+(?:subscription|plan|story|stories|news|website|site|newspaper)\\b)": "this",
    "sar\\s*tan|sartan|saung\\s*pa|thadin(?!\\s*(?:sar|dauk))": "article",
    "thadin\\s*sar": "newspaper", "website|web\\s*site": "website",
    "lu\\s*a\\s*khwint\\s*a\\s*yay|luakhwintayay|lu\\s*akhwint\\s*ayay|lu\\s*a\\s*khwin\\s*a\\s*ye": "human rights",
    "kone\\s*thwal\\s*yay|kone\\s*thwe\\s*yay|kone\\s*thwal|kone\\s*thwe": "trade",
    "nar\\s*yi|naryi|na\\s*yi|nayi": "hours", "(?:a\\s*chay\\s*khan\\s*)?mu\\s*(?:war\\s*da)?(?=\\s)": "principles",
    "naing\\s*ngan\\s*(?:hnit|nhit)\\s*(?:khu|ku)": "the two countries", "naing\\s*ngan(?:\\s*mya)?": "countries",
    "(?:mate|mait|meit|mit)\\s*(?:phet|hpet|bet)": "partners", "(?:pyaing|pyine|pyain)\\s*(?:phet|hpet|bet)": "rivals",
    "(?:hset|set|sat|sek)\\s*(?:hsan|san|hsun)\\s*(?:yay|ye|yae)": "relations",
    "kwal\\s*pyar\\s*mhu|kwe\\s*pya\\s*mhu": "differences", "toe\\s*tet\\s*mhu|tote\\s*tet\\s*mhu": "progress",
    "a\\s*yin\\s*ka|ayin\\s*ka|ayin\\s*tone\\s*ka": "previously",
    "a\\s*kyaung\\s*a\\s*yar\\s*(?:mya|myar|twe|dwe)": "factors", "a\\s*kyaung\\s*a\\s*yar": "factor",
    "(?<=\\w)\\s+(?:mya|myar|dwe|twe)(?=\\s+(?:htae|htal|hta|mhar|hmar|ko|go|akyaung|ka)\\b)": "",
    "(?:pa\\s*hta\\s*ma|pahtama)\\s*(?:a\\s*kyein|akyein)": "first", "(?:naut\\s*sone|nout\\s*sone)": "last",
    "a\\s*pyaung\\s*a\\s*lel|apyaung\\s*alel|update": "update",
    # words of the news, so that the words said match the article's
    "a\\s*pyu\\s*thabaw|apyuthabaw": "positive", "a\\s*pyet\\s*thabaw|apyetthabaw": "negative",
    "(?:myint\\s*tet|myin\\s*tet|po\\s*myar)(?:\\s*lar)?(?:\\s*(?:nay|nei)\\s*(?:tal|tae|dae|ta))?(?:\\s*(?:hse|say))?":
        "increasing",
    "(?:lyaw|shaw)\\s*(?:twar|thwar|kya)(?:\\s*lar)?": "decreasing",
    "sit\\s*pwe": "war", "nyein\\s*chan\\s*yay": "peace",
    "see\\s*pwar\\s*yay|si\\s*bwa\\s*ye": "economy", "kabar": "world", "a\\s*nar\\s*gat|anargat": "future",
    "pu\\s*pay\\s*hsaung\\s*ywet": "cooperation", "lay\\s*sar": "respect", "than\\s*yin": "clear",
    "a\\s*thit\\s*phyit|hope|myaw\\s*lint(?:\\s*chet)?": "hope", "a\\s*kaung\\s*myin\\w*": "optimism",
}  # fmt: skip
# Its words after a noun, each put before it as English's preposition ("Taiwan akyaung": about Taiwan)
_BURMESE_POSTPOSITIONS = {
    "(?:akyaung|a\\s*kyaung|achaung|a\\s*chaung|akyoung)(?:\\s*(?:ko|go|nae|mhar))?|nae\\s*pat\\s*thet(?:\\s*pyi|\\s*lo)?"
    "|patthet(?:\\s*pyi)?": "about",
    "(?:pyi|pyee|pee|pyii)\\s*(?:naut|nauk|nout|nouk|naw)|(?:pyi|pyee)\\s*(?:tae|dae)\\s*(?:naut|nout)": "after",
    "(?:ma\\s*)?(?:a\\s*yin|ayin)|mat\\s*khin|ma\\s*tai\\s*khin": "before",
    "(?:a\\s*twin|atwin|a\\s*twin\\s*mhar|atwin\\s*mhar|a\\s*tone|atone)": "during",
    "(?:htae|htal|hta|hte)\\s*(?:mhar|hmar|ka)|(?:mhar|hmar|mha|hma|mar|twin|dwin)": "in",
    "(?:ka\\s*nay|kanay|ka\\s*ne)": "from",
    "(?:nae|nai|neh|nel|hnint|hnin|nhint)": "with", "(?:ko|go)": "to",
}  # fmt: skip
_BURMESE_WHO = r"(?:bal|bae|ba|bel|bel)\s*thu"  # "bal thu": who
# What is done to something asked when it will be ("pay mhar": will give), and its English
_BURMESE_DONE_TO = {"pay|pe|pei|pay\\s*ya": "given", "htote\\s*wei|htoke\\s*wei": "published", "kyin\\s*pa": "held"}
# A change asked of something, its words put into English first ("po myar lar": increasing)
_BURMESE_CHANGING = r"(?:increasing|decreasing|improving|worsening|stabilising|growing|rising|falling)"
_BURMESE_WHAT = r"(?:bar|ba|bah|baa)"
_BURMESE_SAID = (
    r"(?:pyaw|pyo|pyawt|pyaww|byaw|pyaw\s*kya|pyo\s*kya)(?:\s*(?:khae|khe|kae|ge|thwar|thwa|kya))?"
    r"(?:\s*(?:tal|tae|dae|ta|tar|tha|thae))?"
)
_BURMESE_MET = (
    r"(?:(?:twe|tway|tweh|twae)(?:\s*sone)?|sway\s*nway|swe\s*nwe)(?:\s*(?:khae|khe|kae|ge|kya))?"
    r"(?:\s*(?:tal|tae|dae|ta|tar|tha))?"
)
_BURMESE_HOW_MANY = r"(?:bal|bae|ba|bel)\s*(?:nhit|hnit|nhint|hnint|nit)(?:\s*(?:khu|ku|gu|yat|yauk))?"
_BURMESE = _VerbLast(
    by="",
    about=r"about\s+(?P<topic>.+?)",  # put into "about …" first
    what=_BURMESE_WHAT,
    said=_BURMESE_SAID,
    who_said=rf"{_BURMESE_WHO}\s+{_BURMESE_SAID}",
    that=r"(?:lo|lot|loh|so\s*pi|that)",
    who_said_that=rf"{_BURMESE_WHO}\s+{_BURMESE_SAID}(?:\s+that)?",
    whom=rf"(?:(?:with|to)\s+{_BURMESE_WHO}|{_BURMESE_WHO}\s+(?:nae|nai|neh|nel|hnint|ko|go))",
    who=_BURMESE_WHO,
    met=_BURMESE_MET,
    how_long=r"(?:bal|bae|ba|bel)\s*l(?:out|oke|auk|aut|ouk)(?:\s*(?:kyar|kya)\s*(?:kyar|kya))?",
    how_many_hours=(
        r"(?:hours)\s+(?:bal|bae|ba|bel)\s*(?:nhit|hnit|nhint|hnint|nit)(?:\s*(?:khu|ku|gu))?"
        r"|(?:bal|bae|ba|bel)\s*(?:nhit|hnit|nhint|hnint|nit)\s*hours"
    ),
    lasted=r"(?:kyar|kya|kyar\s*khae|kyar\s*kae|kyar\s*thwar)(?:\s*(?:tal|ta|tar|tha))?",
    when=r"(?:(?:bal|bae|ba|bel)\s*(?:tone|done|tong|dong)\s*(?:ka|ga)|(?:bal|bae|ba|bel)\s*a\s*chain|(?:bal|bae|ba|bel)\s*(?:tot|dot|doh))",
    where=r"(?:(?:bal|bae|ba|bel)\s*(?:mhar|hmar|mha|hma|mar)|(?:bal|bae|ba|bel)\s*nay\s*yar(?:\s*(?:mhar|hmar|mha|hma))?|in\s+(?:bal|bae|ba|bel)\s*nay\s*yar)",
    took_place=r"(?:kyin\s*pa|kyinpa|phyit|phit|hpyit|lote|loke)(?:\s*(?:khae|khe|kae|ge))?(?:\s*(?:ta|tar|tha|tal))?",
    how_many=_BURMESE_HOW_MANY,
    did=r"(?:lote|loke|pyu|khae|kae)(?:\s*(?:khae|kae))?(?:\s*(?:ta|tar|tal))?",
    how_much=r"(?:bal|bae|ba|bel)\s*l(?:out|oke|auk|aut|ouk)\s*(?:kya|pay\s*ya|pay\s*ya\s*lae|shi)",
    who_is=rf"{_BURMESE_WHO}(?:\s*(?:lae|le|lei|leh))?|(?:so\s*tar|so\s*ta)\s+{_BURMESE_WHO}",
    why=r"(?:bar|ba|bah)\s*(?:lo|lot|loh|kyaung|phyit\s*lo|phit\s*lo)",
    went=r"(?:thwar|thwa|thwaa)(?:\s*(?:khae|khe|kae|ge))?(?:\s*(?:tal|ta|tar|tha))?",
    happened=r"(?:bar|ba|bah)\s*(?:phyit|phit|hpyit)(?:\s*(?:khae|khe|kae|ge|thwar))?(?:\s*(?:ta|tar|tal))?",
    about_what=r"(?:about\s+(?:bar|ba|bah)|(?:bar|ba|bah)\s+(?:akyaung|a\s*kyaung))(?:\s*(?:lae|le|pyaw\w*|yay\w*))?",
    mentioned=(
        r"(?:phaw\s*pya|hpaw\s*pya|phawpya|pa\s*win|pa\s*wing|mention)(?:\s*(?:htar|hta|khae|khe|kae|thar|tha|ta|tar))*"
    ),
    wrote=rf"{_BURMESE_WHO}\s+(?:yay|ye|yae|yeh|write)(?:\s*(?:khae|khe|kae|thar|tha|ta|tar))*",
    article=r"(?:(?:this|the)\s+)*(?:article|news|story)(?:\s+to)?",
    title=(
        r"(?:(?:yae|ye|yeh)\s+)?(?:yar\s*htu|ya\s*htoo|yar\s*htoo|ya\s*htu|yarhtu|ya\s*du|title|position)\s+"
        rf"(?:(?:ka|ga)\s+)?{_BURMESE_WHAT}"
    ),
    which=r"(?:which)",
)
# The nouns "bal" (which) asks of, with the preposition English puts before each ("bal myo mhar": in which city)
_BURMESE_WHICH = {
    "myo(?:\\s*(?:mhar|hmar|mha))?": "in which city", "nay(?:\\s*(?:ka|ga|mhar|hmar))?|nei": "on which day",
    "a\\s*chain(?:\\s*(?:mhar|hmar))?": "at what time", "a\\s*hsaung(?:\\s*(?:mhar|hmar))?": "in which building",
    "la(?:\\s*(?:mhar|hmar))?": "in which month", "(?:thadin\\s*sar|newspaper)": "which newspaper",
}  # fmt: skip
_BURMESE_NUMBERS = {"tit": "one", "hnit|nhit": "two", "thone|thon|thoun": "three", "lay": "four", "ngar|nga": "five"}
_BURMESE_ENGLISH = {
    "nae|nai|neh|hnint": "and", "thu\\s*doh|thu\\s*tot|thu\\s*toh": "they",
    "nga\\s*doh|kyun\\s*taw\\s*doh|kyun\\s*note\\s*doh|ngar\\s*toh": "we", "thu": "he", "a\\s*kone|akone": "all",
    "lae|le|lei|leh|lel|pa": "",
}  # fmt: skip
_BURMESE_NOT_TOPIC = (
    r"(?:bal|bae|ba|bel|bar|bah|baa|thu|htae|htal|hta|hte|mya|myar|the|a|an|in|at|to|of|about|with|from|after|before"
    r"|during|and|this|talks"
    r"|meeting|article|visit|who|what)\b"
)
_BURMESE_TOPIC = rf"(?:(?!{_BURMESE_NOT_TOPIC})[a-z][\w-]*\s+)?(?!{_BURMESE_NOT_TOPIC})[a-z][\w-]*"
_BURMESE_NOUN = (
    rf"(?:the\s+US|the\s+two\s+countries|{_TWO_WORD_NAME}|(?-i:[A-Z])[\w'-]*|(?:this\s+|the\s+)?(?:meeting|talks|article"
    rf"|visit|news)|{_BURMESE_TOPIC})"
)


def _burmese_should_be(match: re.Match[str]) -> str:
    """ "partner phyit ya mal" (must be partners): they (we) should be partners; "America nae Tayoke partner phyit ya
    mal" (America and China must be partners): America and China should be partners."""
    what = match.group("what")
    what = {"partner": "partners", "rival": "rivals", "friend": "friends"}.get(what.lower(), what)
    if match.group("we"):
        return f"we should be {what}"
    said_before = match.string[: match.start()].strip()
    who_asked = re.fullmatch(rf"{_BURMESE_WHO}(?:\s+(?:ka|ga))?", said_before, re.I)
    named = re.search(r"(?-i:[A-Z])[\w-]*$", said_before) and not who_asked
    return f"{'' if named else 'they '}should be {what}"


def _burmese_how_many(match: re.Match[str]) -> str:
    """ "Xi principles bal nhit khu propose": how many principles did Xi propose."""
    return f"how many {match.group('thing')} did {match.group('who')} {match.group('verb')}"


def _burmese_changing(match: re.Match[str]) -> str:
    """ "are the negative factors in the relationship decreasing or increasing" ("is" of one thing)."""
    what = match.group("what")
    be = "are" if re.split(r"\s+(?:in|of)\s+", what)[0].endswith("s") else "is"
    return f"{match.group('lead') or ''}{be} {_with_the_named(what)} {match.group('change')}"


@cache
def _burmese() -> _Shapes:
    postpositions = "|".join(f"(?:{burmese})" for burmese in _BURMESE_POSTPOSITIONS)
    return (
        _after_the_question(),
        # "a-kyaung", "a-yar", "a-myin": its nouns' "a" typed with a hyphen, read as typed without one
        (re.compile(r"\ba-(?=[a-z])"), "a"),
        # "… lyaw twar lar, … myar lar lar?" (decreasing, or increasing?): its yes-or-no mark after each choice
        (re.compile(r"\s+(?:lar|lah)\s*,\s*(?=\S.*\s(?:lar|lah)$)", re.I), " or "),
        # its closing particle: "lar" asks yes or no ("… pyaw lar": did … say), "lae" a question word's question
        (re.compile(r"\s+(?:lar|lah|la|lar\s+kwar)$", re.I), " YESNO"),
        (re.compile(r"\s+(?:lae|le|lei|leh|lel|ta\s+lae|tar\s+lae)$", re.I), ""),
        (re.compile(r"^(?:ae|eh|dar\s*so|dar\s*pay\s*mae|kaung\s*pyi)\b,?\s*(?=\S)", re.I), ""),
        *_word_for_word(_BURMESE_NAMES),
        # "… access ko 2nd year atwet bal tone ka pay mhar" (the access, for the 2nd year, when give will): when will
        # the access for the 2nd year be given
        (
            re.compile(
                r"^(?P<what>[^,?]+?)(?:\s+(?:ko|go))?(?:\s+(?P<for>\S+(?:\s+\S+)?)\s+(?:atwet|a\s*twet|a\s*twat))?\s+"
                rf"{_BURMESE.when}\s+(?P<done>{'|'.join(_BURMESE_DONE_TO)})\s+(?:mhar|hmar|mha)$",
                re.I,
            ),
            lambda match: (
                f"when will {_with_the_named(match.group('what'))}"
                + (f" for the {match.group('for')}" if match.group("for") else "")
                + f" be {next(e for d, e in _BURMESE_DONE_TO.items() if re.fullmatch(d, match.group('done'), re.I))}"
            ),
        ),
        # "Smart Quarterly plan yu yin bal ya khaing hnone SAVE ya" (if you take the plan, what percent save get):
        # what percentage do you save with the Smart Quarterly plan
        (
            re.compile(
                r"^(?P<what>[^,?]+?)\s+(?:yu|u)\s*(?:yin|yinn|ya\s*yin)\s+(?:(?P<verb>[a-z]+)\s+)?"
                r"(?:bal|bae|ba|bel)\s*ya\s*khaing"
                r"\s*(?:hnone|hnon|hnoan)?\s+(?:(?P<then>[a-z]+)\s+)?(?:ya|ra)$",
                re.I,
            ),
            lambda match: (
                f"what percentage do you {(match.group('verb') or match.group('then') or 'save').lower()} with "
                f"{_with_the_named(match.group('what'))}"
            ),
        ),
        # "Wang Yi a myin mhar" (in Wang Yi's view): according to Wang Yi
        (
            re.compile(
                rf"\b(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+(?:(?:yae|ye|yeh)\s+)?a\s*myin"
                r"(?:\s*(?:mhar|hmar|a\s*yar?|ayar?))?\b",
                re.I,
            ),
            r"according to \g<who>",
        ),
        # an English noun the question opens on, capitalised as the first word ("Subscription ka …")
        (
            re.compile(r"^(?-i:Subscription|Meeting|Article|Talks|News|Plan|President|Minister|Partners)\b"),
            lambda match: match.group().lower(),
        ),
        # "partner phyit ya mal" (must be partners), "nga doh … phyit thint tal" (we should be …)
        (
            re.compile(
                r"\b(?:(?P<we>nga\s*doh|kyun\s*taw\s*doh|ngar\s*toh|kyun\s*note\s*doh)\s+|(?:thu\s*doh)\s+)?"
                r"(?P<what>\S+)\s+(?:phyit|phit|hpyit)\s*(?:ya\s*(?:mal|mel|me|mae)|thint\s*(?:tal|tae|dae)|thint)\b",
                re.I,
            ),
            _burmese_should_be,
        ),
        # "Bal thu ka … lo pyaw lae": who said … (its words said before its "lo", that)
        (
            re.compile(
                rf"^{_BURMESE_WHO}\s+(?:ka\s+|ga\s+)?(?P<said>.+?)\s+(?:lo|lot|loh|so\s*pi|so\s*tae)\s+{_BURMESE_SAID}$",
                re.I,
            ),
            r"who said \g<said>",
        ),
        (
            re.compile(
                rf"^(?P<said>.+?)\s+(?:lo|lot|loh|so\s*pi)\s+{_BURMESE_WHO}\s+(?:ka\s+|ga\s+)?{_BURMESE_SAID}$", re.I
            ),
            r"who said \g<said>",
        ),
        # "Xi ka … lo pyaw lar?": did Xi say that …
        (
            re.compile(
                rf"^(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+(?:ka|ga)\s+(?P<said>.+?)\s+(?:lo|lot|loh)\s+"
                rf"{_BURMESE_SAID}\s+YESNO$"
            ),
            r"did \g<who> say that \g<said>",
        ),
        *_word_for_word(_BURMESE_THINGS),
        _gloss_said_again(),
        # "bar twe pyaw" (what things said): what said; "bal lo pyaw" (how said): what said, as its readers ask it
        (
            re.compile(
                r"\b(?P<what>bar|ba|bah)\s+(?:twe|dwe|tway)(?=\s+(?:pyaw|pyo|byaw|sway|swe|phaw|propose)\b)", re.I
            ),
            r"\g<what>",
        ),
        (re.compile(r"\b(?:bal|bae|bel)\s*lo(?=\s+(?:pyaw|pyo|byaw)\b)", re.I), "bar"),
        # "the relationship htae ka negative factors … YESNO" (in the relationship, the negative factors): the
        # negative factors in the relationship, a change asked of them (are they increasing)
        (
            re.compile(
                r"(?P<lead>^|,\s*)(?P<where>[^,]+?)\s+(?:htae|htal|hta|hte)\s+(?:ka|ga)\s+(?P<what>[^,]+?)"
                rf"(?=\s+{_BURMESE_CHANGING}(?:\s+or\s+{_BURMESE_CHANGING})?\s+YESNO$)",
                re.I,
            ),
            lambda match: (
                f"{match.group('lead')}{_with_the_named(match.group('what'))} in "
                f"{_with_the_named(match.group('where'))}"
            ),
        ),
        # "Xi a yin ka bal American thamada nae twe khae?": which American president did Xi previously meet
        (
            re.compile(
                rf"^(?P<who>.+?)\s+(?P<before>previously\s+)?(?:bal|bae|bel)\s+(?!thu\b)(?P<thing>(?:\S+\s+)?\S+?)\s+"
                rf"(?:nae|nai|neh|hnint)\s+(?P<then>previously\s+)?{_BURMESE_MET}$",
                re.I,
            ),
            lambda match: (
                f"which {match.group('thing')} did {match.group('who')}"
                f"{' previously' if match.group('before') or match.group('then') else ''} meet"
            ),
        ),
        # "Wang Yi yae": Wang Yi's; "Tayoke yae": China's
        (re.compile(r"\b(?P<name>(?-i:[A-Z])[\w-]*)\s+(?:yae|ye|yeh|ei)\b(?!\s+(?:mal|mae|mel))"), r"\g<name>'s"),
        # the one who did something, marked "ka", left off ("Xi ka": Xi)
        (re.compile(r"(?<!\btone)(?<!\bdone)(?<!\btong)(?<!\bdong)\s+(?:ka|ga)(?=\s)", re.I), ""),
        # "this subscription automatic renew phyit YESNO" (does it become renewed automatically): does this
        # subscription renew automatically
        (
            re.compile(
                r"^(?P<what>[^,?]+?)\s+(?:(?P<how>automatic(?:ally)?|auto)\s+)?"
                r"(?P<verb>renew|cancel|expire|update|change)\s+"
                r"(?:phyit|phit|hpyit|lote|loke|ya)(?:\s*(?:tal|ta|tar))?\s+YESNO$",
                re.I,
            ),
            lambda match: (
                f"does {_with_the_named(match.group('what'))} {match.group('verb').lower()}"
                + (" automatically" if match.group("how") else "")
            ),
        ),
        # "the negative factors decreasing or increasing YESNO": are the negative factors decreasing or increasing
        (
            re.compile(
                rf"^(?P<lead>according\s+to\s+[^,]+,\s*)?(?P<what>[^,]+?)\s+(?P<change>{_BURMESE_CHANGING}"
                rf"(?:\s+or\s+{_BURMESE_CHANGING})?)\s+YESNO$",
                re.I,
            ),
            _burmese_changing,
        ),
        # "Xi nae Blinken" (Xi and Blinken): "nae" between two names, with no word after the second
        (
            re.compile(
                rf"\b(?P<one>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+(?:nae|nai|neh|nel|hnint)\s+"
                rf"(?P<other>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)(?!\s+(?:{postpositions})\b)"
            ),
            r"\g<one> and \g<other>",
        ),
        # "bal myo mhar": in which city; "bal nay ka": on which day
        (
            re.compile(rf"\b(?:bal|bae|bel)\s+(?P<noun>{'|'.join(_BURMESE_WHICH)})(?=\s|$)", re.I),
            lambda match: next(e for n, e in _BURMESE_WHICH.items() if re.fullmatch(n, match.group("noun"), re.I)),
        ),
        # its words after a noun put before it: "Taiwan akyaung" (about Taiwan), "Beijing mhar" (in Beijing)
        *(
            (re.compile(rf"\b(?P<what>{_BURMESE_NOUN})\s+(?i:{burmese})\b"), rf"{english} \g<what>")
            for burmese, english in _BURMESE_POSTPOSITIONS.items()
        ),
        (
            re.compile(
                r"\b(?P<by>in|at|about|after|before|during|with|from|to)\s+(?P<thing>meeting|talks|article|visit)\b"
            ),
            r"\g<by> the \g<thing>",
        ),
        (re.compile(r"\bin\s+the\s+meeting\b"), "at the meeting"),
        # "Blinken and Wang Yi talks": the talks between Blinken and Wang Yi
        (
            re.compile(
                rf"\b(?P<pair>(?:{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+and\s+(?:{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*))\s+"
                r"(?:the\s+)?(?P<thing>talks|meeting)\b"
            ),
            r"the \g<thing> between \g<pair>",
        ),
        # "the talks bal lo phyit": how did the talks go
        (
            re.compile(
                r"^(?P<what>.+?)\s+(?:bal|bae|ba|bel)\s*lo\s+(?:phyit|phit|hpyit|thwar|lote)\w*(?:\s*(?:khae|kae|ta|tar|tal))*$",
                re.I,
            ),
            lambda match: f"how did {_with_the(match.group('what'))} go",
        ),
        # "Blinken in America bar yar htu": what position does Blinken hold in America
        (
            re.compile(
                rf"^(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)(?P<where>\s+in\s+\S+)?\s+{_BURMESE_WHAT}\s+"
                r"(?:yar\s*htu|ya\s*htoo|yar\s*htoo|ya\s*htu|yarhtu|title|position)$"
            ),
            r"what position does \g<who> hold\g<where>",
        ),
        # "in the differences opioid pa lar": was opioid mentioned among the differences
        (
            re.compile(
                r"^in\s+(?!(?:the\s+|this\s+)?article\b)(?P<among>.+?)\s+(?P<what>(?!about\b)\S+)\s+"
                r"(?:pa|pa\s*win|shi|pa\s*wing)(?:\s*(?:tha|ta|tar))?\s+YESNO$",
                re.I,
            ),
            r"was \g<what> mentioned among \g<among>",
        ),
        # "at the meeting bar phyit": what happened at the meeting
        (
            re.compile(rf"^(?P<where>(?:in|at|during|after|before)\s+the\s+\w+)\s+{_BURMESE.happened}$", re.I),
            r"what happened \g<where>",
        ),
        (re.compile(rf"^{_BURMESE.happened}\s+(?P<where>.+)$", re.I), r"what happened \g<where>"),
        # "after the meeting Xi bar pyaw": the occasion said first put after the question, as English does
        (
            re.compile(
                r"^(?P<occasion>(?:after|before|during|at)\s+the\s+(?:meeting|talks|visit)),?\s+(?P<rest>.+?)(?P<yes>\s+YESNO)?$",
                re.I,
            ),
            r"\g<rest> \g<occasion>\g<yes>",
        ),
        # "in the article about Russia pa lar?": is there anything about Russia
        (
            re.compile(
                r"^(?:in\s+the\s+article\s+)?(?P<topic>about\s+.+?)\s+(?:pa|shi|pa\s*win)(?:\s*(?:tha|ta|tar))?\s+YESNO$",
                re.I,
            ),
            r"is there anything \g<topic>",
        ),
        # "Blinken with Wang Yi bar akyaung sway nway": what did Blinken discuss with Wang Yi
        (
            re.compile(
                rf"^(?P<who>.+?)(?P<with>\s+with\s+.+?)?\s+(?:about\s+{_BURMESE_WHAT}|{_BURMESE_WHAT}\s+(?:akyaung|a\s*kyaung))\s+"
                r"(?:sway\s*nway|swe\s*nwe|pyaw\s*sho|pyaw\s*kya|talk|discuss)(?:\s*(?:khae|kae|kya|ta|tar|tal))*$",
                re.I,
            ),
            r"what did \g<who> discuss\g<with>",
        ),
        # "Blinken optimism phaw pya khae lar?": did Blinken express optimism
        (
            re.compile(
                rf"^(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+(?P<what>(?!about\s).+?)\s+(?:phaw\s*pya|hpaw\s*pya|phawpya)"
                r"(?:\s*(?:khae|kae|khe|ta|tar|tal))*(?P<when>\s+(?:after|before|during|at)\s+the\s+\w+)?\s+YESNO$"
            ),
            r"did \g<who> express \g<what>\g<when>",
        ),
        # "Xi and Blinken on which day twe": on which day did Xi and Blinken meet
        (
            re.compile(rf"^(?P<who>.+?)\s+(?P<asked>(?:in|on|at)\s+(?:which|what)\s+\w+)\s+{_BURMESE_MET}$", re.I),
            r"\g<asked> did \g<who> meet",
        ),
        # "Xi about Taiwan pyaw lar?", "… ta ta khu pyaw lar?": did Xi say anything about Taiwan
        (
            re.compile(
                rf"^(?P<who>.+?)\s+(?P<topic>about\s+.+?)\s+(?:(?:ta\s*ta\s*khu|tit\s*khu\s*khu|ta\s*khu\s*khu)\s+)?"
                rf"{_BURMESE_SAID}\s+YESNO$",
                re.I,
            ),
            r"did \g<who> say anything \g<topic>",
        ),
        # "to Taiwan phaw pya htar lar": was Taiwan mentioned
        (
            re.compile(rf"^(?:to|about)\s+(?P<what>.+?)\s+{_BURMESE.mentioned}(?:\s+YESNO)?$", re.I),
            r"was \g<what> mentioned",
        ),
        # "Blinken with Li Qiang twe lar?": did Blinken meet Li Qiang
        (
            re.compile(rf"^(?P<who>.+?)\s+(?:with|to)\s+(?P<whom>.+?)\s+{_BURMESE_MET}\s+YESNO$", re.I),
            r"did \g<who> meet \g<whom>",
        ),
        # "to the article bal thu yay": who wrote the article
        (
            re.compile(rf"^(?:to\s+)?(?P<what>(?:this\s+|the\s+)?(?:article|news|story))\s+{_BURMESE.wrote}$", re.I),
            lambda match: f"who wrote {_with_the(match.group('what'))}",
        ),
        # "Xi principles bal nhit khu propose": how many principles did Xi propose (the thing before "how many")
        (
            re.compile(
                rf"^(?P<who>.+?)\s+(?:to\s+)?(?P<thing>\S+)\s+{_BURMESE_HOW_MANY}\s+(?P<verb>propose|mention|sign|present)"
                rf"(?:\s+{_BURMESE.did})?$",
                re.I,
            ),
            _burmese_how_many,
        ),
        # "the subscription bal lout kya": how much does the subscription cost
        (
            re.compile(rf"^(?P<what>.+?)\s+{_BURMESE.how_much}$", re.I),
            lambda match: f"how much does {_with_the(match.group('what'))} cost",
        ),
        # "Blinken bar lo to Beijing thwar": why did Blinken go to Beijing
        (
            re.compile(rf"^(?P<who>.+?)\s+{_BURMESE.why}\s+(?P<place>.+?)\s+{_BURMESE.went}$", re.I),
            lambda match: (
                f"why did {match.group('who')} go "
                + (
                    match.group("place")
                    if re.match(r"(?:to|in)\s", match.group("place"))
                    else f"to {match.group('place')}"
                )
            ),
        ),
        # "the meeting where kyin pa": where did the meeting take place; "which newspaper publish": which newspaper
        (
            re.compile(r"^which\s+newspaper\s+(?:to\s+)?(?P<what>.+?)\s+(?:htote\s*wei|htoke\s*wei|publish)\w*$", re.I),
            r"which newspaper published \g<what>",
        ),
        (
            re.compile(
                rf"^(?:to\s+)?(?P<what>.+?)\s+(?P<asked>{_BURMESE.when})\s+(?P<done>htote\s*wei|htoke\s*wei|publish|update|yay|ye)"
                r"(?:\s*(?:lote|loke|pyu|khae|khe|kae|thar|tha|ta|tar))*$",
                re.I,
            ),
            lambda match: (
                f"when was {_with_the(match.group('what'))} "
                + {"update": "updated", "yay": "written", "ye": "written"}.get(match.group("done").lower(), "published")
            ),
        ),
        (
            re.compile(
                rf"^(?P<what>.+?)\s+(?P<asked>(?:in|on|at)\s+(?:which|what)\s+\w+)\s+{_BURMESE.took_place}$", re.I
            ),
            lambda match: f"{match.group('asked')} did {_with_the(match.group('what'))} take place",
        ),
        # "Blinken with Xi where twe": where did Blinken meet Xi
        (
            re.compile(
                rf"^(?P<who>.+?)\s+with\s+(?P<whom>.+?)\s+(?P<asked>{_BURMESE.when}|{_BURMESE.where})\s+{_BURMESE_MET}$",
                re.I,
            ),
            lambda match: (
                f"{'when' if re.fullmatch(_BURMESE.when, match.group('asked'), re.I) else 'where'} did "
                f"{match.group('who')} meet {match.group('whom')}"
            ),
        ),
        # "Xi which three principles propose": which three principles did Xi propose
        (
            re.compile(
                rf"^(?P<who>.+?)\s+(?:(?:bal|bae|ba|bel)\s+)?(?P<thing>\S+)\s+(?P<count>{'|'.join(_BURMESE_NUMBERS)})\s*"
                rf"(?:khu|ku|gu|yat)?\s+(?:{_BURMESE_WHAT}\s+(?:twe|tway)?\s*)?(?P<verb>propose|mention|sign|present)"
                rf"(?:\s+{_BURMESE.did})?$",
                re.I,
            ),
            lambda match: (
                f"which {next(e for n, e in _BURMESE_NUMBERS.items() if re.fullmatch(n, match.group('count'), re.I))} "
                f"{match.group('thing')} did {match.group('who')} {match.group('verb')}"
            ),
        ),
        *_verb_last(_BURMESE),
        (re.compile(r"\s+YESNO$"), ""),
        *_word_for_word(_BURMESE_ENGLISH),
        (re.compile(r"\s{2,}"), " "),
        _according_to_last(),
        _the_the(),
        _country_before_title(),
        *_in_english_at_last(),
    )


# Burmese's own words ("pyaw", "twe", "bal thu", "akyaung", "mhar"), none of them Albanian's, Nepali's or Hindi's ("ka",
# "ko", "bar" alone)
_BURMESE_WORDS = _lazy_pattern(
    r"\b(?:pyaw|pyo|pyawt|(?:twe|tway|tweh|twae)(?:\s*sone)?|(?:bal|bae|bel)\s*(?:thu|mhar|hmar|lout|loke|nhit|hnit"
    r"|tone|done|a\s*chain|nay|myo|lo)|akyaung|a\s*kyaung|achaung|mhar|hmar|kyar|kyin\s*pa|phyit|hpyit|ya\s*mal"
    r"|thint\s*tal|bar\s*(?:lo|phyit|kyaung)|phaw\s*pya|hpaw\s*pya|sar\s*tan|sartan|thadin|wun\s*gyi|wungyi|tha\s*ma\s*da"
    r"|thamada|tayoke|tayout|sway\s*nway|swe\s*nwe|htote\s*wei|yar\s*htu|ya\s*htoo|lu\s*a\s*khwint|mate\s*phet"
    r"|mait\s*phet|nar\s*yi|naryi|khaung\s*saung|pyi\s*naut|pyee\s*nout|a\s*twin|atwin|ya\s*khaing|atwet)\b"
    r"|\b(?:bar|ba)\s+(?:pyaw|pyo)\b",
    re.I,
)

"""Turn text into search terms: one tokenizer for indexing and for questions.

Lower-cased word characters (any script), possessive 's dropped, English stop
words removed, then Snowball-stemmed, so "proposals" meets "proposed" and
"stabilise," meets "stabilise".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable
from functools import lru_cache

import Stemmer

from knowledge.lexicon import TITLES_SPELLED_OUT

# A word with its apostrophes ("Xi's", "don’t"), or a number with its decimals and thousands ("1.82", "1,150",
# "VND26.1"): what is tokenized, and counted. "Line 1" is not in "$1.82 billion".
WORD = re.compile(r"\w+(?:(?<=\d)[.,]\d+)*(?:['’]\w+)*")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_PLAIN_WORD = re.compile(r"\w+")
_POSSESSIVE = re.compile(r"['’]s$")
_PREFIXED = re.compile(r"\b([A-ZÀ-ÖØ-ÞĀ-Ža-z]{1,3})-([a-z]{2,})\b")  # a short prefix joined by a hyphen
STOP_WORDS = frozenset(
    """
    a about above after again against all am an and any are as at be because been before
    being below between both but by can could did do does doing done down during each few
    for from further had has have having he her here hers herself him himself his how i if
    in into is it its itself just let me more most my myself no nor not now of off on once
    only or other our ours ourselves out over own same she should so some such than that the
    their theirs them themselves then there these they this those through to too under until
    up very was we were what when where which while who whom why will with would you your
    yours yourself yourselves also many much tell told say said says please article story
    us happen happened happens occur occurred even actually really anybody anyone somebody someone
    """.split()
)
# Irregular past forms a stemmer cannot join to their verb ("met" and "meets").
IRREGULAR_PAST = {
    "met": "meet", "held": "hold", "spoke": "speak", "spoken": "speak", "took": "take", "taken": "take",
    "went": "go", "gone": "go", "came": "come", "made": "make", "gave": "give", "given": "give",
    "saw": "see", "seen": "see", "left": "leave", "found": "find", "thought": "think", "began": "begin",
    "begun": "begin", "brought": "bring", "sought": "seek", "fought": "fight", "won": "win", "lost": "lose",
    "led": "lead", "grew": "grow", "grown": "grow", "rose": "rise", "risen": "rise", "fell": "fall",
    "fallen": "fall", "paid": "pay", "sent": "send", "built": "build", "kept": "keep", "chose": "choose",
    "chosen": "choose", "wrote": "write", "written": "write", "drew": "draw", "drawn": "draw",
    "struck": "strike", "sold": "sell", "bought": "buy", "caught": "catch", "taught": "teach",
    "felt": "feel", "meant": "mean", "ran": "run", "knew": "know", "known": "know", "broke": "break",
    "broken": "break", "understood": "understand", "flew": "fly", "flown": "fly", "fled": "flee",
    "drove": "drive", "driven": "drive", "threw": "throw", "thrown": "throw", "spent": "spend",
    "stood": "stand", "sat": "sit", "shot": "shoot", "stole": "steal", "stolen": "steal", "froze": "freeze",
    "frozen": "freeze", "sank": "sink", "sunk": "sink", "rode": "ride", "ridden": "ride", "swore": "swear",
    "sworn": "swear", "hid": "hide", "hidden": "hide", "withdrew": "withdraw", "withdrawn": "withdraw",
    "forgot": "forget", "forgotten": "forget", "wore": "wear", "worn": "wear", "got": "get", "gotten": "get",
    "became": "become", "heard": "hear", "laid": "lay", "dealt": "deal", "fed": "feed", "hung": "hang",
    "lent": "lend", "swept": "sweep", "stuck": "stick", "shook": "shake", "shaken": "shake", "ate": "eat",
    "eaten": "eat", "tore": "tear", "torn": "tear", "upheld": "uphold", "withheld": "withhold",
    "beaten": "beat", "forgave": "forgive", "forgiven": "forgive", "foresaw": "foresee", "foreseen": "foresee",
    "undertook": "undertake", "undertaken": "undertake", "overtook": "overtake", "overtaken": "overtake",
    "oversaw": "oversee", "overseen": "oversee", "rebuilt": "rebuild", "rewrote": "rewrite",
    "rewritten": "rewrite", "slid": "slide", "swam": "swim", "sang": "sing", "sung": "sing", "rang": "ring",
    "spun": "spin", "sprang": "spring", "sprung": "spring", "shone": "shine", "dug": "dig", "bled": "bleed",
    "crept": "creep", "flung": "fling", "wept": "weep", "woke": "wake", "woken": "wake", "shrank": "shrink",
    "shrunk": "shrink", "stung": "sting", "swung": "swing", "forbade": "forbid", "forbidden": "forbid",
    "mistook": "mistake", "overcame": "overcome", "slept": "sleep", "lit": "light", "sped": "speed",
    # nouns the stemmer keeps apart from their verbs
    "complaint": "complain", "complaints": "complain",
}  # fmt: skip
# Months as news style abbreviates them before a day ("Feb. 24", "Sept. 3"); AP writes March to July in full.
_MONTH_ABBREVIATIONS = {
    "jan": "january", "feb": "february", "apr": "april", "aug": "august", "sep": "september", "sept": "september",
    "oct": "october", "nov": "november", "dec": "december",
}  # fmt: skip
# Short words in -s whose other forms the stemmer cuts apart from them ("buses": "buse", "bus": "bus").
_CUT_APART = {
    "buses": "bus", "bused": "bus", "bussed": "bus", "busing": "bus", "bussing": "bus",
    "gases": "gas", "lenses": "lens", "aliases": "alias", "pluses": "plus",
}  # fmt: skip
_ABBREVIATIONS = TITLES_SPELLED_OUT | _MONTH_ABBREVIATIONS | _CUT_APART
# A number written as a word is the same term as its digits ("eight counties", "the 8-county definition").
_NUMBER_WORDS = {
    word: str(value)
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
        "seventeen eighteen nineteen twenty".split()
    )
} | {"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80", "ninety": "90"}
# "us" is a stop word as a pronoun; the country is written "US" and kept below.
_KEEP_UPPER = frozenset({"US", "UK", "UN", "EU"})
_stemmer = Stemmer.Stemmer("english")
_QUARTER = re.compile(r"\b[Qq]([1-4])\b")
_ORDINALS = ("first", "second", "third", "fourth")


# British spellings in American form, so a reader's "stabilize" finds the article's "stabilise" and "color" its
# "colour": "-ise", "-yse", "-our" and "-tre" after at least three letters ("rise", "four" and "tour" stay).
_BRITISH_SPELLINGS = (
    (re.compile(r"(?<=[a-z]{4})is(e|es|ed|ing|ation|ations|er|ers)$"), r"iz\1"),
    (re.compile(r"(?<=[a-z]{3})ys(e|es|ed|ing)$"), r"yz\1"),
    (re.compile(r"(?<=[a-z]{3})our(s|ed|ing|ite|ites|able|ful)?$"), r"or\1"),
    (re.compile(r"(?<=[a-z]{3})tre(s)?$"), r"ter\1"),
)
# the endings those patterns rewrite: a cheap test that spares most words the four patterns
_BRITISH_ENDINGS = (
    *("ise", "ises", "ised", "ising", "isation", "isations", "iser", "isers"),
    *("yse", "yses", "ysed", "ysing"),
    *("our", "ours", "oured", "ouring", "ourite", "ourites", "ourable", "ourful"),
    *("tre", "tres"),
)


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """Stem one lower-case word in its American spelling (cached: news text repeats its words)."""
    if word.endswith(_BRITISH_ENDINGS):
        for british, american in _BRITISH_SPELLINGS:
            word = british.sub(american, word)
    return str(_stemmer.stemWord(word))


def tokenize(text: str) -> list[str]:
    """Split ``text`` into stemmed search terms, dropping stop words."""
    if "q" in text or "Q" in text:  # "Q4" is the fourth quarter
        text = _QUARTER.sub(lambda m: f"{_ORDINALS[int(m.group(1)) - 1]} quarter", text)
    terms = [term for term in map(_term, WORD.findall(text)) if term]
    if "-" in text:  # "Wi-fi" is also "wifi", "e-mail" "email", "co-operate" "cooperate"
        terms.extend(_stem(m.group(1).lower() + m.group(2).lower()) for m in _PREFIXED.finditer(text))
    return terms


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")


@lru_cache(maxsize=65536)
def _term(raw: str) -> str:
    """The search term of one word as written, or "" for a stop word (cached: news text repeats its words)."""
    word = _POSSESSIVE.sub("", raw) if "'" in raw or "’" in raw else raw
    if word[-1:] == "s" and _ACRONYM_PLURAL.fullmatch(word):
        word = word[:-1]  # "GPs", "NGOs", "MPs": the acronym's term
    if word in _KEEP_UPPER:
        return word.lower() + "_"
    word = word.lower().replace("’", "'")
    if "," in word:
        word = _THOUSANDS.sub("", word)  # "1,150" is the 1150 a reader types
    if not word.isascii():
        word = _unaccented(word)
    if word in STOP_WORDS or (word.isdigit() and len(word) > 12):
        return ""
    return _NUMBER_WORDS.get(word) or _stem(IRREGULAR_PAST.get(word) or _ABBREVIATIONS.get(word) or word)


def _unaccented(word: str) -> str:
    """A Latin word without its accents, as readers type it ("hervé": "herve"); a word of another script as is
    (its vowel signs are marks too)."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return folded if folded.isascii() else word


def plain_words(text: str) -> str:
    """The text's words, lower-cased and unstemmed, one space apart: for finding one quote's words in another's."""
    return " ".join(_PLAIN_WORD.findall(text.lower()))


_LOWER_WORD = re.compile(r"\b[a-z][^\W\d_]*(?:['’-][^\W\d_]+)*")
# A capitalised word inside a sentence: after a space, an opening quote or bracket, not at the start.
_INNER_CAPITALISED = re.compile(r"(?<=[\s“\"‘(])[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]*(?:['’-][^\W\d_]+)*")


def name_words(texts: Iterable[str], common: Collection[str]) -> dict[str, str]:
    """The words the texts write only as names, lower-cased, each with its written form: "taiwan": "Taiwan".

    A word capitalised inside a sentence and never written in lower case (nor in ``common``) is
    a name's; a reader who types "taiwan" or "california" means it.
    """
    text = "\x00".join(texts)  # no sentence's first word follows a space
    lower = set(_LOWER_WORD.findall(text))
    found: dict[str, str] = {}
    for word in dict.fromkeys(_INNER_CAPITALISED.findall(text)):
        key = word.lower()
        if key not in lower and key not in common and not word.isupper():
            found.setdefault(key, word)
    return found

"""Split a paragraph of news prose into sentences, keeping character offsets."""

from __future__ import annotations

import re

from knowledge.lexicon import TITLE_ABBREVIATIONS

# A sentence ends at . ! ? (optionally followed by closing quotes or brackets),
# then white space, then something that can start a sentence.
# An encyclopedia's footnote marks after a sentence: "… the village school.[3] As a girl …".
FOOTNOTE_MARKS = r"(?:\[(?:\d{1,3}|[a-z]|citation needed|note \d+)\])*"
# A wire's opening before its first sentence proper: "KORVATH, Sept. 14 (Voskra) -- ", "HARWICK FERRY — "
DATELINE = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-Ž][A-ZÀ-ÖØ-ÞĀ-Ž .'’-]{2,}(?:,[^—–-]{0,40})?\s*(?:\([^)]*\))?\s*(?:[—–]|-{1,2})\s")
_BOUNDARY = re.compile(rf"[.!?][”\"’')\]]*{FOOTNOTE_MARKS}\s+(?=[“\"‘'(\[A-ZÀ-ÖØ-ÞĀ-Ž0-9])")
_ABBREVIATIONS = frozenset(
    (
        *TITLE_ABBREVIATIONS,
        *"jr sr inc corp ltd co v vs etc approx dept est mt ft".split(),
        *"jan feb mar apr jun jul aug sep sept oct nov dec".split(),
    )
)
# Abbreviations written before a number, which end a sentence before anything else ("… who voted no. Ines …"):
# "No. 10", "Fig. 3", and currencies before a sum ("Rs. 48.7 billion", "Kshs. 2,000").
_BEFORE_A_NUMBER = frozenset("no nos fig rs rp tk shs kshs".split())
_LAST_WORD = re.compile(r"([A-ZÀ-ÖØ-ÞĀ-Ža-z.]+)$")


def _is_abbreviation(text_before_dot: str, next_char: str) -> bool:
    """Tell whether the word before a full stop is an abbreviation or an initial."""
    match = _LAST_WORD.search(text_before_dot)
    if not match:
        return False
    word = match.group(1)
    if len(word) == 1 and word.isupper():
        return True  # an initial: "J. Smith"
    if "." in word:
        return True  # "U.S." or "e.g."
    return word.lower() in _ABBREVIATIONS or (word.lower() in _BEFORE_A_NUMBER and next_char.isdigit())


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) offsets of each sentence in ``text``."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if text[match.start()] == "." and _is_abbreviation(
            text[start : match.start()], text[match.end() : match.end() + 1]
        ):
            continue
        end = match.end()
        spans.append((start, len(text[:end].rstrip())))
        start = end
    if start < len(text.rstrip()):
        spans.append((start, len(text.rstrip())))
    return spans

"""How old the article says someone is: the age news style gives beside a name ("Kapor, 51," "a 38-year-old")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from knowledge.lexicon import SPEECH_VERBS

if TYPE_CHECKING:
    from knowledge.base import KnowledgeBase
    from knowledge.models import Person, Sentence

_YEARS = r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-years?-old"  # "58-year-old", "nine-year-old", "seventy-one-year-old"
# Just after the name: "Kapor, 51, who …", "Rosnah binti Haji Tahir, 58, a retired teacher", "Yusuf, a 38-year-old
# crab catcher", "Anders Kjeldgaard, the 54-year-old chief executive", "Moana Tairi (47)", "Ms Lee, aged 62,".
_AGE_AFTER = re.compile(
    rf"^(?:,\s*(?:aged\s+)?\d{{1,3}}(?=\s*[,;.)]|\s*$|\s+(?:and|from|of|who|is|was|has|had|said|says|told)\b)"
    rf"|,\s*(?:an?|the)\s+{_YEARS}\b|\s*\(\d{{1,3}}\))",
    re.IGNORECASE,
)
# Just before the name: "61-year-old Lowell Brandvold", "the 23-year-old striker Kofi Mensah".
_AGE_BEFORE = re.compile(rf"\b{_YEARS}\s+(?:[a-z][\w-]*\s+){{0,3}}$")
# A sentence about someone the one before named: "The 58-year-old, who owns two alia, said …".
_AGED_SUBJECT = re.compile(rf"^(?:The|the)\s+{_YEARS}\b(?!\s+[A-Z])")
# Their words said by "the 58-year-old": "“…,” the 58-year-old told RNZ.", "“…,” says the 58-year-old, who …"
_SAYS = rf"(?:{'|'.join(sorted(SPEECH_VERBS))})"
_AGED_SPEAKER = re.compile(rf"\bthe\s+{_YEARS}\s+{_SAYS}\b|\b{_SAYS}\s+the\s+{_YEARS}\b", re.IGNORECASE)


def age_stated(kb: KnowledgeBase, person: Person) -> Sentence | None:
    """The first sentence that gives someone's age: beside their name, or of them as "the 58-year-old"."""
    named_before: Person | None = None
    paragraph = -1
    for sentence in kb.article.sentences:
        mentions = kb.cast.mentions(sentence.text)
        if any(p == person and _aged_at(sentence.text, at, p) for at, p in mentions):
            return sentence
        if sentence.paragraph != paragraph and sentence.paragraph != paragraph + 1:
            named_before = None  # a paragraph between them: "the 58-year-old" is no longer the last one named
        if not mentions and named_before == person and _AGED_SUBJECT.match(sentence.text):
            return sentence
        paragraph = sentence.paragraph
        named_before = mentions[-1][1] if mentions else named_before
    spoken = (q.sentence for q in kb.quotes_by_speaker.get(person.name, ()))
    return next((s for s in spoken if _AGED_SPEAKER.search(s.text) and not kb.cast.mentions(s.text)), None)


def _aged_at(text: str, at: int, person: Person) -> bool:
    """Whether the name at ``at`` has an age right beside it."""
    end = at + _name_length(text, at, person)
    return bool(_AGE_AFTER.match(text[end:]) or _AGE_BEFORE.search(text[:at]))


def _name_length(text: str, at: int, person: Person) -> int:
    """How long the name written at ``at`` is: the longest of the person's names that stands there."""
    folded = text[at:].lower()
    return max((len(alias) for alias in (person.name, *person.aliases) if folded.startswith(alias.lower())), default=0)

"""Find the people an article names and see through the ways it refers to them.

A capitalised run of words is a person when the article gives evidence of it: a
title before it ("US President Joe Biden"), a role after it ("Wang, the foreign
minister,"), or a speech verb beside it ("Blinken added"). Each person gets the
aliases the article uses (full name, either half of it when unambiguous) and the
role the article states. ``Cast`` resolves a phrase — name, half-name, title or
description ("the top US diplomat") — to the people it can mean.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Collection, Iterable, Sequence, Set
from dataclasses import dataclass, field, replace
from functools import lru_cache

from knowledge.clauses import outlet_apposed, speech_subjects, without_title_dots
from knowledge.lexicon import (
    ADMINISTRATIVE_UNITS,
    ASKED_OPENING,
    AUXILIARY_VERBS,
    DEALERS,
    DEED_VERBS,
    GENDER_OF_PRONOUN,
    GENDER_OF_WORD,
    HONORIFICS,
    KEEPING_VERBS,
    LAW_WORDS,
    NAME_PARTICLES,
    NATIONALITIES,
    NOT_NAMES,
    ORGANISATION_WORDS,
    OUTLET_WORDS,
    REPORTING_VERBS,
    ROLE_MODIFIERS,
    ROLE_PHRASES,
    ROLE_WORDS,
    SHOPS,
    SPEECH_VERBS,
    SURNAME_PARTICLE_WORDS,
    TITLES_SPELLED_OUT,
    deed_classes,
    is_person_noun,
    is_region_abbreviation,
    is_role_word,
    is_trade_word,
    nationalities,
    party_label,
    role_classes,
    spelled_words,
    without_possessive,
    without_role_phrases,
    words_of,
)
from knowledge.models import Article, Paragraph, Person, Sentence
from knowledge.tokenize import IRREGULAR_PAST, STOP_WORDS, tokenize

# The particles that say a son or a daughter: "Azhar bin Deraman", "Lakshmi a/p Krishnan".
_GENDERED_PARTICLES = {
    "bin": "m",
    "ibn": "m",
    "a/l": "m",
    "s/o": "m",
    "binti": "f",
    "bint": "f",
    "bte": "f",
    "binte": "f",
    "a/p": "f",
    "d/o": "f",
}
# A surname that says "daughter": Icelandic "Jónsdóttir", Lithuanian "Petraitytė" ("-son" is English too).
_DAUGHTER_ENDINGS = ("dóttir", "dottir", "ienė", "aitė", "ytė", "iūtė", "utė")
# Name particles ("Marleen de Wit-Asante", "Ludwig van Dam") join the capitalised words around them.
_PARTICLES = rf"(?:{'|'.join(NAME_PARTICLES)})"
# Arabic names join an article to the word after it: "Awad al-Karim Babiker", "Abdel Fattah al-Burhan".
# A Dutch or Caribbean degree stands lower-case inside a title and name: "Opposition MP mr. Shirley Doran".
_LOWER_DEGREE = r"(?:mr|drs|dr|ir)\.?\s+"  # its dot blanked out where titles lose theirs
_CAPITALISED_RUN = re.compile(
    rf"[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*(?:\s+(?:{_LOWER_DEGREE})?(?:{_PARTICLES}\s+)*(?:(?:al|el)-)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*)*"
)
_ORGANISATION_HEADS = "|".join(sorted((w.capitalize() for w in ORGANISATION_WORDS), key=len, reverse=True))
# A name running on past "and" to an organisation's word: "… Hotels and Resorts Association", "… & Co".
_ORGANISATION_GOES_ON = re.compile(rf"\s+(?:and|&)\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*\s+){{0,3}}?(?:{_ORGANISATION_HEADS})\b")
# "The Department of Works and " before "Highways said": the end of a body's name, not a person's.
_ORGANISATION_BEFORE = re.compile(
    rf"\b(?:{_ORGANISATION_HEADS})\s+(?:of|for)\s+(?:the\s+)?(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*,?\s+){{1,4}}(?:and|&)\s+$"
)
# "Minister of Agriculture, " before "Food Security and Rural Development", "Minister for Public Works,
# Infrastructure, Environment and " before "Climate Resilience": the list of a ministry's fields
_PORTFOLIO_LIST_BEFORE = re.compile(
    r"\b(?i:minister|ministry|department|secretary)\s+(?:of|for)\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*,\s+)+(?:(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*\s+(?:and|&)\s+)?$"
)
_LIST_GOES_ON = re.compile(r"\s+(?:and|&)\s+[A-Z]")


def _in_portfolio_list(text: str, run: re.Match[str], tokens: Sequence[str]) -> bool:
    """Whether a run of capitalised words is one field in the list that names a ministry, not a person."""
    if not _PORTFOLIO_LIST_BEFORE.search(text, max(0, run.start() - _REACH), run.start()):
        return False
    return tokens[-1].lower() in _PORTFOLIO_WORDS or bool(_LIST_GOES_ON.match(text, run.end()))


_BRACKET_AFTER = re.compile(r"\s*\([^()]{1,30}\)")
_EVIDENCE_VERBS = SPEECH_VERBS | frozenset("shouted yelled quipped joked countered retorted".split())
_SPEECH_AFTER = re.compile(
    rf"^(?:['’]s)?\s+(?:(?:also\s+|has\s+|had\s+)?(?:{'|'.join(sorted(_EVIDENCE_VERBS))})\b|as\s+saying\b)"
)
_PREPOSITION_WORDS = frozenset("in at of for from to with by on near across than about against".split())
_OBJECT_BEFORE = re.compile(r"\b(?:in|at|of|for|from|to|with|by|on|the|near|across|than)\s+$")
# "Zhou had pressed her question": a possessive pronoun in the clause a name is subject of.
# "Novak said his …", "Novak hugged her daughter": a possessive, not "the charity handed her over" (an object).
# A subject answering another's words: "Deputy Le Tissier rejected his claim" is Deputy Ogier's claim (but "Zhou
# had pressed her question twice" is her own).
_ANSWERED = "".join(
    rf"(?<!\b{verb}\s)"
    for verb in "rejected dismissed denied disputed answered countered contradicted challenged rebutted refuted".split()
)
_OWN_PRONOUN = re.compile(
    rf"(?:,[^,.;:“”\"]{{1,60}},)?\s+(?:[a-z][\w’'-]*\s+){{1,4}}?{_ANSWERED}(his|her)\b"
    r"(?!(?<=her)(?:\s*[,.;:!?]|\s+(?:over|to|back|in|out|up|down|away|off|on|from|with|at|for|into|as|a|an|the|that)\b))"
)
_SAID_PRONOUN = re.compile(
    # "Tan Boon Heng, 71, from Chukai, who said his neighbour …": past an aside, "who" and its verb
    # "asked whether he understood": the one asked, not the asker
    # "reported Haverkamp as saying on Monday that he would …"
    rf"(?:['’]s|,[^.;:“”\"]{{0,40}},\s+who)?\s+(?:{'|'.join(sorted(_EVIDENCE_VERBS))}|as\s+saying)\s+(?!whether\b|if\b)"
    r"(?:[\w'’]+\s+){0,3}?"
    r"(?:that\s+)?(he|she|his|her)\b"
)
_SPEECH_BEFORE = re.compile(r"\b(?:according to|said|says|added|told|asked)\s+$")
# "Hemi Tawhiri, 54, a retired teacher from Nelson,": past an age
# "president of the 11,400-member union,": a number's comma or point is no end
_APPOSITIVE_WORDS = (
    r"^,\s+(?:\d{1,3},\s+)?(?!who\b|which\b|\d{1,3},\s)(?:(?:the|a|an)\s+)?((?:[^,.;:“”\"]|(?<=\d)[,.](?=\d)){2,120}?)"
)
_APPOSITIVE = re.compile(rf"{_APPOSITIVE_WORDS}(?:\s*,(?!\d)|\s+who\s|(?P<end>\s*[.;](?!\d)|$))")
# "Maryam …, 22, a final-year student at Sultan Qaboos University and one of the first 40 Omani students selected
# for …": an appositive too long to end in reach, whose first part is the role (its "end" group never matches: it
# stops at no sentence's end).
_APPOSITIVE_FIRST_PART = re.compile(rf"{_APPOSITIVE_WORDS}(?P<end>(?!))?(?=\s+and\s+(?:one\s+of|an?|the)\s)")
# Words that rank a role rather than narrow it: "the top US diplomat" is the US Secretary of State.
_GENERIC_MODIFIERS = frozenset(
    "top senior chief head lead leading main principal new current acting interim former then deputy big "
    "outgoing retiring departing longtime long-serving veteran old older elderly young younger".split()
)
_GOVERNMENT_LEVELS = frozenset("city town municipal village parish borough county local".split())
_LONGEST_ROLE = 90  # characters: "Chile’s environment minister and the Assembly’s president for the year"
_REACH = 120  # characters around a name where its title, verb or appositive stands
_NEAR = 40  # characters before a name where a preposition or an inverted verb ("said") stands
_AFTER = 80  # characters after a name kept for telling its gender and whether it is a person
_RELATIVE_ROLE = re.compile(
    # "who has been harbourmaster since 2019" still is; "who had been" is no longer
    r"^,\s+who\s+(?:is|serves\s+as|will\s+(?:serve\s+as|be)|has\s+been|(?P<past>was|served\s+as|had\s+been))\s+"
    r"(?P<also>also\s+)?(?:the\s+|a\s+|an\s+)?"
    # "…, who will serve as Site Director of the plant and previously ran …": the role ends at the next predicate.
    r"(?P<role>[^,.;:“”\"]{2,60}?)(?=\s+(?:from|since|until|between|in|for|at|when|and\s+[a-z]+ly)\b|\s*[,.;]|$)"
)
_FOR_PLACE = re.compile(r"\s+for\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}")  # "… representative for Orange Walk North"
# An encyclopedia's first sentence: "Oda Kristiane Merensky (née Lunvik; 1911 – 1989) was a marine biologist".
# "Maureen Ekwueme, 58, has been the senior librarian at Holloway Bridge for 22 years."
_COPULA_ROLE = re.compile(
    r"^(?:\s*\([^()]{0,120}\)|,\s+\d{1,3},)?\s+(?:is|was|has\s+been|had\s+been)\s+(?:a|an|the)\s+"
    r"(?P<role>[\w’' -]{2,60})"
)
_TRADE_ENDING = re.compile(r"[a-z](?:ist|ian)$")  # biologist, physician, historian: a person, not a village or a ship
_COPULA_WORDS = 4  # "was a Kestravan marine biologist and oceanographer": the trade within the first words
# "Fiona Halloran-Weiss, who chairs the trust’s board," is the chair of the trust’s board; "Marjun Olsen, a member of
# the Løgting for the party Fólkaræðið who chairs its Business Committee" the chair of its Business Committee.
_RELATIVE_DUTY = re.compile(
    r"^,\s+(?:\d{1,3},\s+)?(?:an?\s+(?:[\w’'-]+\s+){1,9}?)?who\s+(?P<duty>chairs|heads|leads|runs|directs|manages|founded|coaches|owns|farms"
    r"|grows(?!\s+(?:up|old|more|less|tired|weary|increasingly)\b)"
    r"|(?:has|have)\s+(?:run|managed|owned|farmed|chaired|headed|led|directed|coached)"
    r"|(?P<past>chaired|headed|led|ran|directed|managed|coached|owned|farmed))\s+"
    r"(?P<object>[^,.;:“”\"]{2,60}?)"
    r"(?P<place>\s+(?:in|on)\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*){0,2})?"  # "… council in Föglö"
    r"(?=\s*[,.;]|\s+(?:and|but|since|for|with|from|until|between|in)\b|$)"
)
# A relative clause that says what someone does, kept with their description: "a 46-year-old vendor who travels each
# morning from Schoon Ord to Stabroek Market" is a commuter, "Hem Sreyneang, 47, who has sold fish at the market" a
# vendor (lexicon.deed_classes).
_DEED_CLAUSE = re.compile(
    r"^,\s+(?:\d{1,3},\s+)?(?:an?\s+(?:[\w’'-]+\s+){1,9}?)?"
    rf"(?P<clause>who\s+(?:{DEED_VERBS})\b[^,.;:“”\"]{{0,80}}(?<=\w)\b)"  # whole words
)
# A lawmaker's seat in a relative clause: "Senator Hiroshi Laijo, who represents Jaluit,".
_REPRESENTS = re.compile(r"^,\s+(?:\d{1,3},\s+)?who\s+represents\s+(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})")
# The role a duty verb gives, in the active ("who chairs") and passive ("is chaired by") forms.
_DUTY_ROLES = {
    "chairs": "chair", "heads": "head", "leads": "leader", "runs": "head", "directs": "director",
    "manages": "manager", "founded": "founder", "coaches": "coach",
    "chaired": "chair", "headed": "head", "led": "leader", "run": "head", "directed": "director",
    "managed": "manager", "coached": "coach", "ran": "head",
    "owns": "owner", "owned": "owner", "grows": "farmer", "farms": "farmer", "farmed": "farmer",
}  # fmt: skip
# A reader's word for whoever runs a kind of place: "the shopkeeper" is the owner of Whitley's Store or of the
# hardware shop, "the miller" the owner of two hammer mills.
_KEEPERS = {
    "shopkeeper": ("shop", "store"), "storekeeper": ("store", "shop"), "miller": ("mill",), "baker": ("bakery",),
    "publican": ("pub", "bar", "tavern"), "innkeeper": ("inn",), "hotelier": ("hotel",), "grocer": ("grocery",),
    "restaurateur": ("restaurant", "cafe", "café", "diner", "bistro"), "brewer": ("brewery",),
}  # fmt: skip


def _duty_role(duty: str, held: str) -> str:
    """The role a duty verb gives over what it is done to: "chairs the committee" its chair, "runs a shop" its
    owner."""
    role = _DUTY_ROLES[duty.split()[-1]]
    noun = _PLACED_AFTER.split(held, maxsplit=1)[0].split()[-1]  # "the Glass Studio near the Clocktower Mall"
    return "owner" if role == "head" and noun.lower() in SHOPS else role


_PLACED_AFTER = re.compile(r"\s+(?:near|in|at|on|off|by|beside|outside|opposite|next\s+(?:door|to))(?:\s+|$)")


# "The inquiry is chaired by retired judge Rosalind Tiernan": she is the inquiry's chair.
_PASSIVE_DUTY = re.compile(
    r"\b(?P<object>[Tt]he\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}?)\s+(?:is|was|has\s+been|will\s+be)\s+"
    r"(?P<duty>chaired|headed|led|run|directed|managed|coached)\s+by\s+(?:[a-z]+\s+){0,3}$"
)
# "The company, whose chief executive is Julius Kiptoo Sang,": he is the company's chief executive.
_WHOSE_ROLE = re.compile(
    r"\b(?P<object>[Tt]he\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}?),\s+whose\s+(?P<role>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+"
    r"(?:is|was|has\s+been)\s+$"
)


def _whose_role(prefix: str) -> str | None:
    """The role a body's relative clause gives the name after it: "The company, whose chief executive is"."""
    whose = _WHOSE_ROLE.search(prefix)
    if whose is None or not (is_role_word(head := whose.group("role").split()[-1]) or is_person_noun(head)):
        return None
    return f"{whose.group('role')} of {whose.group('object').lower()}"


# The next sentence opens on "He" or "She", or on a quote they are said to have said ("“…,” he told DW").
_OPENING_PRONOUN = re.compile(
    # "Asked about the loans, she said …": an opening phrase of lower-case words before the pronoun
    rf"(?:[A-Z][a-z]+(?:\s+[a-z][\w’'-]*){{0,10}},\s+)?(He|She|(?<=,\s)(?:he|she))\s+[a-z]"
    rf"|(?:[“\"][^“”\"]+[”\"]|‘.+?’),?\s+(he|she)\s+(?:{'|'.join(sorted(SPEECH_VERBS))})\b"  # ‘…,’ she said
)
# A subject's own pronouns, as subject or owner: "him" and "her" may be someone else the sentence acts on.
_OWN_PRONOUNS = re.compile(rf"\b(he|{_ANSWERED}his|she)\b", re.IGNORECASE)
_OTHER_PRONOUN = re.compile(r"\b(?:him|her|hers|they|their|them)\b", re.IGNORECASE)
_QUOTED = re.compile(r"[“\"][^“”\"]*[”\"]")
_OPENING_PHRASE = re.compile(r"[A-Z][^,“”\"]*,\s*")  # "Asked about the teenager at the news conference, "
_ASIDE_SPEAKER = re.compile(r",\s*(?:he|she)\s+[a-z]+,", re.IGNORECASE)  # "Oberoi, she noted, had made …": another
# "Asked whether he would drop his objection …, Haverkamp shrugged": the one asked is the subject after it.
_ASKED_THEM = re.compile(
    rf"{ASKED_OPENING}\s+(?:whether|if|about|what|how|why|when)\b[^,;“”\"]*?\b(he|she)\b[^;“”\"]*?,\s+"
)
_PARENTHETICAL_OWNER = re.compile(r",\s+(his|her)\s+[a-z]+\s+(?:said|say|says|told|added)\b", re.IGNORECASE)
_QUOTE_MARK = re.compile(r"[“”\"]")
_QUOTE_SENTENCES = 6  # sentences of a quote read on to find "he told DW" after it
_NAME_AT = re.compile(r"[\w’'.-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*)*")  # a name and the capitalised words after it
_LOWER_WORD = re.compile(r"\b[a-z][\w’'-]*")
_CLAUSE_BREAK = re.compile(r"[;:—–]")
_POSSESSIVE_END = re.compile(r"['’]s$")  # the run itself holds the possessive: "Novak’s"
_DIGIT = re.compile(r"\d")
_AGED_INDEFINITE = re.compile(r",\s*\d{1,2},\s+an?\s")  # "Ignacio Ngiraibai, 54, a boat captain": a trade follows
_AGE_AFTER = re.compile(r",\s*\d{1,2},\s")  # "Ram Bahadur Tamang, 58, whose house …": a person's age
# "Bernd Schwieters had been sitting on his suitcase": the subject's own "his" or "her" in its clause (a body's is
# "its")
_OWN_AFTER = re.compile(r"\s+(?:had|has|was|is|were)\s+(?:been\s+)?[a-z]+(?:\s+[a-z]+){0,3}?\s+(?:his|her)\s+[a-z]")
# "Nivi Berthelsen, who represents the coalition party": "who" is said of a person ("which" of a body)
_WHO_AFTER = re.compile(r",\s*who\s+(?!is\s|are\s|was\s|were\s)[a-z]")
_CLAUSE_WORDS = re.compile(r"\b(?:was|were|is|are|has|had|have|will|would|said|says)\b")


@dataclass(frozen=True, slots=True)
class _Mention:
    """One capitalised name in the text, with whatever evidence stands beside it."""

    tokens: tuple[str, ...]
    line: int
    evidence: bool
    role: str | None
    after: str = ""  # the words right after the name ("said she …", "’s president")
    honorific: str | None = None  # "mr", "ms" … before the name
    owner_before: bool = False  # a person noun stands before the name in its sentence (who else 'his' may be)
    # What a label after the name says of them: a lawmaker's party ("Utah Republican", "Labour MSP"), a
    # student's class year ("student")
    tag: str | None = None
    counterpart: str | None = None  # "his Austrian counterpart, X": the kind ("Austrian", or ""), of whose office


def texts_of(article: Article) -> list[tuple[str, int]]:
    """The article's own words with their lines: headline, standfirst, body sentences."""
    headline = article.headline
    # A headline in title case capitalises every word: "… as Students Vote Overwhelmingly to Back Union"
    texts = [(headline.text, headline.line)] if headline and not _in_title_case(headline.text) else []
    if article.standfirst:
        texts.append((article.standfirst.text, article.standfirst.line))
    texts.extend((s.text, s.line) for s in article.sentences)
    return texts


def _in_title_case(text: str) -> bool:
    """Whether a line capitalises every word of four letters or more, and has four of them."""
    long_words = [w for w in text.split() if len(w) >= 4 and w[:1].isalpha()]
    return len(long_words) >= 4 and all(w[:1].isupper() for w in long_words)


@lru_cache(maxsize=8192)
def _clean(token: str) -> str:
    """Drop a possessive and trailing punctuation from a name token."""
    return without_possessive(token.rstrip(".,;:")).rstrip(".,;:")


_CONNECTORS = frozenset({"of", "for", "and"})


# "In Berlin, a spokeswoman for the German Agriculture Ministry, " before "Katharina von Elsholz,"
# "…, the chairman of the committee, Senator X", "She said the chairman of the committee, Senator X"
_DESCRIPTION_BEFORE = re.compile(
    # the role runs on to the comma without a verb of saying: "A spokesperson said a provincial mediator, X"
    r"(?:^|[,.;:”\"]\s+|\b(?:said|says|told|that)\s+)(?:a|an|the|another)\s+"
    r"(?P<role>(?:(?!\b(?:said|says|told|that)\s)[^,.;:“”\"]){3,90}),"
    # "A taxi driver waiting at the rank, who gave only his surname, Cheung": the name a relative clause gives
    r"(?:\s+who\s+[^,.;:“”\"]{0,40}\b(?:name|surname)(?:\s+only)?,)?\s*"
    rf"(?:(?:{'|'.join(sorted(HONORIFICS))})\.?\s+)?$",  # "Another farmer, Mr Tinashe Mawire"
    re.IGNORECASE,
)

# A sentence opening on a title of something, set off by a comma before the name: "Labour MP for Ellesby and
# Crome, ", "Chief executive of Tessaly Energy, ".
_TITLE_OPENING = re.compile(
    r"(?:^|[.!?]\s+)(?P<role>(?P<head>[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}?)\s+(?:for|of)\s+[^,.;:“”\"]{2,60}),\s*$"
)


_CAPITALISED_BEFORE = re.compile(r"(?:[A-Z][\w’'-]*\s+)+$")


def _place_object(prefix: str) -> bool:
    """Whether a name is the object of a preposition, past capitalised words it starts with ("from Half Tree
    Hollow", "The MP for Ystrad North")."""
    return _OBJECT_BEFORE.search(_CAPITALISED_BEFORE.sub("", prefix)) is not None


def _described_before(prefix: str) -> str | None:
    """A description set off by commas right before a name, whose head is a role ("a spokeswoman for …"), or a
    sentence's opening title and what it is of ("Labour MP for Ellesby and Crome, Dev Raithatha, asked")."""
    match = _DESCRIPTION_BEFORE.search(prefix)
    if match is None:
        opening = _TITLE_OPENING.search(prefix)
        head = opening.group("head") if opening else ""
        return opening.group("role") if opening and _role_before(head + " ") == head else None
    role = match.group("role")
    words = role.split()
    owned = words[1:] if len(words) > 1 and without_possessive(words[0]) != words[0] else words  # "Opposition’s …"
    heads = owned[:2]  # "spokeswoman for …", "taxi driver waiting at the rank"
    if _CLAUSE_WORDS.search(" ".join(role.split()[1:4])):
        return None  # "The minister said the government would extend it to Corfu, Rhodes …": a clause, no title
    return role if any(role_classes(head, trades=True) or is_person_noun(head) for head in heads) else None


# Someone holding the same office elsewhere, named after it: "his Austrian counterpart, ", "Her counterpart in the
# Ministry of Works and Infrastructure, Engr ".
_COUNTERPART = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?P<kind>[A-ZÀ-ÖØ-ÞĀ-Ž][\w-]*\s+)?counterpart(?:\s+(?:in|at|from|of)\s+[^,.;]{1,80})?"
    r",?\s+(?:[A-Z][a-z]{1,4}\.?\s+)?$"
)


def _counterparts_titled(mentions: list[_Mention]) -> list[_Mention]:
    """Mentions with a counterpart's office named: the title of the last titled person before them, of its kind
    ("Irish Agriculture Minister …, while his Austrian counterpart, Veronika Pichler-Haas": an Austrian minister)."""
    titled: list[_Mention] = []
    last_role = None
    for m in mentions:
        head = _office(last_role) if m.counterpart is not None and last_role else None
        if head is not None and head.lower() not in (m.role or "").lower():
            office = f"{m.counterpart} {head}".strip()
            m = replace(m, role=f"{office} and {m.role}" if m.role else office, evidence=True)
        last_role = m.role or last_role
        titled.append(m)
    return titled


def _office(role: str) -> str | None:
    """The office a title names, without its field ("Commissioner for Finance" -> "Commissioner")."""
    title = re.split(r"\s+(?:of|for)\s+", role, maxsplit=1)[0].split()
    return next((word for word in reversed(title) if is_person_noun(word)), None)


# The holder someone else took over from, a title (and its place) between: "succeeding Gov. ", "replaced
# Wexley manager ", "his predecessor, Chief Constable ".
_SUCCEEDED = re.compile(
    r"\b(?:succeeding|succeeded|replacing|replaced|predecessor,?)\s+(?:the\s+)?(?:[\w.’'-]+\s+){1,4}$"
)


# A title's field in lower case after it: "deputy for climatology " (not "director of ferry operator ", which
# a company's name follows).
_FIELD_AFTER_ROLE = re.compile(
    r"\b([a-z]+)(\s+for\s+(?:(?!(?:the|this|that|these|those|a|an|its|his|her|their)\s)[a-z]+\s+){1,3})$"
)


def _listed_portfolio(word: str, following: str) -> bool:
    """Whether a word before a comma is one of a title's portfolios listed before the next ("Fisheries, Water")."""
    return word[:1].isupper() and {_clean(word).lower(), _clean(following).lower()} <= _PORTFOLIO_WORDS


def _role_before(prefix: str) -> str | None:
    """The title just before a name ('US Secretary of State ', 'Opposition leader '), if any.

    Walking back from the name, it takes role words, demonyms and connectors, and an
    unknown capitalised word only right before a role word ('Agriculture Minister'),
    so another person's name ('Keir Starmer and French President') ends the title.
    """
    titled = _TITLE_AFTER_COMMA.search(prefix) if "," in prefix[-_TITLE_AFTER_REACH:] else None
    if titled and (described := _role_before(prefix[: titled.start() + 1])):
        return described  # "The council leader, Cllr Dermot Fairweather,": the description, not "Cllr"
    field = _FIELD_AFTER_ROLE.search(prefix)
    if field and is_person_noun(field.group(1)):  # "BMKG deputy for climatology Nurhayati"
        role = _role_before(prefix[: field.end(1)] + " ") or field.group(1)
        return f"{role} {field.group(2).strip()}"
    last = prefix.split()[-1].lower().rstrip(".") if prefix.strip() else ""
    if last == "member" and (member := _MEMBER_TITLE.search(prefix)):
        return member.group(1)  # "Council member Emeka Thorsby": a member of a body, not any member
    if last in HONORIFICS and (honoured := _TRADE_THEN_HONORIFIC.search(prefix)):
        return _role_before(prefix[: honoured.end(1)] + " ")  # "pulmonologist Dr. Nadia Sorokina": a pulmonologist
    if last == "professor" and (honoured := _TITLE_THEN_PROFESSOR.search(prefix)) and is_role_word(honoured.group(1)):
        return _role_before(prefix[: honoured.end(1)] + " ")  # "Vice-chancellor Professor Justin Hallett"
    if prefix.split()[-1:] in (["Md"], ["Mohd"]):
        return None  # "Md Shafiqul Islam Mollah": South Asian papers' short "Mohammad", no managing director's "MD"
    collected: list[str] = []
    places = 0  # capitalised words that are not role words: a place or body ("Tamil Nadu")
    acronym: tuple[str, int] | None = None  # a body's bracketed acronym, and how many words of the role follow it
    for i, written in enumerate(reversed(prefix.split())):
        word = written
        # "Lands, Agriculture, Fisheries, Water and Rural Development Minister": portfolios listed with commas
        listed = word.endswith(",") and bool(collected) and _listed_portfolio(word, collected[0])
        if (i == 0 and word.endswith(",")) or listed:
            word = word[:-1]
        elif word[-1:] in ',;:.”"':
            break
        if _BRACKETED_ACRONYM.fullmatch(word):
            # "Tertiary Education Union (TEU) Pōneke branch president": the body's whole name, which the acronym spells
            if collected and (spelled := _spelled_by(prefix.split()[: -(i + 1)], word[1:-1])):
                collected = [*spelled, *collected]
                break
            # "National Disaster Mitigation Agency (BNPB) head": the body's acronym, then its name;
            # "Upazila Nirbahi Officer (UNO) Farzana Akter": the post's own
            acronym = acronym or (word[1:-1], len(collected))
            continue
        # "Governor of Zavkhan aimag D.Tsolmon": a place, the kind of place it is in lower case
        unit = i == 0 and word in ADMINISTRATIVE_UNITS
        capitalised_place = (
            word[:1].isupper()
            and collected
            and (collected[0][:1].isupper() or places == 1 == len(collected))
            and places < 3
        )
        # "Transport and Mining Minister": portfolios joined by "and"; not "Keir Starmer and French President"
        joined_portfolio = collected[:1] == ["and"] and _clean(word).lower() in _PORTFOLIO_WORDS
        # "Ministry of Agriculture spokesperson": the body's whole name, not only its field
        body_of = collected[:1] == ["of"] and collected[1:2] != [] and collected[1][:1].isupper()
        body_of = body_of and acronym is None and _organisation_word(_clean(word)) and word[:1].isupper()
        if (
            (is_role_word(word) and word.lower() not in _CONNECTORS)
            # "head lifeguard Siobhan O'Brien", "cotton farmer X"; not "his daughter, Anaya"
            or (i == 0 and _is_trade(word) and not written.endswith(","))
            or word in _CONNECTORS
            or (word[:1].isupper() and collected and is_role_word(collected[0]) and collected[0] not in _CONNECTORS)
            or (word in _BODY_PARTS and collected and is_role_word(collected[0]))  # "Pōneke branch president"
            or (word[:1].isupper() and collected[:1] and collected[0] in _BODY_PARTS)
            or capitalised_place  # "Tamil Nadu Labour Minister", "Union Labour Minister"
            or unit
            or joined_portfolio
            or body_of
            or listed
        ):
            places += (not is_role_word(word) and word[:1].isupper() and not listed) or unit
            collected.insert(0, written if listed else word)
        else:
            break
    if not collected:
        return _described_before(prefix)  # most names: no title before them
    if collected[-1].lower() in _CONNECTORS | {"the"}:
        return None  # "the MP for Ystrad North": the name is the object of the role, not its holder
    cut = False
    while collected and (collected[0] in _CONNECTORS or collected[0].lower() in NOT_NAMES):
        cut = cut or collected[0] in _CONNECTORS
        collected.pop(0)
    if cut and acronym and acronym[1]:
        # "Small Enterprise Owners Association of Zambia (SEOAZ) president": the body by its acronym, not "Zambia"
        collected = [acronym[0], *collected[-acronym[1] :]]
    collected = _noun_modifiers(prefix.split()[: -len(collected) or None], collected) if collected else collected
    role = _without_honorifics(" ".join(_spelled_out(w) for w in collected))
    return role if role and role_classes(role, trades=True) else None


# The capitalised words and their "of"s just before a run: "Bay of " + "Plenty Kāhu", "Vice Minister of Agriculture of
# the Republic of " + "Kazakhstan Yerbol Taskarayev".
_NAME_OF_BEFORE = re.compile(r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?){1,8}$")


def _ends_a_longer_name(before: str) -> bool:
    """Whether a run of capitalised words after "of" ends a longer name ("the Bay of Plenty Kāhu"), not a title's
    ("Vice Minister of Agriculture of the Republic of Kazakhstan Yerbol Taskarayev")."""
    named = _NAME_OF_BEFORE.search(before)
    words = [w for w in named.group().split() if w[:1].isupper() and w != "The"] if named else []
    return bool(words) and not any(map(is_role_word, words))


_BODY_PARTS = frozenset({"branch", "chapter", "wing", "section", "local"})  # the part of a body a post is of


def _spelled_by(words: list[str], acronym: str) -> list[str]:
    """The capitalised words just before a bracketed acronym whose initials it is ("Pōneke University Students'
    Association (PUSA)"), or none."""
    letters = fold_accents(acronym).upper()
    taken: list[str] = []
    for word in reversed(words):
        # a name holding "of" would give the body a place ("Association of Zambia (SEOAZ)"): the acronym says it
        if not word[:1].isupper() and word not in ("and", "&"):
            return []
        taken.insert(0, word)
        initials = "".join(fold_accents(w[0]).upper() for w in taken if w[:1].isupper())
        if initials == letters:
            return taken
        if len(initials) >= len(letters):
            return []
    return []


# A military or police rank between a post and the name: "BNPB head Lt. Gen. Hendarto" heads the agency, "Police
# Station spokesperson Sergeant Memory Chisale" speaks for the station; the rank is not the post a reader asks for
# ("the disaster agency chief", "the police spokesperson").
_RANK_AFTER_POST = re.compile(
    r"\s(?P<grade>(?:Lieutenant|Major|Brigadier|Rear|Vice|Air|Detective|Chief)\s+)?"
    r"(?:General|Colonel|Admiral|Marshal|Commodore|Captain|Commander|Sergeant|Inspector|Constable|Superintendent)$"
)


def _without_rank(role: str) -> str:
    """A role without a military rank written after the post it holds ("Agency head Lieutenant General"); not
    "Attorney General", whose "General" is half of the post."""
    rank = _RANK_AFTER_POST.search(role)
    if rank is None or not rank.start():
        return role
    post = role[: rank.start()]
    graded = rank.group("grade") is not None  # "Lieutenant General", never half of a post
    if not graded and not post.split()[-1].islower():
        return role  # "Attorney General"
    return post if role_classes(post, trades=True) else role


_BRACKETED_ACRONYM = re.compile(r"\([A-Z][A-Z0-9&]+\)")
_BRACKETED = re.compile(r"\s*\([^()]*\)")  # "(UDC – United in Defence of Carvalhais)": a body's name glossed
# A lower-case word, then an honorific: "pulmonologist Dr. ", "state executive councillor Datuk "
_TRADE_THEN_HONORIFIC = re.compile(
    rf"\b((?-i:[a-z][a-z-]+))\s+(?:{'|'.join(sorted(HONORIFICS))})\.?\s+$", re.IGNORECASE
)
# A title, then "Professor" as the name's honorific: "Vice-chancellor Professor ", "Provost Professor "
_TITLE_THEN_PROFESSOR = re.compile(r"\b([\w-]+)\s+Professor\s+$")
_MEMBER_TITLE = re.compile(
    r"\b((?:(?:[Cc]ity|[Tt]own|[Cc]ounty|[Ss]chool)\s+)?(?:[Cc]ouncil|[Bb]oard|[Cc]ommittee|[Aa]ssembly)\s+[Mm]ember)\s+$"
)
# Titles written before a name, short or in full ("the Senate President, Senator Oluwadamilare Fakorede"), that an
# appositive says more than: "Professor X, a climatologist at …", "Sgt. Travis Pelletier, a spokesman for the
# patrol's Troop D,".
_NAME_TITLES = frozenset(
    "cllr sen rep gov insp supt det senator governor mayor justice judge councillor representative congressman deputy "
    "congresswoman assemblyman assemblywoman state professor prof sgt lt sergeant inspector constable detective".split()
)
_TITLE_AFTER_REACH = 24  # characters before a name where ", Cllr " or ", Rt. Hon. " may stand
# A short title or honorific between a description's comma and the name: "the committee chair, Cllr …".
_TITLE_AFTER_COMMA = re.compile(
    rf",\s+(?:(?:{'|'.join(sorted(HONORIFICS | _NAME_TITLES))})\.?\s+)+$",
    re.IGNORECASE,
)


def _is_trade(word: str) -> bool:
    """Whether a word is one person's trade ("farmer", "Lifeguard"): a label when it stands right before a name."""
    lowered = word.lower()
    singular = not lowered.endswith("s")
    return singular and is_trade_word(lowered) and lowered not in _NOT_TRADES and lowered not in ROLE_MODIFIERS


# Person nouns that say how someone stands to others, not what they do: "her colleague Owen Tremayne".
_NOT_TRADES = frozenset(
    """
    colleague friend neighbour neighbor mother father woman man parent relative member resident witness source
    victim survivor client user caller spectator fan voter customer shopper passenger onlooker bystander mourner
    supporter opponent
    """.split()
)


def _spelled_out(word: str) -> str:
    """A title word as a reader reads it: "Gov." is "Governor", "Sen." is "Senator"."""
    full = TITLES_SPELLED_OUT.get(word.rstrip(".").lower())
    return full.capitalize() if full and word[:1].isupper() else word


_DETERMINERS = frozenset("the a an its his her their our your my".split())  # "Our (chief financial) officer"


def _noun_modifiers(before: list[str], role: list[str]) -> list[str]:
    """Lower-case words that qualify a role after an article: 'the (local government) minister'."""
    modifiers: list[str] = []
    words = before[-4:]
    for at in range(len(words) - 1, -1, -1):
        word = words[at]
        if _POSSESSIVE_END.search(word) and word[:1].isupper() and word.lower() not in NOT_NAMES:
            return [word, *modifiers, *role]  # "China’s special envoy"
        if _opens_noun_phrase(word):  # "the (local government) minister", "with (blue ribbon committee) chair"
            return modifiers + role if modifiers else role
        if role[0][:1].isupper() or not word.isalpha() or word in STOP_WORDS:
            return role  # "a move Superintendent Dr. Gerald Oyelaran said …": a title is capitalised throughout
        if not word.islower():
            # "said (Lüderitz constituency) councillor Mervin Jacobs", "(Senior traditional) councillor Anna Kooper":
            # a capitalised word opens the phrase after a speech verb, or a sentence if it is a title's
            starts = at == 0 and len(before) <= len(words) and is_role_word(word)  # not "Community council convener"
            opens = modifiers and (starts or (at and _opens_noun_phrase(words[at - 1])))
            return [word, *modifiers, *role] if opens else role
        modifiers.insert(0, word)
    return role


def _opens_noun_phrase(word: str) -> bool:
    """Whether a noun phrase begins after a word: a determiner, possessive, bounding preposition, speech verb, or
    the end of a clause ("…, Saskatchewan, fire information officer")."""
    return (
        word.lower() in _DETERMINERS
        or word.lower() == "whose"  # "the association, whose chairperson Gift Chisenga": her title, not "whose"
        or bool(_POSSESSIVE_END.search(word))
        or word in _BOUNDING_PREPOSITIONS
        or word in SPEECH_VERBS
        or word.endswith((",", ".", ":", ";"))
    )


_BOUNDING_PREPOSITIONS = frozenset("with by from for as including".split())  # where a noun phrase before a title begins
# A court report's counsel: "Anand Kulkarni KC, prosecuting," and "Siobhan Farrelly, defending,".
_COUNSEL = {"prosecuting": "prosecutor", "defending": "defence barrister"}


_NAME_NEXT = re.compile(r"\s*(?:[A-ZÀ-ÖØ-ÞĀ-Ž][a-z]*\s+){0,2}?[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+\s+[A-ZÀ-ÖØ-ÞĀ-Ž]")


def _ends_in_body(appositive: str) -> bool:
    """Whether an appositive ends in a body's name, which a name after it may give in another language: "chairman of
    the Disko Bay Fishermen's Association, Qeqertarsuup Tunuani Aalisartut,"."""
    words = appositive.split()
    return bool(words) and words[-1].lower().strip(",.") in ORGANISATION_WORDS


def _names_after(rest: str) -> bool:
    """Whether a name comes right after an appositive: "Ilekun, the Commissioner for Finance, Dr Mrs
    Folasade Ighodalo-Wey": the role is hers, not the place's."""
    return bool(_NAME_NEXT.match(rest))


def _is_name_word(word: str) -> bool:
    """Whether a word may be part of a person's name: capitalised, no title, and no brand's inner capital after a
    whole word ("RidgeLine", "SmartBolt"; a name's is after a prefix: "McKenzie", "DeShawn")."""
    return word[:1].isupper() and not is_role_word(word) and not _BRAND.match(word)


_BRAND = re.compile(r"[A-Z][a-z]{3,}[A-Z][a-z]")


def _brand(tokens: Sequence[str]) -> bool:
    """Whether a name is a brand's ("RidgeLine") or a platform's or outlet's alone ("her official Facebook page")."""
    return any(_BRAND.match(t) for t in tokens) or (len(tokens) == 1 and tokens[0].lower() in OUTLET_WORDS)


_SAYS = frozenset("said says told tells".split())


def _opens_on_a_verb(phrase: str) -> bool:
    """Whether a phrase after a name's comma opens on a verb ('came hours after', 'asked whether'); not a
    court's one-word 'prosecuting', nor a role after a participle ('retired teacher', 'retired dairy farmer')."""
    words = phrase.split()
    if words[0][:1].isupper():
        return False  # "Met Office meteorologist": a name, not "met"
    first = words[0].lower()
    if first in IRREGULAR_PAST or first in AUXILIARY_VERBS or first in _SAYS:
        return True  # "…, came hours after", "…, is to chair a new committee", "…, 47, said separately that"
    if not (first.isalpha() and first.endswith(("ed", "ing")) and len(words) > 1):
        return False
    # "retired dairy farmer (from Ardvane)": a participle before the person noun it describes; not "asked about
    # the mayor"
    head = list(itertools.takewhile(lambda w: w.lower() not in _PREPOSITION_WORDS | _DETERMINERS, words))
    return not (len(head) > 1 and (is_person_noun(head[-1]) or is_trade_word(head[-1].lower())))


_NAMES_LISTED = re.compile(r"[A-Z][\w’'-]*(?:,\s+[A-Z][\w’'-]*)*\s+(?:and|or)\s+[A-Z]")
_NOT_AN_APPOSITIVE = frozenset("according including like unlike besides despite per via and or but while".split())


def _appositive_role(phrase: str, aged: bool = False) -> str | None:
    """The role an appositive states ('Brazil’s chief negotiator and one of the few …' -> the first part).

    ``aged``: it follows the person's age and opens on "a" ("Ignacio Ngiraibai, 54, a boat captain from …"), so
    its head noun is their trade though no list knows it."""
    if phrase.lower() in _COUNSEL:
        return _COUNSEL[phrase.lower()]
    words = phrase.split()
    if words[0].lower() in _NOT_AN_APPOSITIVE:
        return None  # "Kestrel Row, according to a senior House aide,": the aide is someone else
    if _NAMES_LISTED.match(phrase) and not is_role_word(words[0]):
        return None  # "to Corfu, Rhodes and Nafplio if the pilot …": the next names of a list
    # ", Chief Returning Officer Perpetua Oyelaran,", ", Senator Ibrahim Danjuma Gwarzo,": another person, not a role
    title = max((i for i, w in enumerate(words) if _clean(w).lower() in ROLE_WORDS), default=-1)
    name = words[title + 1 :]
    if title >= 0 and words[title][:1].isupper() and len(name) >= 2 and all(_is_name_word(w) for w in name):
        return None
    # "in east Kingston, fisherman Ezekiel Dunkley, 58, said": a trade and a name, another person
    first_capital = next((i for i, w in enumerate(words) if w[:1].isupper()), len(words))
    trade, name = [w.lower() for w in words[:first_capital]], words[first_capital:]
    named = len(name) >= 2 and all(_is_name_word(w) for w in name)
    if trade and named and _PREPOSITION_WORDS.isdisjoint(trade) and _DETERMINERS.isdisjoint(trade):
        return None
    # "a library assistant at the Saltmarsh Lane branch and the Unison representative for …": the whole, else
    # the first of its parts that names a role
    for part in (phrase, *phrase.split(" and ")):
        if len(_BRACKETED.sub("", part)) <= _LONGEST_ROLE and (_heads_a_role(part) or (aged and _heads_a_noun(part))):
            return _without_honorifics(re.sub(r"^(?:the|a|an)\s+", "", part))
    return None


def _wider(told: str, role: str) -> bool:
    """Whether an appositive of the same office says more of it than the title did ("High Chief Ibedul …, the
    paramount chief of Koror,"): a place or body the title lacks."""
    return " of " in told and not set(words_of(told)) <= set(words_of(role))


_NUMERAL = re.compile(r"\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)$")


def _heads_a_noun(part: str) -> bool:
    """Whether an appositive's words before its complement end on a lower-case noun ("boat captain" from …,
    "vegetable seller" two stalls away)."""
    head = list(itertools.takewhile(lambda w: w not in _COMPLEMENT_OPENERS and not _NUMERAL.match(w), part.split()))
    last = head[-1] if head else ""
    return last.isalpha() and last.islower() and len(last) > 2 and last not in STOP_WORDS and not last.endswith("ly")


_COMPLEMENT_OPENERS = _PREPOSITION_WORDS | {"per"}  # where an appositive's head ends: "fee *per* passenger"


def _heads_a_role(part: str) -> bool:
    """Whether an appositive's words before its first preposition name a role: "an island of 15,500 residents"
    and "sets €25 fee per passenger" are about a place, whatever persons their complement names."""
    words = re.sub(r"^one\s+of\s+(?:the\s+)?", "", part, flags=re.I).split()  # "one of the founders of …"
    # a preposition inside a body's name opens no complement: "the Malawi Alliance for Progress spokesperson"
    opener = next(
        (
            i
            for i, w in enumerate(words)
            if w.lower() in _COMPLEMENT_OPENERS
            and not (0 < i < len(words) - 1 and words[i - 1][:1].isupper() and words[i + 1][:1].isupper())
        ),
        len(words),
    )
    head = words[:opener]
    if head and head[-1].lower() in DEALERS:
        return len(head) < len(words)  # "a senior buyer at Imara Trading", not "the UK's largest milk buyer"
    return bool(role_classes(" ".join(head), trades=True))


def _without_honorifics(role: str) -> str:
    """A role without the honorifics of a name after it ('Chief Executive Officer Dr' -> without 'Dr')."""
    words = role.split()
    while words and (words[-1].lower().strip(".") in HONORIFICS | {"the"} or is_honour(words, len(words) - 1)):
        words.pop()  # "Prime Minister the Most Honourable"
    return " ".join(words)


_PARTY_TAG = re.compile(r"[RDI]-[A-ZÀ-ÖØ-ÞĀ-Ž]")
# "Minister of Foreign Affairs and ", "Minister of ": a title whose capitalised portfolio runs into the name.
# "Minister for Housing, Local Government and ", "Leader of the ", "TD for Dublin ": commas and "the" too.
_PORTFOLIO_OF = re.compile(
    r"(?P<title>(?:(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*\s+)+and\s+)?(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*\s+(?:of\s+)?){0,3}"
    r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*|responsibility)\s+(?:of|for|on)\s+"
    # "… of the Republic of ": a body that is itself of somewhere
    r"(?:the\s+)?(?:(?:and\s+|&\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*,?\s+(?:of\s+(?:the\s+)?)?)*(?:and\s+|&\s+)?)$"
)
# The words of ministers' portfolios and offices: "Minister for National Development Kwek Boon Leong" is Kwek Boon
# Leong, "Leader of the Opposition Umar Daraz Khattak" Umar Daraz Khattak.
_PORTFOLIO_WORDS = frozenset(
    "affairs agriculture arts care children citizenship climate commerce communications communities community "
    "cooperation culture defence defense development digital disability economic economy education employment "
    "energy enterprise environment equality family finance fisheries foreign forestry government health heritage "
    "higher home housing immigration industry infrastructure innovation integration interior international justice "
    "labour labor lands local media national natural opposition parliamentary planning public research resources "
    "rural science security social sport state technology tourism trade transport treasury urban water welfare "
    "women works youth logistics mobility aviation mining petroleum information broadcasting veterans supply "
    "mines light utilities land change resilience disaster marine ports oceans gender".split()
)
# Words that open a street's or square's name: "Rue de la Loi", "Place du Luxembourg" are no people.
_STREETS = frozenset("rue avenue avenida boulevard place plaza piazza praça calle via strasse straße quai".split())
# Words that close a street's or square's name: "Mother Teresa Boulevard", "Bishop Crowther Road" are no people.
_THOROUGHFARES = frozenset("boulevard avenue street road highway square plaza".split())
# Words that close a region's name: "the WRD's Chennai Region" (not all of lexicon.ADMINISTRATIVE_UNITS: "Ward",
# "Town" and "State" end people's names too)
_PLACE_ENDINGS = frozenset("region province district county prefecture oblast governorate municipality".split())
# Particles that open a surname ("Séamus Ó Callaráin", "Clémence de la Roche"): the name's first word is before them.
_SURNAME_PARTICLES = frozenset(["ó", "ní", "nic", "uí", "mac", "mc", *SURNAME_PARTICLE_WORDS])


def _portfolio_then_title(raw: list[str], skipped: int) -> bool:
    """Whether a run's title words are a portfolio's end, then titles or honours ("National Security Senator Dr")."""
    ends = _portfolio_length(raw)
    portfolio = [_clean(w).lower() for w in raw[:ends]]
    return (
        0 < ends < skipped
        and all(w in _PORTFOLIO_WORDS for w in portfolio)
        and all(is_role_word(w) or is_honour(raw, i) for i, w in enumerate(raw[ends:skipped], start=ends))
    )


def _portfolio_before(before: str, raw: list[str]) -> tuple[str, int] | None:
    """The whole title, and the number of its words in the run, when a run is a title's portfolio then a name.

    "… Minister of Foreign Affairs and International Cooperation Amara Sotelo-Adjei": the run's last
    two words are the name; the title is "Minister of Foreign Affairs and International Cooperation".
    """
    match = _PORTFOLIO_OF.search(before) if len(raw) >= 3 else None
    if match is None:
        return None
    head = match.group("title").split()
    of = next((i for i, w in enumerate(head) if w in ("of", "for", "on")), 0)  # "Spokesman on National Security"
    if not of or not (is_role_word(head[of - 1]) or head[of - 1] == "responsibility"):
        return None  # "Minister of State … with responsibility for Local Government and Planning Priyanka Cosgrave"
    if head[-1].endswith(",") and _clean(raw[0]).lower() not in _PORTFOLIO_WORDS:
        return " ".join(head)[:-1], 0  # "the Secretary of State for Energy, Maria João Almeida Rebelo": all a name
    words = _portfolio_length(raw)
    if any(_organisation_word(_clean(word)) for word in raw[words:]):
        return None  # "Managing Director for Freight Logistics of Dala Temir Zhol JSC": it ends on a company
    # "Belmoran Minister of …", "Deputy Prime Minister and Minister of …": the words before belong to it
    return " ".join(head + raw[:words]), words


# A title that serves a body, the body's name running into the holder's: "Clerk to Council Ambrose Luialamo",
# "Secretary to the Cabinet Dame Ruth Ako".
_TITLE_TO = re.compile(r"\b(?P<title>[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*\s+to\s+(?:the\s+)?)$")


def _body_served(before: str, raw: list[str]) -> tuple[str, int] | None:
    """The whole title, and the number of its words in the run, when a run is the body a title serves, then a
    name ("Clerk to " + "Council Ambrose Luialamo")."""
    match = _TITLE_TO.search(before)
    if match is None or not is_role_word(match.group("title").split()[0]):
        return None
    body = 0
    while body < len(raw) - 2 and _organisation_word(_clean(raw[body])):
        body += 1
    return (match.group("title") + " ".join(raw[:body]), body) if body else None


def _is_description(raw: list[str], before: str, after: str = "") -> bool:
    """Whether a run is a description, not a name: "The Jayanagar MLA said", "the Dublin South-Central TD wrote",
    "Independent TD for Kerry …" (a title and its constituency or portfolio)."""
    opened = raw[0] == "The" or before[-4:].lower() == "the " or after.startswith((" for ", " of "))
    return opened and is_person_noun(_clean(raw[-1]))


_CONTRACTION = re.compile(r"[’'](?:ll|ve|re|d|m)$|n[’']t$", re.IGNORECASE)  # not the possessive of "Poland's"


def _is_portfolio(raw: list[str], before: str, after: str | None = None) -> bool:
    """Whether a run of words of offices is the end of a portfolio, not a name ("Minister for Housing, Local
    Government and Heritage"), or, when what follows it is known, one of a list of them ("Food, Agriculture and
    Cocoa Affairs")."""
    if not all(_clean(w).lower() in _PORTFOLIO_WORDS for w in raw):
        return False
    listed = after is not None and (before.endswith(", ") or after.startswith((" and ", ", ")))
    return listed or bool(_PORTFOLIO_OF.search(before))


def _portfolio_length(raw: list[str]) -> int:
    """How many leading words of a run after "Minister for …" are the portfolio: its words of offices, else
    all but the last two, which are the name (three over a particle: "Heritage Séamus Ó Callaráin")."""
    if _INITIALLED_NAME.fullmatch(raw[-1]):
        return len(raw) - 1  # "Light Industry Kh.Baasanjargal": the name is its last word
    listed = 0
    while listed < len(raw) - 2 and _clean(raw[listed]).lower() in _PORTFOLIO_WORDS:
        listed += 1
    if listed:
        return listed
    # "Logistics Vivian Szeto Hoi-lam": an English given name before a Chinese name makes three
    start = len(raw) - (3 if len(raw) > 3 and _EAST_ASIAN_GIVEN.fullmatch(raw[-1]) else 2)
    if start > 1 and _INITIAL.fullmatch(raw[start]):
        start -= 1  # "Campus Services Gretchen A. Haldane": a middle initial
    while start > 0 and raw[start - 1].lower() in _SURNAME_PARTICLES:
        start -= 1  # "Tadhg Mac Giolla Rua"
    return start - 1 if start > 0 and raw[start].lower() in _SURNAME_PARTICLES else start


# The body a titled person belongs to, named after them: "Station Manager Declan Ashworth-Boyd, of West Pennine
# Fire and Rescue Service," or "Mayor Ruth Gale of Easthaven"
_OF_BODY = re.compile(
    r"^,?\s+of\s+(?:the\s+)?(?P<body>[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'&-]*(?:\s+(?:(?:and|of|for|the|&)\s+)*[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'&-]*)*)"
)
_NUMBER_AFTER = re.compile(r"\s+\d")
_TENS = frozenset("twenty thirty forty fifty sixty seventy eighty ninety".split())
_INITIAL = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž]\.?")
# A name written with its patronymic's initial, one word: "D.Tsolmon", "Kh.Baasanjargal", "L.Oyun-Erdene".
_INITIALLED_NAME = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-z]{0,2}\.[A-ZÀ-ÖØ-ÞĀ-Ž][a-z]+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][a-z]+)?")
_NEXT_IN_LIST = re.compile(r",?\s+and\s+|,\s+")


def _plural_title_before(prefix: str) -> str | None:
    """The title, made singular, of a list of names it heads ('Minority senators ' -> 'Minority senator')."""
    words = prefix.split()
    if not words or not words[-1].endswith("s") or not is_person_noun(words[-1][:-1]):
        return None
    title = [words[-1][:-1]]
    for word in reversed(words[-3:-1]):
        if word[-1:] in ',;:.”"' or not (word[:1].isupper() or is_role_word(word)):
            break
        title.insert(0, word)
    return " ".join(title)


def _scan(text: str, line: int, places: Set[tuple[str, ...]] = frozenset()) -> Iterable[_Mention]:
    """Yield each capitalised name in ``text`` with its evidence of being a person.

    ``places``: the runs of capitalised words the article also uses on their own ("in Sindhupalchok"), which
    open no name after a title's "of" ("Chief District Officer of Sindhupalchok Bishnu Prasad Adhikari").
    """
    shared: tuple[str, int] | None = None  # a plural title and where the last name it heads ends
    for run in _CAPITALISED_RUN.finditer(text):
        raw = run.group().split()
        if len(raw) == 1 and _clean(raw[0]).lower() in NOT_NAMES:
            continue  # most runs: a capitalised word opening a sentence ("The", "In")
        if len(raw) == 1 and _NUMBER_AFTER.match(text, run.end()):
            continue  # "Local 418", "Route 14": a numbered thing
        if raw[0].lower().partition("-")[0] in _TENS:
            continue  # "Eighty-one per cent of people said no"
        if _PARTY_TAG.match(raw[0]):
            continue  # "R-Utah": a lawmaker's party and state
        if any(word.endswith("-based") for word in raw):
            continue  # "a Vientiane-based freight forwarder", "Bangkok-based Siam Mekong Cargo Co.": where, not who
        if raw[0].rstrip(".") == "Messrs":
            continue  # "Messrs Chong & Rahman Advocates": a law firm
        if outlet_apposed(text, run.end()):
            continue  # "told Pelita Harian, a Malay-language weekly, that …"
        if len(raw) == 1 and _is_region_abbreviation(text, run):
            continue  # "Portland, Ore., who was not involved": a state, not a person
        skipped = _title_length(raw)
        label = _label(raw) if not skipped else None  # "Pensioner Clifford Ashby, 79, said"
        skipped += label is not None
        before, after = text[max(0, run.start() - _REACH) : run.start()], text[run.end() : run.end() + 6]
        if _is_description(raw, before, after) or _is_portfolio(raw, before, after):
            continue  # "The Minister for Housing, … and Heritage has said", "Food, Agriculture and Cocoa Affairs"
        if not skipped and before.endswith(" of ") and _ends_a_longer_name(before):
            continue  # "the Bay of Plenty Kāhu", "the Isle of Man Steam Packet"
        if (
            skipped
            and _LIST_GOES_ON.match(text, run.end())
            and all(_clean(w).lower() in _PORTFOLIO_WORDS for w in raw[skipped:])
        ):
            continue  # "Deputy Culture and Tourism Minister Nadir Alpaslan": a portfolio, its title after "and"
        if len(raw) > 1 and (raw[0].lower() in _STREETS or _clean(raw[-1]).lower() in _THOROUGHFARES | _PLACE_ENDINGS):
            continue  # "Rue de la Loi", "Place du Luxembourg", "Mother Teresa Boulevard", "the WRD's Chennai Region"
        if _CONTRACTION.search(raw[0]):
            continue  # "You'll", "They've" opening a sentence
        # "Second Minister for National Development Kwek Boon Leong", "TD for Dublin South-Central Máiréad …":
        # "National" and "Dublin" are no titles of theirs, a portfolio and a constituency
        in_portfolio = all(
            _clean(w).lower() in _PORTFOLIO_WORDS or _clean(w).lower() in NATIONALITIES for w in raw[:skipped]
        ) or _portfolio_then_title(raw, skipped)
        # "the Principal Secretary for Environment, Mrs Denise Athanase": the title before the comma is hers
        in_portfolio = in_portfolio or (
            skipped > 0 and before.endswith(", ") and all(_clean(w).lower() in HONORIFICS for w in raw[:skipped])
        )
        portfolio = (_portfolio_before(before, raw) if in_portfolio else None) or _body_served(before, raw)
        if portfolio is not None:  # "Minister of Foreign Affairs and International Cooperation Amara Sotelo-Adjei"
            title, skipped = portfolio
            ends = skipped
            while skipped < len(raw) - 1 and (is_role_word(raw[skipped]) or is_honour(raw, skipped)):
                skipped += 1  # "Opposition Spokesman on National Security Senator Dr Raheem Castellano"
            title = _without_honorifics(" ".join([title, *raw[ends:skipped]]))
        tokens = _name_tokens(raw, skipped)
        place_role = _place_of_title(text[max(0, run.start() - _NEAR) : run.start()], tokens, places)
        if place_role is not None:
            title = f"{place_role[0]} of {' '.join(place_role[1])}"
            tokens, portfolio = tokens[len(place_role[1]) :], (title, 0)
        if not tokens or any(
            (t.lower() in NOT_NAMES and not _is_initial(tokens, i)) or _organisation_word(t)
            for i, t in enumerate(tokens)
        ):
            continue  # a time word, or an organisation ("the Home Office said", "The Helena Courier-Record")
        if _DIGIT.search(run.group()):
            continue  # a sum or a code ("N47.6bn", "A380")
        if _ORGANISATION_GOES_ON.match(text, run.end()):
            continue  # "the Thai Hotels and Resorts Association": "Hotels" is half of a body's name
        if _in_portfolio_list(text, run, tokens):
            continue  # "the Minister of Agriculture, Food Security and Rural Development": a ministry's fields
        joined = text[max(0, run.start() - 5) : run.start()].rstrip().endswith(("and", "&"))
        if joined and _ORGANISATION_BEFORE.search(text, max(0, run.start() - _REACH), run.start()):
            continue  # "The Department of Works and Highways said": the end of a body's name
        if is_person_noun(tokens[-1]):
            continue  # a title on its own ("Chief Operating Officer", "Ministers")
        if _is_law(tokens, text[: run.start()]):
            continue  # a law ("the Housing and Development Bill", "the Water Industry Act"), not "Bill Okafor"
        if all(t.isupper() for t in tokens):
            continue  # call letters or a dateline in capitals ("KXWT", "TALLOW CREEK"), not a name
        if len(tokens) == 1 and _INDEFINITE_BEFORE.search(text, max(0, run.start() - 4), run.start()):
            continue  # "a Greens MP", "an Akel councillor": a party, not a person's name
        start = run.start() + len(" ".join(raw[:skipped])) + (1 if skipped else 0)
        # What stands just before and after the name (a title, a speech verb, an appositive).
        prefix, suffix = text[max(0, start - _REACH) : start], text[run.end() : run.end() + 2 * _REACH]
        role = title if portfolio is not None else _role_before(prefix) or label or _kin_before(prefix)
        role = role or _post_nominal_role(raw)
        if (
            role
            and (owned := _BODY_OWNS.search(prefix))
            and owned.group("role") == role
            and owned.group("body") in _KINDS_NAMED
        ):
            role = f"{owned.group('body')}’s {role}"  # "The institute’s director, Tomislav Lerotić"
        if role and role.lower().startswith(("then-", "then ")):
            role = f"former {role[5:]}"  # "then-Attorney General Cyrus Valdivieso"
        if role and not role.startswith("former ") and _SUCCEEDED.search(prefix):
            role = f"former {role}"  # "took office in 2021, succeeding Gov. Patricia Hollenbeck": no longer governor
        plural = _plural_title_before(prefix) if role is None else None
        if role is None and shared and _NEXT_IN_LIST.fullmatch(text, shared[1], start):
            plural = shared[0]  # "Minority senators Farida Mangondato and Ignacio Sarmenta": both are senators
        role = role or plural
        shared = (plural, run.end()) if plural else None
        if " by " in prefix[-_NEAR:] and (passive := _PASSIVE_DUTY.search(prefix)):
            held = f"{_DUTY_ROLES[passive.group('duty')]} of {passive.group('object').lower()}"
            role = f"{role} and {held}" if role else held
        if role is None and " whose " in prefix:
            role = _whose_role(prefix)
        if role and len(tokens) == 1 and (noun := _NEXT_WORD.match(suffix)) and is_person_noun(noun.group(1)):
            continue  # "chief Asia strategist", "the Europe editor": a place inside a title, not a person
        # "Ms Supawadee Chaiyaporn (Noi), president of …": past a nickname or a party in brackets
        apposed = suffix[bracket.end() :] if (bracket := _BRACKET_AFTER.match(suffix)) else suffix
        appositive = (
            (_APPOSITIVE.match(apposed) or _APPOSITIVE_FIRST_PART.match(apposed)) if apposed[:1] == "," else None
        )
        if appositive and appositive.group("end") is not None and _CLAUSE_WORDS.search(appositive.group(1)):
            appositive = None  # "In Dhaka, the former minister was unmoved.": a clause, not an appositive
        if appositive and _opens_on_a_verb(appositive.group(1)):
            appositive = None  # "The walkout in Nairobi, came hours after …", "Petrakis, asked …,": a verb, no role
        bare = role is None or all(w.lower().strip(".") in _NAME_TITLES for w in role.split())
        labelled = label is not None and role is not None and role.lower() == label
        after_name = (
            appositive
            and not (_names_after(apposed[appositive.end() :]) and not _ends_in_body(appositive.group(1)))
            and prefix[-4:] != " of "
        )
        if (bare or labelled) and appositive and after_name:
            # "Representative Abelard Whitcomb, the House majority leader and …": the appositive says more;
            # "Pensioner Clifford Ashby, a former miner," is a pensioner and a former miner
            told = _appositive_role(appositive.group(1), aged=_AGED_INDEFINITE.match(apposed) is not None)
            role = (f"{label} and {told}" if labelled else told) if told else role
        elif role and appositive and after_name and (told := _appositive_role(appositive.group(1))):
            # "Committee chairman Costas Antoniades, a Greens MP,": a chairman and an MP, when they are two offices
            other = role_classes(told, trades=True).isdisjoint(role_classes(role, trades=True))
            office = is_role_word(told.split(" of ")[0].split()[-1])  # an office, not a party ("a Democrat") or a trade
            if (other or _wider(told, role)) and office and _ARTICLE_FIRST.match(apposed, 1):  # not ", whose …"
                role = f"{role} and {told}"
        copula = (
            _COPULA_ROLE.match(suffix)
            if role is None and suffix.startswith((" (", " is ", " was ", " has ", ", "))
            else None
        )
        if copula and (trade := _copula_trade(copula.group("role"))):
            role = trade  # "Oda Merensky (1911–1989) was a Kestravan marine biologist"
        relative = _RELATIVE_ROLE.match(suffix) if suffix.startswith(",") else None
        if relative and ((role is not None and not relative.group("also")) or _passive(relative.group("role"))):
            relative = None  # "…in Brackenford, who was instructed by Northshire Police": a deed, not a role
        if relative and role_classes(relative.group("role"), trades=True):
            # "Sobhan, who served as environment minister from 2014 to 2019," is a former minister; "the minister,
            # who is also the area representative for Orange Walk North," is both.
            seat = _FOR_PLACE.match(suffix, relative.end("role"))
            told = ("former " if relative.group("past") else "") + relative.group("role") + (seat[0] if seat else "")
            role = f"{role} and {told}" if role else told
        duty = _RELATIVE_DUTY.match(suffix) if suffix.startswith(", ") and " who " in suffix[:100] else None
        if duty and role and duty.group("past"):
            duty = None  # "Director Arnulfo Bacani, who led a four-month review": a title, and a deed
        if duty:
            # "Delacroix-Ueda, who led the central bank from 2013 to 2022,": its former leader; "Council member
            # Priyanka Haldane, who chairs the budget committee,": a council member and the committee's chair
            former = "former " if duty.group("past") else ""
            place = duty.group("place") or ""
            held = f"{former}{_duty_role(duty.group('duty'), duty.group('object'))} of {duty.group('object')}{place}"
            role = f"{role} and {held}" if role else held
        if (deed := _DEED_CLAUSE.match(suffix)) is not None:
            role = f"{role} {deed.group('clause')}" if role else deed.group("clause")  # "…, who commutes to the campus"
        if (seat := _REPRESENTS.match(suffix)) is not None:
            role = f"{role or 'representative'} for {seat.group('place')}"  # "Senator X, who represents Jaluit,"
        if role and " of " not in role and (body := _OF_BODY.match(suffix)):
            role = f"{role} of {body.group('body')}"  # "Station Manager X, of West Pennine Fire and Rescue Service,"
        honorific = next((w for w in (_clean(w).lower() for w in raw[:skipped]) if w in HONORIFICS), None)
        # "Sen. Lyman Haverkamp (R-Utah)" is later "the Utah Republican"; "Dylan Parkhurst ’28" a student
        tag = party_label(suffix) or _bracketed_party(suffix, _post_nominal_role(raw) or role) or _class_year(suffix)
        evidence = (
            bool(role)
            or honorific is not None
            or tag is not None
            or _speech_beside(prefix[-_NEAR:], raw[-1], suffix)
            or (len(tokens) > 1 and (_AGE_AFTER.match(suffix) is not None or _OWN_AFTER.match(suffix) is not None))
            or (len(tokens) > 1 and _LIFE_AFTER.match(suffix) is not None)  # "Lukas Morávek (born …; 1903 – 1981)"
            # not "The MP for Ystrad North, who grew up …": the place is the object of "for"
            or (len(tokens) > 1 and _WHO_AFTER.match(suffix) is not None and not _place_object(prefix))
        )
        after = suffix[:_AFTER]
        owner_before = bool(_OWN_PRONOUN.match(after)) and _owner_before(text[: run.start()])  # checked only if needed
        counterpart = _COUNTERPART.search(prefix)
        kind = None if counterpart is None else (counterpart.group("kind") or "").strip()
        yield _Mention(tokens, line, evidence, role, after, honorific, owner_before, tag, kind)


_OF_BEFORE = re.compile(r"\s+of\s+$")  # "regional governor of ", just before a run of capitalised words


def _place_of_title(
    before: str, tokens: tuple[str, ...], places: Set[tuple[str, ...]]
) -> tuple[str, tuple[str, ...]] | None:
    """The title and the place a run after "<title> of" opens on, when the article uses that place on its own and
    a name of two or more words follows it whose surname it also uses on its own: ("regional governor",
    ("Apurímac",)) of "regional governor of Apurímac Edgar Huamaní Palomino" ("Huamaní Palomino replied")."""
    of = _OF_BEFORE.search(before) if len(tokens) >= 3 and places else None
    title = _role_before(before[: of.start()] + " ") if of else None
    if title is None:
        return None
    place = next((tokens[:k] for k in range(len(tokens) - 2, 0, -1) if tokens[:k] in places), None)
    if place is None or not any(tokens[i:] in places for i in range(len(place) + 1, len(tokens))):
        return None  # the name's end must be used on its own too ("Adhikari said"): "Bellgrave Metro Transit" is one
    if nationalities(tokens[-1]):
        return None  # "country manager of Northmoor Lítio Portugal": a company's name ending on its country
    return title, place


def _is_law(words: Sequence[str], before: str) -> bool:
    """Whether capitalised words name a law: "Housing and Development Bill", "this Bill" (not "Bill Okafor")."""
    if words[-1].lower() not in LAW_WORDS:
        return False
    ahead = [w for w in (*before.split()[-1:], *words[:-1]) if w.lower() in ("the", "this", "that")]
    return len(words) > 1 or bool(ahead)


def _organisation_word(token: str) -> bool:
    """Whether a word of a name is an organisation's, or half of one ("Courier-Record", "Post-Dispatch")."""
    lowered = token.lower()
    if lowered.endswith("s") and lowered[:-1] in ORGANISATION_WORDS:
        return True
    return lowered in ORGANISATION_WORDS or ("-" in lowered and not ORGANISATION_WORDS.isdisjoint(lowered.split("-")))


def _is_region_abbreviation(text: str, run: re.Match[str]) -> bool:
    """Whether a one-word run is a state or province abbreviated after a city ("Portland, Ore.")."""
    written = run.group() if run.group().endswith(".") else text[run.start() : run.end() + 1]
    return text[run.start() - 2 : run.start()] == ", " and is_region_abbreviation(written)


def _passive(phrase: str) -> bool:
    """Whether a relative clause's complement opens on a past participle ("instructed by …")."""
    first = phrase.split()[0].lower() if phrase.split() else ""
    return first.endswith("ed") and first not in ROLE_WORDS


def _copula_trade(phrase: str) -> str | None:
    """The words of "was a …" up to the trade they name ("Kestravan marine biologist"), if they name one."""
    words = phrase.split()[:_COPULA_WORDS]
    for end in range(len(words), 0, -1):
        if _TRADE_ENDING.search(words[end - 1]) or role_classes(words[end - 1], trades=True):
            return " ".join(words[:end])
    return None


def _owner_before(before: str) -> bool:
    """Whether a clause before a name holds a person noun: someone else a 'his' or 'her' after it may be.

    "Oloru’s president stayed at home; Foreign Minister Strand signed in his place."
    """
    clauses = _CLAUSE_BREAK.split(before)
    return any(is_person_noun(word) for clause in clauses[:-1] for word in clause.split())


def _speech_beside(near: str, last_word: str, suffix: str) -> bool:
    """Whether a speech verb governs a name: 'Novak said', 'said Novak', 'according to Novak' (not 'Novak’s')."""
    if _POSSESSIVE_END.search(last_word):
        return False
    if _SPEECH_AFTER.match(suffix) and not _OBJECT_BEFORE.search(near):
        return True  # the subject of a speech verb, not the object of a preposition before it
    return bool(_SPEECH_BEFORE.search(near))


def _speech_evidence(text: str, line: int) -> Iterable[_Mention]:
    """Names that head the subject of a speech verb ('Novak, who had flown in, told …')."""
    for phrase in speech_subjects(text):
        before = text[: max(0, text.find(phrase))]  # "The Minister for Housing, … and " before "Heritage has said"
        for run in _CAPITALISED_RUN.finditer(phrase):
            raw, ahead = run.group().split(), before + phrase[: run.start()]
            if (
                heads_phrase(phrase, run.start())
                and not (
                    _is_law(raw, ahead)
                    or _is_portfolio(raw, ahead)
                    or _is_description(raw, ahead, phrase[run.end() : run.end() + 5])
                    or _NUMBER_AFTER.match(phrase, run.end())  # "Local 418 said"
                    or _titles_a_name_after(phrase[run.end() :])
                    or _ORGANISATION_BEFORE.search(ahead[-_REACH:]) is not None  # "… Security and Emergency Management"
                )
            ):
                yield from (replace(m, evidence=True) for m in _scan(run.group(), line))


# A person's birth or life years in brackets after their name: "(born Lukáš Josef Morávek; 17 May 1903 – 9 November
# 1981)", "(1887–1962)", "(b. 1950)"
_LIFE_AFTER = re.compile(
    r"\s*\((?:born\s|b\.\s|née\s|(?:c\.\s*)?\d{3,4}\s*[–-]\s*\d{2,4}\)|[^()]{0,40}\d{4}\s*[–-]\s*[^()]{0,20}\d{4}\))"
)


# "Opposition public transport spokesman Brendan Kirwood said": lower-case words up to a title, then a name
_TITLE_THEN_NAME = re.compile(r"\s+(?P<words>(?:[a-z][\w-]*\s+){0,4}[a-z][\w-]*)\s+[A-ZÀ-ÖØ-ÞĀ-Ž]")


def _titles_a_name_after(rest: str) -> bool:
    """Whether a name's run is followed by a title and another name, which it qualifies ("Opposition" before
    "public transport spokesman Brendan Kirwood")."""
    match = _TITLE_THEN_NAME.match(rest)
    return match is not None and is_person_noun(match.group("words").split()[-1])


def _as_titled(mention: _Mention, titled: Set[tuple[str, ...]]) -> _Mention:
    """A subject's name read without the title that ran into it where the sentence was read whole
    ("International Cooperation Amara Sotelo-Adjei" is Amara Sotelo-Adjei); ``titled``: the names
    read with a title. A surname alone is no such name: "Gerrit Terhaar" is not the "Terhaar, a nurse"
    who shares it."""
    tokens = mention.tokens
    name = next((tokens[i:] for i in range(1, len(tokens) - 1) if tokens[i:] in titled), None)
    return replace(mention, tokens=name) if name else mention


_PERFECT_VERB = re.compile(r"\b(?:has|had|have)\s+(?:also\s+|not\s+|[a-z]+ly\s+)?[a-z]+ed\b")


def heads_phrase(phrase: str, at: int) -> bool:
    """Whether a name at offset ``at`` heads a phrase: 'Novak', not 'a spokeswoman for Novak' or 'a Novak aide'."""
    before = phrase[:at].split()
    if any(w.lower() in _PREPOSITION_WORDS for w in before) and not _portfolio_title(before):
        return False
    if _PERFECT_VERB.search(phrase, 0, at):
        return False  # "Kalniņš had also blamed the consortium Baltic Line Engineering": its object
    name = _NAME_AT.match(phrase, at)
    after = phrase[name.end() if name else at :].split()
    if after and after[0] in ("'s", "’s"):  # "Tamsin Yon's mother": the name owns the head
        return len(after) == 1 or after[1].strip(",.?").lower() not in _KIN
    return not after or not is_person_noun(after[0].strip(",."))


def _portfolio_title(words: list[str]) -> bool:
    """Whether the words before a name are a title with its portfolio ("Secretary of State", "the Minister for
    Housing"), not a role held for someone ("a spokeswoman for", "an aide to Senate Majority Leader")."""
    words = words[1:] if words and words[0].lower() == "the" else words
    if not words or not is_role_word(words[0]) or words[-1].lower() in _PREPOSITION_WORDS:
        return False
    return all(w[:1].isupper() or w in ("of", "for", "and", "the") or w in ADMINISTRATIVE_UNITS for w in words)


def _title_length(raw: list[str]) -> int:
    """How many leading words of a capitalised run are a title ('Agriculture Minister').

    A title in the possessive owns what follows: "Queen's Parade" is a street, not a queen.
    """
    if any(_POSSESSIVE_END.search(word) and _clean(word).lower() in ROLE_WORDS for word in raw[:-1]):
        return 0
    end = len(raw)
    while end > 1 and _clean(raw[end - 1]) in _POST_NOMINALS:
        end -= 1  # "Transport Secretary Shona Dalgleish MSP": letters after the name head no title
    # "Md" is Mohammad ("Haji Md Salleh", "Md Yunus"); a managing director is "MD".
    heads = [i for i, word in enumerate(raw[:end]) if _clean(word) != "Md" and _is_role_head(_clean(word).lower())]
    if heads and heads[-1] < end - 1:
        skipped = heads[-1] + 1
        while skipped < len(raw) - 1 and (is_role_word(raw[skipped]) or is_honour(raw, skipped)):
            skipped += 1  # "Chief Executive Renata Solberg", "Menteri Besar Datuk Seri Dr Khairul Anuar"
        return skipped
    skipped = 0
    while skipped < len(raw) and (
        is_role_word(raw[skipped]) or _clean(raw[skipped]).lower() in NOT_NAMES or is_honour(raw, skipped)
    ):
        skipped += 1
    # "Superintendent Dr. Gerald Oyelaran": an honorific inside the run ends a title the lists do not know; one after
    # "bin" is the father's ("Awang Mohammad Hairul Azmi bin Haji Abdul Latif").
    honorifics = [
        i
        for i in range(1, len(raw) - 1)
        if (_clean(raw[i]).lower() in HONORIFICS or is_honour(raw, i)) and not _fathers(raw, i)
    ]
    return max(skipped, honorifics[-1] + 1) if honorifics else skipped


def _fathers(raw: Sequence[str], at: int) -> bool:
    """Whether an honorific is a father's, after "bin" ("bin Pengiran Haji Omar")."""
    before = at - 1
    while before > 0 and _clean(raw[before]).lower() in HONORIFICS:
        before -= 1
    return raw[before] in NAME_PARTICLES


# Honours of two words whose words alone may be names: "Tan Sri", "Datuk Seri", "Dato' Sri" ("Tan" and "Toh" are
# otherwise surnames, "Sri" a given name); "the Most Honourable", "the Right Honourable".
_BEFORE_SRI = frozenset({"tan", "toh", "puan", "datuk", "dato", "dato'", "datin"})


def is_honour(raw: Sequence[str], at: int) -> bool:
    """Whether a word is part of an honour of two words ("Tan Sri", "Datuk Seri", "Most Honourable", "Lok
    Chumteav")."""
    word = _clean(raw[at]).lower()
    before = _clean(raw[at - 1]).lower() if at > 0 else ""
    after = _clean(raw[at + 1]).lower() if at + 1 < len(raw) else ""
    if word in ("sri", "seri"):
        return before in _BEFORE_SRI
    if word in ("most", "right"):
        return after in ("honourable", "honorable", "")  # "", a title cut before "Honourable"
    if word in ("lok", "chumteav"):  # Cambodian papers' Madam: "Lok Chumteav Pen Sreypov"
        return after == "chumteav" or before == "lok"
    return word in _BEFORE_SRI and after in ("sri", "seri")


def _is_role_head(word: str) -> bool:
    """Whether a lower-cased word heads a title: "minister", "secretary-general" ("Kuppet Secretary-General")."""
    return word in ROLE_WORDS or ("-" in word and word.split("-")[0] in ROLE_WORDS)


_ACRONYM = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž]{3,5}$")  # "BBC", not the initials of "JD Vance"
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


_KIN_BEFORE = re.compile(
    r"\b(?P<kin>(?:[Hh]is|[Hh]er|[Tt]heir|[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*['’]s)\s+(?:[a-z]+\s+)?(?P<noun>[a-z]+)),?\s*$"
)


def _kin_before(prefix: str) -> str | None:
    """A relation named before a name: "Ruairidh’s mother, Shona Mackinnon", "her husband, Pieter"; a relation
    that says no sex only as a speaker ("asked his neighbour, Faridah binti Omar", "said Dunkley's fishing
    partner, Winston Abernathy-Cole"), not "Her neighbour, Bheki Mthethwa, fetched water for her"."""
    near = prefix[-_NEAR:]
    match = _KIN_BEFORE.search(near)
    if match is None:
        return None
    if match.group("noun") in GENDER_OF_WORD:
        return match.group("kin")
    spoken = _SPEECH_BEFORE.search(near[: match.start()])
    return match.group("kin") if spoken and is_person_noun(match.group("noun")) else None


def _label(raw: list[str]) -> str | None:
    """A person noun that opens a run of three or more words: a tabloid's label before a name
    ("Pensioner Clifford Ashby", "Mum-of-two Kelly Marsh", "Herder G.Altangerel"), not part of it."""
    if len(raw) < (2 if _INITIALLED_NAME.fullmatch(raw[-1]) else 3):
        return None
    word = _clean(raw[0])
    if word.lower() in _GIVEN_NAME_NOUNS:
        return None  # "Man Bahadur Pun": a Nepali given name, no label "man"
    noun = is_person_noun(word.split("-")[0]) or _is_trade(word)
    return word.lower() if noun and not is_role_word(word) else None


# Person nouns no tabloid puts before a name as a label, which are given names in some languages ("Man", "Kid")
_GIVEN_NAME_NOUNS = frozenset("man woman boy girl lady person child kid".split())


@dataclass(slots=True)
class _Draft:
    """A person being assembled while the article is scanned."""

    name: str
    tokens: set[str]
    role: str | None = None
    role_line: int | None = None
    lines: set[int] = field(default_factory=set)
    roles: list[str] = field(default_factory=list)


def _fuller(role: str, than: str) -> bool:
    """Whether a role describes a person better: a present one over a former one, then more words.

    A summary line's title ("Host Annelie Drozdov-Haas") gives way to the body's description
    ("the Veskan prime minister and summit host").
    """
    rank = (not role.startswith("former "), len(role.split()))
    return rank > (not than.startswith("former "), len(than.split()))


_ACRONYM_TITLE = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž]{2,5}")  # "MMC", "CS"


def _acronym_titles(mentions: list[_Mention], text: str) -> frozenset[str]:
    """The acronyms that open a name and that the article also uses as a common noun ("the MMC said",
    "both MMCs"): before a name they are a title, not part of it ("MMC Johan Oosthuizen")."""
    openers = {m.tokens[0] for m in mentions if len(m.tokens) >= 3 and _ACRONYM_TITLE.fullmatch(m.tokens[0])}
    return frozenset(
        a
        for a in openers  # most articles: none to look for
        if re.search(rf"\b(?:the|an?|both|each|every|two|three)\s+{a}s?\b(?!\s+[A-ZÀ-ÖØ-ÞĀ-Ž])|\b{a}s\b", text)
    )


def _without_acronym_title(mention: _Mention, titles: Set[str]) -> _Mention:
    """A mention without an acronym title its name begins with ("MMC Johan Oosthuizen" -> "Johan Oosthuizen")."""
    if len(mention.tokens) < 3 or mention.tokens[0] not in titles:
        return mention
    return replace(mention, tokens=mention.tokens[1:], role=mention.role or mention.tokens[0], evidence=True)


# A nickname in quotes inside a name: 'Ezekiel "Bigga" Dunkley', "William ‘Bill’ Tate".
_NICKNAME = re.compile(r"(\b[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]* )([“\"‘'][A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*[”\"’'])(?= [A-ZÀ-ÖØ-ÞĀ-Ž])")


def _blank_nickname(match: re.Match[str]) -> str:
    """The name before a nickname, and as many spaces as the nickname is long: offsets still hold."""
    return match.group(1) + " " * len(match.group(2))


# A nickname the article gives someone after their name: 'Rudolph Sookdeo, 67, known to everyone in the village as
# "Papa Bois"', 'Kevon Joseph, a maxi-taxi driver nicknamed “Scanty”', 'Gemma Rostant, whom neighbours call "Tanty"'.
# "Shareef, known on the Villimalé jetty as Kudey, called …": a surname, and a nickname in no quotation marks.
_KNOWN_AS = re.compile(
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*)*),[^.;“”\"]{0,80}?"
    r"\b(?:known|nicknamed|(?:whom?|that)\s[^,.;“”\"]{1,30}?\scalls?)"
    r"(?:\s+(?:on|to|in|around|by|across)\s[^,.;“”\"]{1,40}?)?(?:\s+as)?\s+"
    r"(?:[“\"‘](?P<nick>[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*){0,2})[”\"’]"
    r"|(?P<bare>[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*){0,2})(?=,))"
)

# A sentence opening on the nickname of the one it is about: "Known around the district as Papa Tuki, the veteran
# fisherman put it plainly": the nickname's owner is the one person it shares a word of a name with.
_KNOWN_AS_OPENING = re.compile(
    r"(?:^|[.!?]\s+)(?:Known|Nicknamed)\s[^,.;“”\"]{0,40}?\bas\s+[“\"‘]?"
    r"(?P<nick>[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*){1,2})[”\"’]?,"
)


def _nicknames(texts: Iterable[tuple[str, int]]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """The words of each nickname the article gives, and of the name it gives it to."""
    found: dict[tuple[str, ...], tuple[str, ...]] = {}
    for text, _ in texts:
        for known in _KNOWN_AS.finditer(text):
            found.setdefault(tuple((known["nick"] or known["bare"]).split()), tuple(known["name"].split()))
        for opening in _KNOWN_AS_OPENING.finditer(text):
            words = tuple(opening["nick"].split())
            found.setdefault(words, words[1:])  # "Papa Tuki": the one person named Tuki
        for inline in _NICKNAME.finditer(text):  # 'Ezekiel "Bigga" Dunkley'
            rest = _CAPITALISED_RUN.match(text, inline.end() + 1)
            name = (inline.group(1).strip(), *(rest.group().split() if rest else ()))
            found.setdefault((inline.group(2)[1:-1],), name)
    return found


def _nickname_owners(
    drafts: _Drafts, nicknames: dict[tuple[str, ...], tuple[str, ...]]
) -> dict[tuple[str, ...], _Draft]:
    """The one person each nickname belongs to, by the longest end of the name it follows that names someone
    ("Farmer Rudolph Sookdeo" is Rudolph Sookdeo); the people the nicknames alone made are dropped."""
    owned: dict[tuple[str, ...], _Draft] = {}
    for nickname, name in nicknames.items():
        for size in range(len(name), 0, -1):
            owners = [d for d in drafts.containing(name[-size:]) if d.name != " ".join(nickname)]
            if owners:
                if len(owners) == 1:
                    owned[nickname] = owners[0]
                break
    for nickname in owned:
        drafts.remove(" ".join(nickname))
    return owned


def find_people(
    article: Article, organisations: Sequence[str] = (), speakers: Collection[str] = ()
) -> tuple[Person, ...]:
    """Build the people table: everyone the article gives evidence of being a person.

    ``organisations``: the organisations it names in full (``find_organisations``); ``speakers``: the names
    a transcript's labels give ("CHUE XIONG: …"), people wherever the text names them.
    """
    texts = [(_NICKNAME.sub(_blank_nickname, without_title_dots(text)), line) for text, line in texts_of(article)]
    places = {tuple(run.group().split()) for text, _ in texts for run in _CAPITALISED_RUN.finditer(text)}
    mentions = _counterparts_titled([m for text, line in texts for m in _scan(text, line, places)])
    if speakers:
        mentions = [replace(m, evidence=True) if " ".join(m.tokens) in speakers else m for m in mentions]
    titles = _acronym_titles(mentions, " ".join(text for text, _ in texts))
    mentions = [_without_acronym_title(m, titles) for m in mentions] if titles else mentions
    # "Novak, who had flown in, told the crowd": the speech verb is evidence, past the appositive.
    titled = {m.tokens for m in mentions if m.role}
    mentions += [_as_titled(m, titled) for text, line in texts for m in _speech_evidence(text, line)]
    mentions = _named_before_their_surname(mentions)
    drafts = _Drafts()
    for m in sorted(mentions, key=lambda m: -len(m.tokens)):
        if m.evidence and not drafts.containing(m.tokens) and not _brand(m.tokens):
            drafts.add(_Draft(" ".join(m.tokens), set(m.tokens), lines={m.line}))
    nicknamed = _nickname_owners(drafts, _nicknames(texts_of(article)))
    mentions = [
        replace(m, tokens=tuple(nicknamed[m.tokens].name.split())) if m.tokens in nicknamed else m for m in mentions
    ]
    drafts.surnames = _surnames_owned(drafts, mentions)
    mentions = _bodies_named(mentions, organisations, texts)
    mentions = _kin_named(mentions, drafts)
    for m in mentions:
        owners = drafts.meant_by(m.tokens)
        if not owners:
            owners = _named_in_full(drafts, m)
        if len(owners) != 1:
            continue  # nobody, or an ambiguous half-name
        owner = owners[0]
        owner.lines.add(m.line)
        if m.role and (owner.role is None or _fuller(m.role, owner.role)):
            owner.role, owner.role_line = m.role, m.line
        if m.role and m.role not in owner.roles:
            owner.roles.append(m.role)
        if m.honorific in _TRADE_TITLES and _TRADE_TITLES[m.honorific] not in owner.roles:
            owner.roles.append(_TRADE_TITLES[m.honorific])  # "Eng. Mariam Al Ketbi" is an engineer
        if m.tag and m.tag not in owner.roles:
            owner.roles.append(m.tag)
    ordered = sorted(drafts.items, key=lambda d: min(d.lines))
    genders = _genders(mentions, drafts, article.sentences)
    _surnames_added(drafts, mentions, genders)
    _siblings_named(drafts, article.sentences, genders)
    things = _not_people(texts, mentions, drafts, titled={m.tokens for m in mentions if m.role})
    # "Almsted" of "Almsted AG": a name that begins an organisation's is the organisation
    # (not a body named after someone: "the Lukas Morávek Society", "the Bill Harcourt Foundation")
    companies = {tuple(name.split()[:-1]) for name in organisations if name.split()[-1].lower() not in _EPONYMOUS}
    short_names = {words[0] for words in companies if len(words) == 1}  # "Aurelia" of "Aurelia Airways"
    things |= {
        d.name
        for d in drafts.items
        if tuple(d.name.split()) in companies
        or d.name in organisations
        or (len(d.name.split()) > 1 and set(d.name.split()) <= short_names)  # "hand Aurelia Nordvik's slots"
    }
    ordered = [d for d in ordered if d.name not in things or d.role]
    nicknames = {id(owner): " ".join(nickname) for nickname, owner in nicknamed.items()}
    return tuple(_finish(d, ordered, genders, drafts.surnames, nicknames.get(id(d))) for d in ordered)


# A title of a body the article named before: "the association’s president", "The institute’s director, ".
_BODY_OWNS = re.compile(r"\b(?P<body>[a-z]+)['’]s\s+(?P<role>[\w’' -]+?),?\s*$")
# Bodies whose names end in the word for their kind ("the Peristil Tourist Guides’ Association"), unlike a company
# or a group ("Ravensmere Water"): "the institute’s director" is of the one named before.
_KINDS_NAMED = frozenset(
    "association institute union council committee commission ministry department agency authority university "
    "court party society foundation federation chamber board".split()
)
_BODY_ROLE = re.compile(r"^(?:the\s+)?(?P<body>[a-z]+)['’]s\s+(?P<title>.+)$")


def _bodies_named(
    mentions: list[_Mention], organisations: Sequence[str], texts: list[tuple[str, int]]
) -> list[_Mention]:
    """Mentions whose title is of "the association" or "the institute" with that body named: the last one of its
    kind the article named by then ("the association’s president": "president of the Peristil Tourist Guides’
    Association")."""
    named: list[_Mention] = []
    for m in mentions:
        owned = _BODY_ROLE.match(m.role or "")
        body = owned.group("body") if owned else ""
        if owned and body in _KINDS_NAMED:
            kind = [o for o in organisations if o.split()[-1].lower().strip("’'") == body]
            before = [o for text, line in texts if line <= m.line for o in kind if o in text]
            if before:
                m = replace(m, role=f"{owned.group('title')} of the {before[-1]}")
        named.append(m)
    return named


_KIN_OF_PRONOUN = re.compile(r"^(?:His|Her|Their)\s+(?P<kin>[a-z]+)$")
_KIN_REACH = 4  # lines: the one whose kin "Her mother, Cheryl Yon," is was named this close before


def _kin_named(mentions: list[_Mention], drafts: _Drafts) -> list[_Mention]:
    """Mentions titled a pronoun's kin ("Her mother, Cheryl Yon"), titled the kin of the one person named last
    before them ("Tamsin Yon's mother"), when that one was named just before."""
    named: list[_Mention] = []
    for at, m in enumerate(mentions):
        kin = _KIN_OF_PRONOUN.match(m.role or "")
        owner = _named_last_before(mentions, at, drafts) if kin and kin.group("kin") in _KIN else None
        named.append(replace(m, role=f"{owner.name}’s {kin.group('kin')}") if owner and kin else m)
    return named


def _named_last_before(mentions: list[_Mention], at: int, drafts: _Drafts) -> _Draft | None:
    """The one person a mention before the one at ``at`` names, the nearest first, within ``_KIN_REACH`` lines."""
    own = drafts.meant_by(mentions[at].tokens)
    for earlier in reversed(mentions[:at]):
        if earlier.line < mentions[at].line - _KIN_REACH:
            continue  # the mentions a speech verb gave stand after the others, out of the text's order
        owners = drafts.meant_by(earlier.tokens)
        if len(owners) == 1 and owners != own:
            return owners[0]
    return None


def _named_before_their_surname(mentions: list[_Mention]) -> list[_Mention]:
    """Mentions where a name in full is a person's because its surname alone speaks later ("Torcuil MacInnes,
    who has died aged 83," then "MacInnes said"): the first name in full with that surname before it."""
    speaking: dict[str, int] = {}
    for m in mentions:
        # "Mrs Mackinnon told" is told apart from her son by title
        if m.evidence and len(m.tokens) == 1 and m.honorific not in GENDER_OF_WORD:
            speaking[m.tokens[0]] = min(m.line, speaking.get(m.tokens[0], m.line))
    first_full: dict[str, _Mention] = {}
    for m in sorted(mentions, key=lambda m: m.line):
        if len(m.tokens) > 1 and m.tokens[-1] in speaking and m.line <= speaking[m.tokens[-1]]:
            first_full.setdefault(m.tokens[-1], m)
    promoted = {id(m) for m in first_full.values() if not m.evidence}
    return [replace(m, evidence=True) if id(m) in promoted else m for m in mentions]


def _surnames_owned(drafts: _Drafts, mentions: list[_Mention]) -> dict[str, _Draft]:
    """Surnames several people share, each with the one it stands for alone: whoever it meant when first
    used alone, if only one of them had been named in full by then (an obituary's subject is "MacInnes";
    the daughter introduced later as "Kirsty MacInnes" is "Kirsty"), unless the article tells them apart by
    title ("Mr Bhardwaj", "Mrs Bhardwaj")."""
    shared = {t for t, owners in drafts.by_token.items() if len(owners) > 1}
    if not shared:
        return {}  # most articles: no two people share a word of their names
    # Where each mention stands: its line, then its place in the text ("Evander Gruenwald said … “…,” Gruenwald
    # said, while his wife, Theda Gruenwald, said …" is one line).
    placed = sorted(((m.line, i), m) for i, m in enumerate(mentions) if not shared.isdisjoint(m.tokens))
    introduced: dict[int, tuple[int, int]] = {}
    for at, m in placed:
        if len(m.tokens) > 1 and len(owners := drafts.containing(m.tokens)) == 1:
            introduced.setdefault(id(owners[0]), at)
    owned: dict[str, _Draft] = {}
    seen = {m.tokens[-1] for _, m in placed if m.honorific in GENDER_OF_WORD}  # "Mr Bhardwaj", "Mrs Bhardwaj"
    for at, m in placed:
        if len(m.tokens) != 1 or m.tokens[0] in seen or len(owners := drafts.containing(m.tokens)) < 2:
            continue
        named = [d for d in owners if id(d) in introduced and introduced[id(d)] < at]
        # "Ato Bekele Jarso, 63, … “…,” Bekele said": of several, the one just named in full in the same paragraph
        named = [d for d in named if introduced[id(d)][0] == at[0]] or named
        if named:
            seen.add(m.tokens[0])  # the first use alone after someone was named in full decides, or leaves it open
            if len(named) == 1:
                owned[_index_form(m.tokens[0])] = named[0]
    return owned


# Honorifics that are a trade: "Eng. Khalid Al Suwaidi", "Engr. Gideon Tarfa Mshelia".
_TRADE_TITLES = {"eng": "engineer", "engr": "engineer"}
_TITLES_OF_GENDER = {"m": ("Mr", "Mr."), "f": ("Mrs", "Mrs.", "Ms", "Ms.", "Miss")}


def _neuter(draft: _Draft) -> str | None:
    """'n' for a one-word name with no title, role or gender ('Roofline', 'NordVision'), or a company's name that
    ends on its country ('Kestrel Steel UK'): never 'he' or 'she'."""
    alone = len(draft.tokens) == 1 and draft.role is None and not _INITIALLED_NAME.fullmatch(draft.name)
    last = draft.name.split()[-1]
    return "n" if alone or (len(draft.tokens) > 1 and last.isupper() and last.lower() in NATIONALITIES) else None


_MODIFIED = re.compile(r"(?:['’]s)?\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?")


# Who has a spokesperson speaks as a body: a name of three words or more after "a spokeswoman for" (two may be a
# person's: "a spokesman for Boris Johnson").
_SPOKESPERSON_FOR = re.compile(
    r"\bspokes(?:man|woman|person)\s+for\s+(?:the\s+)?((?!(?:Mr|Mrs|Ms|Dr)\b)[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'&-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'&-]*){2,})"
)
_ORGANISATION_NAME = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'&.-]*(?:\s+(?:(?:of|for|and|on)\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'&.-]*)+")

# Who heads or directs something named in two to four capitalised words heads a body, not a person ("the head of
# Winnipeg Transit", "director of Harbour Logistics"); one word may be a place ("the president of Ghana").
_HEAD_OF = re.compile(
    r"\b(?:head|director|chief|chair|chairman|chairwoman|chairperson|boss|manager|staff|employees)\s+of\s+(?:the\s+)?"
    r"(?P<body>[A-ZÀ-ÖØ-ÞĀ-Ž][\w&-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w&-]*){1,3})(?![\w’'-])(?!\s+[A-ZÀ-ÖØ-ÞĀ-Ž])"
)

_SPELLED_ACRONYM = 4  # letters from which an acronym may be syllables of its name's words ("COCOBOD")
_DEFINED_ACRONYM = re.compile(
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*(?:\s+(?:(?:of|and|for|the|&)\s+)*[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*)+)"
    r"\s+\((?P<acronym>[A-ZÀ-ÖØ-ÞĀ-Ž]{2,6})\)"
)


def find_organisations(article: Article) -> tuple[str, ...]:
    """Names of organisations the article gives in full ('National Electoral Commission')."""
    found: dict[str, None] = {}
    for text, _ in texts_of(article):
        for match in _ORGANISATION_NAME.finditer(text):
            words = match.group().rstrip(".").split()  # a sentence's full stop is no part of the name
            possessor = max((i for i, w in enumerate(words) if _POSSESSIVE_END.search(w)), default=-1)
            words = words[possessor + 1 :]  # "Estravia’s Unity Alliance" -> "Unity Alliance"
            while words and words[0].lower() in NOT_NAMES:
                words = words[1:]
            if len(words) > 1 and words[-1].lower().strip(".,") in ORGANISATION_WORDS:
                found[" ".join(words)] = None
            elif 1 < len(words) <= 3 and _ACRONYM.match(words[0]) and not any(is_role_word(w) for w in words):
                found[" ".join(words)] = None  # a broadcaster's programme or desk: "BBC Points West", "ABC Riverina"
        for match in _SPOKESPERSON_FOR.finditer(text):  # "a spokeswoman for Hollybrook Hounds Rescue"
            found[match.group(1)] = None
        for match in _HEAD_OF.finditer(text):  # "The head of Winnipeg Transit": what one heads is a body
            found[match.group("body")] = None
        for match in _DEFINED_ACRONYM.finditer(text):  # "the Federal Board of Revenue (FBR)"
            name = re.sub(r"^(?:The|A|An)\s+", "", match.group("name"))  # "The Ardlow Healthcare Inspectorate (AHI)"
            if stands_for(match.group("acronym"), name):
                found[name] = None
    return tuple(found)


def stands_for(acronym: str, name: str) -> bool:
    """Whether an acronym is a name's: its initials ("FBR": Federal Board of Revenue) or, from four letters,
    letters of its words in order ("COCOBOD": Ghana Cocoa Board)."""
    if "".join(word[0] for word in name.split() if word[:1].isupper()) == acronym:
        return True
    letters = iter(name.lower())
    return len(acronym) >= _SPELLED_ACRONYM and all(letter in letters for letter in acronym.lower())


def _not_people(
    texts: list[tuple[str, int]], mentions: list[_Mention], drafts: _Drafts, titled: set[tuple[str, ...]]
) -> set[str]:
    """Names that behave like places, parties or companies, not people.

    A name used as a modifier of a role, person or organisation noun ('the Castrellan prime
    minister', 'a Lumora spokeswoman', 'her Civic Renewal party', 'Marbeck’s president'), or a
    single word the article also uses in lower case ('Outside', 'One'), is not a person unless
    a title or honorific says otherwise.
    """
    lower_words: set[str] = set()
    for text, _ in texts:
        lower_words.update(_LOWER_WORD.findall(text))
    found = {d.name for d in drafts.items if len(d.tokens) == 1 and d.name.lower() in lower_words}
    names = {d.name for d in drafts.items if tuple(d.name.split()) not in titled}
    for mention in mentions:
        name = " ".join(mention.tokens)
        following = _MODIFIED.match(mention.after) if name in names else None
        if following and _verb_like(following.group(1)):
            continue  # "John Smith told reporters": the name is the verb's subject, not a modifier of its object
        if following and any(is_person_noun(w) or w in ORGANISATION_WORDS for w in following.groups() if w):
            found.add(name)
    return found


_EPONYMOUS = frozenset("society foundation trust institute prize award museum memorial fund library festival".split())


def _verb_like(word: str) -> bool:
    """Whether a word after a name is a verb in the past or of speech ("told", "urged", "met"), not a modifier."""
    return word in _EVIDENCE_VERBS or word in IRREGULAR_PAST or (word.endswith("ed") and len(word) > 4)


def _named_in_full(drafts: _Drafts, mention: _Mention) -> list[_Draft]:
    """The one person a longer form of a name belongs to ('André Figueiredo Bastos' for 'Mr Figueiredo Bastos').

    The draft takes the longer name: first names come before the surname it already has.
    """
    # "Augustine Yip Chi-keung" is Mr Yip: a Chinese or Korean given name, hyphenated, follows the surname.
    tokens = mention.tokens[:-1] if _EAST_ASIAN_GIVEN.fullmatch(mention.tokens[-1]) else mention.tokens
    for size in range(len(tokens) - 1, 0, -1):
        owners = drafts.containing(tokens[-size:])
        if len(owners) == 1 and _same_name(" ".join(tokens[-size:]), owners[0].name):
            return _named_as(drafts, owners[0], mention)
    # "Rosalinda Tovar Mireles" is Tovar: a Spanish or Portuguese name's first surname stands for it.
    owners = drafts.containing(tokens[1:2]) if len(tokens) == 3 else []
    if len(owners) == 1 and owners[0].name == tokens[1]:
        return _named_as(drafts, owners[0], mention)
    return []


def _named_as(drafts: _Drafts, owner: _Draft, mention: _Mention) -> list[_Draft]:
    """The person, now known by the longer name a mention gives them."""
    owner.name = " ".join(mention.tokens)
    drafts.add_tokens(owner, mention.tokens)
    return [owner]


_EAST_ASIAN_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")  # "Chi-keung", "Yuet-ngor", "Jae-in"; not "Brissett-Oyelaran"


def _surnames_added(drafts: _Drafts, mentions: list[_Mention], genders: dict[str, str]) -> None:
    """Give a person the article calls by first name their surname, where it names them once in full.

    A feature calls siblings "Ilona" and "Tamás" after "Ilona Halmos met me at the gate": the
    first name is a person's when a pronoun refers to them ("she"), unlike a club's "Eastmoor"
    of "Eastmoor Athletic"; the surname must name no one else.
    """
    first_names = {d.name for d in drafts.items if len(d.tokens) == 1 and genders.get(d.name) in ("f", "m")}
    for mention in mentions:
        if len(mention.tokens) != 2 or mention.tokens[0] not in first_names or drafts.containing(mention.tokens[1:]):
            continue
        owners = drafts.containing(mention.tokens[:1])
        if len(owners) == 1 and owners[0].name == mention.tokens[0]:
            first_names.discard(owners[0].name)
            _renamed(drafts, owners[0], mention.tokens, genders)
            owners[0].lines.add(mention.line)


# "Ilona … runs the business with her younger brother, Tamás": a sibling called by first name only.
_SIBLING = re.compile(
    r"\b(?:her|his)\s+(?:(?:younger|older|elder|twin|little|big|kid)\s+)?(?:brother|sister),?\s+"
    r"([A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+)\b(?!\s+[A-ZÀ-ÖØ-ÞĀ-Ž])"
)


def _siblings_named(drafts: _Drafts, sentences: Sequence[Sentence], genders: dict[str, str]) -> None:
    """Give a brother or sister called by first name the surname of the person the sentence opens on,
    where that person's "her" or "his" introduces them: "Ilona, 58, runs the business with her younger
    brother, Tamás" makes him Tamás Halmos, as a reader would call him."""
    for sentence in sentences:
        sibling = _SIBLING.search(sentence.text)
        first = sentence.text.split(maxsplit=1)[0].strip(",") if sentence.text else ""
        if sibling is None or not first[:1].isupper():
            continue
        owners = drafts.containing((first,))
        named = drafts.containing((sibling.group(1),))
        if len(owners) != 1 or len(named) != 1 or len(owners[0].tokens) < 2 or named[0].name != sibling.group(1):
            continue
        surname = owners[0].name.split()[-1]
        if any(d.name.split()[0] == sibling.group(1) for d in drafts.containing((surname,))):
            continue
        _renamed(drafts, named[0], (sibling.group(1), surname), genders)


def _renamed(drafts: _Drafts, draft: _Draft, tokens: tuple[str, ...], genders: dict[str, str]) -> None:
    """Give a person called by first name their full name, keeping what the article revealed of their gender."""
    gender = genders.pop(draft.name, None)
    draft.name = " ".join(tokens)
    drafts.add_tokens(draft, tokens)
    if gender is not None:
        genders[draft.name] = gender


def _genders(mentions: list[_Mention], drafts: _Drafts, sentences: Sequence[Sentence]) -> dict[str, str]:
    """Each person's gender where the article reveals it: Mr/Ms, 'spokeswoman', 'X said she …'."""
    votes: dict[str, list[str]] = {}
    for name, gender in _sentence_pronouns(sentences, drafts):
        votes.setdefault(name, []).append(gender)
    for mention in mentions:
        owners = drafts.meant_by(mention.tokens[-1:])
        if len(owners) != 1:
            continue
        if mention.honorific in GENDER_OF_WORD:
            votes.setdefault(owners[0].name, []).append(GENDER_OF_WORD[mention.honorific])
        # "Oloru’s president stayed home; Strand signed in his place": the place is the president's.
        own = None if mention.owner_before else _OWN_PRONOUN.match(mention.after)
        said = _SAID_PRONOUN.match(mention.after) or own
        if said:
            votes.setdefault(owners[0].name, []).append(GENDER_OF_PRONOUN[said.group(1).lower()])
    for draft in drafts.items:
        for word in draft.name.split():  # "Azhar bin Deraman" is a son, "Lakshmi a/p Krishnan" a daughter
            if word in _GENDERED_PARTICLES:
                votes.setdefault(draft.name, []).append(_GENDERED_PARTICLES[word])
        if " " in draft.name and draft.name.endswith(_DAUGHTER_ENDINGS):
            votes.setdefault(draft.name, []).append("f")
        words = words_of(draft.role or "")
        # The role itself ("spokeswoman", "chairman"), not its complement ("… with her husband");
        # a possessive in it is the person's own ("runs a dairy with her husband").
        for word in _before_complement(words):
            if word in GENDER_OF_WORD:
                votes.setdefault(draft.name, []).append(GENDER_OF_WORD[word])
        for word in words[1:] if words[:1] in (["his"], ["her"]) else words:  # "his neighbour" is another's
            if word in ("his", "her"):
                votes.setdefault(draft.name, []).append(GENDER_OF_PRONOUN[word])
    return {
        name: max(set(v), key=v.count) for name, v in votes.items() if v.count(max(set(v), key=v.count)) * 2 > len(v)
    }


def _sentence_pronouns(sentences: Sequence[Sentence], drafts: _Drafts) -> Iterable[tuple[str, str]]:
    """The gender of the one person a sentence opens on and names alone, where pronouns reveal it.

    'Oberoi, counsel for …, said … . He was quoted …': the next sentence, in the same paragraph,
    opens on 'He'. 'Errázuriz appointed him, her advisers said': a parenthetical attribution
    through 'his' or 'her', when no other pronoun of that gender stands in the sentence.
    """
    for index, sentence in enumerate(sentences):
        after = sentences[index + 1] if index + 1 < len(sentences) else None
        following = after.text if after and after.paragraph == sentence.paragraph else ""
        if following and following[0] in "“\"‘'":  # a quote of several sentences: read on to its attribution
            rest = (
                s.text for s in sentences[index + 2 : index + _QUOTE_SENTENCES] if s.paragraph == sentence.paragraph
            )
            following = " ".join((following, *rest))
        opening = _OPENING_PRONOUN.match(following) if following else None
        asked = _ASKED_THEM.match(sentence.text)
        if asked and (name := _sole_opening_person(without_title_dots(sentence.text)[asked.end() :], drafts)):
            yield name, GENDER_OF_PRONOUN[asked.group(1).lower()]
        aside = _PARENTHETICAL_OWNER.search(sentence.text)
        has_own = _OWN_PRONOUNS.search(sentence.text)  # checked first: the rest is read only where one stands
        unquoted = _ASIDE_SPEAKER.sub(" ", narration(sentence.text)) if has_own else ""
        own = {GENDER_OF_PRONOUN[w.lower()] for w in _OWN_PRONOUNS.findall(unquoted)}
        if not (opening or aside or len(own) == 1):
            continue  # checked first: most sentences reveal nothing
        text = without_title_dots(sentence.text)
        name = _sole_opening_person(text, drafts)
        if name is None:
            continue
        if len(own) == 1 and _opens_on_name(text, name) and not _other_pronoun(unquoted, own):
            # "MacInnes, by then 77, turned up on the pier in his old uniform cap": no one else to be "his";
            # "Fitriani … said she had kept her son indoors": "her" of the same gender is hers too
            yield name, own.pop()
        if opening and opening.group(1) and not _leaves_quote_open(text):  # a "She" inside the quote is another
            yield name, GENDER_OF_PRONOUN[opening.group(1).lower()]
        elif opening and _only_introduces(text):
            # "Fenech, a former farm minister, struck a more conciliatory tone. “…,” he told DW."
            yield name, GENDER_OF_PRONOUN[opening.group(2).lower()]
        if aside:
            gender = GENDER_OF_PRONOUN[aside.group(1).lower()]
            pronouns = re.findall(r"\b(?:he|him|his|she|her|hers)\b", text, re.IGNORECASE)
            if sum(GENDER_OF_PRONOUN[w.lower()] == gender for w in pronouns) == 1:
                yield name, gender


def _other_pronoun(text: str, own: set[str]) -> bool:
    """Whether a sentence has an object or plural pronoun ("him", "their") that may be someone else; a "her"
    beside "she" is as likely her own ("said she had kept her son indoors")."""
    return any(w.lower() != "her" or own != {"f"} for w in _OTHER_PRONOUN.findall(text))


def _leaves_quote_open(text: str) -> bool:
    """Whether a sentence ends inside a quote that the next one goes on with ('… told reporters, “She had …')."""
    unquoted = _QUOTED.sub(" ", text)
    return "“" in unquoted or unquoted.count('"') % 2 == 1


def narration(text: str) -> str:
    """A sentence without its quotes, closed or left open at its end ('… told reporters, “She had …')."""
    unquoted = _QUOTED.sub(" ", text)
    return re.split(r"[“\"]", unquoted, maxsplit=1)[0]


def _only_introduces(text: str) -> bool:
    """Whether a sentence says no words of anyone's and holds no pronoun ("Fenech … struck a conciliatory tone"),
    so the quote after it is its person's: not "Oberoi … said …" nor "Zhou had pressed her question"."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    return not (words & _EVIDENCE_VERBS or words & GENDER_OF_PRONOUN.keys() or _QUOTE_MARK.search(text))


def _opens_on_name(text: str, name: str) -> bool:
    """Whether a sentence's first word is the person's name or title, as its subject ("Dr Osei-Bonsu, noting …"),
    not a phrase before it ("With Dr Halima Osei-Bonsu, …, he founded …")."""
    first = _clean(text.split(maxsplit=1)[0]) if text.strip() else ""
    return first in name.split() or first.lower() in GENDER_OF_WORD or is_role_word(first)


def _sole_opening_person(text: str, drafts: _Drafts) -> str | None:
    """The person a sentence opens on, when it names nobody else (and not as a possessive); after an opening
    phrase too ("Asked about the teenager, Quaife said …")."""
    runs = [(run, _owners(run.group(), drafts)) for run in _CAPITALISED_RUN.finditer(text)]
    first = next((run for run, owners in runs if owners), None)
    # A one-word name with no title or role after it ("Ikaze would also launch its own plan") is no second person.
    names = {d.name for run, owners in runs for d in owners if run is first or _neuter(d) is None}
    if len(names) != 1 or first is None or _POSSESSIVE_END.search(first.group()):
        return None
    if first.start() != 0 and not _OPENING_PHRASE.fullmatch(text, 0, first.start()):
        return None
    return names.pop()


# Letters after a name that are not part of it: "Anand Kulkarni KC", "Dame Sarah Okoye DBE".
_ARTICLE_FIRST = re.compile(r"\s*(?:a|an|the)\s", re.IGNORECASE)
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|A|An)\s+$")
_POST_NOMINALS = frozenset("KC QC SC MP MSP MEP MLA MHK MLC MNA MPP TD OBE CBE MBE KBE DBE PhD".split())


def _is_initial(tokens: tuple[str, ...], at: int) -> bool:
    """Whether a token is a middle initial ("A" of "Gretchen A. Haldane"), not the word "a"."""
    return 0 < at < len(tokens) - 1 and _INITIAL.fullmatch(tokens[at]) is not None


def _post_nominal_role(raw: list[str]) -> str | None:
    """The office that letters after a name give: "Alasdair Rennie MSP" is an MSP."""
    letters = _clean(raw[-1]) if len(raw) > 1 else ""
    return letters if letters in _POST_NOMINALS and is_role_word(letters) else None


# "Fiona Galbraith MSP (Labour)", "Councillor Donnie Morrison (Independent)": a lawmaker's party in brackets
_PARTY_IN_BRACKETS = re.compile(r"\s*\((?P<party>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\)")


def _bracketed_party(suffix: str, office: str | None) -> str | None:
    """A lawmaker's party in brackets after their name, with their office: "Labour MSP"."""
    party = _PARTY_IN_BRACKETS.match(suffix) if office and "lawmaker" in role_classes(office) else None
    return f"{party.group('party')} {office}" if party else None


# A party named beside a lawmaker: "Akel MP for Larnaca", "PPP Senator Soomro", "of the opposition Janata Pragati
# Paksha", "Rennie MSP (Conservative)", "(R-Texas)", "(OBA, Sandys North)", "the Workers’ Solidarity League".
_PARTY_NAMED = re.compile(
    r"\b(?:Party|Parties|Front|League|Alliance|Movement|Coalition|Democrats?|Democratic|Republicans?|Conservatives?"
    r"|Labour|Liberals?|Greens|Socialists?|Tory|Tories|Nationalists?|Independents?|Paksha|Peramuna|Bloc)\b"
    r"|\b(?P<party>[A-Z]{2,6}|[A-Z][a-z]+)\s+(?:MP|MEP|MLA|MSP|MS|TD|MNA|MCA|Senator|Sen\.|Rep\.|lawmaker|legislator"
    r"|[Cc]ouncillor|Cllr)\b(?P<seat>\s+for\b)?"
    r"|\b(?:opposition|ruling|governing)\s+(?:party\s+)?[A-Z]"
    r"|\((?:[A-Z]{2,6}|[RDI]-[A-Z][\w. ]*)(?:,\s+[A-Z][\w’' -]{1,40})?\)"  # "(OBA, Sandys North)": and a seat
)
_PARTY_REACH = 80  # characters either side of a name: a party further off in the sentence is someone else's
# A lawmaker's seat named beside them: "Hambantota District MP Premalal Kodituwakku", "Wendell Strachan, the Windsor
# Heights MP", "TD for Dublin South-Central Máiréad Adeyemi-Flynn", "who represents Kowloon West", "MCA for Kobala
# Ward"; not a party's name or initials before the title ("Labour MP", "SLPP MP").
_LAWMAKER = r"(?:MP|TD|MLA|MNA|MPP|MHA|MHK|MLC|MSP|MCA|MS|AM|Rep\.|Representative|Senator|Sen\.|[Cc]ouncillor|Cllr)"
_SEAT_NAMED = re.compile(
    rf"\b(?P<place>[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿ’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+)*)\s+{_LAWMAKER}\b"
    rf"|\b(?:{_LAWMAKER}|[Mm]ember)\s+for\s+[A-ZÀ-ÖØ-ÞĀ-Ž]"
    r"|\b(?:who\s+represents|representing)\s+[A-ZÀ-ÖØ-ÞĀ-Ž]"
)


def names_seat(text: str, names: Iterable[str]) -> bool:
    """Whether a sentence names the seat a lawmaker holds beside one of their names ("Bain Hill MP Clifton
    Rahming", "Strachan, the Windsor Heights MP", "who represents Kowloon West")."""
    return any(
        not (m.group("place") and _is_party_name(m.group("place")))
        for near, _ in _around_names(text, names)
        for m in _SEAT_NAMED.finditer(near)
    )


def _is_party_name(words: str) -> bool:
    """Whether the words before a lawmaker's title name a party, not a place ("Labour", "Sri Lanka Podujana
    Peramuna", "Opposition")."""
    return _PARTY_NAMED.search(words) is not None or words.split()[-1].lower() in ("opposition", "government")


def names_party(text: str, names: Iterable[str]) -> bool:
    """Whether a sentence names a party beside one of a person's names ("Disy MP Loukas Stylianou")."""
    for near, end in _around_names(text, names):
        if any(_is_party(m) for m in _PARTY_NAMED.finditer(near)):
            return True
        # "Opposition MP Urmas Põldsaar (Isamaa)": a word in brackets after a politician's name
        if _PARTY_IN_BRACKETS.match(text, end) and _POLITICAL.search(text):
            return True
    return False


_KIND_STEM = 6  # letters of a kind of body that its names in other languages share ("Universidade", "Université")


def names_kind(text: str, names: Iterable[str], kind: str) -> bool:
    """Whether a sentence names a body of a kind beside one of a person's names ("… of the LCGB trade union")."""
    stem = re.compile(rf"\b{re.escape(kind[:_KIND_STEM])}", re.IGNORECASE)
    return any(stem.search(fold_accents(near)) for near, _ in _around_names(text, names))


def _around_names(text: str, names: Iterable[str]) -> Iterable[tuple[str, int]]:
    """The text around each place a sentence names a person (a party or seat beside them is theirs), and where
    the name ends."""
    for name in names:
        for match in re.finditer(rf"\b{re.escape(name)}\b", text):
            yield text[max(0, match.start() - _PARTY_REACH) : match.end() + _PARTY_REACH], match.end()


_POLITICAL = re.compile(
    r"\b(?:MPs?|MEPs?|minister|parliament\w*|opposition|coalition|lawmakers?|legislat\w+|senators?|deputy|deputies"
    r"|councillors?|mayors?|governors?|party|parties|congress\w*|assembly|cabinet)\b",
    re.IGNORECASE,
)


def _is_party(match: re.Match[str]) -> bool:
    """Whether a word before a lawmaker's title is a party: an acronym or, before "for" a seat, any name; never a
    country ("US Senator", "French MEP")."""
    party = match.group("party")
    if party is None:
        return True
    if nationalities(party):
        return False
    return party.isupper() or match.group("seat") is not None


# "Dylan Parkhurst ’28": a college paper's class year after a student's name
_CLASS_YEAR = re.compile(r"^\s+[’']\d\d\b")


def _class_year(suffix: str) -> str | None:
    """A student, when a class year follows the name."""
    return "student" if _CLASS_YEAR.match(suffix) else None


def _name_tokens(raw: list[str], skipped: int) -> tuple[str, ...]:
    """The words of a name in a capitalised run, after its title, without possessives, punctuation and
    post-nominal letters."""
    tokens = [t for t in (_clean(w) for w in raw[skipped:]) if t]
    while len(tokens) > 1 and tokens[-1] in _POST_NOMINALS:
        tokens.pop()
    if _INITIALLED_NAME.fullmatch(tokens[-1] if tokens else ""):
        return (tokens[-1],)  # "Light Industry Kh.Baasanjargal": a name with its initial is whole in one word
    return tuple(tokens)


def _owners(run: str, drafts: _Drafts) -> list[_Draft]:
    """The one person a capitalised run names, if it names exactly one."""
    raw = run.split()
    tokens = _name_tokens(raw, _title_length(raw))
    owners = drafts.meant_by(tokens) if tokens else []
    return owners if len(owners) == 1 else []


class _Drafts:
    """The people found so far, indexed by the words of their names."""

    def __init__(self) -> None:
        self.items: list[_Draft] = []
        self.by_token: dict[str, list[_Draft]] = {}
        self.surnames: dict[str, _Draft] = {}  # a surname several share, and the one it stands for alone

    def add(self, draft: _Draft) -> None:
        """Remember a new person."""
        self.items.append(draft)
        draft.tokens = {_index_form(t) for t in _with_given_names(draft.tokens)}
        for token in draft.tokens:
            self.by_token.setdefault(token, []).append(draft)

    def remove(self, name: str) -> None:
        """Forget the person of this name, if there is one."""
        for draft in [d for d in self.items if d.name == name]:
            self.items.remove(draft)
            for token in draft.tokens:
                self.by_token[token].remove(draft)

    def add_tokens(self, draft: _Draft, tokens: tuple[str, ...]) -> None:
        """Index a known person under more words of their name."""
        for token in {_index_form(t) for t in _with_given_names(tokens)} - draft.tokens:
            draft.tokens.add(token)
            self.by_token.setdefault(token, []).append(draft)

    def containing(self, tokens: tuple[str, ...]) -> list[_Draft]:
        """The people whose names contain every one of ``tokens`` ("Ter Braak", opening a sentence, is
        Marijke ter Braak)."""
        wanted = {_index_form(t) for t in tokens}
        lists = [self.by_token.get(t, []) for t in wanted]
        if not all(lists):
            return []
        return [d for d in min(lists, key=len) if wanted <= d.tokens]

    def meant_by(self, tokens: tuple[str, ...]) -> list[_Draft]:
        """The people a name in the text may mean: those whose names contain it, or the one a surname that
        several share stands for alone."""
        owners = self.containing(tokens)
        if len(owners) > 1 and len(tokens) == 1 and (owner := self.surnames.get(_index_form(tokens[0]))):
            return [owner]
        return owners


def _with_given_names(tokens: Iterable[str]) -> set[str]:
    """A name's words, a Mongolian name's given name after its patronymic's initial too ("B.Ganbold" is also
    "Ganbold", as the article calls him later)."""
    words = set(tokens)
    return words | {t.rpartition(".")[2] for t in words if _INITIALLED_NAME.fullmatch(t)}


def _same_name(name: str, other: str) -> bool:
    """Whether two names are one, a particle's case aside ("Van der Bijl", "van der Bijl")."""
    return [_index_form(t) for t in name.split()] == [_index_form(t) for t in other.split()]


def _index_form(token: str) -> str:
    """A word of a name as the table indexes it: a particle in lower case, however a sentence opens on it."""
    return token.lower() if token.lower() in _SURNAME_PARTICLES else token


def _finish(
    draft: _Draft,
    drafts: list[_Draft],
    genders: dict[str, str],
    surnames: dict[str, _Draft],
    nickname: str | None = None,
) -> Person:
    """Freeze a draft into a Person with its unambiguous aliases, its nickname, and the shared surnames that
    stand for it."""
    gender = genders.get(draft.name) or _neuter(draft)
    shared = {t for d in drafts if d is not draft for t in d.tokens} - {t for t, d in surnames.items() if d is draft}
    body = any(w.lower() in ORGANISATION_WORDS for w in draft.name.split()[1:])  # its words are no one's name
    aliases = [draft.name] + [
        t
        for t in _with_given_names(draft.name.split())
        if not body and t not in shared and len(t) > 1 and t != draft.name and not re.fullmatch(_PARTICLES, t.lower())
    ]
    surname = draft.name.split()[-1]
    if surname in shared and gender in _TITLES_OF_GENDER and not body:
        # "Mrs Mackinnon" is the mother, not her son "Ruairidh Mackinnon": the only one of the name of her sex
        sharers = [d for d in drafts if d is not draft and surname in d.tokens]
        if all(genders.get(d.name) != gender for d in sharers):
            aliases += [f"{title} {surname}" for title in _TITLES_OF_GENDER[gender]]
    aliases += [nickname] if nickname else []
    return Person(
        name=draft.name,
        aliases=tuple(aliases),
        role=draft.role,
        role_line=draft.role_line,
        mention_lines=tuple(sorted(draft.lines)),
        quoted=False,
        gender=gender,
        descriptions=tuple(draft.roles),
    )


@dataclass(frozen=True, slots=True)
class Cast:
    """The article's people and the phrases that refer to them."""

    people: tuple[Person, ...]
    _by_alias: dict[str, Person]
    _pattern: re.Pattern[str] | None
    _pattern_any_case: re.Pattern[str] | None

    @classmethod
    def from_people(cls, people: tuple[Person, ...]) -> Cast:
        """Index the people by alias."""
        by_alias = {alias: p for p in people for alias in p.aliases}
        by_lower = {a.lower(): p for a, p in by_alias.items() if a.lower() not in STOP_WORDS}
        # Readers type names without accents ("Quilodran" for "Quilodrán").
        by_lower |= {fold_accents(a): p for a, p in by_lower.items() if fold_accents(a) not in by_lower}
        return cls(people, by_alias | by_lower, _alias_regex(by_alias), _alias_regex(by_lower, re.I))

    def with_quoted(self, names: set[str]) -> Cast:
        """A copy where the people named in ``names`` are marked as quoted."""
        people = tuple(replace(p, quoted=p.name in names) for p in self.people)
        return Cast.from_people(people)

    def with_descriptions(self, described: dict[str, tuple[str, ...]]) -> Cast:
        """A copy where people also carry the descriptions the article uses for them."""
        people = tuple(
            replace(p, descriptions=tuple(dict.fromkeys(p.descriptions + described.get(p.name, ()))))
            for p in self.people
        )
        return Cast.from_people(people)

    def get(self, name: str) -> Person | None:
        """The person with this canonical name."""
        person = self._by_alias.get(name)
        if person is not None and person.name == name:
            return person
        return next((p for p in self.people if p.name == name), None)

    def mentions(self, text: str, ignore_case: bool = False) -> list[tuple[int, Person]]:
        """Where each person is named in ``text``, in order of position."""
        pattern = self._pattern_any_case if ignore_case else self._pattern
        if pattern is None:
            return []
        found = []
        for match in pattern.finditer(text):
            alias = match.group(1)
            person = self._by_alias.get(alias) or self._by_alias.get(fold_accents(alias))
            if person is not None:  # matching in any case equates letters no key folds alike ("ſ" and "s")
                found.append((match.start(), person))
        return found

    def sharing_the_surname(self, word: str) -> list[Person]:
        """The people named in full whose surname a word is, however it is cased or accented."""
        surname = fold_accents(word).lower()
        return [p for p in self.people if p.named and fold_accents(p.name.split()[-1]).lower() == surname]

    def resolve(self, phrase: str) -> list[Person]:
        """The people a phrase can mean: by name first, then by role description."""
        named = {p.name: p for _, p in self.mentions(phrase)}
        if named:
            return list(named.values())
        return self.describe(phrase)

    def describe(self, phrase: str) -> list[Person]:
        """The best matches for a description like 'the Chinese leader' (ties kept)."""
        return describe(self.people, phrase)


# "Norðoya Fiskimannafelag, the fishermen's association for the northern islands, …", "Lagtinget, the Parliament of
# Åland, …": a body's own-language name glossed in English after a comma
_GLOSSED = re.compile(
    r"(?<![\w’'-])(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*){0,3}),\s+"
    r"(?P<gloss>the\s+(?:[\w’'-]+\s+){0,7}?[\w’'-]+)(?=,|\.(?:\s|$)|\s+(?:said|says|has|had|is|was|which)\b)"
)


def glossed_roles(people: Iterable[Person], texts: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Each person's roles again with a body's name in them put as the article glosses it ("chairman of Norðoya
    Fiskimannafelag" is also "chairman of the fishermen's association for the northern islands")."""
    people = tuple(people)
    names = {alias for p in people if p.gender != "n" for alias in p.aliases}
    glosses: dict[str, str] = {}
    for match in (m for text in texts for m in _GLOSSED.finditer(text)):
        words = match.group("name").split()
        while words and words[0].lower() in STOP_WORDS:  # "In Lagtinget, the Parliament of Åland"
            words.pop(0)
        name = " ".join(words)
        if name and name not in names and _a_gloss(match.group("gloss")):
            glosses[name] = match.group("gloss")
    found: dict[str, tuple[str, ...]] = {}
    for person in people:
        glossed = [
            role.replace(name, gloss)
            for role in person.descriptions_or_role
            for name, gloss in glosses.items()
            if re.search(rf"(?<![\w’'-]){re.escape(name)}(?![\w’'-])", role)
        ]
        if glossed:
            found[person.name] = (*person.descriptions_or_role, *glossed)
    return found


# A body's name and its acronym in brackets: "Bong Agro-Industrial Rubber Company (BAIRCO)", "the Party of Socialists
# of the Republic of Moldova (PSRM)"
_NAMED_ACRONYM = re.compile(
    r"(?P<full>[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*){1,9})"
    r"\s+\((?P<acronym>[A-Z][A-Z0-9&]{1,9})\)"
)


# "Another commuter, Ahmed Shareef (Kudey), …": someone of a kind the one before was too
_ANOTHER = re.compile(r"\b[Aa]nother\s+(?P<kind>[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2}),\s+")
_ANOTHER_REACH = 6  # lines back where the one before may have been named
_NAME_REACH = 40  # characters after "Another commuter, " where the newcomer's name stands


def kinds_shared(people: Iterable[Person], paragraphs: Iterable[Paragraph]) -> dict[str, tuple[str, ...]]:
    """Each person's descriptions with the kind "another" says they shared with the newcomer ("Another frontier
    worker, Julien Mathieu," after Sophie Lambert, "a compliance officer … who commutes from France": she is a
    frontier worker too): the one quoted person named last before, who is not yet of that kind."""
    named = [p for p in people if p.named and p.gender != "n"]
    found: dict[str, tuple[str, ...]] = {}
    for paragraph in paragraphs:
        for match in _ANOTHER.finditer(paragraph.text):
            kind = match.group("kind")
            classes = role_classes(kind, trades=True) - ROLELESS_CLASSES
            after = paragraph.text[match.end() : match.end() + _NAME_REACH]
            newcomer = next((p for p in named if any(a in after for a in (p.name, *p.aliases))), None)
            if not classes or newcomer is None:
                continue
            before = _named_last(named, paragraph.line, newcomer)
            if before is None or not before.quoted:
                continue
            held = frozenset().union(*(role_classes(d, trades=True) for d in before.descriptions_or_role))
            if not classes <= held:
                found[before.name] = (*found.get(before.name, before.descriptions), kind)
    return found


def _named_last(people: Sequence[Person], line: int, newcomer: Person) -> Person | None:
    """The one person named last before a line, within reach, other than the newcomer (None for a tie)."""
    last = {
        p.name: max(n for n in p.mention_lines if line - _ANOTHER_REACH <= n < line)
        for p in people
        if p is not newcomer and any(line - _ANOTHER_REACH <= n < line for n in p.mention_lines)
    }
    if not last:
        return None
    latest = max(last.values())
    names = [name for name, n in last.items() if n == latest]
    return next(p for p in people if p.name == names[0]) if len(names) == 1 else None


def spelled_roles(people: Iterable[Person], texts: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Each person's roles again with a body's acronym put as the kind of body the article's name for it says
    ("BAIRCO's spokeswoman", of the Bong Agro-Industrial Rubber Company (BAIRCO), is the company's spokeswoman)."""
    full: dict[str, str] = {}
    for match in (m for text in texts for m in _NAMED_ACRONYM.finditer(text)):
        # only the kind of body, not its places: the "Small Enterprise Owners Association of Zambia" is an association,
        # its president no Zambian president
        kind = next((w.lower() for w in reversed(match.group("full").split()) if w.lower() in ORGANISATION_WORDS), None)
        if kind:
            full.setdefault(match.group("acronym"), f"the {kind}")
    found: dict[str, tuple[str, ...]] = {}
    for person in people:
        roles = person.descriptions_or_role
        spelled = [
            _spelled_out_in(role, acronym, name)
            for role in roles
            for acronym, name in full.items()
            if name not in role and re.search(rf"\b{re.escape(acronym)}\b", role)
        ]
        if spelled:
            found[person.name] = (*roles, *spelled)
    return found


def _spelled_out_in(role: str, acronym: str, name: str) -> str:
    """A role with a body's acronym put as its kind: "SEOAZ president" is the "president of the association",
    "BAIRCO's spokeswoman" "the company's spokeswoman"."""
    if role.startswith(f"{acronym} "):
        return f"{role.removeprefix(f'{acronym} ')} of {name}"
    return re.sub(rf"(?:\bthe\s+)?\b{re.escape(acronym)}\b", name, role)  # "of the RTBU’s": "of the union’s"


_NOT_IN_A_GLOSS = frozenset("he she it they we i who which that".split())


def _a_gloss(phrase: str) -> bool:
    """Whether a phrase after a name and a comma may gloss it: a noun phrase, not a clause ("the engineer said")."""
    words = phrase.split()[1:]
    return not words[0][:1].isdigit() and not any(
        w in _NOT_IN_A_GLOSS or w in REPORTING_VERBS or (w.islower() and w.endswith("ed")) for w in words
    )


def describe(people: Iterable[Person], phrase: str, strict: bool = False) -> list[Person]:
    """The people a description like 'the Chinese leader' fits best (ties kept).

    Role classes must overlap; places must agree when both name one ('the MP for Ystrad
    North' is not the MP for Easterhithe; 'the Chilean minister' is Chile's), and a
    matching place, like a shared word, makes a better fit.
    """
    # "the mayor's challenger" is a challenger, not the mayor: a possessive names the role's owner.
    classes = role_classes(_POSSESSOR.sub("", phrase), trades=True)
    classes = classes.union(*(_ALIKE.get(c, ()) for c in classes))  # "the passenger": a commuter too
    if not classes.isdisjoint(_KIN) and (owned := _OWNED.search(phrase)):
        # "Ruairidh's mother" is the one the article calls that, not a mother of three it quotes
        owner, kin = owned.group(1).lower(), classes & _KIN
        return [
            person
            for person in people
            if any(owner in d.lower() and not kin.isdisjoint(words_of(d)) for d in person.descriptions_or_role)
        ]
    places = _places(phrase)
    gender = next((GENDER_OF_WORD[w] for w in words_of(phrase) if w in GENDER_OF_WORD), None)
    if not classes - ROLELESS_CLASSES:
        # "the American", "the guy from China": someone known only by where they are from; "the nasa guy", "the
        # lady from the union": by the body they speak for
        if _ORIGIN_ONLY.fullmatch(phrase.lower()):
            nations = {p for p in places if _is_demonym(p)}
            found = [p for p in people if nations and fits_gender(p, gender) and _places_agree(nations, _origins(p))]
        elif classes or not _SOMEONE_NOUNS.isdisjoint(words_of(phrase)):  # "lady" is also "first lady"'s
            found = _body_speakers(people, phrase, gender)
        else:
            return _keepers(people, phrase)
        return [p for p in found if p.quoted] or found  # those the article quotes stand out
    best: list[Person] = []
    best_score = 0
    asked_portfolio = set(words_of(phrase)) & _PORTFOLIO_WORDS
    for person in people:
        descriptions = _single_roles(person.descriptions_or_role)
        if strict and not _fits_strictly(phrase, places, descriptions):
            continue
        if not fits_gender(person, gender):
            continue  # "the police spokeswoman" is not a spokesman
        if asked_portfolio and _other_portfolio(asked_portfolio, descriptions):
            continue  # "the Finance Minister" is not the Lands Minister the article calls "the minister" too
        # A reader's "official" may be any office-holder; the article's own "the official said" is one it called so.
        score = max((_fit(classes, places, phrase, d, any_office=strict) for d in descriptions), default=0)
        if not score:
            continue
        if score > best_score:
            best, best_score = [person], score
        elif score == best_score:
            best.append(person)
    return best or _keepers(people, phrase)


def _keepers(people: Iterable[Person], phrase: str) -> list[Person]:
    """Those who own the kind of place a reader's trade word names ("the shopkeeper": a shop's or a store's)."""
    words = words_of(phrase)
    places = _KEEPERS.get(words[-1], ()) if words else ()
    if not places:
        return []  # most phrases: no trade word of the kind
    return [
        person
        for person in people
        if any(
            "owner" in role_classes(d, trades=True) and any(w.removesuffix("s") in places for w in words_of(d))
            for d in person.descriptions_or_role
        )
    ]


_OWNED = re.compile(r"(\w+)['’]s\s+\w")  # "Scanty's mother", "the victim's son"
_KIN = frozenset("mother father son daughter wife husband brother sister uncle aunt grandmother grandfather".split())
ROLELESS_CLASSES = frozenset({"man", "woman", "person", "guy", "lady"})  # role classes that say nothing of a role
_SOMEONE = "guy|man|woman|person|lady|gentleman|bloke|fellow|chap|gal|dude|side|one|people|folks|team"
_ORIGIN_ONLY = re.compile(
    rf"(?:the\s+|an?\s+)?(?:(?:{'|'.join(map(re.escape, NATIONALITIES))})(?:\s+(?:{_SOMEONE}))?"
    rf"|(?:{_SOMEONE})\s+from\s+(?:the\s+)?(?:{'|'.join(map(re.escape, NATIONALITIES))}))"
)


_SOMEONE_NOUNS = frozenset(_SOMEONE.split("|"))


# How a reader says whom someone is there for: "the woman representing the shipping agents", "the guy in charge of
# operations at the dredging firm", "the lady working for the mining company"
_SPEAKS_FOR = frozenset(
    "representing represents represent charge working works work speaking speaks who that is was".split()
)


_RELATIVE = frozenset({"who", "whose", "that"})


def casual_words(phrase: str) -> list[str] | None:
    """What a reader's casual "the trawler guy", or a description with a clause no role gives ("the miner whose
    daughter is going to school in Tromsø"), says of someone, as search terms; None for a phrase that names
    someone by role alone ("the fisheries minister")."""
    words = words_of(phrase)
    casual = not _SOMEONE_NOUNS.isdisjoint(words) and not role_classes(phrase, trades=True) - ROLELESS_CLASSES
    if not casual and _RELATIVE.isdisjoint(words):  # "the miner whose daughter is going to school in Tromsø"
        return None
    return described_words(phrase) or None


def described_words(phrase: str) -> list[str]:
    """The search terms of what a description says of someone, without the words for "someone" ("guy", "the
    one") or for whom they are there for ("representing")."""
    said = [w for w in words_of(phrase) if w not in _SOMEONE_WORDS and w not in STOP_WORDS and w not in _SPEAKS_FOR]
    return tokenize(" ".join(said))


_TRAILING_SOMEONE = re.compile(rf"\s+(?:{_SOMEONE})$", re.IGNORECASE)
_SOMEONE_WORDS = frozenset(f"{_SOMEONE} the a an from at of with".replace("|", " ").split())


def speaking_for(people: Iterable[Person], body: str) -> list[Person]:
    """Those who speak for a body a reader names alone ("what did Halvorsen say?"): its people, named or not,
    those quoted first; never a country's, whom a reader asks about by their office."""
    named = set(words_of(body)) - {"the", "a", "an"} - ORGANISATION_WORDS  # "the union" names no one body
    if not named or nationalities(body) or role_classes(body, trades=True):
        return []
    found = _body_speakers(people, body, None)
    return [p for p in found if p.quoted] or found


def _body_speakers(people: Iterable[Person], phrase: str, gender: str | None) -> list[Person]:
    """The people who may speak for the body a phrase names, of the gender it gives if any: those named, and
    those described who are quoted ("a spokeswoman for HIF")."""
    return [p for p in people if (p.named or p.quoted) and fits_gender(p, gender) and _of_their_body(phrase, p)]


def _of_their_body(phrase: str, person: Person) -> bool:
    """Whether a phrase names someone by the body they speak for: "the nasa guy", "the lady from the union"."""
    body = {without_possessive(w) for w in words_of(phrase)} - _SOMEONE_WORDS
    return bool(body) and any(
        body <= {without_possessive(w) for w in words_of(d)} for d in person.descriptions_or_role if d
    )


def fits_gender(person: Person, gender: str | None) -> bool:
    """Whether a person may be of the gender a description gives, if it gives one."""
    return not (gender and person.gender and person.gender != gender)


def _origins(person: Person) -> frozenset[str]:
    """The countries a person's descriptions give them ('US Secretary of State' -> us)."""
    return frozenset(p for d in person.descriptions_or_role for p in _places(d) if _is_demonym(p))


def _single_roles(descriptions: Sequence[str]) -> tuple[str, ...]:
    """Descriptions with two roles joined by 'and' split in two, so a place goes with its own role.

    "Chile’s environment minister and the Assembly’s president" is Chile's minister and the
    Assembly's president, not Chile's president.
    """
    parts: list[str] = []
    for description in descriptions:
        # "Minister of Agriculture, Food Security and Rural Development and area representative for …": a list of
        # fields stays with its role; "Culture and Tourism Minister" is one role
        roles: list[str] = []
        for half in description.split(" and "):
            if roles and role_classes(half, trades=True) and role_classes(roles[-1], trades=True):
                roles.append(half)
            else:
                roles[-1:] = [f"{roles[-1]} and {half}" if roles else half]
        parts += roles
    return tuple(parts)


def _fits_strictly(phrase: str, places: Set[str], descriptions: Sequence[str]) -> bool:
    """A reader's description fits only if no place of the person's contradicts it and its portfolio is theirs.

    "the Marbeckian foreign minister" is not the Oloruan one; "the fire chief" is not the chief
    engineer; "the Indian environment minister" is no minister the article does not call that.
    """
    theirs = set().union(*(_places(d) for d in descriptions))
    # A capitalised title word ("Labour Minister") may be the reader's lower-case one ("labour minister").
    if places and theirs and not _places_agree(places | set(_portfolio(phrase)), theirs):
        return False
    if theirs and not all(_places_agree({place}, theirs) for place in places) and not _initials(theirs, places):
        return False  # "the chief executive of the Ardlow Ambulance Service" is not the Ardlow health board's
    # "Central Kalimantan's governor": a place that owns a post is no demonym, whatever its ending
    nations = {p for p in places if _is_demonym(p) and not re.search(rf"\b{re.escape(p)}['’]s\b", phrase, re.I)}
    if nations and not _places_agree(nations, theirs):
        return False  # "the Indian environment minister": a nationality the person is never given
    if not _heads_agree(phrase, descriptions):
        return False  # "the fire chief" is not a chief engineer
    title = _DISTINCT_TITLES.intersection(words_of(phrase))
    if title and not any(title & set(words_of(d)) for d in descriptions):
        return False  # "the premier" is no club's president, though both lead something
    # The portfolio is what is left once the places are set aside: "China's *defence* minister" is not
    # "China's *Foreign* Minister", though both are China's.
    wanted = [w for w in _portfolio(phrase) if not _places_agree({w}, places) and not _places(w)]  # "american"
    named_portfolio = {w for w in places if w in _PORTFOLIO_WORDS}  # "the Minister for Lands and Natural Resources"
    wanted += sorted(named_portfolio)
    owner = _POSSESSOR.search(phrase)
    body = without_possessive(owner.group().strip()).lower() if owner else ""
    if body in ORGANISATION_WORDS and theirs:
        # "the charity's spokeswoman": a body the description names ("… for Hollybrook Hounds Rescue") may be it
        wanted = [w for w in wanted if w != body]
    # "the city councillor" is the "councillor for Limoilou" an article never says is the city's, but not its
    # "county commissioner"
    lawmaker = role_classes(phrase) == {"lawmaker"}
    if lawmaker and not any(_GOVERNMENT_LEVELS.intersection(words_of(d)) for d in descriptions):
        wanted = [w for w in wanted if w not in _GOVERNMENT_LEVELS]
    # "Social Affairs" Minister: an article's title words count in any case
    known = {
        w
        for d in descriptions
        for w in _portfolio(_CHIEF_OFFICER_ACRONYM.sub(lambda m: _CHIEF_OFFICER[m.group()], d), any_case=True)
        if w in named_portfolio or not _places_agree({w}, places)
    }
    if not known and _PORTFOLIO_WORDS.intersection(wanted) and "minister" in role_classes(phrase):
        return False  # "the health minister": a minister whose portfolio the article never gives may hold another
    return not (wanted and known) or any(_same_stem(w, k) or k in _NAMED_AS.get(w, ()) for w in wanted for k in known)


# A kind of body a reader names, and the words its names carry: "the union leader" is the president of
# "Amalgamated Transit Workers Local 412"; and "the parent" is "a mother of two" or someone "whose son …".
_NAMED_AS = {
    "union": frozenset("union unions workers local guild federation brotherhood teamsters".split()),
    "parent": frozenset("mother father mum mom dad son sons daughter daughters child children kids".split()),
}


def _is_demonym(place: str) -> bool:
    """Whether a place word is a country or a demonym ('china', 'marbeckian', 'veskan')."""
    return place in set(NATIONALITIES.values()) or bool(re.search(r"(?:an|ian|ese|ish|ic)$", place))


# Leaders' titles that name one office each: a reader asking for one does not mean another.
_DISTINCT_TITLES = frozenset("premier prime president chancellor king queen emperor monarch governor".split())


def _heads_agree(phrase: str, descriptions: Sequence[str]) -> bool:
    """Whether the role a phrase ends in is the role one of the descriptions ends in."""
    bare = _TRAILING_SOMEONE.sub("", phrase)
    body = words_of(bare)[-1:] if bare != phrase else []
    if body and body[0] in ORGANISATION_WORDS:  # "the police guy": someone of the police, whatever their post
        return any(body[0] in words_of(d) for d in descriptions)
    wanted = _head_classes(bare) or _head_classes(phrase)  # "the economist guy"
    wanted = wanted.union(*(_BROADER.get(c, ()) for c in wanted), *(_ALIKE.get(c, ()) for c in wanted))
    return (
        not wanted
        or any(wanted & (_head_classes(d) | _head_classes(_without_rank(d))) for d in descriptions)
        or any(_chief_of_field(bare, d) for d in descriptions)
    )


def _chief_of_field(phrase: str, description: str) -> bool:
    """Whether "the fire chief" is a "Chief Fire Officer": a chief whose description holds the phrase's every word."""
    words = [w for w in words_of(phrase) if w not in STOP_WORDS]
    return len(words) > 1 and words[-1] == "chief" and set(words) <= set(words_of(description))


@lru_cache(maxsize=4096)
def _head_classes(text: str) -> frozenset[str]:
    """The classes of the last role word of a description before its complement.

    'chief engineer of the plant' -> engineer; 'a spokeswoman for Kelmar police' -> spokeswoman,
    not police; 'US Secretary of State' keeps the title its "of" belongs to.
    """
    deeds = deed_classes(" ".join(words_of(text)))
    words = _before_complement(words_of(text))
    for end in range(len(words), 0, -1):
        for start in range(max(0, end - 4), end):
            classes = role_classes(" ".join(words[start:end]), trades=True)
            if classes and (" ".join(words[start:end]) in ROLE_PHRASES or start == end - 1):
                return classes | deeds
    return deeds


_COMPLEMENT_WORDS = frozenset("of for at in with from on to".split())


def _before_complement(words: list[str]) -> list[str]:
    """A description's words up to the preposition that starts its complement, once a role word has stood."""
    role_seen = False
    for i, word in enumerate(words):
        if word in _COMPLEMENT_WORDS and role_seen and not _in_role_phrase(words, i):
            return words[:i]
        role_seen = role_seen or bool(role_classes(word, trades=True))
    return words


def _in_role_phrase(words: list[str], at: int) -> bool:
    """Whether the word at ``at`` belongs to a title such as 'secretary of state' or 'head of state', or ends one
    that its words before are no role without: "member for" Kurrawong is an MP, "secretary" a role alone."""
    return any(
        " ".join(words[start:end]) in ROLE_PHRASES
        for start in range(max(0, at - 3), at)
        for end in range(at + 1 if words[at - 1] not in ROLE_WORDS else at + 2, min(len(words), at + 4) + 1)
    )


def _portfolio(phrase: str, any_case: bool = False) -> list[str]:
    """The words of a description that narrow the role ('fire' chief, 'environment' minister).

    A reader's are the lower-case ones; an article's title may capitalise them ("Labour Minister").
    """
    words = [without_possessive(w) for w in re.findall(r"[\w’'-]+", phrase) if any_case or w.islower()]
    return [
        w.lower()
        for w in words
        if w.lower() not in _GENERIC_MODIFIERS
        and w.lower() not in ROLE_WORDS
        and w.lower() not in STOP_WORDS
        and w.lower() not in _SOMEONE_NOUNS  # "the economist guy": what he is, then who
        and w.lower() not in _ALIKE  # "the passenger": a class, which the person's commute may give
        and w.lower() not in _BROADER  # "the Sinn Féin politician": any office-holder of the party
        and w.lower() not in KEEPING_VERBS  # "who runs the cafe": its owner, a class
    ]


# An article's "CEO" is a reader's "chief executive" ("Corvid's chief executive": "Corvid Aerospace CEO").
_CHIEF_OFFICER = {"CEO": "Chief Executive", "CFO": "Chief Financial Officer", "COO": "Chief Operating Officer"}
_CHIEF_OFFICER_ACRONYM = re.compile(r"\b(?:CEO|CFO|COO)\b")
_POSSESSOR = re.compile(r"\b[a-z][\w-]*['’]s\s+(?=[a-z])")  # lower-case: "China's minister" keeps its place
# A relative of someone is not them: "a mountain guide and a cousin of the mayor" is no mayor.
_RELATION_OF = re.compile(
    r"\b(?:cousin|nephew|niece|son|daughter|wife|husband|brother|sister|father|mother|uncle|aunt|widow|widower"
    r"|grandson|granddaughter|grandfather|grandmother|friend)\s+of\b(?!\s+(?:\d+|two|three|four|five|six|seven|eight|"
    r"nine|ten|one)\b).*$",  # not "a mother of three": a mother
    re.IGNORECASE,
)
_RANKS = ("former", "deputy", "vice", "assistant", "acting", "interim", "shadow")  # "the minister" is no shadow one
_RANK_SPLIT = re.compile(r"[\s-]+")  # "vice-president" has the rank "vice"


# "senator and former fire captain" holds two offices; "Deputy Culture and Tourism Minister" one
_SEGMENTS = re.compile(r",\s+|\s+and\s+(?=(?:former|retired|onetime|ex-|an?|the)\b)", re.IGNORECASE)


def _segment_holding(description: str, classes: frozenset[str]) -> str:
    """The part of a description of two offices that holds the one asked for: "first-term senator" of "first-term
    senator and former fire captain" (its rank is not the captain's)."""
    parts = _SEGMENTS.split(description)
    held = [part for part in parts if not classes.isdisjoint(role_classes(part, trades=True))]
    return " ".join(held) if held and len(parts) > 1 else description


def _rank_words(description: str) -> set[str]:
    """A description's words, a vice minister's "vice" read as "deputy" (the same rank, translated two ways)."""
    # A Commonwealth court's "Deputy Public Prosecutor" is its prosecutor, no one's deputy.
    plain = description.lower().replace("deputy public prosecutor", "public prosecutor")
    return {"deputy" if word == "vice" else word for word in _RANK_SPLIT.split(plain)}


_SECOND_OFFICES = ("deputy", "vice", "assistant", "shadow")  # another office, not the same one held before


# Trades a reader names for one another: "the passenger" or "the traveller" may be the commuter an article quotes,
# "the market vendor" its "vegetable seller".
_ALIKE = {
    "passenger": frozenset({"commuter"}), "traveller": frozenset({"commuter", "passenger"}),
    "traveler": frozenset({"commuter", "passenger"}), "commuter": frozenset({"passenger"}),
    "vendor": frozenset({"seller", "hawker", "stallholder"}), "seller": frozenset({"vendor", "hawker"}),
    "hawker": frozenset({"vendor", "seller"}), "stallholder": frozenset({"vendor"}),
}  # fmt: skip
# A reader's broad word for a role and the role classes it covers: "an official" is anyone in public office,
# "the port authority chief" whoever runs it.
_BROADER = {
    "official": frozenset("leader minister secretary diplomat governor mayor senator lawmaker director".split()),
    "chief": frozenset("ceo chair director leader".split()),
    "politician": frozenset("lawmaker senator councillor minister mayor leader governor".split()),
}


_NAMED_BODY = re.compile(r"\b(?:for|of|at)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž]")  # "a spokesperson for the Ministry of …"


def _fit(classes: frozenset[str], places: Set[str], phrase: str, description: str, any_office: bool = False) -> int:
    """How well one of a person's descriptions fits the phrase (0: it does not)."""
    if not description:
        return 0
    # "a member of the mayor's executive committee" is no mayor: a possessive names whom the role serves
    held = role_classes(_POSSESSOR.sub("", _RELATION_OF.sub("", description)), trades=True)
    overlap = 2 * len(classes & held)
    theirs = _places(description)
    wanted = places | set(_portfolio(phrase))
    agree = _places_agree(wanted, theirs)
    # "the Chinese official": any office-holder of China, though one called an official fits better; "the head
    # of Conagua", "the transport chief": whoever leads that body (its "director general"), though the body must
    # be named in both.
    named_head = "chief" in classes and bool(wanted and theirs) and agree
    if not overlap and (any_office or named_head) and any(not held.isdisjoint(_BROADER.get(c, ())) for c in classes):
        overlap = 1
    if not overlap or (places and theirs and not agree) or _other_side(phrase, description):
        return 0
    if any_office and "police" in classes - held and held and _NAMED_BODY.search(description):
        # "the police spokesperson" is not the Ministry of Works and Transport's ("a spokeswoman for the command" may
        # be the police's)
        return 0
    if classes == {"chief"} and wanted and theirs and not agree and not wanted <= set(words_of(description)):
        return 0  # "the transport chief" is not the chief representative of JICA's office
    # "the housing minister" is the minister, not the former one (and "the former minister" the other way);
    # "the mayor" is not the deputy mayor.
    theirs_words, asked_words = _rank_words(_segment_holding(description, classes)), _rank_words(phrase)
    other_ranks = {word for word in _RANKS if (word in theirs_words) != (word in asked_words)}
    if any_office and not other_ranks.isdisjoint(_SECOND_OFFICES):
        return 0  # a reader's "vice-president" is not the president the article names, nor the other way
    # "the finance minister" is the Finance Minister, not the Minister of State for Finance
    ranked = len(other_ranks) + (
        ("minister of state" in description.lower()) != ("minister of state" in phrase.lower())
    )
    if overlap == 1:  # an office-holder asked for as "an official": no word of the office to share
        # "the head of Luxtram" is its chief executive before its former technical director
        return max(1, overlap + (2 if places and agree else 0) - 2 * ranked)
    # "the head of the Cyclades Port Fund": the fund's director before a shop's head, whom no body names
    unplaced = bool(places) and not theirs
    return overlap + (2 if places and agree else 0) + _shared_words(phrase, description) - 2 * ranked - unplaced


_PROSECUTION = re.compile(r"\bprosecut", re.IGNORECASE)
_DEFENCE = re.compile(r"\b(?:defen[cs]e|defending)\b", re.IGNORECASE)


def _other_side(phrase: str, description: str) -> bool:
    """Whether a description puts a lawyer on the other side of a case: "the prosecutor" is not defence counsel."""
    return any(
        bool(side.search(phrase)) and bool(other.search(description)) and not side.search(description)
        for side, other in ((_PROSECUTION, _DEFENCE), (_DEFENCE, _PROSECUTION))
    )


def place_held_by_others(phrase: str, person: Person, sentences: Iterable[str]) -> bool:
    """Whether a description's place is one the article gives others of that role, never this person: "the mayor
    of Zadar" is not the story's mayor, given no place, when it speaks of "the mayors of Zadar and Šibenik" (a
    plural: the others are not this one)."""
    places = {p for p in _places(phrase) if not _is_demonym(p)}
    heads = [w for w in words_of(phrase) if w in ROLE_WORDS or is_person_noun(w)]
    if not places or not heads or set().union(*(_places(d) for d in person.descriptions_or_role)):
        return False
    head = re.escape(heads[-1])
    for place in map(re.escape, places):
        given = re.compile(
            rf"\b{head}s\s+(?:of|for|in)\s+(?:the\s+)?(?:[\w-]+(?:,|\s+and|\s+or)\s+)*{place}\b",
            re.IGNORECASE,
        )
        if any(given.search(text) for text in sentences):
            return True
    return False


def placed_away(phrase: str, person: Person, near: Iterable[str]) -> bool:
    """Whether a description's place is nowhere near a person the article gives no place: "the mayor of Kimmirut"
    is not the story's mayor when Kimmirut is named only as another port of the ship, away from every paragraph
    that names him and from the story's opening ("KINNGAIT — …")."""
    places = {p for p in _places(phrase) if not _is_demonym(p)}
    if not places or set().union(*(_places(d) for d in person.descriptions_or_role)):
        return False
    return not any(places & set(words_of(text)) for text in near)


def places_fit(phrase: str, description: str) -> bool:
    """Whether two descriptions could be one person: no place in one that the other contradicts."""
    wanted, theirs = _places(phrase), _places(description)
    return not (wanted and theirs) or _places_agree(wanted, theirs)


@lru_cache(maxsize=4096)
def _places(text: str) -> frozenset[str]:
    """The places or organisations a description names: demonyms as countries, other proper words as written."""
    found = set(nationalities(text))
    for word in without_role_phrases(text).split():  # "Operating" of "Chief Operating Officer" is no place
        word = re.sub(r"['’]s$", "", word.strip(".,;:()")).strip("’'")  # "(JPUSA)": the body's acronym
        lowered = word.lower()
        if word[:1].isupper() and not is_role_word(word) and lowered not in NOT_NAMES and not nationalities(word):
            found.add(lowered)
    return frozenset(found)


def _other_portfolio(asked: Set[str], descriptions: Iterable[str]) -> bool:
    """Whether a person's titles name a portfolio, none of them the one asked for ("Finance" of "the Finance
    Minister" against "Lands, Agriculture and Water Minister")."""
    held = [set(words_of(d)) & _PORTFOLIO_WORDS for d in descriptions]
    return any(held) and not any(_places_agree(asked, h) for h in held if h)


def _places_agree(wanted: Set[str], theirs: Set[str]) -> bool:
    """Whether two sets of places share one ('Chilean' and 'Chile’s' agree), or one is the other's acronym
    ('SCA' and 'Suez Canal Authority')."""
    return (
        any(_same_stem(a, b) for a in wanted for b in theirs) or _initials(wanted, theirs) or _initials(theirs, wanted)
    )


_LONGEST_ACRONYM = 6  # letters of a body's acronym read against its name's initials ("SCA", "BNPB")


def _initials(acronyms: Set[str], words: Set[str]) -> bool:
    """Whether one of the words is an acronym of the others' initials ('sca': 'suez', 'canal', 'authority')."""
    initials = sorted(w[0] for w in words if w)
    return any(1 < len(a) <= _LONGEST_ACRONYM and sorted(a) == initials for a in acronyms)


def _same_stem(a: str, b: str) -> bool:
    """Whether two words are one name in two forms (Chile/Chilean, Veska/Veskan)."""
    a, b = fold_accents(a), fold_accents(b)  # a reader's "cafe" is the article's "café"
    shared = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return a == b or (shared >= 4 and shared >= 0.6 * min(len(a), len(b)))


# Letters no Unicode decomposition takes to a plain one, which readers type plain ("Yildiz", "Soren", "Lukasz").
_UNDECOMPOSED = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe"})


def fold_accents(text: str) -> str:
    """Lower-case text without accents ('Quilodrán' -> 'quilodran', 'Yıldız' -> 'yildiz')."""
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(_UNDECOMPOSED))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _alias_regex(aliases: dict[str, Person], flags: int = 0) -> re.Pattern[str] | None:
    """One pattern matching any alias as a whole word (longest first), possessive allowed."""
    if not aliases:
        return None
    names = "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True))
    # The class of first letters lets the regex engine skip most positions without trying every alias.
    firsts = "".join(sorted({re.escape(a[0]) for a in aliases}))
    return re.compile(rf"\b(?=[{firsts}])({names})(?:['’]s)?\b", flags)


def _shared_words(a: str, b: str) -> int:
    """How many words two descriptions share, ignoring articles; a title's short form as its words ("the CS"
    fits the Education CS no better than the Treasury Cabinet Secretary)."""
    # A trade's general name shared says no more than its class does: "the farmer" fits a grower as well (an
    # office's name still counts: "the minister" is the Minister, before the Minister of State)
    shared = {w for w in _ungendered(a) & _ungendered(b) if not _general_trade(w)}
    return len(shared - {"the", "a", "an", "of"})


def _general_trade(word: str) -> bool:
    """Whether a word is the general name of a trade, not an office ("farmer", not "minister")."""
    return is_trade_word(word) and ROLE_WORDS.get(word) == word and word not in _PUBLIC_OFFICES


_PUBLIC_OFFICES = frozenset({"official", *_BROADER["official"]})
_GENDERED_ROLE = re.compile(r"(?:wo)?man$|person$")


def _ungendered(description: str) -> set[str]:
    """A description's words, a role's gendered forms as one ("spokeswoman" and "spokesperson": "spokes")."""
    return {_GENDERED_ROLE.sub("", w) if w in ROLE_WORDS else w for w in spelled_words(description)}

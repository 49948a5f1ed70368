"""News near-synonyms: a reader's word swapped for the one the article uses.

A small, general list of words that news copy uses for the same thing (talks and
negotiations, lawmakers and legislators, a verdict and a ruling). A question's term
that the article never uses is replaced by a synonym the article does use, so the
passage's coverage of the question is measured in the article's own words; a term it
does use is still held by a passage with a synonym ("supposed to end" by "scheduled
to close"). Nothing here names a person, place or event of any one article.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache

from knowledge.lexicon import CAPITALS, NATIONALITIES
from knowledge.tokenize import tokenize

_GROUPS = (
    "lawmaker legislator mp parliamentarian congressman congresswoman",
    "talks negotiations discussions",
    "relations relationship ties",
    "differences disagreements disagree differ",
    "leader president premier",
    "cost price bill budget expense tag",  # "the price tag"
    "worth valued value valuation",
    "fail failed failure broke breakdown",
    "money cash funds funding finance",
    "company firm business corporation employer",
    "worker employee staff staffer job workforce",  # "cut 1,800 jobs" counts the employees laid off
    "police officers deputies cop cops policeman policemen",
    "protest demonstration rally march",
    "opposition resistance",  # "resistance to the project grew": "Opposition to the dam grew"
    "blockade block barricade",
    "protester demonstrator marcher",
    "agreement deal accord pact",
    "vote ballot poll",
    "ruling verdict judgment decision",
    "lawyer counsel attorney advocate",
    "strike walkout stoppage",
    "plant factory facility",
    "layoffs cuts redundancies",
    "salary pay wages shell fork",  # "shell out", "fork out"
    "shelter refuge",
    "rain rainfall",
    "ship vessel boat",
    "child kid children kids youngsters",
    "town city",
    "home house household",
    "begin start open launch",
    # Work that finishes ends or is completed; talks, a term or a road that end may close: "finish" is no "close"
    # (the car park closes while the work starts), "end" is both (a word's group is the last that lists it).
    "finish complete end conclude",
    "end close shut closure conclude",
    "km kilometre kilometer",  # units written short and in full
    "kg kilogram kilogramme kilo",
    "cm centimetre centimeter",
    "mm millimetre millimeter",
    "dead killed died kill",
    "injured wounded hurt",
    "buy purchase acquire",
    "boss chief head executive",
    "broadcaster station channel",
    "newspaper paper daily",
    "crowd turnout",
    "summit meeting conference",
    "detained arrested",
    "fall drop decline slide slump shrink",
    "rise increase climb jump",
    "revenue sales turnover",
    "profit earnings",
    "law legislation statute",
    "plan proposal scheme",
    "prison jail",
    "fine penalty",
    "estimate forecast projection",
    "fire blaze flames",
    "soldiers troops",
    "gun firearm weapon",
    "fan supporter",
    "ride trip journey",
    "move moved relocate relocation shift transfer",
    "ban prohibit prohibition outlaw",
    "hire recruit",
    "repair fix mend",
    "renovation refurbishment revamp upgrade reno",
    "contractor builder",
    "criticise criticize condemn slam",
    "warn caution",
    "fear worry concern",
    "postpone delay defer",
    "cancel scrap axe",
    "approve adopt endorse",
    "storm cyclone hurricane typhoon",
    "flood flooding inundation",
    "temporary interim provisional makeshift",
    "site location venue spot",
    "vendor seller trader hawker",
    "passenger traveller traveler commuter rider",
    "plane aircraft jet",
    "railway rail train",
    "port harbour harbor",
    "doctor physician medic",
    "car vehicle automobile",
    "road highway motorway",
    "resident local inhabitant",
    "seek request ask want",
    "people folk folks",
    "lorry truck",
    "pupil student schoolchildren",
    "proportion portion fraction slice",
    "tall high height",
    "big large huge",
    "tourist visitor holidaymaker",
    "lose loss lost forfeit",
    "help aid assist assistance",
    "often frequently regularly",
    "choose pick select",
    "debt owe arrears",
    "barrier barricade",
    "university université universidad universität universiteit universitet universitas",  # a name's own spelling
    "teach lecture lecturer professor",
    "annual yearly",
    "typical average usual normal",
    "elderly pensioner pensioners",
    "spend spending expenditure outlay",
    "shop store",
    "answer reply respond response",
    "resign quit",
    "sack dismiss",
    "sick ill illness",
    "small little tiny",
    "fast quick rapid",
    "rich wealthy",
    "farmer grower smallholder",
    "extra additional",
    "fish seafood",
    "loan borrow lend",
    "lava molten magma",
    "complaint complain grievance",
    "bus coach",
    "disappear vanish",
    "cooperative coop",
)


def country_terms(*, capitals: bool, one_word: bool) -> dict[str, tuple[str, ...]]:
    """Each country's forms as terms: "american", "america", "us_" (the article's "US"), with or without its
    capital ("beij"), and with or without the terms of names of two words ("south", "korea")."""
    forms: dict[str, list[str]] = {}
    for form, country in NATIONALITIES.items():
        if form in CAPITALS and not capitals:
            continue
        for written in (form, form.upper()):
            terms = tokenize(written)
            if len(terms) == 1 or not one_word:
                forms.setdefault(country, []).extend(terms)
    return {country: tuple(dict.fromkeys(terms)) for country, terms in forms.items()}


def _index() -> dict[str, tuple[str, ...]]:
    """Each stemmed word's group, stemmed: the news near-synonyms and each country's names."""
    groups = [tuple(dict.fromkeys(t for word in group.split() for t in tokenize(word))) for group in _GROUPS]
    index: dict[str, tuple[str, ...]] = {}
    # Capitals are left out: with them "fly out of China" would be a visit to Beijing.
    for stems in groups + list(country_terms(capitals=False, one_word=True).values()):
        for stem in stems:
            index[stem] = stems
    return index


SYNONYMS = _index()


def in_article_words(terms: list[str], vocabulary: Collection[str]) -> list[str]:
    """The terms, each one the article never uses replaced by a synonym it does use."""
    replaced = []
    for term in terms:
        if term not in vocabulary:
            term = next((s for s in SYNONYMS.get(term, ()) if s in vocabulary), term)
        replaced.append(term)
    return replaced


def synonyms_of(term: str) -> frozenset[str]:
    """A term and the terms news copy uses for the same thing."""
    return frozenset(SYNONYMS.get(term, (term,)))


# People a story may count as "people": "how many protesters?" is answered by "10,000 people had taken part".
_COUNTED_AS_PEOPLE = frozenset(
    tokenize(
        "residents passengers travellers travelers commuters fans voters tourists visitors patients students "
        "workers employees staff protesters demonstrators members volunteers spectators holidaymakers customers "
        "shoppers users subscribers delegates attendees participants evacuees migrants refugees villagers "
        "inhabitants citizens victims"
    )
)
_PEOPLE = frozenset(tokenize("people persons"))


def counted_forms(term: str) -> frozenset[str]:
    """What a count of a term may be given in: its synonyms, and "people" for a kind of people."""
    forms = synonyms_of(term)
    return forms | _PEOPLE if not forms.isdisjoint(_COUNTED_AS_PEOPLE) else forms


# The endings that make a verb's doer or deed ("voter", "protester", "payment") or a role ("chairman").
_DOER_ENDINGS = ("er", "or", "ist", "ag", "ment", "ement", "man", "woman", "person")


@lru_cache(maxsize=8192)
def agent_forms(term: str) -> frozenset[str]:
    """A verb's doer and a doer's verb, as terms: 'vote' and 'voter', 'protest' and 'protester'; an -ism's
    -ist and -istic: 'optim' (optimism) and 'optimist' (optimistic); the deed as a noun the stemmer leaves
    whole: 'pass' and 'passag' (passage), 'pay' and 'payment', 'agre' and 'agreement'; a verb in -d and its
    noun in -sion: 'invad' and 'invas'; a role in -man: 'chair' and 'chairman'."""
    forms = {term + ending for ending in (*_DOER_ENDINGS, "r")}
    if term.endswith("e"):
        forms.add(term[:-1] + "ag")  # "store": "storage"
    if term.endswith("d") and len(term) >= 5:
        forms.add(term[:-1] + "s")  # "invade": "invasion", "decide": "decision", "expand": "expansion"
    if term.endswith(("as", "is", "us")) and len(term) >= 5:
        forms.add(term[:-1] + "d")  # and back
    for ending in _DOER_ENDINGS:
        if term.endswith(ending) and len(term) > len(ending) + 2:
            forms |= {term[: -len(ending)], term[: -len(ending)] + "e"}
    return frozenset(forms)

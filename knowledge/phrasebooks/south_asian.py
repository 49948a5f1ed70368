"""Phrasebooks of South Asia: Hindi or Urdu, Bengali and Tamil (Tanglish) typed in Latin letters."""

from __future__ import annotations

import re
from functools import cache

from knowledge.phrasebooks.shapes import (
    _AFTER_THE_QUESTION,
    _ANSWER_WORDS,
    _COUNTRY_BEFORE_TITLE,
    _IN_ENGLISH_AT_LAST,
    _THE_THE,
    _how_long,
    _Shapes,
    _with_the,
    _word_for_word,
)


# How readers ask in Hindi or Urdu typed in Latin letters: "khattak ne kya kaha", "Xi ne Blinken se kya kaha",
# "kisne kaha ki …" (who said that …). Read only when such a question's words are there.
@cache
def _hindustani() -> _Shapes:
    return (
        (
            re.compile(
                r"^(?P<who>.+?)(?:\s+(?:sahab|saheb|sahib|ji))?\s+ne\s+(?:.+?\s+)?(?:kya|kyaa|kia)\s+"
                r"(?:kaha|kahaa|kahi|bola|boli|bole|likha)\b.*$",
                re.I,
            ),
            r"what did \g<who> say",
        ),
        (
            re.compile(r"^kis(?:ne|nay)\s+(?:kaha|bola|likha)\s+(?:ki\s+|that\s+)?(?P<said>.+)$", re.I),
            r"who said \g<said>",
        ),
    )


# Its small words: "misunderstandings aur miscalculations se bachna …" (and, from, of, is …).
_HINDUSTANI_ENGLISH = {"aur": "and", "mein": "in", "ya": "or", "bhi": "also"}
_HINDUSTANI_PARTICLE = re.compile(r"\b(?:aur|mein|ya|bhi|se|ki|ka|ke|ko|hai|hain|tha|thi|hui|hua|zaroori)\b", re.I)
_HINDUSTANI_WORDS = re.compile(r"\b(?:kya|kyaa|kia|kisne|kisnay)\b", re.IGNORECASE)


# How readers ask in Bengali: "Xi Taiwan niye ki bolechhe?" (what did Xi say about Taiwan), "ke bolechhe …" (who
# said …), "human rights niye kono kotha achhe?" (is there anything about human rights).
@cache
def _bangla() -> _Shapes:
    return (
        (re.compile(r"^ke\s+(?:bolechhe|bolechen|bollo|boleche)\s+(?:je\s+)?", re.I), "who said "),
        (
            re.compile(
                r"^(?P<topic>.+?)\s+niye\s+(?:kono\s+)?(?:kotha|kichhu|kichu)\s+(?:achhe|ache|bola\s+hoyechhe).*$", re.I
            ),
            r"was \g<topic> mentioned",
        ),
        (
            re.compile(
                r"^(?P<who>\S+(?:\s+\S+)??)\s+(?P<topic>.+?)\s+niye\s+ki\s+(?:bolechhe|bolechen|bollo|boleche)(?P<rest>.*)$",
                re.I,
            ),
            r"what did \g<who> say about \g<topic>\g<rest>",
        ),
        (
            re.compile(r"^(?P<who>.+?)\s+ki\s+(?:bolechhe|bolechen|bollo|boleche)(?P<rest>.*)$", re.I),
            r"what did \g<who> say\g<rest>",
        ),
        (re.compile(r"\s+er\s+por\b", re.I), " after"),
    )


_BANGLA_WORDS = re.compile(r"\b(?:bolechhe|bolechen|bollo|boleche|niye)\b", re.I)


# How Chennai readers ask in Tanglish, Tamil typed in Latin letters with English words: "Xi Taiwan pathi enna
# sonnaru?" (what did Xi say about Taiwan), "Blinken Beijing la yaara meet pannaru?" (whom did Blinken meet in
# Beijing), "meeting evlo neram nadanthuchu?" (how long did the meeting last), "partners ah irukanum nu yaaru
# sonnaanga?" (who said they should be partners). Tamil puts its verb last and its small words after the noun
# ("Taiwan pathi": about Taiwan, "Beijing la": in Beijing, "Blinken kitta": to Blinken, "… nu": that …), and makes an
# English verb its own with "pannu" ("meet pannaru": met). Read before Hawai'i Pidgin, whose "da" is Tamil's call to
# a friend ("enna da").
_TAMIL_SAID = r"(?:sonn\w*|chonn\w*|solli\w*|sollirukk?\w*|solr\w*|pesin\w*|pesun\w*)"
_TAMIL_WHO = r"(?:yaaru|yaru|yaar|yar|yaarellam|yaar\s+ellam)"
_TAMIL_WHOM = r"(?:yaara|yarai|yaarai|yara|yaaraiyum|yaar\s*(?:kooda|oda|udan)|yaaroda|yaarudan|yarooda)"
_TAMIL_WHAT = r"(?:enna|ena|ennaa|ennanu|enna\s+ellam|ennalam)"
_TAMIL_HOW_MUCH = r"(?:evlo|evvalavu|evalo|evalavu|ehvalavu|evvalo|yevlo|ethana|ethanai|eththanai)"
_TAMIL_ABOUT = r"(?:pathi|patthi|paththi|pathhi|patri|pattri)"
_TAMIL_DID = (
    r"(?:pann(?:aru|aar|ar|aaru|anga|aanga|inaru|inaar|unaru|unaaru|inanga|inaanga|unanga|unaanga|irukaaru|irukaanga"
    r"|iruk?kar|uchu|inaan|inaal|ina|una)|senj\w*|seiy?thaar\w*)"
)
_TAMIL_MET = rf"(?:meet\s+{_TAMIL_DID}|santhich\w*|sandhich\w*|santhith\w*|paath\w*)"
_TAMIL_LASTED = r"(?:nadanth\w*|nadandh\w*|pochu|ponuchu|poachu|irunth\w*|irundh\w*|eduth\w*|last\s+aach\w*|neend\w*)"
_TAMIL_HAPPENED = r"(?:nadanth\w*|nadandh\w*|nadakkuthu|nadakudhu|aachu|aanadhu|aanathu)"
_TAMIL_TOPIC = (
    r"(?-i:[a-z][\w'-]*(?:\s+[a-z][\w'-]*)*|(?:South|North|East|West|United|New|Great|Middle|Hong|Human)"
    r"(?:\s+[A-Z][\w-]*)+|\S+)"
)  # "Taiwan", "human rights", "South China Sea": a topic of one name, or of words in lower case
# The one a small word follows: "Blinken kitta" (to Blinken), "Wang Yi kooda" (with Wang Yi); a name before it is
# someone else's unless the last is as short as a Chinese given name ("Wang Yi Blinken kitta": Wang Yi, to Blinken)
_TAMIL_NAME = r"(?-i:[A-Z][\w-]*\s+[A-Z][a-z]{1,2}|[A-Z][\w-]*)"
_TAMIL_ASKED = {"eppo": "when", "eppothu": "when", "eppodhu": "when", "enga": "where", "engey": "where",
                "engae": "where", "enge": "where"}  # fmt: skip
_TAMIL_ASKING = "(?P<asked>" + "|".join(_TAMIL_ASKED) + ")"
_TAMIL_ENGLISH = {
    "pathi|patthi|paththi|pathhi|patri|pattri": "about", "kitta|kita|kitte": "to", "kooda|oda|udan": "with",
    "ellam|ellaam|ella": "all", "apram|appuram|aprom|piragu": "after", "munnadi|munnaadi": "before",
    "pothu|podhu": "during", "mattum": "only", "illa|illai": "not", "irukanum|irukkanum|irukka\\s+venum": "should be",
    "sonnaru|sonnar|sonnaanga|sonnanga|sonnaga|sonnadhu|sonnathu": "said", "nadanthuchu|nadandhuchu": "happened",
    "ponaaru|ponanga|ponaanga|ponar": "went", "vanthaaru|vandhaaru|vanthanga|vandhaanga": "came",
    "mani\\s+neram": "hours", "neram": "time", "rendu|irandu": "two", "moonu|moondru": "three",
    "naadu|naadugal": "countries", "avanga|avargal|ivanga": "they", "avaru|avar|ivaru": "he",
    "(?:ah|aa|ya|la|nu|da|pa)(?=\\s|$)": "",
}  # fmt: skip


def _tamil_asked(match: re.Match[str]) -> str:
    """ "Xi um Blinken um eppo meet pannanga": when did Xi and Blinken meet (where, for "enga")."""
    who = match.groupdict().get("who") or "they"
    whom = match.groupdict().get("whom")
    return f"{_TAMIL_ASKED[match.group('asked').lower()]} did {who} meet" + (f" {whom}" if whom else "")


_TAMIL_THEY_DID = re.compile(r"pann(?:anga|aanga|inanga|inaanga|unanga|unaanga|irukaanga)", re.I)
_PAST_PARTICIPLES = {
    "write": "written", "hold": "held", "meet": "met", "say": "said", "take": "taken", "give": "given", "make": "made",
    "tell": "told", "send": "sent", "put": "put", "set": "set", "cut": "cut", "do": "done", "see": "seen",
}  # fmt: skip


def _tamil_asked_done(match: re.Match[str]) -> str:
    """ "article eppo update pannanga" (when did they update it): when was the article updated; by a name, active."""
    asked, what, verb = _TAMIL_ASKED[match.group("asked").lower()], match.group("what"), match.group("verb").lower()
    if _TAMIL_THEY_DID.fullmatch(match.group("did")) and not what[:1].isupper():
        last = re.match(r"(?P<what>.+?)\s+(?P<last>last|first|recently)$", what)
        done = _PAST_PARTICIPLES.get(verb) or (f"{verb}d" if verb.endswith("e") else f"{verb}ed")
        if last:
            return f"{asked} was {_with_the(last.group('what'))} {last.group('last')} {done}"
        return f"{asked} was {_with_the(what)} {done}"
    return f"{asked} did {_with_the(what)} {verb}"


# Tamil verbs a why is asked of, by how they begin: "ponaaru" (went), "vanthaaru" (came), "pesinaaru" (talked)
_TAMIL_VERBS = (
    ("pon", "go"), ("poan", "go"), ("vanth", "come"), ("vandh", "come"), ("sonn", "say"), ("chonn", "say"),
    ("solli", "say"), ("pesi", "talk"), ("pesu", "talk"), ("santhi", "meet"), ("sandhi", "meet"), ("ezhuth", "write"),
    ("eluth", "write"),
)  # fmt: skip


def _tamil_why(match: re.Match[str]) -> str:
    """ "Blinken yen Beijing ku ponaaru": why did Blinken go to Beijing; "Xi yen warn pannaru": why did Xi warn."""
    verb = match.group("verb").lower()
    english = next((english for tamil, english in _TAMIL_VERBS if verb.startswith(tamil)), verb)
    return f"why did {match.group('who')} {english} {match.group('rest')}"


@cache
def _tanglish() -> _Shapes:
    return (
        _AFTER_THE_QUESTION,
        (
            re.compile(
                r"\b(?:endha|entha|edhu|ethu|enda)\s+(?:place|idam|idathula|edathula|idathil|oor|ooru|city|location|country)"
                r"(?:\s+(?:la|le|il))?\b",
                re.I,
            ),
            "enga",
        ),
        (
            re.compile(r"\b(?:endha|entha)\s+(?:naal|day|date|time|neram|month|year)(?:\s+(?:la|le|il))?\b", re.I),
            "eppo",
        ),
        (re.compile(r"\b(?:andha|antha|anda)\b(?=\s+\w)", re.I), "the"),
        (re.compile(r"\b(?:indha|intha|inda)\b(?=\s+\w)", re.I), "this"),
        (re.compile(r"\b(?P<one>\S+)\s+(?:um|and)\s+(?P<other>\S+)\s+um\b", re.I), r"\g<one> and \g<other>"),
        (re.compile(r"\b(?P<one>\S+?)-?um\s+(?P<other>\S+?)-?um\b", re.I), r"\g<one> and \g<other>"),
        # "Beijing la" (in Beijing), "article la" (in the article), "Blinken kitta" (to Blinken), "Beijing ku" (to)
        (re.compile(r"\b(?P<place>(?-i:[A-Z])[\w-]*)\s+(?:la|le|il|ile|ula|lla)\b", re.I), r"in \g<place>"),
        (
            re.compile(
                r"\b(?:the\s+)?(?P<thing>article|news|story|report|meeting|talks|speech)\s+(?:la|le|il|ula)\b", re.I
            ),
            r"in the \g<thing>",
        ),
        (re.compile(rf"\b(?P<whom>{_TAMIL_NAME})\s+(?:kitta|kita|kitte|ku|kku|ukku)\b", re.I), r"to \g<whom>"),
        (re.compile(rf"\b(?P<whom>{_TAMIL_NAME})\s+(?:kooda|oda|udan)\b", re.I), r"with \g<whom>"),
        (
            re.compile(
                r"\b(?P<what>\S+)\s+(?:ah|aa|a|aaga|aga|ahh)?\s*(?:irukanum|irukkanum|irukka\s+venum|irukkavendum)\b",
                re.I,
            ),
            r"they should be \g<what>",
        ),
        (re.compile(r"(?<=\w)\s+(?:ah|aa)(?=\s)", re.I), ""),  # "last ah": the particle that marks what is asked
        (
            re.compile(
                rf"^(?P<said>.+?)\s+(?:nu|nnu|endru|apdinu|appadinu|apdi)\s+{_TAMIL_WHO}\s+{_TAMIL_SAID}{_ANSWER_WORDS}",
                re.I,
            ),
            r"who said \g<said>\g<rest>",
        ),
        (
            re.compile(rf"^{_TAMIL_WHO}\s+{_TAMIL_SAID}\s+(?P<said>.+?)(?:\s+(?:nu|nnu|endru|apdinu))?$", re.I),
            r"who said \g<said>",
        ),
        (
            re.compile(
                rf"^(?:(?:the|this)\s+)?(?:article|news|story|report)\s+(?:ah\s+|a\s+|ai\s+)?{_TAMIL_WHO}\s+"
                rf"(?:ezhuth\w*|eluth\w*|ezhudh\w*|write\s+{_TAMIL_DID})$",
                re.I,
            ),
            "who wrote the article",
        ),
        (
            re.compile(
                rf"^{_TAMIL_WHO}\s+(?:(?:the|this)\s+)?(?:article|news|story)\s+(?:ah\s+|a\s+)?"
                rf"(?:ezhuth\w*|eluth\w*|write\s+{_TAMIL_DID})$",
                re.I,
            ),
            "who wrote the article",
        ),
        (
            re.compile(
                rf"^(?P<who>.+?)\s+(?P<topic>{_TAMIL_TOPIC})\s+{_TAMIL_ABOUT}\s+{_TAMIL_WHAT}\s+{_TAMIL_SAID}{_ANSWER_WORDS}",
                re.I,
            ),
            r"what did \g<who> say about \g<topic>\g<rest>",
        ),
        (
            re.compile(
                rf"^(?P<topic>.+?)\s+{_TAMIL_ABOUT}\s+(?P<who>.+?)\s+{_TAMIL_WHAT}\s+{_TAMIL_SAID}{_ANSWER_WORDS}", re.I
            ),
            r"what did \g<who> say about \g<topic>\g<rest>",
        ),
        (
            re.compile(rf"^(?P<who>.+?)\s+{_TAMIL_WHAT}\s+{_TAMIL_SAID}\s+(?P<topic>.+?)\s+{_TAMIL_ABOUT}$", re.I),
            r"what did \g<who> say about \g<topic>",
        ),
        (
            re.compile(rf"^(?P<who>.+?)\s+to\s+(?P<whom>\S+)\s+{_TAMIL_WHAT}\s+{_TAMIL_SAID}{_ANSWER_WORDS}", re.I),
            r"what did \g<who> say to \g<whom>\g<rest>",
        ),
        (
            re.compile(rf"^(?P<who>.+?)\s+{_TAMIL_WHAT}\s+{_TAMIL_SAID}\s+to\s+(?P<whom>\S+)$", re.I),
            r"what did \g<who> say to \g<whom>",
        ),
        (
            re.compile(
                r"\b(?P<what>(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?)\s+(?:eppadi|epdi)\s+(?:irunth\w*|irundh\w*|iruk\w*|pochu|ponuchu)\b",
                re.I,
            ),
            lambda match: f"how was {_with_the(match.group('what'))}",
        ),  # "discussion eppadi irunthuchu": how was the discussion
        # "… nu article la enna solliruku": what the article says about it
        (
            re.compile(
                rf"^(?P<topic>.+?)\s+(?:nu|pathi)\s+(?:in\s+)?the\s+(?:article|news|story)\s+{_TAMIL_WHAT}\s+{_TAMIL_SAID}"
                rf"{_ANSWER_WORDS}",
                re.I,
            ),
            r"what does the article say about \g<topic>\g<rest>",
        ),
        (
            re.compile(rf"^(?P<who>.+?)\s+{_TAMIL_WHAT}\s+{_TAMIL_SAID}{_ANSWER_WORDS}", re.I),
            r"what did \g<who> say\g<rest>",
        ),
        (re.compile(rf"^{_TAMIL_WHAT}\s+{_TAMIL_SAID}\s+(?P<who>.+)$", re.I), r"what did \g<who> say"),
        (re.compile(rf"^(?P<who>.+?)\s+(?:sonnadhu|sonnathu|sonnadu)\s+{_TAMIL_WHAT}$", re.I), r"what did \g<who> say"),
        (
            re.compile(
                rf"^(?P<who>.+?)(?P<where>\s+in\s+.+?)?\s+{_TAMIL_WHOM}(?:\s+{_TAMIL_WHOM})?\s+{_TAMIL_MET}\b(?P<rest>.*)$",
                re.I,
            ),
            r"who did \g<who> meet\g<where>\g<rest>",
        ),
        (
            re.compile(
                rf"^{_TAMIL_WHO}\s+(?P<whom>.+?)\s+(?:ah\s+|aa\s+|a\s+|ai\s+|ya\s+)?{_TAMIL_MET}(?P<rest>.*)$", re.I
            ),
            r"who met \g<whom>\g<rest>",
        ),
        (
            re.compile(
                rf"^(?P<whom>.+?)\s+(?:ah\s+|aa\s+|a\s+|ai\s+|ya\s+)?{_TAMIL_WHO}\s+{_TAMIL_MET}(?P<rest>.*)$", re.I
            ),
            r"who met \g<whom>\g<rest>",
        ),
        (
            re.compile(
                rf"^(?P<what>.+?)\s+{_TAMIL_HOW_MUCH}\s+(?P<hours>mani\s+neram|mani|hours?|manineram)\s+{_TAMIL_LASTED}$",
                re.I,
            ),
            _how_long,
        ),
        (
            re.compile(
                rf"^(?P<what>.+?)\s+{_TAMIL_HOW_MUCH}\s+(?:neram|nearam|neeram|naeram|time|nerama)\s+{_TAMIL_LASTED}$",
                re.I,
            ),
            _how_long,
        ),
        (
            re.compile(rf"^{_TAMIL_HOW_MUCH}\s+(?:neram|nearam|time)\s+(?P<what>.+?)\s+{_TAMIL_LASTED}$", re.I),
            _how_long,
        ),
        (
            re.compile(
                rf"^(?P<who>.+?)\s+(?P<with>with\s+.+?\s+)?{_TAMIL_HOW_MUCH}\s+(?:neram|time)\s+"
                rf"(?:pesin\w*|pesun\w*|(?:talk|meet|discuss)\s+{_TAMIL_DID})$",
                re.I,
            ),
            lambda match: (
                f"how long did {match.group('who')} talk"
                + (f" {match.group('with').strip()}" if match.group("with") else "")
            ),
        ),
        (re.compile(rf"^(?P<who>.+?)\s+with\s+(?P<whom>\S+)\s+{_TAMIL_ASKING}\s+{_TAMIL_MET}$", re.I), _tamil_asked),
        (re.compile(rf"^(?P<who>.+?)\s+{_TAMIL_ASKING}\s+{_TAMIL_MET}$", re.I), _tamil_asked),
        (re.compile(rf"^{_TAMIL_ASKING}\s+{_TAMIL_MET}$", re.I), _tamil_asked),
        (
            re.compile(rf"^(?P<what>.+?)\s+(?P<asked>eppo\w*|eng\w*)\s+{_TAMIL_HAPPENED}$", re.I),
            lambda match: (
                f"{_TAMIL_ASKED.get(match.group('asked').lower(), 'where')} did "
                f"{_with_the(match.group('what'))} take place"
            ),
        ),
        (
            re.compile(rf"^(?P<what>.+?)\s+{_TAMIL_ASKING}\s+(?P<verb>[a-z]+)\s+(?P<did>{_TAMIL_DID})$", re.I),
            _tamil_asked_done,
        ),
        (
            re.compile(rf"^(?P<who>.+?)\s+{_TAMIL_HOW_MUCH}\s+(?P<thing>\S+)\s+(?P<verb>[a-z]+)\s+{_TAMIL_DID}$", re.I),
            r"how many \g<thing> did \g<who> \g<verb>",
        ),
        (
            re.compile(rf"^{_TAMIL_HOW_MUCH}\s+(?P<thing>\S+)\s+(?P<who>.+?)\s+(?P<verb>[a-z]+)\s+{_TAMIL_DID}$", re.I),
            r"how many \g<thing> did \g<who> \g<verb>",
        ),
        (
            re.compile(
                rf"^(?P<what>.+?)\s+(?:price\s+|vilai\s+|cost\s+)?{_TAMIL_HOW_MUCH}(?:\s+(?:rupees|rs|aagum|aaguthu))?$",
                re.I,
            ),
            lambda match: f"how much is {_with_the(match.group('what'))}",
        ),
        (
            re.compile(
                r"^(?P<what>.+?)\s+(?:ethai|edhai|ethu|edhu|enna|ennatha|ethu\s+patri)\s+"
                rf"{_TAMIL_ABOUT}(?:\s+(?:irukku|iruku|pesuthu|pesudhu|solluthu|solludhu))?$",
                re.I,
            ),
            lambda match: f"what is {_with_the(match.group('what'))} about",
        ),
        (
            re.compile(
                rf"^(?P<what>.+?)\s+(?:{_TAMIL_ABOUT}\s+)?(?:in\s+the\s+article\s+)?mention(?:ed)?\s+"
                r"(?:aachaa|aacha|aagirukka|aagiruka|aagi\s+irukka|irukka|irukaa|pannirukaangalaa|pannangala"
                r"|pannaangalaa|pannirukaanga|aayirukka|aayiruka|aaguthaa|panniyirukkaanga)\b.*$",
                re.I,
            ),
            r"was \g<what> mentioned",
        ),
        (
            re.compile(rf"^(?P<where>.+?)\s+{_TAMIL_WHAT}\s+{_TAMIL_HAPPENED}$", re.I),
            r"what happened \g<where>",
        ),
        (re.compile(rf"^{_TAMIL_WHAT}\s+{_TAMIL_HAPPENED}\b", re.I), "what happened"),
        (re.compile(rf"^(?P<who>.+?)\s+(?:na\s+|naa\s+|nu\s+)?{_TAMIL_WHO}$", re.I), r"who is \g<who>"),
        (re.compile(r"^(?:yaaru|yaru)\s+(?:the\s+)?(?P<who>.+)$", re.I), r"who is \g<who>"),
        (
            re.compile(
                r"^(?P<who>.+?)\s+(?:yen|een|ean|edhukku|ethukku|edhuku|ethuku)\s+(?P<rest>.+?)\s+(?P<verb>\w+)"
                rf"(?:\s+{_TAMIL_DID})?$",
                re.I,
            ),
            _tamil_why,
        ),
        (re.compile(r"^(?:yen|een|edhukku|ethukku)\s+", re.I), "why "),
        (
            re.compile(
                r"^(?!(?:what|who|how|when|where|why|which)\b)(?P<who>.+?)\s+(?:eppadi|epdi|eppidi)\s+(?P<rest>.+)$",
                re.I,
            ),
            r"how did \g<who> \g<rest>",
        ),
        (
            re.compile(rf"^(?P<what>.+?)\s+{_TAMIL_ASKING}$", re.I),
            lambda match: f"{_TAMIL_ASKED[match.group('asked').lower()]} is {match.group('what')}",
        ),
        (re.compile(rf"\b(?P<verb>[a-z]+)\s+{_TAMIL_DID}", re.I), r"\g<verb>"),
        *_word_for_word(_TAMIL_ENGLISH),
        (re.compile(r"\s{2,}"), " "),
        _THE_THE,
        _COUNTRY_BEFORE_TITLE,
        *_IN_ENGLISH_AT_LAST,
    )


_TANGLISH_WORDS = re.compile(
    r"\b(?:sonn[a-z]+|chonn[a-z]+|solli[a-z]+|yaaru|yaru|yaara|yaarai|yarai|evlo|evvalavu|ethana|ethanai|eppo|enga"
    r"|pathi|paththi|patthi|nadanth\w+|nadandh\w+|irunth\w+|irukanum|irukkanum|ezhuth\w+|eluth\w+|santhich\w+"
    r"|mention\s+aach\w+|eppadi|epdi|enna\s+(?:ellam\s+)?(?:sonn|solli|nadan|aach)\w*|ponaaru|ponaanga|ponanga"
    r"|vanthaaru|vandhaaru|pesinaaru|pesinaanga|edhukku|ethukku"
    rf"|{_TAMIL_DID})\b",
    re.I,
)

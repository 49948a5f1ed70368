"""Phrasebooks of South Asia: Hindi or Urdu, Bengali, Tamil (Tanglish), Punjabi, Nepali, Sinhala (Singlish), Pashto,
Malayalam, Telugu and Kannada typed in Latin letters, and Marathi in Devanagari or in Latin letters."""

from __future__ import annotations

import re
from functools import cache

from knowledge.phrasebooks.shapes import (
    _ANSWER_WORDS,
    _TWO_WORD_NAME,
    _according_to_last,
    _after_the_question,
    _country_before_title,
    _how_long,
    _in_english_at_last,
    _lazy_pattern,
    _past_participle,
    _past_tense,
    _Shapes,
    _the_the,
    _with_the,
    _word_for_word,
)
from knowledge.phrasebooks.verb_last import _postposed, _verb_last, _VerbLast, _which_postposed


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
_HINDUSTANI_PARTICLE = _lazy_pattern(r"\b(?:aur|mein|ya|bhi|se|ki|ka|ke|ko|hai|hain|tha|thi|hui|hua|zaroori)\b", re.I)
_HINDUSTANI_WORDS = _lazy_pattern(r"\b(?:kya|kyaa|kia|kisne|kisnay)\b", re.IGNORECASE)


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


_BANGLA_WORDS = _lazy_pattern(r"\b(?:bolechhe|bolechen|bollo|boleche|niye)\b", re.I)


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


_TAMIL_THEY_DID = _lazy_pattern(r"pann(?:anga|aanga|inanga|inaanga|unanga|unaanga|irukaanga)", re.I)


def _tamil_asked_done(match: re.Match[str]) -> str:
    """ "article eppo update pannanga" (when did they update it): when was the article updated; by a name, active."""
    asked, what, verb = _TAMIL_ASKED[match.group("asked").lower()], match.group("what"), match.group("verb").lower()
    if _TAMIL_THEY_DID().fullmatch(match.group("did")) and not what[:1].isupper():
        last = re.match(r"(?P<what>.+?)\s+(?P<last>last|first|recently)$", what)
        done = _past_participle(verb)
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
        _after_the_question(),
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
        _the_the(),
        _country_before_title(),
        *_in_english_at_last(),
    )


_TANGLISH_WORDS = _lazy_pattern(
    r"\b(?:sonn[a-z]+|chonn[a-z]+|solli[a-z]+|yaaru|yaru|yaara|yaarai|yarai|evlo|evvalavu|ethana|ethanai|eppo|enga"
    r"|pathi|paththi|patthi|nadanth\w+|nadandh\w+|irunth\w+|irukanum|irukkanum|ezhuth\w+|eluth\w+|santhich\w+"
    r"|mention\s+aach\w+|eppadi|epdi|enna\s+(?:ellam\s+)?(?:sonn|solli|nadan|aach)\w*|ponaaru|ponaanga|ponanga"
    r"|vanthaaru|vandhaaru|pesinaaru|pesinaanga|edhukku|ethukku"
    rf"|{_TAMIL_DID})\b",
    re.I,
)


# How readers ask in Punjabi typed in Latin letters, with English words: "Xi ne Taiwan bare ki keha?" (what did Xi say
# about Taiwan), "Blinken Beijing vich kinnu milya?" (whom did Blinken meet in Beijing), "meeting kinni der chali?"
# (how long did the meeting last), "kinne keha ki ohna nu partners hona chahida?" (who said they should be
# partners). Punjabi puts its verb last and its small words after the noun ("Beijing vich": in Beijing, "Blinken nu":
# to Blinken, "Taiwan bare": about Taiwan), as Nepali does, and the two books share their shapes (verb_last.py). Its
# words are Hindi's and Urdu's at times ("ne", "ki", "kaun"), which the Hindustani book reads first; this one is read
# when a question holds a word of Punjabi's own ("keha", "kinne", "vich", "milya", "chahida"), or a shape Hindi asks
# alike ("Wang Yi kaun hai?": who is Wang Yi); before texting's shorthand is spelled out and before Hawai'i Pidgin,
# whose "da" (the) is Punjabi's "of" ("deshan da zikar": the countries' mention). What someone was told to do ("Wang
# Yi ne Blinken nu ki karan layi keha": what did Wang Yi tell Blinken to do), a "jehde …" that names what an "oh
# kehde …" asks about ("leaders ne jehde mudde te sehmati kiti, oh kehde summit vich?": which summit were the issues
# agreed at) and a question word before a noun and its postposition ("kehde shehar vich": in which city) are read too.
_PUNJABI_NAMES = {
    "(?-i:Cheen|Chin)(?=\\s+(?:da|di|de|ne|nu|vich|ton|te|naal)\\b)|(?-i:Cheen)": "China",
    "(?-i:Amreeka|Amrika|Amerika)": "America", "(?-i:Cheeni)": "Chinese", "(?-i:Amreeki|Amriki|Amrikan)": "American",
    "(?-i:Roos)": "Russia",
}  # fmt: skip
_PUNJABI_THINGS = {
    "videsh\\s+mantri|bidesh\\s+mantri": "foreign minister", "rashtarpati|rashtrapati|raashtarpati": "president",
    "pardhan\\s+mantri|pradhan\\s+mantri": "prime minister", "mantri": "minister", "neta|aagu": "leader",
    "bulara": "spokesperson", "adhikari|afsar": "official", "patarkar|patrakar": "journalist",
    "mulakat|mulaqat|mulaakat|baithak": "meeting", "gallbaat|gal\\s*baat|gall\\s*baat": "talks",
    "ghante|ghanteyan": "hours", "siddhant|usool|asool": "principles", "rishte|sambandh": "relations",
    "(?:eh|ih)(?=\\s+(?:article|lekh|khabar|meeting|talks|story|rishta|rishte|mudda|mudde|masla|masle))": "this",
    "lekh|khabar": "article",
    "desh|deshan|deshaan|mulk|mulkan": "countries", "rishta|rishtaa": "relationship",
    "tarakki|taraqqi|tarakkee|vikas": "progress", "soch": "view", "saal|sal": "year", "mahine|mahina": "month",
    "din": "day", "shehar|shahar": "city", "sammelan": "summit", "mudde|masle": "issues", "mudda|masla": "issue",
}  # fmt: skip
# What a Punjabi reader asks someone was told to do: "Wang Yi ne Blinken nu … karan layi keha" (told Blinken to do …)
_PUNJABI_TO_DO = {
    "rakhan": "have", "karan": "do", "dekhan": "look at", "sochan": "think", "banan": "be", "rehan": "stay",
    "hon": "be", "lain": "take", "den": "give", "jaan": "go", "aun": "come", "milan": "meet", "gal\\s+karan": "talk",
}  # fmt: skip
_PUNJABI_POSTPOSITIONS = {
    "(?:(?:de|da|di)\\s+)?(?:baare|bare|barey|baarey)(?:\\s+(?:vich|ch))?": "about", "(?:vich|wich|ch)": "in",
    "(?:nu|nuu|noo)": "to", "(?:naal|nal)": "with", "(?:ton|toh)\\s+(?:baad|bad)": "after",
    "(?:ton|toh)\\s+(?:pehlan|pehla|pehle)": "before", "(?:de|di)\\s+(?:dauraan|dauran)": "during",
    "(?:ton|toh)": "from",
}  # fmt: skip
_PUNJABI_SAID = (
    r"(?:keha|kiha|kaha|akhya|akheya|aakhya|boleya|bolya|bolia|kehnda|kehndi|kehnde)(?:\s+(?:si|see|hai|ae))?"
)
_PUNJABI_WHO_DID = r"(?:kinne|kihne|kisne|kis\s+ne|kaun\s+ne)"
_PUNJABI = _VerbLast(
    by=r"\s+ne",
    about=r"(?P<topic>.+?)\s+(?:(?:de|da|di)\s+)?(?:baare|bare|barey|baarey)(?:\s+(?:vich|ch))?",
    what=r"(?:ki|kee)",
    said=_PUNJABI_SAID,
    who_said=rf"{_PUNJABI_WHO_DID}\s+{_PUNJABI_SAID}",
    that=r"(?:eh|ih)",
    who_said_that=rf"{_PUNJABI_WHO_DID}\s+{_PUNJABI_SAID}(?:\s+(?:ki|k|that))?",
    whom=r"(?:kinnu|kihnu|kisnu|(?:kis\s+)?kis\s+nu|kinhan\s+nu|kis\s+naal|kihde\s+naal|kinna\s+nu)",
    who=r"(?:kaun|kon|kehda|kihda)",
    met=r"(?:milya|mileya|milia|miliya|mile|milye|milea|milde)(?:\s+(?:si|see|san))?",
    how_long=r"(?:kinni|kinna|kinne|kini)\s+(?:der|chir|time|samaa|sama|vaqt|waqt)",
    how_many_hours=r"(?:kinne|kine)\s+(?:hours|ghante)",
    lasted=r"(?:chali|chalia|chaleya|chaliya|chalya|chaleyi|rahi|rahiya|reha|laggi|lagya|laggeya)(?:\s+(?:si|see))?",
    when=r"(?:kado|kadon|kadoon|kad)",
    where=r"(?:kithe|kitthe|kidhar)",
    took_place=r"(?:hoyi|hoi|hoya|hoeya|hoyea|si|see)(?:\s+(?:si|see))?",
    how_many=r"(?:kinne|kinniyan|kinnian)",
    did=r"(?:kite|kitte|kita|kitta|kiti|kitti|kittiyan|karde|kare)(?:\s+(?:si|see|san))?",
    how_much=r"(?:kinne|kinna|kinni)(?:\s+(?:da|di|de|paise|rupaye))?(?:\s+(?:hai|ae|e|aa|lagde|laggu))?",
    who_is=r"(?:kaun|kon)(?:\s+(?:hai|ae|e|aa|si|ne))?",
    why=r"(?:kyon|kyun|kiyon|kion)",
    went=r"(?:gaya|gya|gea|geya|gye|gaye|aaya|aya)(?:\s+(?:si|see))?",
    happened=r"(?:ki|kee)\s+(?:hoya|hoyea|hoeya|hoiya|hoyi)(?:\s+(?:si|see))?",
    about_what=r"(?:kis|kehde|kihde)\s+(?:(?:de|gal\s+de)\s+)?(?:baare|bare)(?:\s+(?:vich|ch))?(?:\s+(?:hai|ae|e))?",
    mentioned=(
        r"(?:(?:da|di|de)\s+)?(?:zikar|zikr|jikar|jikr|mention)\s+(?:hoya|hai|ae|kita|kitta|kiti|aaya|aunda)"
        r"(?:\s+(?:si|see|hai|ae|gaya))?"
    ),
    wrote=rf"{_PUNJABI_WHO_DID}\s+(?:likhya|likheya|likhia|likhiya)(?:\s+(?:si|see|hai|ae))?",
    article=r"(?:(?:this|the)\s+)?(?:article|story|news)",
    title=r"(?:(?:da|di|de)\s+)?(?:ahuda|ohda|ohuda|post|pad|title)\s+(?:ki|kee)\s+(?:hai|ae|e)",
    which=r"(?:kehda|kehdi|kehde|kihde|kihda|kaunsa|konsa|kehre)",
)
_PUNJABI_ENGLISH = {
    "te|ate": "and", "naal|nal": "with", "vich": "in", "ya": "or", "vi": "also", "sare|saare": "all",
    "ohna|ohnan|unhan|oh": "they", "nahi|nahin": "not", "dono|dovein": "both", "(?:ne|nu|da|di|de)": "",
}  # fmt: skip


def _punjabi_told_to(match: re.Match[str]) -> str:
    """ "Xi ne to America Taiwan bare kiho jehi view rakhan layi keha": what kind of view did Xi tell America to have
    about Taiwan; without a question word of its own, what Xi told America to do."""
    to_do = next(english for verb, english in _PUNJABI_TO_DO.items() if re.fullmatch(verb, match.group("verb"), re.I))
    rest = re.sub(
        r"(?P<what>\S+(?:['’]s\s+\S+)?)\s+(?:(?:de|da|di)\s+)?(?:baare|bare)\b", r"about \g<what>", match.group("rest")
    )
    kind = re.search(r"\b(?:kiho|keho|kaho|kive)\s+(?:jehi|jeha|jehe|jiha|jihi)\s+(?P<thing>\S+)\s*", rest, re.I)
    if kind is None:
        rest = re.sub(r"\b(?:ki|kee)\b\s*", "", rest, count=1, flags=re.I).strip()  # "ki karan": what to do
        return f"what did {match.group('who')} tell {match.group('whom')} to {to_do} {rest}".rstrip()
    rest = (rest[: kind.start()] + rest[kind.end() :]).strip()
    asked = f"what kind of {kind.group('thing')} did {match.group('who')} tell {match.group('whom')} to {to_do}"
    return f"{asked} {rest}".rstrip()


def _punjabi_matter(match: re.Match[str]) -> str:
    """ "oh human rights wali gall vich": about that human rights matter."""
    that = {"oh": "that ", "uh": "that ", "eh": "this ", "ih": "this "}.get((match.group("that") or "").lower(), "")
    return f"about {that}{match.group('what')}"


def _punjabi_started(match: re.Match[str]) -> str:
    """ "the talks from which day shuru hoye": from which day did the talks start; "… kado shuru hoya": when did …
    start."""
    asked = match.group("asked")
    does = "do" if match.group("done").lower().startswith("hund") else "did"
    return f"{'when' if asked.lower().startswith('kad') else asked} {does} {_with_the(match.group('what'))} start"


@cache
def _punjabi() -> _Shapes:
    return (
        _after_the_question(),
        *_word_for_word(_PUNJABI_NAMES),
        *_word_for_word(_PUNJABI_THINGS),
        # "ohna nu partners hona chahida": they should be partners
        (
            re.compile(
                r"\b(?:(?:ohna|ohnan|unhan|ohnaan)\s+(?:nu|nuu)\s+)?(?P<what>\S+)\s+(?:hona|hone|honna)\s+"
                r"(?:chahida|chahide|chaida|chahidi)\b",
                re.I,
            ),
            r"they should be \g<what>",
        ),
        (re.compile(r"^(?:te|ate|tay|par|phir)\s+(?=\S)", re.I), ""),  # "te Xi ne …": and Xi …
        # "kehde saal ton": from which year ("kehde gal de baare" is what about)
        *_which_postposed(_PUNJABI_POSTPOSITIONS, rf"{_PUNJABI.which}(?!\s+gall?\b)"),
        # "oh human rights wali gall vich": about that human rights matter ("… wali gall": the matter of …)
        (
            re.compile(
                r"\b(?:(?P<that>oh|uh|eh|ih)\s+)?(?P<what>(?:(?!(?:ne|nu|te|ki|oh|eh)\b)[^,\s]+\s+){0,3}?"
                r"(?!(?:ne|nu|te|ki)\b)[^,\s]+)\s+(?:wali|wala|wale)\s+(?:gall|gal|galla|baat)"
                r"(?:\s+(?:vich|ch|bare|baare))?(?=\s|$)",
                re.I,
            ),
            _punjabi_matter,
        ),
        # "better hona shuru ho gaya hai": has started to become better
        (
            re.compile(
                r"\b(?P<what>\S+)\s+(?:hona|hon)\s+shuru\s+ho\s+(?:gaya|gayi|gaye|gea|geya)(?:\s+(?:hai|ae|e|si))?",
                re.I,
            ),
            r"has started to become \g<what>",
        ),
        # "sehmati kiti si": agreed
        (
            re.compile(
                r"(?:\b(?:de|di|da)\s+)?\b(?:sehmati|sahmati|samjhauta)\s+(?:kiti|kitti|kita|kitta|hoi|hoyi)"
                r"(?:\s+(?:si|see|san))?",
                re.I,
            ),
            "agreed",
        ),
        (
            re.compile(
                r"\b(?:gall|gal)\s*(?:baat\s+)?(?:kiti|kitti|kita|kitta|karde|kari)(?:\s+(?:si|see|san))?", re.I
            ),
            "talked",
        ),
        *_postposed(_PUNJABI_POSTPOSITIONS, "ne", "meeting|talks|article|story|news"),
        (re.compile(r"\b(?P<name>(?-i:[A-Z])[\w-]*)\s+(?:da|di|de)\s+(?=\w)"), r"\g<name>'s "),  # "Cheen de mantri"
        # "Wang Yi ne to Blinken … karan layi keha": Wang Yi told Blinken to do …
        (
            re.compile(
                rf"^(?P<who>.+?)\s+ne\s+to\s+(?P<whom>\S+?(?:\s+\S+)??)\s+(?P<rest>.*?)\s*"
                rf"(?P<verb>{'|'.join(_PUNJABI_TO_DO)})\s+(?:layi|lai|vaaste|waste)\s+(?:keha|kiha|akhya|akheya)$",
                re.I,
            ),
            _punjabi_told_to,
        ),
        # "leaders ne jehde issues te agreed, oh in which summit": the issues the leaders agreed on, which
        # summit was that in (what a "jehde …" names, and the "oh …" that asks about it)
        (
            re.compile(
                r"^(?P<who>[^,]+?)\s+ne\s+(?:jehd[aei]|jihd[aei]|jo)\s+(?P<thing>\S+)\s+(?P<on>te|bare)\s+"
                r"(?P<did>agreed|talked)\b",
                re.I,
            ),
            lambda match: (
                f"{_with_the(match.group('thing'))} {_with_the(match.group('who'))} {match.group('did')} "
                f"{'on' if match.group('on').lower() == 'te' else 'about'}"
            ),
        ),
        (
            re.compile(r",\s*(?:oh|uh|eh)\s+(?P<by>in|at|from)\s+which\s+(?P<thing>\S+)$", re.I),
            r", which \g<thing> was that \g<by>",
        ),
        # "… from which year shuru hunde ne": from which year do … start
        (
            re.compile(
                r"^(?P<what>.+?)\s+(?P<asked>(?:(?:from|in|at)\s+)?which\s+\S+|kado|kadon)\s+shuru\s+"
                r"(?P<done>hunde|hundi|hunda|hoye|hoya|hoyi|hoiya|kite|kita|kiti)(?:\s+(?:ne|han|hai|ae|si|san))?$",
                re.I,
            ),
            _punjabi_started,
        ),
        *_verb_last(_PUNJABI),
        *_word_for_word(_PUNJABI_ENGLISH),
        (re.compile(r"\s{2,}"), " "),
        _the_the(),
        _country_before_title(),
        *_in_english_at_last(),
    )


_PUNJABI_WORDS = _lazy_pattern(
    r"\b(?:keha|kiha|akh[ey]?a|aakhya|kinne|kihne|kinnu|kihnu|kisnu|mil[ey]?a|miliya|kinni|kinna|kithe|kitthe|kadon?"
    r"|vich|chahida|chahide|ohna|likh[ey]a|gallbaat|hoya|kehd[aei]|jehd[aei]|sehmati|shuru)\b|\b(?:da|di|de)\s+(?:ahuda|ohda|ohuda|zikar|zikr|jikar)\b"
    # the shapes it shares with Hindi and Urdu, which ask the same: "Wang Yi kaun hai?", "Blinken Beijing kyon gaya?"
    r"|\b(?:kaun|kon)\s+(?:hai|ae|si)\W*$|\b(?:kyon|kyun|kiyon)\s+(?:\S+\s+)?(?:gaya|gaye|gya|gea)\W*$"
    r"|\b(?:kis|kehde)\s+(?:de\s+)?(?:baare|bare)\b",
    re.I,
)


# How readers ask in Nepali typed in Latin letters, with English words: "Xi le Taiwan ko barema ke bhane?" (what did
# Xi say about Taiwan), "Blinken le Beijing ma kaslai bhete?" (whom did Blinken meet in Beijing), "meeting kati samaya
# samma chalyo?" (how long did the meeting last), "partners hunu parcha bhanera kasle bhanyo?" (who said they should
# be partners). Nepali puts its verb last and its small words after the noun ("Beijing ma": in Beijing, "Blinken lai":
# to Blinken, "Taiwan ko barema": about Taiwan), as Punjabi does, and the two books share their shapes (verb_last.py).
# Its "ke" and "ko" are Hindi's words too ("of", "to"), so it is read only when a question holds a word of Nepali's
# own ("bhane", "kasle", "kaslai", "bhete", "barema", "chalyo") or one of its shapes ("… ko ho": who is …), as "kun
# sahar ma" (in which city), "yo bhanda pahile" (before this) and "… kasto rahyo" (how was …) are.
_NEPALI_NAMES = {
    "(?-i:Chin|Cheen)(?=\\s+(?:ko|le|ma|lai|ra|sanga)\\b)|(?-i:Cheen)": "China", "(?-i:Amerika|Amrika)": "America",
    "(?-i:Chini)": "Chinese", "(?-i:Amerikan|Amerikeli)": "American", "(?-i:Rusiya)": "Russia",
}  # fmt: skip
_NEPALI_THINGS = {
    "parrastra\\s+mantri|pararastra\\s+mantri|pararashtra\\s+mantri|videsh\\s+mantri|bidesh\\s+mantri":
        "foreign minister",
    "rastrapati|rashtrapati": "president", "pradhan\\s*mantri": "prime minister", "mantri": "minister",
    "neta": "leader", "pravakta|prabakta": "spokesperson", "adhikari": "official", "patrakar": "journalist",
    "bhetghat|baithak": "meeting", "vaarta|varta|baatcheet|batchit|kurakani": "talks", "ghanta": "hours",
    "siddhanta|siddhant": "principles", "sambandha|sambandh": "relations", "desh|deshharu|mulukharu": "countries",
    "sajhedar|saajhedar": "partners", "pratidwandi|pratidvandi": "rivals",
    "(?:yo|yas)(?=\\s+(?:article|lekh|samachar|meeting|news|story))": "this", "lekh|samachar": "article",
    "sahar|shahar|nagar": "city", "manche|manchhe|manis|byakti": "person", "(?<=ko\\s)kura(?!\\s+gar)": "talk",
}  # fmt: skip
_NEPALI_POSTPOSITIONS = {
    "(?:ko\\s+)?(?:barema|bare\\s*ma|baare\\s*ma|barey\\s*ma)": "about", "(?:ma|maa)": "in", "(?:lai|laai)": "to",
    "(?:sanga|sang|sita)": "with", "(?:ko\\s+)?(?:pachi|pachhi)": "after", "(?:ko\\s+)?(?:aghi|agadi)": "before",
    "ko\\s+(?:bela|samaya|dauran)(?:\\s*ma)?": "during", "bata": "from",
}  # fmt: skip
_NEPALI_SAID = (
    r"(?:bhane|bhanyo|bhannubhayo|bhannu\s+bhayo|bhaneko|bhanchan|bhanthe|bhaneka|bhanin|bhanchhan)(?:\s+(?:ta|ni))?"
)
_NEPALI_WHO_DID = r"(?:kasle|kasley|kasale|kosle)"
_NEPALI = _VerbLast(
    by=r"\s+(?:le|ley)",
    about=r"(?P<topic>.+?)\s+(?:ko\s+)?(?:barema|bare\s*ma|baare\s*ma|barey\s*ma)",
    what=r"(?:ke|k|kay)",
    said=_NEPALI_SAID,
    who_said=rf"{_NEPALI_WHO_DID}\s+{_NEPALI_SAID}",
    that=r"(?:bhanera|bhanne(?:\s+kura)?|bhani)",
    who_said_that=rf"{_NEPALI_WHO_DID}\s+{_NEPALI_SAID}(?:\s+(?:ki|that))?",
    whom=r"(?:kaslai|kaslay|kaslaai|koslai|kosanga|kassanga|kas\s*sanga|kosita)",
    who=r"(?:kasle|kasale|kosle|ko)",
    met=(
        r"(?:bhete|bhetyo|bhetnubhayo|bhetnu\s+bhayo|bhetin|bhetey|bhetera"
        r"|(?:meeting|bhet)\s+(?:garyo|gare|garnubhayo|garnu\s+bhayo|gareko|gareka)(?:\s+(?:thiyo|thiye|ho))?)"
        r"(?:\s+(?:ta|ni))?"
    ),
    how_long=r"kati\s+(?:samaya|samay|ber|bela|time|lamo|der|kal)(?:\s+samma)?",
    how_many_hours=r"kati\s+(?:hours|ghanta|ghantaa)(?:\s+samma)?",
    lasted=r"(?:chalyo|chaleko|chalya|bhayo|lagyo|rahyo)(?:\s+(?:ta|ni))?",
    when=r"(?:kahile|kaile|kahiley|kailey)",
    where=r"(?:kaha|kahaa|kata|kun\s+thau(?:\s*ma)?)",
    took_place=r"(?:bhayo|bhaeko|bhako|bhayeko|thiyo)(?:\s+(?:thiyo|ho))?",
    how_many=r"kati(?:\s+(?:wata|ota|ta))?",
    did=r"(?:garyo|gare|garnubhayo|garnu\s+bhayo|gareko|gareka)",
    how_much=r"kati(?:\s+(?:paisa|rupaiya|rupaiyaa))?\s+(?:ho|parcha|parchha|lagcha|lagchha|cha|chha)",
    who_is=r"(?:ko|kohun)\s+(?:ho|hun|hunuhuncha|hunu\s+huncha|hunuhunchha)",
    why=r"kina",
    went=r"(?:gayo|gae|gaye|gaeko|gayeko|janubhayo|jaanubhayo|aayo|aae)",
    happened=r"(?:ke|k)\s+(?:bhayo|bhaeko|bhako|bhayeko)",
    about_what=r"(?:ke|kun\s+(?:kura|bisaya|bishaya))\s*(?:ko\s+)?(?:barema|bare\s*ma)\s+(?:ho|cha|chha)",
    mentioned=(
        r"(?:ko\s+)?(?:ullekh|ullek|charcha|mention)\s+(?:bhayo|bhaeko|gariyo|cha|chha|bhako|gareko|garyo)"
        r"(?:\s+(?:cha|chha|ki|ta))?"
    ),
    wrote=rf"{_NEPALI_WHO_DID}\s+(?:lekhyo|lekheko|lekhnubhayo|lekhe)",
    article=r"(?:(?:this|the)\s+)?(?:article|news|story)",
    title=r"(?:ko\s+)?(?:pad|padh|title|post)\s+(?:ke|k)\s+(?:ho|cha|chha)",
    which=r"(?:kun(?:\s+kun)?)",
)
_NEPALI_THIS = {"yo": "this", "yas": "this", "tyo": "that", "tyas": "that"}
_NEPALI_ENGLISH = {
    "ramro|raamro": "good", "naramro|naraamro": "bad", "ra": "and", "sanga": "with", "pani": "also", "sabai": "all",
    "uniharu|tiniharu": "they", "thiyo": "was",
    "(?:le|ko|lai|ni|ma|bhanera)": "",
}  # fmt: skip


@cache
def _nepali() -> _Shapes:
    return (
        _after_the_question(),
        *_word_for_word(_NEPALI_NAMES),
        *_word_for_word(_NEPALI_THINGS),
        # "yo bhanda pahile": before this ("X bhanda": than X)
        (
            re.compile(r"\b(?P<what>yo|yas|tyo|tyas|\S+)\s+(?:bhanda|vanda)\s+(?:pahile|pahila|aghi|agadi)\b", re.I),
            lambda match: f"before {_NEPALI_THIS.get(match.group('what').lower(), match.group('what'))}",
        ),
        # "China tira ko person": the person from China's side; "Blinken sanga kura garne …": … who talked with Blinken
        (
            re.compile(r"\b(?P<place>(?-i:[A-Z])[\w-]*)\s+(?:tira|pakshya|paksha)\s+ko\s+(?P<who>\w+)", re.I),
            r"the \g<who> from \g<place>'s side",
        ),
        (
            re.compile(
                r"\b(?P<whom>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+(?:sanga|sang|sita)\s+"
                r"(?P<did>kura\s+(?:garne|gareko|gareka|garnubhaeko)|bhetne|bheteko|bhetnubhaeko)\s+(?P<who>.+?)"
                r"(?=\s+(?:le|ley)\b)",
                re.I,
            ),
            lambda match: (
                f"{match.group('who')} who {'talked with' if match.group('did').lower().startswith('kura') else 'met'} "
                f"{match.group('whom')}"
            ),
        ),
        # "Blinken le before this kun Chinese leader sanga bhet gareko thiyo": which Chinese leader had Blinken met
        # before this
        (
            re.compile(
                rf"^(?P<who>.+?)\s+(?:le|ley)(?P<when>\s+.+?)?\s+kun\s+(?P<which>.+?)\s+(?:sanga|sang|sita|lai)\s+"
                rf"{_NEPALI.met}$",
                re.I,
            ),
            r"which \g<which> did \g<who> meet\g<when>",
        ),
        # "kun sahar ma": in which city ("kun thau ma" is where, "kun kura ko barema" what about)
        *_which_postposed(_NEPALI_POSTPOSITIONS, r"kun(?!\s+(?:thau|kura|bisaya|bishaya)\b)"),
        (
            re.compile(r",\s*(?P<asked>(?:in|at)\s+which\s+\w+)\s+(?:chan|cha|chha|hunuhuncha|hunuhunchha)$", re.I),
            r", \g<asked> is he",
        ),  # "…, kun post ma chan": in which post is he
        # "bhetghat kasto rahyo, ramro ki naramro": how was the meeting, good or bad
        (
            re.compile(r"^(?P<what>[^,]+?)\s+kasto\s+(?:rahyo|thiyo|bhayo|cha|chha)(?P<rest>.*)$", re.I),
            lambda match: f"how was {_with_the(match.group('what'))}{match.group('rest')}",
        ),
        (re.compile(r",\s*(?P<one>\w+)\s+ki\s+(?P<other>\w+)$", re.I), r", \g<one> or \g<other>"),
        # "partners hunu parcha": they should be partners
        (
            re.compile(
                r"\b(?:(?:uniharu|tiniharu|uni|tini)\s+)?(?P<what>\S+)\s+(?:hunu\s*parch?ha|hunu\s+parne)\b", re.I
            ),
            r"they should be \g<what>",
        ),
        *_postposed(_NEPALI_POSTPOSITIONS, "le|ley", "meeting|talks|article|story|news"),
        # "Chin ko foreign minister": China's; "Wang Yi ko ho" (who is Wang Yi) keeps its "ko"
        (re.compile(r"\b(?P<name>(?-i:[A-Z])[\w-]*)\s+ko\s+(?!(?:ho|hun)\b)(?=\w)"), r"\g<name>'s "),
        *_verb_last(_NEPALI),
        *_word_for_word(_NEPALI_ENGLISH),
        (re.compile(r"\s{2,}"), " "),
        _the_the(),
        _country_before_title(),
        *_in_english_at_last(),
    )


_NEPALI_WORDS = _lazy_pattern(
    r"\b(?:bhane|bhanyo|bhannubhayo|bhaneko|bhanera|bhanne|kasle|kasale|kaslai|bhete|bhetyo|bhetnubhayo|bhetghat"
    r"|barema|chalyo|kahile|kaile|lekhyo|lekheko|ullekh|garyo|garnubhayo|gareko|bhayo|thiyo|hunuhuncha|parcha"
    r"|parchha|samma|rahyo|bhanda)\b|\bkasto\s+(?:thiyo|cha|chha)\b|\bkun\s+\w+\s+(?:ma|maa|sanga|lai|bata)\b"
    r"|\bko\s+(?:pad|padh|post)\s+(?:ke|k)\s+(?:ho|cha|chha)\b|\b(?:sanga|sang)\s+kura\s+garne\b"
    r"|\bko\s+(?:(?:pad|padh|post)\s+(?:ke|k)\s+)?(?:ho|hun)\W*$|\bkina\b.*\b(?:gayo|gae|gaye)\W*$|\bkati\s+(?:samaya|ghanta|wata|ota|parcha|parchha)\b",
    re.I,
)


# How readers ask in Sinhala typed in Latin letters with English words (Singlish): "Xi Taiwan gana mokakda kiwwe?"
# (what did Xi say about Taiwan), "Blinken Beijing wala hamba unes kawda?" (whom did Blinken meet in Beijing: "the
# one Blinken met is who"), "meeting eka kochchara welawak giyada?" (how long did the meeting last), "partners wenna
# one kiyala kiwwe kawda?" (who said they should be partners). Sinhala puts its verb last and its small words after
# the noun ("Beijing wala": in Beijing, "Taiwan gana": about Taiwan, "Blinken ta" or "Blinkenta": to Blinken,
# "meeting eke": at the meeting), as Punjabi and Nepali do, and shares their shapes (verb_last.py); "eka" after an
# English noun is its "the" ("meeting eka"), "da" its question's mark ("giyada", "giya da"), and who is asked last, of
# the one who did something or the one it was done to alike ("hamba une kawda": who met, or whom someone met; "X wa
# hamba une kawda": who met X). Read before texting's shorthand is spelled out and before Hawai'i Pidgin, whose "da"
# (the) is its question's mark, and before the Tanglish book.
_SINHALA_NAMES = {
    "(?-i:Cheenaye|Chinaye|Chinawe|Cheenawe)": "China's", "(?-i:Cheenaya|Chinaya|Cheena|Chinawa)": "China",
    "(?-i:Amerikawe|Americawe|Amerikawe)": "America's", "(?-i:Amerikawa|Americawa|Amerikaawa)": "America",
    "(?-i:Rusiyawe|Rushiyawe)": "Russia's", "(?-i:Rusiyawa|Rushiyawa)": "Russia", "(?-i:Lankawe)": "Sri Lanka's",
}  # fmt: skip
_SINHALA_THINGS = {
    "videsha\\s+(?:katayuthu\\s+)?(?:amathya|amathi|amathyawaraya)\\w*": "foreign minister",
    "janadhipathi\\w*|janapathi\\w*": "president", "agamathi\\w*|agamathya\\w*": "prime minister",
    "amathi\\w*|amathya\\w*": "minister", "nayaka\\w*": "leader", "prakashaka\\w*": "spokesperson",
    "niladhari\\w*": "official", "maadyawedi\\w*|madyawedi\\w*": "journalist", "hamuwa|hamuwe|raeswima": "meeting",
    "sakachchawa|sakachcha|saakachcha": "talks", "lipiya|lipiye|puwatha|puwath": "article", "paya|peya": "hours",
    "prathipaththi|pratipatti": "principles", "ratawal|rataval|rata\\s+dekak|rata\\s+deka": "countries",
    "rata|rataka|ratak": "country",
    "minissu": "people",
}  # fmt: skip
_SINHALA_POSTPOSITIONS = {
    "(?:gana|gena|gaena|ganna|pilibanda|pilibada)": "about", "(?:wala|wela|wale|ekedi)": "in", "eke": "at",
    "(?:(?:eken|ekata|en|ta)\\s+)?(?:passe|passa|pasuwa)": "after",
    "(?:(?:ekata|ta)\\s+)?(?:kalin|issella|pera)": "before", "(?:ta|ata)": "to",
    "(?:ekka|ekkala|samaga|ekkath)": "with", "(?:athare|athara|atharathura|athaledi)": "during",
    "(?:walin|gen|wen|gin)": "from",
}  # fmt: skip
_SINHALA_ASKED_WHO = r"(?:kawda|kauda|kawuda|kavda|kawdha|kawuruda)"
_SINHALA_SAID = (
    r"(?:kiwwe|kiwwa|kiyuwe|kiyuwa|kiuwe|kiuwa|kiwe|kiwa|kiyala\s+thiyenne|kiyala\s+tiyenne|kiyanne|kiyannee)"
    r"(?:da)?"
)
_SINHALA_MET = (
    r"(?:hamba\s*w?un[ae]s?|hambun[ae]s?|hamb[au]wun[ae]s?|hambawechcha|mun\s+gassun[ae]s?|hamuwun[ae]s?"
    r"|meet\s+(?:kala|kale|kalle|kare|kara|karapu|un[ae]s?|wun[ae]s?))(?:da)?"
)
_SINHALA_DID = r"(?:kala|kale|kalle|kare|kara|karala|kalaa)(?:da)?"
_SINHALA = _VerbLast(
    by="",
    about=r"(?P<topic>.+?)\s+(?:gana|gena|gaena)",
    what=r"(?:mokakda|mokadda|mokkda|monawada|mokak|monawa)",
    said=_SINHALA_SAID,
    who_said=rf"{_SINHALA_SAID}\s+{_SINHALA_ASKED_WHO}",
    that=r"(?:kiyala|kiyla|kiela)",
    who_said_that=rf"{_SINHALA_ASKED_WHO}\s+{_SINHALA_SAID}(?:\s+(?:that|kiyala))?",
    whom=rf"{_SINHALA_ASKED_WHO}(?:\s*wa)?",
    who=_SINHALA_ASKED_WHO,
    met=_SINHALA_MET,
    how_long=r"(?:kochchara|kochara|kochcharak|kochchra|kiyak)\s+(?:welawak|welawa|kal(?:ayak)?|time(?:\s+ekak)?|durak)",
    how_many_hours=r"(?:hours|paya|peya)\s+(?:kiyak|keeyak|kiyada)|(?:kiyak|keeyak)\s+(?:hours|paya|peya)",
    lasted=r"(?:giya|giye|thibba|thibbe|thibuna|thibune|una|une|last\s+un[ae]|run\s+un[ae]|adunna)(?:da)?",
    when=r"(?:kawadada|kawadda|kawaddha|kawadha)",
    where=r"(?:koheda|kohede|kohedha|kohe|kotanada|kotaneda)",
    took_place=r"(?:thibbe|thibba|thibune|thibuna|une|una|wune|wuna|pawathune|pawathuna|pawathwune|giye)(?:da)?",
    how_many=r"(?:kiyak|keeyak)",
    did=_SINHALA_DID,
    how_much=r"(?:kiyada|keeyada|kiyakda|kochcharada|mila\s+kiyada|gaana\s+kiyada|price\s+eka\s+kiyada)",
    who_is=_SINHALA_ASKED_WHO,
    why=r"(?:ai|aei|mokada|mokatada)",
    went=r"(?:giye|giya|giyeda|giyada|aawe|awe|aave)",
    happened=r"(?:mokakda|mokadda|monawada|mokak)\s+(?:une|una|wune|wuna|wechche|wecche|unaa)(?:da)?",
    about_what=r"(?:mokak|monawa)\s+(?:gana|gena)(?:da)?",
    mentioned=(
        r"(?:mention|sandahan|kiyala)\s+(?:kala|kale|karala|wela|una|une|wuna|wune|thiyenawa|tiyenawa|thiyanawa)"
        r"(?:da)?(?:\s+thiyenawada|\s+tiyenawada)?"
    ),
    wrote=(
        r"(?:(?:liwwe|liyuwe|liuwe|liwwa|liyuwa)\s+(?:kawda|kauda|kawuda)|(?:kawda|kauda)\s+(?:liwwe|liyuwe|liwwa))"
    ),
    article=r"(?:(?:this|the)\s+)*(?:article|news|story)",
    title=r"(?:the\s+)?(?:tanathura|thanathura|position|title|post)\s+(?:mokakda|monawada|mokadda)",
    which=r"(?:mona|kumana|kumona|monada)",
)
_SINHALA_ENGLISH = {
    "saha|ha": "and", "eyala|eyalaa": "they", "okkoma|serama": "all", "nemei|naha|ne": "not", "wa|da|kiyala": "",
}  # fmt: skip


# When, at what time and where something was done, asked last of a thing it was done to ("article eka first publish
# kale kiyata da?": at what time was the article first published; "me article eka liyuwe kohe idan da?": where was this
# article written from), an English verb done with "kale" or Sinhala's own ("liyuwe": written) read as done to it
_SINHALA_ASKED_DONE = {
    "kawadada": "when", "kawadda": "when", "kawaddha": "when", "kawadha": "when", "kiyatada": "what time",
    "kiyatath": "what time", "welawadda": "what time", "koheda": "where", "kohede": "where", "kohedha": "where",
    "kotanada": "where",
}  # fmt: skip
_SINHALA_WRITTEN = r"(?:liyuwe|liwwe|liuwe|liyuwa|liwwa|liyapu)"
_SINHALA_FIRST_LAST = {"first": "first", "last": "last", "mulinma": "first", "anthimata": "last", "awasanata": "last"}
_SINHALA_THING_DONE_TO = r"(?:(?:this|the)\s+)+(?:article|story|news|page|report|meeting|talks|summit|statement)"


def _sinhala_asked_done(match: re.Match[str]) -> str:
    """ "what time was the article first published", "where was this article written from"."""
    asked = match.group("asked").lower()
    source = bool(re.search(r"(?:idan|indan|sita)(?:da)?$|kohen(?:da)?$", asked))
    english = "where" if source else _SINHALA_ASKED_DONE[asked]
    done = _past_participle(match.group("verb").lower()) if match.group("verb") else "written"
    when = _SINHALA_FIRST_LAST.get((match.group("when") or "").lower())
    return f"{english} was {match.group('what')} {f'{when} ' if when else ''}{done}{' from' if source else ''}"


def _sinhala_said_of_which(match: re.Match[str]) -> str:
    """ "Xi, China mona wage America ekakata da support karanne kiwwe": what kind of America did Xi say China
    supports (the verb in the present for "karanne", in the past for "kala")."""
    verb = match.group("verb").lower()
    if match.group("done").lower().startswith("kal"):
        verb = _past_participle(verb)
    else:
        verb = f"{verb}es" if re.search(r"(?:s|sh|ch|x|z)$", verb) else f"{verb}s"
    return f"{match.group('which')} {match.group('thing')} did {match.group('who')} say {match.group('subject')} {verb}"


def _sinhala_on_name(match: re.Match[str]) -> str:
    """ "Blinkenta": to Blinken; "Wangge": Wang's; "Blinkenwa": Blinken asked of."""
    name, case = match.group("name"), match.group("case").lower()
    return {"ta": f"to {name}", "ge": f"{name}'s", "gen": f"from {name}", "ekka": f"with {name}"}.get(
        case, f"{name} wa"
    )


@cache
def _sinhala() -> _Shapes:
    return (
        _after_the_question(),
        # its question's mark, put on the word it closes: "giya da": giyada; "mokak da": mokakda
        (re.compile(r"(?<=[a-z])\s+da(?=\s*$|\s+(?:kiwwe|kiyuwe|une|una|giye|giya|thibbe)\b)", re.I), "da"),
        *_word_for_word(_SINHALA_NAMES),
        *_word_for_word(_SINHALA_THINGS),
        # "partners wenna one": they should be partners
        (
            re.compile(
                r"\b(?:eyala\s+)?(?P<what>\S+)\s+(?:wenna|venna|wenda)\s+(?:one|oni|ona|epa|ona\s+kiyala)\b", re.I
            ),
            r"they should be \g<what>",
        ),
        # a name with its small word put on it: "Blinkenta" (to Blinken), "Blinkenwa" (whom), "Wang Yige" (Wang Yi's)
        (
            re.compile(r"\b(?P<name>(?-i:[A-Z])[a-z]+[bcdfghjklmnprstvwxz])(?P<case>ta|wa|ge|gen|ekka)\b"),
            _sinhala_on_name,
        ),
        (re.compile(r"\b(?P<name>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+(?i:ge)\s+(?=\w)"), r"\g<name>'s "),
        # "me article eka": this article; a topic of its own words, "human rights gana": about human rights
        (re.compile(r"\bme\s+(?P<thing>[a-z]+)(?:\s+eka)?\b", re.I), r"this \g<thing>"),
        (
            re.compile(
                r"\b(?P<topic>(?!(?:mokak|monawa|mona|eka)\b)[a-z][\w-]*(?:\s+(?!(?:eka|wala)\b)[a-z][\w-]*)?)\s+"
                r"(?:gana|gena|gaena)(?!\s*da\b)\b"
            ),
            r"about \g<topic>",
        ),
        # "ehenam" (so, then) opening a question; "article eke": in the article; "China eka": China ("the" on a name)
        (re.compile(r"^(?:ehenam|ethakota|ethakotta|ithin|eththa)\b,?\s*", re.I), ""),
        (re.compile(r"\b(?P<thing>article|story|news|page|report)\s+eke\b", re.I), r"in the \g<thing>"),
        (re.compile(r"\b(?P<name>(?-i:[A-Z])[\w-]*)\s+(?i:eka)\b"), r"\g<name>"),
        *_postposed(_SINHALA_POSTPOSITIONS, "visin", "meeting|talks|article|story|news|discussion|summit"),
        # "mona wage America ekakata": what kind of America; "mona rata": which country
        (
            re.compile(
                r"\b(?:mona|kumana)\s+(?P<kind>(?:wage|widiye|jathiye)\s+)?(?P<thing>\S+)(?:\s+(?:ekakata|ekak|ekata|eka))?"
                r"(?=\s+(?:da\s+)?[a-z]+\s+(?:karanne|karanawa|kala|kale|kare)\s)",
                re.I,
            ),
            lambda match: f"{'what kind of' if match.group('kind') else 'which'} {match.group('thing')}",
        ),
        # what someone said a thing did: "Xi, China what kind of America da support karanne kiwwe"
        (
            re.compile(
                r"^(?P<who>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?),?\s+(?P<subject>.+?)\s+"
                r"(?P<which>what\s+kind\s+of|which)\s+(?P<thing>\S+)\s+(?:da\s+)?(?P<verb>[a-z]+)\s+"
                rf"(?P<done>karanne|karanawa|kala|kale|kare)\s+{_SINHALA_SAID}$",
                re.I,
            ),
            _sinhala_said_of_which,
        ),
        (re.compile(r"\b(?P<thing>[a-z][\w-]*)\s+(?:eka|ekata)\b", re.I), r"the \g<thing>"),
        # "human rights gana in the article mokak hari thiyenawada": is there anything about human rights in the article
        (
            re.compile(
                r"^(?P<rest>.+?)\s+(?:mokak\s*hari|monawa\s*hari|mokuth|monawath|mukuth)\s+"
                r"(?:thiyenawa|tiyenawa|thiyanawa|thibuna|thibba)(?:da)?$",
                re.I,
            ),
            r"is there anything \g<rest>",
        ),
        (
            re.compile(
                r"^(?P<who>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+(?P<rest>.+?)\s+"
                rf"(?:mokak\s*hari|monawa\s*hari|mokuth|monawath|mukuth)\s+{_SINHALA_SAID}$",
                re.I,
            ),
            r"did \g<who> say anything \g<rest>",
        ),
        (
            re.compile(
                rf"^(?P<what>{_SINHALA_THING_DONE_TO})\s+(?:(?P<when>{'|'.join(_SINHALA_FIRST_LAST)})\s+)?"
                rf"(?:(?P<verb>[a-z]+)\s+(?:kale|kala|une|una|wune|wuna)|{_SINHALA_WRITTEN})\s+"
                rf"(?P<asked>{'|'.join(_SINHALA_ASKED_DONE)}|kohe\s*(?:idan|indan|sita)(?:da)?|kohen(?:da)?)$",
                re.I,
            ),
            _sinhala_asked_done,
        ),
        (re.compile(r"^about\s+(?=.+\s+(?:mention|sandahan|kiyala)\s)", re.I), ""),  # "about Taiwan mention kalada"
        # "to Blinken Xi mokakda kiwwe": the one spoken to put after the speaker, as the shapes read it
        (
            re.compile(
                r"^(?P<to>(?:to|about|with)\s+(?-i:[A-Z])[\w-]*)\s+(?P<who>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+"
                r"(?=(?:mokakda|mokadda|mokak|monawada)\b)"
            ),
            r"\g<who> \g<to> ",
        ),
        (re.compile(rf"^{_SINHALA.article}\s+{_SINHALA.wrote}$", re.I), "who wrote the article"),
        # "Xi mokakda announce kale": what did Xi announce (an English verb done with "kala")
        (
            re.compile(rf"^(?P<who>.+?)\s+{_SINHALA.what}\s+(?P<verb>(?!mention\b)[a-z]+)\s+{_SINHALA_DID}$", re.I),
            r"what did \g<who> \g<verb>",
        ),
        # whom someone met, and who met someone: "Blinken in Beijing hamba une kawda", "Blinken wa hamba une kawda"
        (
            re.compile(rf"^(?P<whom>.+?)\s+(?:wa|with)\s+{_SINHALA_MET}\s+{_SINHALA_ASKED_WHO}$", re.I),
            r"who met \g<whom>",
        ),
        (
            re.compile(
                rf"^(?P<who>.+?)(?P<where>\s+(?:in|at|after|during|before)\s+.+?)?\s+{_SINHALA_MET}\s+"
                rf"{_SINHALA_ASKED_WHO}$",
                re.I,
            ),
            r"who did \g<who> meet\g<where>",
        ),
        # "Xi principles kiyak propose kala": how many principles did Xi propose (the number after the thing)
        (
            re.compile(
                rf"^(?P<who>.+?)\s+(?P<thing>\S+)\s+(?:kiyak|keeyak)\s+(?P<verb>[a-z]+)\s+{_SINHALA_DID}$", re.I
            ),
            r"how many \g<thing> did \g<who> \g<verb>",
        ),
        # "Blinken Beijing giye ai": why did Blinken go to Beijing (its "why" last)
        (
            re.compile(rf"^(?P<who>.+?)\s+(?P<place>.+?)\s+(?P<went>{_SINHALA.went})\s+(?:ai|aei)$", re.I),
            r"\g<who> ai \g<place> \g<went>",
        ),
        *_verb_last(_SINHALA),
        *_word_for_word(_SINHALA_ENGLISH),
        (re.compile(r"\s{2,}"), " "),
        (re.compile(r"\s+$"), ""),
        _the_the(),
        _country_before_title(),
        *_in_english_at_last(),
    )


_SINHALA_WORDS = _lazy_pattern(
    r"\b(?:mokakda|mokadda|monawada|kiwwe|kiwwa|kiyuwe|kiyuwa|kiuwe|kiyala|kawda|kauda|kawuda|hamba\s*w?un\w*"
    r"|hambun\w*|hambawun\w*|kochchara|kochara|welawak|giyada|kawadada|kawadda|koheda|kohede|kiyada|keeyada|liwwe"
    r"|liyuwe|wenna\s+one)\b|\b\w+\s+eka\s+(?:mokakda|kiyada|koheda|kawadada|kochchara)\b"
    r"|\b(?:kiyak|keeyak)\s+(?:\w+\s+)?(?:kala|kale|kare)\b|\b(?:ai|aei)\s+.+\s+giy[ae]\b|\bgiy[ae]\s+(?:ai|aei)\W*$"
    r"|\bmokak\s+gana\b|\b(?:mention|sandahan)\s+(?:kala|kale|karala|wela)(?:da)?\b"
    r"|\b(?:mokakda|mokak)\s+\w+\s+(?:kala|kale)(?:da)?\b"
    r"|\b(?:mokak\s*hari|monawa\s*hari|mokuth|monawath)\s+(?:thiyenawa|tiyenawa|thiyanawa|kiwwa|kiyuwa)(?:da)?\b"
    r"|\b(?:liyuwe|liwwe|liuwe|kale|kala|une|una)\s+(?:kiyata|kohe)|\bmona\s+(?:wage|widiye|jathiye)\b.*\b(?:kiwwe|kiyuwe|kiwwa)\b",
    re.I,
)


# How readers ask in Pashto typed in Latin letters, with English words: "Xi da Taiwan pa bara ke sa wayel?" (what did
# Xi say about Taiwan), "Blinken pa Beijing ke chaa sara wlidal?" (whom did Blinken meet in Beijing), "meeting so
# mooda dawam okro?" (how long did the meeting last), "chaa wayel che partners shi?" (who said they should be
# partners). Pashto puts its verb last, as Punjabi and Nepali do, and shares their shapes (verb_last.py); its small
# words stand on both sides of the noun and are put before it as English prepositions first ("pa Beijing ke": in
# Beijing, "da Taiwan pa bara ke": about Taiwan, "da meeting na wrusta": after the meeting, "da Blinken sara": with
# Blinken, "Blinken ta": to Blinken), and "da" before a name is its "'s" ("da China foreign minister"). Read before
# texting's shorthand is spelled out and before Hawai'i Pidgin, whose "da" (the) is Pashto's "of", and before the
# Punjabi book, whose "da … zikar" it would take for its own.
_PASHTO_NAMES = {
    "(?-i:Cheen|Chin|Cheena)": "China", "(?-i:Amrika|Amreeka|Amerika|Amrica)": "America", "(?-i:Roos|Rus)": "Russia",
    "(?-i:Chinayi|Cheenayi|Chinaee|Cheeni|Chini)": "Chinese", "(?-i:Amrikayi|Amreekayi|Amrikaee|Amriki)": "American",
}  # fmt: skip
_PASHTO_THINGS = {
    "(?:da\\s+)?(?:bahrano|baharano|kharijo)\\s+(?:charo\\s+)?wazir|kharija\\s+wazir": "foreign minister",
    "(?:da\\s+)?(?:bahrano|baharano)\\s+charo\\s+wazarat": "foreign ministry",
    "lomray\\s+wazir|sadar\\s+azam|sadr\\s+azam": "prime minister", "wazir": "minister",
    "raees\\s+jamhoor|rayees\\s+jamhoor|wolesmashar|raees|rayees": "president", "mashar": "leader",
    "wayand|wayandoy": "spokesperson", "charwaki": "official", "khabaryal": "journalist",
    "khabaray|khabare|khabaro|khabaru|kharoona|mazakarat": "talks",
    "ikhtilafat|ekhtelafat|ikhtilafona|ikhtilafoona": "differences", "masail|masaail|masale": "issues",
    "shahar|shehar|khaar|xaar": "city", "wadanai|wadanay|wadane": "building", "maqala|maqaala|leekana": "article",
    "sahata|saata|saatuna|saatoona|gantay|ghantay|ganty|ghante": "hours", "usool|asool": "principles",
    "hewadona|hewadoona|mulkuna|mulkona|hewadunah|hewad": "countries", "aboona|abona|subscription": "subscription",
    "idara|sazman|tanzeem": "organisation",
}  # fmt: skip
_PASHTO_WHAT = r"(?:sa|tsa|tse|sah|tsah)"
_PASHTO_WHO_DID = r"(?:chaa|cha|chah|chaah)"
_PASHTO_IS = r"(?:dey|dai|de|day|da|di|dee|dy)"
_PASHTO_SAID = (
    r"(?:wayel|wayal|wayl|wail|owayel|owayal|wewayel|wewayal|woyel|woyal|wayeli|wayali|wayele|wayle|oyel|ooyel|wayeel)"
    rf"(?:\s+{_PASHTO_IS})?"
)
_PASHTO_MET = (
    r"(?:(?:(?:yaw|yo|yao)\s+bal\s+)?sara\s+)?(?:wlidal|wleedal|wlidel|wlidl|olidal|owlidal|oleedal|wuleedal|katali"
    r"|kataly|katalay|(?:mulaqat|mulaqaat|meeting|milaw|milao)\s+(?:okro|wokro|wokrey|okrey|kawo|kaway|kary|kari"
    r"|okral|wokral|kral)|meet\s+(?:okro|wokro|kral|okral|kary|kari)"
    r"|(?:melaw|milaw|milao|mulaqat|mulaqaat)\s+(?:shwal|shwel|oshwal|wshwal|shwe|shwi|shu))"
)
_PASHTO_DID = r"(?:kral|kraal|okral|wokral|kary|kari|kray|kre|okrey|wokrey|okro|wokro)(?:\s+(?:di|dee|de))?"
_PASHTO = _VerbLast(
    by="",
    about=r"da\s+(?P<topic>.+?)\s+pa\s+(?:bara|baara|bare|baare|barey|baray)(?:\s+(?:ke|kay|ki|kai))?",
    what=_PASHTO_WHAT,
    said=_PASHTO_SAID,
    who_said=rf"{_PASHTO_WHO_DID}\s+{_PASHTO_SAID}",
    that=r"(?:che|chi)",
    who_said_that=rf"{_PASHTO_WHO_DID}\s+{_PASHTO_SAID}(?:\s+(?:che|chi|that))?",
    whom=rf"{_PASHTO_WHO_DID}(?:\s+sara)?",
    who=r"(?:sok|tsok|suk|sook|tsook|chaa|cha)",
    met=_PASHTO_MET,
    how_long=r"(?:so|tso|somra|tsomra|sumra|tsumra)\s+(?:mooda|muda|moda|mudda|wakht|waxt|waqt|wakt|time)",
    how_many_hours=r"(?:so|tso)\s+(?:hours|sahata|saata|saatuna|gantay|ghantay)",
    lasted=(
        r"(?:(?:dawam|dawaam|dawom|jari)\s+(?:okro|wokro|okrey|wokrey|kaway|kawo|kary|kari|wo|wa|we|shwa)"
        r"|(?:wakht\s+ye\s+)?(?:wakhist|waxist|wakhest|wakhistal|waxistal|wanewa|wanewe)|rawan\s+(?:wo|wa|we))"
    ),
    when=r"(?:kala|kalla|kale)",
    where=r"(?:cherta|charta|chrta|cherte|chiray|cheray|chire|chere|charey)",
    took_place=rf"(?:shwa|shawa|shway|shaway|oshwa|wosho|wshwa|jora\s+shwa|jor\s+shwa|wa|wo)(?:\s+{_PASHTO_IS})?",
    how_many=r"(?:so|tso)",
    did=_PASHTO_DID,
    how_much=(
        rf"(?:(?:pa|pe)\s+)?(?:so|tso|somra|tsomra|sumra)(?:\s+(?:paisa|paise|rupay|afghani|dollar))?\s+(?:{_PASHTO_IS}"
        r"|ke|kegi|kigi)"
    ),
    who_is=rf"(?:sok|tsok|suk|sook|tsook|soke)(?:\s+{_PASHTO_IS})?",
    why=r"(?:wale|wali|walay|wele|waley)",
    went=r"(?:lar|laar|wlar|olar|walar|wlaar|tlalay|tlaly|raghay|raaghay|raghlo)",
    happened=r"(?:sa|tsa)\s+(?:oshwal|wo\s+shwal|shwal|oshwel|wshwal|pekha\s+shwa|pekha\s+shwal|oshwa|shwa)",
    about_what=(
        rf"(?:da\s+)?(?:sa|tsa)\s+(?:pa|pe)\s+(?:bara|baara|bare|baare|barey|baray)(?:\s+(?:ke|kay|ki|kai))?"
        rf"(?:\s+{_PASHTO_IS})?"
    ),
    mentioned=(
        r"(?:ye\s+)?(?:zikr|zikar|zekr|mention|yaad|yad)\s+(?:shaway|shawe|shwe|shway|shwai|shawey|shawi|shawee|okro"
        rf"|shwa|kray|kari|shawi)(?:\s+{_PASHTO_IS})?"
    ),
    wrote=(
        rf"{_PASHTO_WHO_DID}\s+(?:lekalay|leekaly|lekaly|likaly|lekali|liklay|lekale|olekal|wleekal|leekalay|lekal"
        rf"|leekali)(?:\s+{_PASHTO_IS})?"
    ),
    article=r"(?:(?:this|the)\s+)*(?:article|news|story)",
    title=rf"(?:ohda|ohdah|uhda|ohde|post|title|position|maqam)\s+(?:sa|tsa)(?:\s+{_PASHTO_IS})?",
    which=r"(?:kom|kum|kam|koma|kuma|kumi|komi|kaam)",
)
_PASHTO_ENGLISH = {"aw|ao|au": "and", "dwi|dway": "they", "tol|tool|tole": "all", "ham": "also", "che|chi": "that"}
_PASHTO_THING = r"(?:meeting|talks|article|story|news|summit)"


# "pa so numbar dee" (at what number are they): the rank asked of someone or something, after where it is counted
_PASHTO_RANK = r"(?:(?:pa|pe)\s+)?(?:so|tso|kom|kum)\s+(?:numbar|nambar|number|shmera|darja)"


def _pashto_owned(match: re.Match[str]) -> str:
    """ "da nara pa economies ke": in the world's economies; "da Blinken pa speech ke": in Blinken's speech."""
    owner = match.group("owner")
    owner = "the world" if owner.lower() in ("nara", "dunya", "donya") else _with_the(owner)
    return f"in {owner}'s {match.group('what')}"


def _pashto_rank(match: re.Match[str]) -> str:
    """ "what number are China aw US in the world's economies", "according to the article" kept before it."""
    who = match.group("who")
    are = "are" if re.search(r"\b(?:aw|ao|au|and)\b", who, re.I) else "is"
    where = f" {match.group('where') or match.group('first')}" if match.group("where") or match.group("first") else ""
    return f"{match.group('according') or ''}what number {are} {who}{where}"


@cache
def _pashto() -> _Shapes:
    return (
        _after_the_question(),
        *_word_for_word(_PASHTO_NAMES),
        # "Wang Yi pa kom idara ke kaar kawi": which organisation does Wang Yi work for
        (
            re.compile(
                r"^(?P<who>.+?)\s+(?:pa|da)\s+(?:kom|kum|kam|koma|kuma)\s+(?P<employer>\S+)\s+(?:ke|kay|ki|dapara|lapara)\s+"
                r"(?:kaar|kar)\s+(?:kawi|kai|kay|kaway|kawee)$",
                re.I,
            ),
            lambda match: (
                f"which {_PASHTO_THINGS.get(match.group('employer').lower(), 'organisation')} does "
                f"{match.group('who')} work for"
            ),
        ),
        *_word_for_word(_PASHTO_THINGS),
        # "partners shi": they should be partners
        (
            re.compile(
                r"\b(?:(?:dwi|dway|dwe)\s+)?(?:(?:bayad|baid)\s+)?(?P<what>\S+)\s+(?:shi|wosi|osi|shee|shey|okhi)\b",
                re.I,
            ),
            r"they should be \g<what>",
        ),
        # its small words on both sides of a noun: "da Taiwan pa bara ke" (about Taiwan), "pa Beijing ke" (in Beijing)
        (
            re.compile(
                r"\b(?:da|de|d)\s+(?!(?:sa|tsa)\b)(?P<what>[^,?]+?)(?<!\bsa)(?<!\btsa)\s+(?:pa|pe)\s+(?:bara|baara|bare"
                r"|baare|barey|baray"
                r"|barah|hakla|haqla)(?:\s+(?:ke|kay|ki|kai|kee))?\b",
                re.I,
            ),
            r"about \g<what>",
        ),
        (
            re.compile(
                r"\b(?:da|la|de)\s+(?P<what>[^,?]+?)\s+(?:na|ne)\s+(?:wrusta|wrosta|wrusto|wroste|wrosto|wrousta|pas)\b",
                re.I,
            ),
            r"after \g<what>",
        ),
        (
            re.compile(
                r"\b(?:da|la|de)\s+(?P<what>[^,?]+?)\s+(?:na|ne)\s+(?:makhke|makhe|mukhke|makhki|mukhe|wrande)\b", re.I
            ),
            r"before \g<what>",
        ),
        (
            re.compile(
                r"\b(?:da|de)\s+(?P<what>[^,?]+?)\s+pa\s+(?:doran|dauran|jarian|jaryan|wakht)(?:\s+(?:ke|kay|ki|kai))?\b",
                re.I,
            ),
            r"during \g<what>",
        ),
        # "sa sa" (what, of more than one), "chaa chaa": its question word said twice, read once
        (re.compile(r"\b(?P<word>sa|tsa|chaa|cha|sok|tsok)\s+(?P=word)\b", re.I), r"\g<word>"),
        # "da US aw China tar manz" (between the US and China), "da khabaro pa sar ke" (at the start of the talks),
        # "da article pa hisab" (according to the article), "pa kom building ke" (in which building)
        (
            re.compile(
                r"\b(?:da|de)\s+(?P<what>[^,?]+?)\s+(?:tar\s+manz(?:a|e)?|pa\s+manz\s+(?:ke|kay|ki|kai))\b", re.I
            ),
            r"between \g<what>",
        ),
        (
            re.compile(
                r"\b(?:da|de)\s+(?P<what>[^,?]+?)\s+pa\s+(?P<end>sar|shuru|pil|pay|akhir|akher)\s+(?:ke|kay|ki|kai)\b",
                re.I,
            ),
            lambda match: (
                f"at the {'start' if match.group('end').lower() in ('sar', 'shuru', 'pil') else 'end'} of "
                f"{_with_the(match.group('what'))}"
            ),
        ),
        (
            re.compile(r"\b(?:da|de)\s+(?P<what>[^,?]+?)\s+pa\s+(?:hisab|hesab|qawl|wayna)\b", re.I),
            lambda match: f"according to {_with_the(match.group('what'))}",
        ),
        (
            re.compile(
                r"\b(?:pa|pe)\s+(?:kom|kum|kam|koma|kuma|kumi|komi|kaam)\s+(?P<thing>\S+)\s+(?:ke|kay|ki|kai|kee)\b",
                re.I,
            ),
            r"in which \g<thing>",
        ),
        (
            re.compile(
                r"\b(?:da|de)\s+(?P<owner>\S+(?:\s+(?-i:[A-Z])\S*)?)\s+(?:pa|pe)\s+"
                r"(?P<what>(?!(?:bara|baara|bare|baare|barey|baray|sar|hisab|doran|dauran|jarian|manz|so|tso|kom)\b)"
                r"[^,?]+?)\s+(?:ke|kay|ki|kai|kee)\b",
                re.I,
            ),
            _pashto_owned,
        ),
        (
            re.compile(
                r"\bpa\s+(?!(?:bara|baara|bare|baare|barey|baray)\b)(?P<what>[^,?]+?)\s+(?:ke|kay|ki|kai|kee)\b", re.I
            ),
            r"in \g<what>",
        ),
        (re.compile(r"\b(?:da|la|de)\s+(?P<what>[^,?]+?)\s+sara\b", re.I), r"with \g<what>"),
        (re.compile(r"\b(?:la|da)\s+(?P<what>(?-i:[A-Z])[\w-]*)\s+(?:na|ne)\b", re.I), r"from \g<what>"),
        (re.compile(rf"\b(?P<thing>{_PASHTO_THING})\s+(?:ke|kay|ki|kai)\b", re.I), r"in the \g<thing>"),
        (re.compile(rf"\b(?P<thing>{_PASHTO_THING})\s+(?:ta|tha)\b", re.I), r"to the \g<thing>"),
        (re.compile(r"\b(?P<name>(?-i:[A-Z])[\w-]*)\s+(?i:ta|tha)\b"), r"to \g<name>"),
        (
            re.compile(rf"\b(?P<by>in|at|about|after|before|during|with|from|to)\s+(?P<thing>{_PASHTO_THING})\b"),
            r"\g<by> the \g<thing>",
        ),
        # "da article": this article; "da China foreign minister": China's foreign minister
        (re.compile(r"\b(?:da|dagha|daa|de)\s+(?=(?:article|news|story|meeting|talks)\b)", re.I), "this "),
        (
            re.compile(r"\b(?:da|de)\s+(?P<what>.+?)\s+(?=(?:ye\s+)?(?:zikr|zikar|zekr|mention|yaad|yad)\b)", re.I),
            r"\g<what> ",
        ),
        (
            re.compile(r"\b(?:da|de)\s+(?P<name>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+(?=(?-i:[a-z]))"),
            r"\g<name>'s ",
        ),
        (re.compile(r"^(?:aw|ao|au)\s+(?=\S)", re.I), ""),  # "aw Xi …": and Xi …
        # "during the meeting Xi sa wayel": the time or place put after the speaker, as the shapes read it
        (
            re.compile(
                rf"^(?P<when>(?:during|after|before|in|at)\s+the\s+{_PASHTO_THING}"
                rf"|at\s+the\s+(?:start|end)\s+of\s+the\s+{_PASHTO_THING})\s+"
                r"(?P<who>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+(?=(?:sa|tsa)\s)"
            ),
            r"\g<who> \g<when> ",
        ),
        # who met someone, the one met named first ("with Blinken chaa wlidal")
        (
            re.compile(rf"^(?:to|with)\s+(?P<whom>.+?)\s+(?:chaa|cha|sok|tsok)\s+{_PASHTO_MET}$", re.I),
            r"who met \g<whom>",
        ),
        # "Xi sa elan okro": what did Xi announce; "Xi sa propose kral": what did Xi propose
        (
            re.compile(rf"^(?P<who>.+?)\s+{_PASHTO_WHAT}\s+(?:elan|e'lan|ailan|aelan)\s+{_PASHTO_DID}$", re.I),
            r"what did \g<who> announce",
        ),
        (
            re.compile(rf"^(?P<who>.+?)\s+{_PASHTO_WHAT}\s+(?P<verb>(?!mention\b)[a-z]+)\s+{_PASHTO_DID}$", re.I),
            r"what did \g<who> \g<verb>",
        ),
        # "Xi aw Blinken in Beijing in which building sara melaw shwal": in which building did Xi and Blinken meet
        (
            re.compile(
                rf"^(?P<who>.+?)(?P<where>\s+in\s+(?!which\b)[^,?]+?)?\s+(?P<asked>in\s+which\s+\S+)\s+{_PASHTO_MET}$",
                re.I,
            ),
            r"\g<asked> did \g<who> meet\g<where>",
        ),
        *_verb_last(_PASHTO),
        # "between US aw China sa differences dee": what differences are there between the US and China
        (
            re.compile(rf"^(?P<where>.+?)\s+{_PASHTO_WHAT}\s+(?P<thing>[a-z]\S*)\s+(?:dee|di|dey|day|shta)$", re.I),
            r"what \g<thing> are there \g<where>",
        ),
        (
            re.compile(
                r"^(?P<according>according\s+to\s+(?:the\s+|this\s+)?\S+\s+)?(?:(?P<first>in\s+(?-i:[^A-Z])+?)\s+(?=(?-i:[A-Z])))?"
                rf"(?P<who>.+?)(?:\s+(?P<where>in\s+.+?))?\s+{_PASHTO_RANK}\s+{_PASHTO_IS}$",
                re.I,
            ),
            _pashto_rank,
        ),
        *_word_for_word(_PASHTO_ENGLISH),
        (re.compile(r"\s{2,}"), " "),
        _the_the(),
        _country_before_title(),
        *_in_english_at_last(),
    )


_PASHTO_WORDS = _lazy_pattern(
    r"\b(?:wayel|wayal|owayel|wewayel|woyel|wlidal|wleedal|wlidel|owlidal|dawam|mooda|cherta|charta|chiray"
    r"|sok\s+(?:dey|dai|de)|chaa\s+(?:sara|wayel|wayal|ta|leekal\w*|lekal\w*|wlidal)|(?:sa|tsa)\s+(?:wayel|wayal|oshwal)"
    r"|pa\s+(?:bara|baara|bare|baare)\s+(?:ke|kay|ki)|oshwal|okral|wokral|okro|wokro|(?:zikr|zikar)\s+shaw\w*"
    r"|leekaly|lekalay|sara\s+wlidal|mulaqat\s+(?:okro|wokro|kary)|pa\s+so\s+(?:dey|dai|de)|wakhist|waxist)\b"
    r"|\b(?:wale|wali|walay)\b.*\b(?:lar|laar|wlar|olar)\W*$|\bso\s+\w+\s+\w+\s+(?:kral|okral)\b"
    r"|\b(?:partners|rivals|dost)\s+(?:shi|wosi|osi)\b|\b(?:ohda|ohdah|uhda)\s+(?:sa|tsa)\b"
    r"|\b(?:kom|kum)\s+\w+\s+(?:ke|kay|ki)\s+(?:kaar|kar)\s+kaw\w*"
    r"|\b(?:wayeli|wayele|wayle|wayali)\b|\b(?:melaw|milaw|milao|mulaqat)\s+(?:shwal|shwel|oshwal|wshwal|shwe|shu)\b"
    r"|\btar\s+manz\w*|\bpa\s+(?:hisab|hesab)\b|\bpa\s+(?:so|tso)\s+(?:numbar|nambar|number)\b",
    re.I,
)


# How readers ask in Malayalam typed in Latin letters with English words (Manglish): "Xi Taiwan-ine patti enthu
# paranju?" (what did Xi say about Taiwan), "Blinken Beijing-il aareya kandathu?" (whom did Blinken meet in Beijing),
# "meeting ethra neram neendu?" (how long did the meeting last), "partners aakanam ennu paranjathu aaru?" (who said
# they should be partners). Malayalam puts its verb last and its case endings on the noun, hyphened or not
# ("Beijing-il": in Beijing, "Blinken-inodu": to Blinken, "China-yude": China's, "Xi-yum Blinken-um": Xi and Blinken,
# "meeting-inu shesham": after the meeting, "Taiwan-ine patti": about Taiwan); they are put before the noun as
# English prepositions first, and the question read by the shapes it shares with Punjabi and Nepali (verb_last.py).
# Its "aaru" asks who did something, "aare" whom it was done to ("Blinken-ine aaru kandu?": who met Blinken). Read
# before texting's shorthand is spelled out and before the Tanglish book, whose "eppo" (when) is its own too.
_MALAYALAM_NAMES = {
    "(?<!the\\s)(?-i:US|USA)(?=-|\\s)": "the US", "(?-i:Cheena|Chaina)": "China",
    "(?-i:Amerikka|Amerika)": "America", "(?-i:Rashya|Russiya)": "Russia",
    "(?-i:Bharatham)": "India",
}  # fmt: skip
_MALAYALAM_THINGS = {
    "videsha(?:karya)?\\s+manthri|videshakarya\\s+manthri": "foreign minister",
    "pradhana\\s*manthri": "prime minister", "manthri": "minister", "rashtrapathi|prasidant\\w*": "president",
    "nethavu|nethaavu": "leader", "vakthav\\w*": "spokesperson", "udyogasthan\\w*": "official",
    "pathrapravarthak\\w*": "journalist", "koodikk?azhcha\\w*": "meeting", "charchakal|charcha|samsaram": "talks",
    "lekhanam|vaartha|vartha": "article", "manikk?oo?r\\w*|mani\\s+neram": "hours",
    "thathv\\w*|thathw\\w*|thathwangal": "principles", "rajyangal\\w*|raajyangal\\w*": "countries",
    "rajyam|raajyam": "country", "manushyavakash\\w*": "human rights", "vyapaar\\w*|vyapar\\w*": "trade",
    "bandhangal|bandham": "relations", "pankaalikal|pankalikal": "partners", "ethiralikal|ethirali": "rivals",
    "varisankhya": "subscription", "sanghadana\\w*|sanghatana\\w*": "organisation",
}  # fmt: skip
# A case ending, and what English puts before its noun for it ("Beijing-il": in Beijing)
_MALAYALAM_CASES = {
    "ine": "", "ne": "", "ye": "", "e": "", "il": "in", "yil": "in", "ilekku": "to", "ileykku": "to",
    "lekku": "to", "ykku": "to", "kku": "to", "odu": "to", "inodu": "to", "nodu": "to", "yodu": "to",
    "inte": "'s", "nte": "'s", "yude": "'s", "ude": "'s", "inu": "to", "nu": "to", "umaayi": "with",
    "umayi": "with", "aayi": "with", "odoppam": "with", "inodoppam": "with",
}  # fmt: skip
# A word after a noun's case ending, and what English puts before the noun for the two ("Taiwan-ine patti": about
# Taiwan, "meeting-inu shesham": after the meeting, "Blinken-inte koode": with Blinken)
_MALAYALAM_AFTER = {
    "patti|pati|kurichu|kurich|kurichulla|pattiyulla": "about", "vechu|vachu|vech|vach": "in",
    "shesham|sesham|kazhinju|kazhinjittu|kazhinj": "after", "munpu|mumbu|munbu|mumpu|munp": "before",
    "samayathu|samayath|idayil|idakku": "during", "koode|kude|oppam": "with", "ninnu|ninn": "from",
    "thudakkathil|thudakkam|aarambhathil": "at the start of", "avasanam|avasaanathil|avasanathil": "at the end of",
    "prakaram|anusarichu|anusarich": "according to",
}  # fmt: skip
_MALAYALAM_AFTER_WORDS = "|".join(_MALAYALAM_AFTER)
_MALAYALAM_ENDINGS = "|".join(sorted(_MALAYALAM_CASES, key=len, reverse=True))
# Names glued to their ending ("Taiwanine", "Beijingil", "Chinayude") are read off as a consonant's ending after a
# name that closes on one, "y…" after one that closes on a vowel; these close on what an ending would be
_MALAYALAM_NOT_ENDED = r"Brazil|April|Tamil|Basil|Nepal|Israel|Ukraine|Palestine|Europe|Argentine|Valentine|Jasmine"
_MALAYALAM_THING = r"(?:meeting|talks|article|summit|news|story|subscription|conference|visit|discussion)"
_MALAYALAM_QUESTION_WORDS = (
    r"enthu|enth|entha|enthaa|enthaanu|enthanu|enthine|aaru|aare|aareya|ethra|eppol|evide|enthinu|ethu|ethokke|ee|aa"
)
_MALAYALAM_SAID = (
    r"(?:paranju|paranjath|paranjathu|paranjathaanu|paranjirunnu|paranjittund|paranjitund|parayunnu|paranj"
    r"|pranju|paranjo)"
)
_MALAYALAM_WHO = r"(?:aaru|aaraa|aaranu|aaraanu|aar|aarokke|aarellam)"
_MALAYALAM_MET = (
    r"(?:kandu\s*mutti\w*|kandathu|kandath|kandu|koodikk?azhcha\s+nadathi\w*|meeting\s+nadathi\w*"
    r"|meet\s+cheythath\w*|meet\s+cheythu|sandarshich\w*)(?!\w)"
)
_MALAYALAM_DID = r"(?:cheythu|cheythathu|cheythath|cheythittund|cheythitund|cheyithu|cheythirunnu)"
_MALAYALAM = _VerbLast(
    by="",
    about=r"(?P<topic>.+?)(?:-?(?:ine|ne|e))?\s+(?:patti|pati|kurichu)",  # put into "about …" first
    what=r"(?:enthu|enth|entha|enthaa|enthaanu|enthanu|enthokke|endu|entu|entha(?:a|nu))",
    said=_MALAYALAM_SAID,
    who_said=rf"(?:{_MALAYALAM_SAID}\s+{_MALAYALAM_WHO}|{_MALAYALAM_WHO}\s+{_MALAYALAM_SAID})",
    that=r"(?:ennu|ennum|enn)",
    who_said_that=rf"{_MALAYALAM_WHO}\s+{_MALAYALAM_SAID}(?:\s+(?:ennu|that))?",
    whom=r"(?:aare|aarey|aareya|aareyaa|aareyaanu|aareyanu|aarumaayi|aarumayi|aarodu|aarodoppam|with\s+aaru)",
    who=_MALAYALAM_WHO,
    met=_MALAYALAM_MET,
    how_long=r"(?:ethra|etra|ethre)\s+(?:neram|nerem|samayam|time|kaalam|neeram)",
    how_many_hours=r"(?:ethra|etra)\s+(?:hours|manikk?oo?r|manikkur)",
    lasted=r"(?:neendu\w*|neend\w*|nadannu|nadannath\w*|eduthu|last\s+cheythu|poyi|irunnu)",
    when=r"(?:eppol|eppo|eppozha|eppozhanu|eppozhaanu|eppolaanu|eppolanu|ennaanu|ennanu)",
    where=r"(?:evide|evideyaanu|evideyanu|evide\s+vechu|evidevechu|evidey)",
    took_place=r"(?:nadannu|nadannathu|nadannath|vechu\s+nadannu|nadanna)",
    how_many=r"(?:ethra|etra)",
    did=_MALAYALAM_DID,
    how_much=r"(?:(?:vila|price)\s+)?(?:ethra|etra)(?:\s+(?:aanu|anu|aa|rupa|roopa))?",
    who_is=_MALAYALAM_WHO,
    why=r"(?:enthinu|enthina|enthinaa|enthinaanu|enthukondu|enthukond)",
    went=r"(?:poyi|pooyi|poyath\w*|vannu|vannath\w*)",
    happened=r"(?:enthu|entha|enthaanu|enthanu)\s+(?:sambhavichu|sambhavichath\w*|nadannu|nadannath\w*|undaayi|undayi)",
    about_what=(
        r"(?:enthine|enthin)\s*(?:patti|pati|kurichu|kurich)\s*(?:aanu|anu|aa|ullathu|ulla(?:\s+aanu)?)?"
        r"|about\s+(?:enthu|enth)\s*(?:aanu|anu)?"
    ),
    mentioned=(
        r"(?:mention\s+(?:cheythittundo|cheythitundo|cheythu|cheythittund|cheythirunno|cheythirunnu|undo|cheyyunnundo)"
        r"|paranjittundo|paranjitundo|paranjirunno|sandarbhikkunnundo|parayunnundo|undo)"
    ),
    wrote=rf"(?:(?:ezhuthiyath\w*|ezhuthi|ezhudhi)\s+{_MALAYALAM_WHO}|{_MALAYALAM_WHO}\s+(?:ezhuthi\w*|ezhudhi))",
    article=r"(?:(?:this|the)\s+)*(?:article|news|story|report)",
    title=r"(?:the\s+)?(?:position|title|post|padavi|sthanam|sthaanam)\s+(?:enthu|entha|enthaanu|enthanu)",
    which=r"(?:ethu|ethokke|ethellam|ethokkeyaanu)",
)
_MALAYALAM_NUMBERS = {
    "onnu": "one", "randu": "two", "moonu": "three", "munnu": "three", "naalu": "four", "anchu": "five",
}  # fmt: skip
# The nouns "ethu" (which) asks of, with the preposition English puts before each ("ethu divasam": on which day)
_MALAYALAM_WHICH = {
    "divasam|dhivasam|day": "on which day", "samayathu|samayam|neram|time": "at what time",
    "nagarathil|nagaram|city": "in which city", "kettidathil|building": "in which building",
}  # fmt: skip
# Its ordinals ("randaamathe comment": the second comment), and what someone's belief is ("Xi-yude viswasam": what
# Xi believes)
_MALAYALAM_ORDINALS = {
    "onnaamathe|onnamathe|aadyathe|adyathe": "first", "randaamathe|randamathe": "second",
    "moonnaamathe|moonamathe|munnamathe": "third", "naalaamathe|nalamathe": "fourth",
    "avasaanathe|avasanathe": "last", "munpathe|mumbathe": "previous",
}  # fmt: skip
_MALAYALAM_THINKS = {
    "viswasam": "believe", "vishwasam": "believe", "abhiprayam": "think", "pratheeksha": "expect",
    "prateeksha": "expect",
}  # fmt: skip
_MALAYALAM_ENGLISH = {"ee": "this", "mattu|um|pinne": "and", "avar": "they", "alla|illa": "not", "aanu|anu": ""}


def _malayalam_cased(match: re.Match[str]) -> str:
    """ "Beijing-il": in Beijing; "Taiwan-ine patti": about Taiwan; "China-yude": China's; "Blinken-inodu": to
    Blinken; "meeting-inu shesham": after the meeting."""
    name, ending, after = match.group("name"), (match.group("ending") or "").lower(), match.group("after")
    if after:
        before = next(english for words, english in _MALAYALAM_AFTER.items() if re.fullmatch(words, after, re.I))
    else:
        before = _MALAYALAM_CASES[ending]
    if before == "'s":
        return f"{name}'s"
    return f"{before} {name}" if before else name


def _malayalam_doing(match: re.Match[str]) -> str:
    """ "what is the relationship facing"; "what did Wang Yi say the relationship is facing", the one whose words
    they are named as an owner before it ("in Wang Yi's second comment") or "they"."""
    before, verb = match.group("before").strip(), match.group("verb").lower()
    doing = f"{verb[:-1] if verb.endswith('e') and not verb.endswith('ee') else verb}ing"
    what = _with_the(match.group("what"))
    if not match.group("said"):
        return f"{before + ' ' if before else ''}what is {what} {doing}"
    owner = re.search(r"(?P<who>(?:(?-i:[A-Z])[\w-]*\s+)?(?-i:[A-Z])[\w-]*)['’]s\b", before)
    said_by = owner.group("who") if owner else "they"
    return f"{before + ', ' if before else ''}what did {said_by} say {what} is {doing}"


@cache
def _malayalam() -> _Shapes:
    after = rf"(?:\s+(?P<after>{_MALAYALAM_AFTER_WORDS}))?\b"
    return (
        _after_the_question(),
        *_word_for_word(_MALAYALAM_NAMES),
        *_word_for_word(_MALAYALAM_THINGS),
        *_word_for_word(_MALAYALAM_ORDINALS),
        # "Xi-yum Blinken-um": Xi and Blinken
        (
            re.compile(
                r"\b(?P<one>the\s+US|(?:(?-i:[A-Z])\w*\s+)?(?-i:[A-Z])[\w]*?)(?:-y?um|(?<=[aeiou])yum|(?<=[^aeiou])um)\s+"
                r"(?P<other>the\s+US|(?:(?-i:[A-Z])\w*\s+)?(?-i:[A-Z])[\w]*?)(?:-y?um|(?<=[aeiou])yum|(?<=[^aeiou])um)\b"
            ),
            r"\g<one> and \g<other>",
        ),
        # "partners aakanam": they should be partners
        (
            re.compile(
                r"\b(?:avar\s+)?(?P<what>\S+)\s+(?:aakanam|aavanam|aakkanam|aayirikkanam|aakenam|aavenam)\b", re.I
            ),
            r"they should be \g<what>",
        ),
        (re.compile(r"\bee\s+(?=\w)", re.I), "this "),
        # "Wang Yi ethu organisation-il aanu work cheyyunnathu": which organisation does Wang Yi work for
        (
            re.compile(
                r"^(?P<who>.+?)\s+(?:ethu|eth)\s+(?P<employer>\w+?)(?:-?(?:il|yil|l|inu|nu))?\s+(?:aanu\s+|anu\s+)?"
                r"(?:work\s+cheyyunnath\w*|work\s+cheyyunnu|joli\s+cheyyunnath\w*|joli\s+cheyyunnu|pravarthikkunnath\w*)$",
                re.I,
            ),
            lambda match: f"which {match.group('employer')} does {match.group('who')} work for",
        ),
        (
            re.compile(
                r"^(?P<who>.+?)\s+in\s+which\s+(?P<employer>\w+)\s+(?:aanu\s+|anu\s+)?(?:work|joli)\s+cheyyunnath\w*$",
                re.I,
            ),
            r"which \g<employer> does \g<who> work for",
        ),
        # "munpu" (before) after the one who did something, no ending on them: previously ("Xi munpu kandathu":
        # whom Xi met before), where after a noun's ending, or a name another did something after, it is "before" it
        # ("meeting-inu munpu": before the meeting, "Blinken munpu aaru samsarichu": who spoke before Blinken)
        (
            re.compile(
                rf"\b(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[a-z]*)(?<!nu)(?<!ku)(?<!il)\s+(?:munpu|mumbu|munbu|mumpu|munp)\s+"
                rf"(?=\S)(?!.*\b{_MALAYALAM_WHO}\b)"
            ),
            r"\g<who> previously ",
        ),
        # a noun and the word after it, its ending hyphened or none: "Taiwan patti" (about Taiwan), "human rights-ine
        # kurichu" (about human rights)
        (
            re.compile(
                rf"\b(?P<name>the\s+US|{_TWO_WORD_NAME}|(?-i:[A-Z])[\w]*|(?:(?!(?:{_MALAYALAM_QUESTION_WORDS})\b)[a-z]\w*\s+)?"
                rf"(?!(?:{_MALAYALAM_QUESTION_WORDS})\b)[a-z]\w*)(?:-(?P<ending>{_MALAYALAM_ENDINGS}))?\s+"
                rf"(?P<after>{_MALAYALAM_AFTER_WORDS})\b"
            ),
            _malayalam_cased,
        ),
        # a case ending on a noun, hyphened ("Beijing-il") or on a name or an English noun ("Beijingil", "meetingil")
        (
            re.compile(rf"\b(?P<name>the\s+US|{_TWO_WORD_NAME}|[\w]+)-(?P<ending>{_MALAYALAM_ENDINGS}){after}", re.I),
            _malayalam_cased,
        ),
        (
            re.compile(
                rf"\b(?P<name>(?-i:[A-Z])[a-z]*[aeiou])(?P<ending>(?-i:yude|yil|ye|ykku|yodu|yilekku|yumaayi)){after}"
            ),
            _malayalam_cased,
        ),
        (
            re.compile(
                rf"\b(?!(?:{_MALAYALAM_NOT_ENDED})\b)(?P<name>(?-i:[A-Z])[a-z]{{2,}}?[bcdfghjklmnpqrstvwxz]|{_MALAYALAM_THING})"
                rf"(?P<ending>(?-i:ine|inte|inodu|inodoppam|odu|ilekku|ileykku|inu|il|umaayi|umayi)){after}"
            ),
            _malayalam_cased,
        ),
        (
            re.compile(rf"\b(?P<by>in|at|about|after|before|during|with|from|to|of)\s+(?P<thing>{_MALAYALAM_THING})\b"),
            r"\g<by> the \g<thing>",
        ),
        # "Blinken and Wang Yi thammilulla talks": the talks between Blinken and Wang Yi
        (
            re.compile(
                rf"^(?P<before>.*?)(?P<pair>\S+(?:\s+\S+)?\s+and\s+\S+(?:\s+(?-i:[A-Z])\S*)?)\s+"
                rf"(?:thammilulla|thammil|idayilulla|thammilulla)\s+(?P<thing>{_MALAYALAM_THING})\b"
            ),
            r"\g<before>the \g<thing> between \g<pair>",
        ),
        (re.compile(r"\b(?:stabilise|stable|sthiram)\s+aak\w*\s+thudangi\w*", re.I), "are beginning to stabilise"),
        (re.compile(r"\bin\s+(?P<place>\S+)\s+(?=(?:poyi|pooyi|poyath\w*)\b)", re.I), r"to \g<place> "),
        (re.compile(r"^(?:appo|appol|athinu\s+shesham|pinne|ennal)\b,?\s*", re.I), ""),
        # "Wang Yi's second in comment": in Wang Yi's second comment (the ending's word put before the owner)
        (
            re.compile(
                rf"\b(?P<owner>(?:{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)['’]s(?:\s+(?:{'|'.join(_MALAYALAM_ORDINALS.values())}))?)\s+"
                r"(?P<by>in|at|about|after|before|during|with|from)\s+(?P<thing>[a-z][\w-]*)\b"
            ),
            r"\g<by> \g<owner> \g<thing>",
        ),
        # "Xi kandathu aareyaanu": who did Xi meet; "Xi paranjathu enthaanu": what did Xi say (the one who did it, the
        # verb's "-athu", then what is asked)
        (
            re.compile(
                r"^(?P<who>.+?)\s+(?:kandathu|kandath|kandumuttiyathu|meet\s+cheythathu)\s+"
                r"(?:aare|aarey|aareya|aareyaa|aareyaanu|aareyanu|aarumaayi(?:\s+aanu)?|aarodaanu)$",
                re.I,
            ),
            r"who did \g<who> meet",
        ),
        (
            re.compile(
                rf"^(?P<who>.+?)\s+(?:paranjathu|paranjath)\s+(?:enthaanu|enthanu|entha|enthu){_ANSWER_WORDS}", re.I
            ),
            r"what did \g<who> say\g<rest>",
        ),
        # "relationship enthaanu face cheyyunnathu": what is the relationship facing; "… ennu paranju": what did they
        # say the relationship is facing (the one whose words are asked about, where an owner is named before it)
        (
            re.compile(
                r"^(?P<before>.*?)\s*(?P<what>(?:the\s+)?\S+)\s+(?:enthaanu|enthanu|enthu|entha)\s+(?P<verb>[a-z]+)\s+"
                rf"(?:cheyyunnathu|cheyyunnath|cheyyunnu)(?:\s+(?:ennu|enn)\s+(?P<said>{_MALAYALAM_SAID}))?$",
                re.I,
            ),
            _malayalam_doing,
        ),
        # "China and the US orumichu enthu achieve cheyyan pattum ennaanu Xi's viswasam": what does Xi believe China and
        # the US can achieve together
        (
            re.compile(
                r"^(?P<who>.+?)\s+(?P<together>(?:orumichu|onnichu)\s+)?(?:enthu|enth|entha)\s+(?P<verb>[a-z]+)\s+"
                r"(?:cheyyan|cheyyaan|cheyan)\s+(?:pattum|kazhiyum|sadhikkum|saadhikkum)\s+(?:ennaanu|ennanu|ennu)\s+"
                rf"(?P<whose>.+?)['’]s\s+(?P<thinks>{'|'.join(_MALAYALAM_THINKS)})$",
                re.I,
            ),
            lambda match: (
                f"what does {match.group('whose')} {_MALAYALAM_THINKS[match.group('thinks').lower()]} "
                f"{match.group('who')} can {match.group('verb')}{' together' if match.group('together') else ''}"
            ),
        ),
        # "aaranu partners aakanam ennu paranjathu": who said they should be partners (who asked first)
        (
            re.compile(rf"^{_MALAYALAM_WHO}\s+(?P<said>.+?)\s+(?:ennu|enn)\s+{_MALAYALAM_SAID}$", re.I),
            r"who said \g<said>",
        ),
        (
            re.compile(rf"^(?P<said>.+?)\s+(?:ennu|enn)\s+{_MALAYALAM_WHO}\s+{_MALAYALAM_SAID}$", re.I),
            r"who said \g<said>",
        ),
        # "in the article about Russia enthenkilum undo": is there anything about Russia
        (
            re.compile(
                r"^(?:in\s+the\s+article\s+)?(?P<topic>about\s+.+?)\s+(?:enthenkilum|enthelum|valathum|enthengilum)\s+"
                r"(?:undo|undu|ondo|undaayirunno)(?:\s+in\s+the\s+article)?$",
                re.I,
            ),
            r"is there anything \g<topic>",
        ),
        # "Xi propose cheytha moonu principles enthokke?": what three principles did Xi propose
        (
            re.compile(
                rf"^(?P<who>.+?)\s+(?P<verb>[a-z]+)\s+(?:cheytha|cheyta|cheythirunna)\s+"
                rf"(?:(?P<count>{'|'.join(_MALAYALAM_NUMBERS)})\s+)?(?P<thing>\S+)\s+"
                r"(?:enthokke|enthellam|entha|enthaanu|enthanu|ethokke|ethellam)$",
                re.I,
            ),
            lambda match: (
                f"what {_MALAYALAM_NUMBERS[match.group('count').lower()] + ' ' if match.group('count') else ''}"
                f"{match.group('thing')} did {match.group('who')} {match.group('verb')}"
            ),
        ),
        # "ethu newspaper aanu ee article publish cheythathu?": which newspaper published this article
        (
            re.compile(
                r"^(?:ethu|eth)\s+(?P<thing>\S+)\s+(?:aanu\s+|anu\s+)?(?P<what>.+?)\s+(?P<verb>publish|report|write)\s+"
                r"(?:cheythathu|cheythath|cheythu)$",
                re.I,
            ),
            lambda match: (
                f"which {match.group('thing')} {_past_tense(match.group('verb').lower())} {match.group('what')}"
            ),
        ),
        # "article eppol aanu publish cheythathu?": when was the article published
        (
            re.compile(
                rf"^(?P<what>.+?)\s+(?P<asked>{_MALAYALAM.when}|{_MALAYALAM.where})\s+(?:aanu\s+|anu\s+)?"
                r"(?P<verb>publish|update|write|report)\s+(?:cheythathu|cheythath|cheythu)$",
                re.I,
            ),
            lambda match: (
                f"{'where' if match.group('asked').lower().startswith('evide') else 'when'} was "
                f"{_with_the(match.group('what'))} {_past_participle(match.group('verb').lower())}"
            ),
        ),
        # "aazhchayile ethu divasam aanu Xi Blinken-ine kandathu?": on which day of the week did Xi meet Blinken
        (
            re.compile(
                rf"^(?:(?P<week>aazhchayile|azhchayile|aazhchayil)\s+)?(?:ethu|eth)\s+(?P<noun>{'|'.join(_MALAYALAM_WHICH)})\s+"
                rf"(?:aanu\s+|anu\s+)?(?P<who>.+?)(?:\s+(?P<whom>(?-i:[A-Z])\S*))?\s+{_MALAYALAM_MET}$",
                re.I,
            ),
            lambda match: (
                f"{next(e for n, e in _MALAYALAM_WHICH.items() if re.fullmatch(n, match.group('noun'), re.I))}"
                f"{' of the week' if match.group('week') else ''} did {match.group('who')} meet"
                + (f" {match.group('whom')}" if match.group("whom") else "")
            ),
        ),
        # "about Taiwan paranjittundo": was Taiwan mentioned
        (
            re.compile(
                r"^(?:in\s+the\s+article\s+)?about\s+(?=.+\s+(?:mention|paranjittundo|paranjitundo|paranjirunno)\b)",
                re.I,
            ),
            "",
        ),
        # "Xi about Taiwan enthenkilum paranjo?": did Xi say anything about Taiwan
        (
            re.compile(
                rf"^(?P<who>.+?)\s+(?P<topic>about\s+.+?)\s+(?:enthenkilum|enthelum|valathum)\s+{_MALAYALAM_SAID}$",
                re.I,
            ),
            r"did \g<who> say anything \g<topic>",
        ),
        # "Xi enthu announce cheythu": what did Xi announce (an English verb done with "cheythu")
        (
            re.compile(rf"^(?P<who>.+?)\s+{_MALAYALAM.what}\s+(?P<verb>(?!mention\b)[a-z]+)\s+{_MALAYALAM_DID}$", re.I),
            r"what did \g<who> \g<verb>",
        ),
        (
            re.compile(rf"^(?P<who>.+?)\s+{_MALAYALAM.what}\s+(?:prakhyapich\w*|prakhyaapich\w*)$", re.I),
            r"what did \g<who> announce",
        ),
        # "Blinken Xi-ye evide vechu kandu": where did Blinken meet Xi
        (
            re.compile(
                rf"^(?P<who>.+?)(?<!\band)(?<!\band the)\s+(?P<whom>(?-i:[A-Z])[\w-]*)\s+"
                rf"(?P<asked>{_MALAYALAM.when}|{_MALAYALAM.where})\s+{_MALAYALAM_MET}$",
                re.I,
            ),
            lambda match: (
                f"{'where' if match.group('asked').lower().startswith('evide') else 'when'} did {match.group('who')} "
                f"meet {match.group('whom')}"
            ),
        ),
        # "subscription-inu ethra aanu": how much is the subscription
        (
            re.compile(r"^to\s+(?=(?:the\s+)?\S+\s+(?:vila\s+|price\s+)?(?:ethra|etra)(?:\s+(?:aanu|anu|aa))?$)", re.I),
            "",
        ),
        *_verb_last(_MALAYALAM),
        *_word_for_word(_MALAYALAM_ENGLISH),
        (re.compile(r"\s{2,}"), " "),
        (re.compile(r"\s+$"), ""),
        _according_to_last(),
        _the_the(),
        _country_before_title(),
        *_in_english_at_last(),
    )


_MALAYALAM_WORDS = _lazy_pattern(
    r"\b(?:paranj\w*|pranju|aareya\w*|aarey|aare|aaru|aaranu|aaraanu|kandathu|kandath|kandumutti\w*|ethra|etra"
    r"|neendu\w*|eppol\w*|eppozh\w*|evide\w*|enthinu|enthina|enthukond\w*|sambhavich\w*|kurich\w*|ezhuthi\w*"
    r"|aakanam|aavanam|aayirikkanam|cheythu|cheythath\w*|cheythittund\w*|enthu|enthaanu|enthanu|enthine"
    r"|koodikk?azhcha\w*|prakhyapich\w*|enthenkilum|thammilulla|thudangi|prakaram|cheytha|aazhchayile"
    r"|ethu|ethokke|cheyyunnath\w*|cheyyunnu)\b",
    re.I,
)


# How readers ask in Telugu typed in Latin letters with English words: "Wang Yi emi annaru?" (what did Wang Yi say),
# "Blinken Taiwan gurinchi emi chepparu?" (what did Blinken say about Taiwan), "Blinken Beijing lo evarini kalisaru?"
# (whom did Blinken meet in Beijing), "talks entha sepu jarigayi?" (how long did the talks last), "partners ga undali
# ani evaru annaru?" (who said they should be partners), "Xi mariyu Blinken e roju kalisaru?" (on which day did Xi and
# Blinken meet). Telugu puts its verb last and its small words after the noun ("Beijing lo": in Beijing, "Blinken ki":
# to Blinken, "Blinken tho": with Blinken, "Taiwan gurinchi": about Taiwan, "meeting tarvata": after the meeting,
# "China yokka": China's), as Tamil, Malayalam and Punjabi do, and shares their shapes (verb_last.py); "… ani" closes
# what was said, "-aa" on a verb asks yes or no ("annaraa": did he say), "emaina" is "anything". Its "e" before a noun
# asks which ("e roju": on which day, "e samstha": which organisation; "e e", which of many), "ee" is "this", "aa"
# "that". A small word's noun may stand inside another's ("Blinken tho meeting lo": in the meeting with Blinken), a
# pair before "madhya" ("US-China madhya unna differences": the differences between the US and China), a noun before
# "list" ("differences list lo": in the list of differences). Read before texting's shorthand is spelled out and
# before the Tanglish and Malayalam books, whose "entha" and "enna" are near its own words.
_TELUGU_NAMES = {
    "(?-i:Cheena|Chaina|Chainaa)": "China", "(?-i:Amerika|Americaa)": "America", "(?-i:Rashya|Rashyaa)": "Russia",
    "(?-i:Bharat|Bharatha\\s+desam)": "India", "(?-i:Taivan|Taiwanu)": "Taiwan",
}  # fmt: skip
_TELUGU_THINGS = {
    "videsh?anga\\s+(?:sakha\\s+)?mantri|videsh?i?\\s+vyavaharala\\s+mantri|videsha\\s+vyavaharala\\s+mantri":
        "foreign minister",
    "pradhana\\s*mantri|pradhani": "prime minister", "adhyakshud[ua]|adhyakshulu|rashtrapati|rashtrapathi": "president",
    "mantri": "minister", "nayakud[ua]|naayakud[ua]|netha|naayakulu|nayakulu": "leader",
    "prathinidhi|pratinidhi|pravaktha|pravakta": "spokesperson", "adhikari|adhikaarulu|adhikarulu": "official",
    "vilekhari|vilekari|patrikaa?\\s+vilekhari": "journalist", "rachayita|rachayitha": "author",
    "samavesham|samavesam|bheti|bhetii": "meeting", "charchalu|charcha|samprathimpulu|sampradimpulu|matalu": "talks",
    "vyasam|vaartha|vartha|kathanam": "article", "gantalu|gantala|gantalaa": "hours",
    "siddhantalu|siddhaantalu|sutralu|sootralu": "principles", "sambandhalu|sambandham": "relations",
    "desalu|deshalu|dheshalu|rendu\\s+desalu": "countries", "bhagaswamulu|bhaagaswamulu": "partners",
    "pratyarthulu|pratyardhulu|pratyarthi": "rivals", "samstha|samsthalo": "organisation",
    "manava\\s+hakkulu|maanava\\s+hakkulu": "human rights", "vanijyam|vyaparam|vyaapaaram": "trade",
    "pratipadinch\\w*|pratipaadinch\\w*|prathipaadinch\\w*": "propose chesaru",
    "mottham|motham|anni": "all", "subscription\\s+dhara|subscription\\s+dara": "subscription dhara",
}  # fmt: skip
# A small word after a noun and the English preposition put before it ("Beijing lo": in Beijing)
_TELUGU_AFTER = {
    "gurinchi|gurunchi|guninchi|gurinci": "about", "lo|loo|lona": "in", "ki|ku|kii|kuu|ke": "to",
    "tho|thoo|toti|tohti": "with", "tarvata|taruvata|tarvatha|taruvatha|tharvatha|taravata|aipoyaka": "after",
    "mundu|mundhu|kante\\s+mundu|ki\\s+mundu": "before", "samayamlo|samayam\\s+lo|appudu": "during",
    "nunchi|nundi|nunci": "from", "prakaram|prakaaram|prakaramu": "according to",
}  # fmt: skip
_TELUGU_THING = r"(?:meeting|talks|article|summit|news|story|visit|discussion)"
_TELUGU_SAID = (
    r"(?:annaru|annaaru|annadu|annaadu|annadi|anadu|anaru|chepparu|cheppaaru|cheppadu|cheppindi|chepindi|chepparu"
    r"|chepadu|matladaru|maatladaru|matladadu|maatladaadu|perkonnaru|perkonnadu|vyakhyaninchaaru|vyakhyanincharu)"
)
# A verb of saying asked yes or no ("annaraa": did he say)
_TELUGU_SAID_ASKED = r"(?:annaraa?|annadaa?|annadaa?|chepparaa?|cheppadaa?|cheppindaa?|matladaraa?)"
_TELUGU_WHO = r"(?:evaru|yevaru|evvaru|yavaru)"
_TELUGU_WHAT = r"(?:emi|yemi|emiti|yemiti|em|yem|enti|yenti|emitu)"
_TELUGU_MET = (
    r"(?:kalisaru|kalisaaru|kalisadu|kalisaadu|kalisindi|kalusukunnaru|kalusukunnaaru|kalusukunnadu|kalisaraa?"
    r"|(?:meet|bheti)\s+(?:ayyaru|ayyaaru|ayyadu|chesaru|chesaaru|chesadu))"
)
_TELUGU_DID = r"(?:chesaru|chesaaru|chesadu|chesaadu|chesindi|chesaraa?)"
_TELUGU = _VerbLast(
    by="",
    about=r"(?P<topic>.+?)\s+(?:gurinchi|gurunchi)",  # put into "about …" first
    what=_TELUGU_WHAT,
    said=_TELUGU_SAID,
    who_said=rf"{_TELUGU_WHO}\s+{_TELUGU_SAID}",
    that=r"(?:ani|anii|annadi)",
    who_said_that=rf"{_TELUGU_WHO}\s+{_TELUGU_SAID}(?:\s+(?:ante|that))?",
    whom=r"(?:evarini|yevarini|evarni|evaritho|yevaritho|evarito|evaru\s+tho)",
    who=_TELUGU_WHO,
    met=_TELUGU_MET,
    how_long=r"(?:entha|yentha|enta)\s+(?:sepu|sepo|seepu|samayam|time|kaalam|kalam)",
    how_many_hours=r"(?:enni|yenni)\s+(?:hours|gantalu|gantala)",
    lasted=(
        r"(?:jarigindi|jarigayi|jarigaayi|jarigay|sagindi|saagindi|sagayi|saagaayi|nadichindi|nadichayi|konasagindi"
        r"|konasagayi|last\s+ayyindi|last\s+ayyayi)"
    ),
    when=r"(?:eppudu|yeppudu|eppdu)",
    where=r"(?:ekkada|yekkada|ekada)",
    took_place=r"(?:jarigindi|jarigaayi|jarigayi|jarigay|ayyindi|nirvahincharu|jarigindhi)",
    how_many=r"(?:enni|yenni)",
    did=_TELUGU_DID,
    how_much=r"(?:(?:dhara|dara|price|rate|kharchu|kharidu|cost)\s+)?(?:entha|yentha|enta)(?:\s+(?:undi|avutundi|rupayalu))?",
    who_is=rf"{_TELUGU_WHO}(?:\s+(?:andi|ante))?",
    why=r"(?:enduku|yenduku|endukani)",
    went=r"(?:vellaru|vellaaru|velladu|vellindi|vachcharu|vacharu|vachadu)",
    happened=rf"{_TELUGU_WHAT}\s+(?:jarigindi|jarigindhi|ayyindi)",
    about_what=r"(?:deeni|dheeni|dheni|deni|denni)\s+(?:gurinchi|gurunchi)(?:\s+(?:undi|cheptundi|raasaru|rasaru))?",
    mentioned=(
        r"(?:prastavinchara\w*|prasthavinchara\w*|prastavana\s+(?:undaa?|undi|vachindaa?)|prastavinchabadind\w*"
        r"|mention\s+(?:chesaraa?|chesaaraa?|ayyindaa?|undaa?|chesindaa?))"
    ),
    wrote=rf"{_TELUGU_WHO}\s+(?:rasaru|raasaru|rasadu|raasadu|rasindi|raasindi|write\s+chesaru)",
    article=r"(?:(?:this|the)\s+)?(?:article|news|story)",
    title=r"(?:the\s+)?(?:padavi|hoda|post|title|position)\s+(?:emi|emiti|enti|em)(?:\s+undi)?",
    which=r"(?:e|ye|edi)",
)
_TELUGU_ENGLISH = {
    "kuda|kooda": "also", "avunu": "yes", "kaadu|ledu": "not",
    "vaallu|vallu|varu|vaaru": "they", "rendu": "two", "moodu|mudu": "three", "(?:ni|nu|ga|andi|ani)": "",
}  # fmt: skip


# Small words of its own no topic is ("deeni gurinchi": about what, "ee article gurinchi": about this article)
_TELUGU_NOT_TOPIC = (
    r"(?:deeni|dheeni|dheni|deni|denni|emi|yemi|emiti|enti|em|evari|evarini|the|this|a|an|and|in|to|with)"
)


def _the_country(name: str) -> str:
    """ "US": "the US", as English names it after "between"; "China": "China"."""
    return f"the {name}" if name in ("US", "USA", "UK", "EU", "UN") else name


def _telugu_after(match: re.Match[str]) -> str:
    """ "Beijing lo": in Beijing; "Blinken ki": to Blinken; "China yokka": China's; "meeting tarvata": after the
    meeting."""
    after = next(english for words, english in _TELUGU_AFTER.items() if re.fullmatch(words, match.group("after"), re.I))
    noun = match.group("noun")
    return f"{after} {'the ' if re.fullmatch(_TELUGU_THING, noun) else ''}{noun}"


@cache
def _telugu() -> _Shapes:
    after = "|".join(_TELUGU_AFTER)
    return (
        _after_the_question(),
        *_word_for_word(_TELUGU_NAMES),
        *_word_for_word(_TELUGU_THINGS),
        (re.compile(r"\b(?:ee|ii)\s+(?=\w)", re.I), "this "),
        (re.compile(r"\b(?:aa)\s+(?=(?:meeting|talks|article|summit|visit)\b)", re.I), "the "),
        # "Xi mariyu Blinken": Xi and Blinken; "undalani" (that they should be): "undali ani"
        (re.compile(r"\b(?:mariyu|inka)\b", re.I), "and"),
        (re.compile(r"\b(?P<should>und|vund)aa?lani\b", re.I), r"\g<should>ali ani"),
        # "partners ga undali": they should be partners
        (
            re.compile(r"\b(?:vaallu\s+|vallu\s+)?(?P<what>\S+)\s+(?:ga|gaa)\s+(?:undali|undaali|vundali)\b", re.I),
            r"they should be \g<what>",
        ),
        # "Wang Yi e samstha lo pani chestaru?": which organisation does Wang Yi work for
        (
            re.compile(
                r"^(?P<who>.+?)\s+(?:e|ye|edi)\s+(?P<employer>\w+)\s+(?:lo|ki|kosam|loo)\s+(?:pani|work|udyogam)\s+"
                r"(?:chestaru|chestunnaru|chestadu|chesthaaru|chestharu|chestaaru)$",
                re.I,
            ),
            r"which \g<employer> does \g<who> work for",
        ),
        # "e roju" (which day), "e samayamlo" (at what time), "e nagaram lo" (in which city)
        (re.compile(r"\b(?:e|ye)\s+(?:roju|rojuna|rojun|day|tedi|tedina)\b", re.I), "on which day"),
        (re.compile(r"\b(?:e|ye)\s+(?:samayam\s*lo|samayamlo|time\s*ki)\b", re.I), "at what time"),
        (re.compile(r"\b(?:e|ye)\s+(?:nagaram|city|ooru)\s*(?:lo)?\b", re.I), "in which city"),
        # "China yokka": China's
        (re.compile(r"\b(?P<name>(?-i:[A-Z])[\w-]*)\s+(?:yokka|yoka)\s+(?=\w)"), r"\g<name>'s "),
        # "US-China madhya unna": between the US and China (that are between them); "Blinken tho meeting lo": in the
        # meeting with Blinken (a small word's noun inside another's); "differences list lo": in the list of differences
        (
            re.compile(
                r"\b(?P<one>(?-i:[A-Z])\w*)(?:-|\s+and\s+)(?P<other>(?-i:[A-Z])\w*)\s+(?:madhya|madhyana|madya)"
                r"(?:\s+(?:unna|vunna|unnna|gala))?\b"
            ),
            lambda match: f"between {_the_country(match.group('one'))} and {_the_country(match.group('other'))}",
        ),
        (
            re.compile(
                rf"\b(?P<name>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+(?i:tho|thoo|toti)\s+(?P<thing>{_TELUGU_THING})\s+"
                r"(?i:lo|loo|lona)\b"
            ),
            r"in the \g<thing> with \g<name>",
        ),
        (
            re.compile(r"\b(?:(?P<between>between\s+.+?)\s+)?(?P<what>[a-z]+)\s+list\s+(?:lo|loo|lona)\b", re.I),
            lambda match: (
                f"in the list of {match.group('what')}"
                + (f" {match.group('between')}" if match.group("between") else "")
            ),
        ),
        # "between Xi and Biden meeting": the meeting between Xi and Biden
        (
            re.compile(
                r"\b(?P<between>between\s+\S+(?:\s+\S+)?\s+and\s+\S+)\s+(?P<noun>meeting|talks|differences|relations"
                r"|relationship|trade|issues|summit)\b",
                re.I,
            ),
            r"the \g<noun> \g<between>",
        ),
        # a topic in lower case, one word or two, a compound name before it or none: "China-US relationship gurinchi"
        (
            re.compile(
                rf"\b(?P<topic>(?:(?-i:[A-Z])\w*-[\w-]+\s+)?(?!{_TELUGU_NOT_TOPIC}\b)(?-i:[a-z])[\w-]*"
                rf"(?:\s+(?!{_TELUGU_NOT_TOPIC}\b)(?-i:[a-z])[\w-]*)?)\s+(?i:gurinchi|gurunchi|guninchi|gurinci)\b"
            ),
            r"about \g<topic>",
        ),
        # its small words after a noun put before it as English's prepositions: "Beijing lo" (in Beijing), "Blinken
        # ki" (to Blinken), "meeting tarvata" (after the meeting), "Taiwan gurinchi" (about Taiwan)
        (
            re.compile(
                rf"\b(?P<noun>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*|{_TELUGU_THING}|human\s+rights|trade|principles)"
                rf"(?:-|\s+)(?P<after>(?i:{after}))\b"
            ),
            _telugu_after,
        ),
        # "in the list of … e e topics unnayi?": which topics are in the list of … ("e e": which, of many)
        (
            re.compile(
                r"^(?P<place>(?:in|at|on)\s+the\s+[^,?]+?)\s+(?:e|ye)(?:\s+(?:e|ye))?\s+(?P<what>[\w-]+)\s+"
                r"(?:unnayi|unnaayi|unnai|unnay|undi|unnadi|vunnayi|unnaru)$",
                re.I,
            ),
            r"which \g<what> are \g<place>",
        ),
        (re.compile(r"\b(?P<noun>(?-i:[A-Z])[\w]*?)-?(?:ni|nu)\s+(?=(?:evaru|yevaru)\b)"), r"\g<noun> "),
        # "after the meeting Blinken emi annaru": the occasion said first put after the question, as English does
        (
            re.compile(
                r"^(?P<occasion>(?:after|before|during|in|at)\s+the\s+(?:meeting|talks|visit|summit)),?\s+"
                rf"(?P<rest>.+?\s+(?:{_TELUGU_SAID}|{_TELUGU_MET}))$",
                re.I,
            ),
            r"\g<rest> \g<occasion>",
        ),
        # "… on which day kalisaru": on which day did … meet; "meeting on which day jarigindi": … take place
        (
            re.compile(rf"^(?P<who>.+?)\s+(?P<asked>on\s+which\s+day|at\s+what\s+time)\s+{_TELUGU_MET}$", re.I),
            r"\g<asked> did \g<who> meet",
        ),
        (
            re.compile(
                rf"^(?P<what>.+?)\s+(?P<asked>on\s+which\s+day|at\s+what\s+time|in\s+which\s+city)\s+{_TELUGU.took_place}$",
                re.I,
            ),
            lambda match: f"{match.group('asked')} did {_with_the(match.group('what'))} take place",
        ),
        # "about Taiwan emi chepparu?", "in the article about Taiwan emi undi?": what was said about Taiwan (no one
        # named who said it)
        (
            re.compile(
                r"^(?:in\s+the\s+article\s+)?(?P<about>about\s+[^,?]+?)(?:\s+in\s+the\s+article)?\s+"
                rf"{_TELUGU_WHAT}\s+(?:{_TELUGU_SAID}|cheppabadindi|cheppabaddadi|undi|rasaru|raasaru)$",
                re.I,
            ),
            r"what was said \g<about>",
        ),
        # "about Taiwan prastavincharaa?": was Taiwan mentioned
        (re.compile(rf"^(?:in\s+the\s+article\s+)?about\s+(?=.+\s+{_TELUGU.mentioned}$)", re.I), ""),
        # "about Taiwan emaina chepparaa?": was anything said about Taiwan; "Xi about Taiwan emaina annaraa?": did Xi
        # say anything about it
        (
            re.compile(
                rf"^(?P<topic>about\s+[^,?]+?)\s+(?:emaina|edaina|emanna|yemaina)\s+(?:{_TELUGU_SAID_ASKED}|{_TELUGU_SAID})$",
                re.I,
            ),
            r"was anything said \g<topic>",
        ),
        (
            re.compile(
                rf"^(?P<who>[^,?]+?)\s+(?P<topic>about\s+[^,?]+?)\s+(?:emaina|edaina|emanna|yemaina)\s+"
                rf"(?:{_TELUGU_SAID_ASKED}|{_TELUGU_SAID})$",
                re.I,
            ),
            r"did \g<who> say anything \g<topic>",
        ),
        # "Xi they should be partners ani annaraa?": did Xi say that they should be partners
        (
            re.compile(
                rf"^(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*|the\s+\w+(?:\s+\w+)?)\s+(?P<said>.+?)\s+(?:ani|anii)\s+"
                rf"{_TELUGU_SAID_ASKED}$"
            ),
            r"did \g<who> say that \g<said>",
        ),
        *_verb_last(_TELUGU),
        *_word_for_word(_TELUGU_ENGLISH),
        (re.compile(r"\s{2,}"), " "),
        (re.compile(r"\s+$"), ""),
        _according_to_last(),
        _the_the(),
        _country_before_title(),
        *_in_english_at_last(),
    )


_TELUGU_WORDS = _lazy_pattern(
    r"\b(?:annaru|annaaru|annadu|annadi|annaraa?|annadaa?|chepp(?:aru|aaru|adu|indi|araa?|adaa?|abadindi)|chepadu"
    r"|gurinchi|gurunchi|evaru|yevaru|evarini|yevarini|evaritho|ekkada|yekkada|eppudu|yeppudu|kalisaru|kalisadu"
    r"|kalusukunn\w*|jarigindi|jarigayi|jarigaayi|entha\s+sepu|enni\s+gantalu|enduku|rasaru|raasaru|chesaru|chesaaru"
    r"|prastavinch\w*|matladaru|(?:e|ye)\s+roju\w*|undali|undaali|undalani|pani\s+chest\w*|videsh?anga"
    r"|pratipadinch\w*|prathipaadinch\w*|pratipaadinch\w*|(?:padavi|hoda)\s+(?:emi|emiti|enti|em)|madhya)\b"
    r"|\b(?:e|ye)\s+[\w-]+\s+(?:unnayi|unnaayi|unnai)\W*$",
    re.I,
)


# How readers ask in Marathi, in Devanagari ("Blinken काय म्हणाले?": what did Blinken say, "बैठक कुठे झाली?": where did
# the meeting take place, "चर्चा किती तास चालली?": how many hours did the talks last) or in Latin letters ("Blinken kay
# mhanale?", "Xi ani Blinken kadhi bhetle?": when did Xi and Blinken meet), with English words and names typed in Latin
# ones. The book puts each Devanagari word into Latin letters first, as Marathi is typed in them ("म्हणाले":
# "mhanale", "कुठे": "kuthe"): a consonant's "a" dropped at a word's end ("काय": "kay") and between a vowel and a
# consonant that has one ("भेटले": "bhetle"), a nasal at a word's end dropped ("म्हणालं": "mhanala"), names it knows
# put into English ("चीन": China, "ब्लिंकन": Blinken). Marathi puts its verb last and its small words after the noun,
# glued in Devanagari and apart in Latin letters ("Beijing madhye": in Beijing, "Blinken la": to Blinken, "Taiwan
# baddal": about Taiwan, "चीनचे": China's, "baithaki nantar": after the meeting), as Punjabi and Nepali do, and shares
# their shapes (verb_last.py); "ne" or "yanni" follows the one who did something, "ka" at the end asks yes or no, "ase"
# ("thus") and "ki" ("that") put what was said before or after its verb, "X chi bhet ghetli" (took X's meeting) is
# "met X", "je … te konte" (the … that …, which are they) asks which, "purna bighadla ahe" is "has completely
# deteriorated". Its "kon" (who) is Punjabi's, its "ullekh" (mention) Nepali's and Hindi's: the book is read only
# when a word of Marathi's own is there ("mhanale", "kay", "kuthe", "kadhi", "kiti", "baddal", "bhetle", "jhali"), in
# either script.
_DEVANAGARI_CONSONANTS = {
    "क": "k", "ख": "kh", "ग": "g", "घ": "gh", "ङ": "n", "च": "ch", "छ": "chh", "ज": "j", "झ": "jh", "ञ": "n",
    "ट": "t", "ठ": "th", "ड": "d", "ढ": "dh", "ण": "n", "त": "t", "थ": "th", "द": "d", "ध": "dh", "न": "n", "प": "p",
    "फ": "ph", "ब": "b", "भ": "bh", "म": "m", "य": "y", "र": "r", "ल": "l", "ळ": "l", "व": "v", "श": "sh", "ष": "sh",
    "स": "s", "ह": "h",
}  # fmt: skip
_DEVANAGARI_VOWELS = {
    "अ": "a", "आ": "a", "इ": "i", "ई": "i", "उ": "u", "ऊ": "u", "ऋ": "ru", "ए": "e", "ऐ": "ai", "ओ": "o", "औ": "au",
    "ऑ": "o", "ॲ": "e",
}  # fmt: skip
_DEVANAGARI_SIGNS = {
    "ा": "a", "ि": "i", "ी": "i", "ु": "u", "ू": "u", "ृ": "ru", "े": "e", "ै": "ai", "ो": "o", "ौ": "au", "ॉ": "o",
    "ॅ": "e",
}  # fmt: skip
_DEVANAGARI_DIGITS = str.maketrans("०१२३४५६७८९।", "0123456789.")


def _devanagari_latin(match: re.Match[str]) -> str:
    """A Devanagari word in the Latin letters Marathi is typed in: "म्हणाले": "mhanale", "भेटले": "bhetle", "काय":
    "kay". Each syllable is its consonants and vowel (a consonant's own "a" where it has no sign); that "a" is
    dropped at the word's end after one consonant, and between syllables of one consonant each where the next has its
    vowel ("भे-ट-ले"), as Marathi says it."""
    units: list[list[str]] = []  # each syllable: its consonants, its vowel, its own "a" or not ("a" or ""), a nasal
    joined = False  # after a virama: the next consonant is the same syllable's
    for letter in match.group().translate(_DEVANAGARI_DIGITS):
        if letter in _DEVANAGARI_CONSONANTS:
            if joined and units:
                units[-1][0] += _DEVANAGARI_CONSONANTS[letter]
                units[-1][1:3] = ["a", "a"]
                units[-1][4] += "+"
            else:
                units.append([_DEVANAGARI_CONSONANTS[letter], "a", "a", "", ""])
            joined = False
        elif letter == "्" and units:
            units[-1][1:3], joined = ["", ""], True
        elif letter in _DEVANAGARI_SIGNS and units:
            units[-1][1:3], joined = [_DEVANAGARI_SIGNS[letter], ""], False
        elif letter in _DEVANAGARI_VOWELS:
            units.append(["", _DEVANAGARI_VOWELS[letter], "", "", "+"])
        elif letter in "ंँ" and units:
            units[-1][3] += "n"
        elif letter == "ः" and units:
            units[-1][3] += "h"
        elif not units or letter not in "़":
            units.append([letter, "", "", "", "+"])
    for at in range(len(units) - 1, 0, -1):
        _, _, own, nasal, cluster = units[at]
        if not own or nasal or cluster:
            continue  # a vowel of its own, a nasal or two consonants: kept
        after = units[at + 1] if at + 1 < len(units) else None
        if after is None or (not after[4] and after[1] and units[at - 1][1]):
            units[at][1] = ""
    if units and units[-1][3] == "n" and units[-1][1]:
        units[-1][3] = ""  # "म्हणालं": "mhanala"
    return "".join(consonants + vowel + nasal for consonants, vowel, _, nasal, _ in units)


_MARATHI_NAMES = {
    "(?-i:shi)\\s+(?-i:jinping|jinpin)": "Xi Jinping", "(?-i:vang|vaang)\\s+(?-i:yi|i)": "Wang Yi",
    "(?-i:blinkan|blinken|blinkin)": "Blinken", "(?-i:bayden|baydan|baiden|bidan)": "Biden",
    "(?-i:chin|cheen|chinache|chinche|chinchya|chinachya|chinacha|chinchi)(?=\\s)|(?-i:chin)$": "China",
    "(?-i:amerika|amerike|amerikeche|amerikechya|amerikecha)": "America", "(?-i:rashiya|rashia)": "Russia",
    "(?-i:taivan|taiwan)": "Taiwan", "(?-i:bijing|beejing|beejinga)": "Beijing",
    "(?-i:kaliforniya|kalifornia)": "California", "(?-i:bharat)": "India",
    # "शी" (Xi) where it is no "with" after a name ("Blinken शी": with Blinken)
    "(?<![A-Za-z]\\s)(?-i:shi)(?=\\s)": "Xi",
}  # fmt: skip
_MARATHI_THINGS = {
    "par(?:a)?r(?:a)?ashtra\\s*mantr\\w*|videsh\\s*mantr\\w*": "foreign minister",
    "pantpradhan|pradhan\\s*mantr\\w*": "prime minister",
    "rashtradhyaksh\\w*|rashtrapati|adhyaksh\\w*": "president",
    "mantr(?:i|yanni|yanna|yanche|yancha|yanchi)": "minister",
    "netyanni|neta": "leader", "pravakt(?:a|e|yanni)": "spokesperson", "adhikari|adhikaryanni": "official",
    "patrakar": "journalist", "lekhak": "author",
    "baith(?:a)?k(?:i)?\\s*nantar|bhetinantar|bheti\\s+nantar": "after the meeting",
    "baith(?:a)?k(?:i)?\\s*(?:adhi|purvi)": "before the meeting",
    "baith(?:a)?k(?:i)?\\s*(?:t|madhye|dar(?:a)?myan)|baith(?:a)?kit": "in the meeting",
    "charch(?:e)?\\s*nantar": "after the talks", "charch(?:e)?t|charchet|charche\\s+madhye": "in the talks",
    "lekhat|lekha\\s+madhye|batmit": "in the article",
    "baith(?:a)?k|meeting": "meeting", "charcha|charche|charchya": "talks", "lekh|batmi|vrutta": "article",
    "tas|taas": "hours", "siddhant|tatt?ve|tatt?va": "principles", "san?mbandh|sambandh": "relations",
    "desh|deshan": "countries", "bhagidar|bhaagidar": "partners", "pratispardhi|spardhak": "rivals",
    "sansth(?:a|e)|sanghat(?:a)?n(?:a|e)": "organisation", "man(?:a)?vadhikar": "human rights", "vyapar": "trade",
    "mand(?:a)?l[aeiy]|mand(?:a)?lya|suchav(?:a)?l[aeiy]|prastav\\s+mand(?:a)?la": "propose kele",
    "sthir\\s+ho(?:u|t)\\s+lagl[aeiy](?:\\s+(?:ahe|aahe))?": "is beginning to stabilise",
    "sthir\\s+ho(?:u|t)\\s+lagl[aeiy]\\s+(?:ahet|aahet)": "are beginning to stabilise",
    # "yaadhi", "ya purvi" (before this): previously
    "yaa?\\s*(?:aa)?dhi|yaa?\\s*purvi": "previously",
}  # fmt: skip
# A small word after a noun and the English preposition put before it ("Beijing madhye": in Beijing)
_MARATHI_AFTER = {
    "baddal|badal|vishayi|vishyi|babat|sandarbhat": "about", "madhye|madhe|mdhe": "in", "la|na|yanna": "to",
    "shi|yanchyashi|sobat|barobar": "with", "nantar": "after", "adhi|aadhi|purvi": "before",
    "dar(?:a)?myan": "during", "kadun|pasun": "from", "nusar|nusaar|pramane": "according to",
}  # fmt: skip
_MARATHI_THING = r"(?:meeting|talks|article|summit|news|story|visit|discussion)"
_MARATHI_SAID = (
    r"(?:mhan(?:a)?le|mhan(?:a)?la|mhan(?:a)?li|mhanal[ae]n|mhat(?:a)?le|mhat(?:a)?la|mhat(?:a)?li|sangit(?:a)?l[aei]"
    r"|sangital|boll?e|bol(?:a)?le|bol(?:a)?la)"
)
_MARATHI_WHO = r"(?:kon|koni|konhi|kunhi|kuni)"
_MARATHI_MET = r"(?:bhet(?:a)?le|bhet(?:a)?la|bhet(?:a)?li|bhet\s+(?:ghetli|jhali|zali))"
_MARATHI = _VerbLast(
    by=r"\s+(?:ne|ni|yanni|yaanni|nee)",
    about=r"(?P<topic>.+?)\s+(?:baddal|badal|vishayi|vishyi|babat)",  # put into "about …" first
    what=r"(?:kay|kaay|kai)",
    said=_MARATHI_SAID,
    who_said=rf"{_MARATHI_WHO}\s+{_MARATHI_SAID}",
    that=r"(?:ase|asa|asa\s+ki)",
    who_said_that=rf"{_MARATHI_WHO}\s+{_MARATHI_SAID}(?:\s+(?:ki|that))?",
    whom=r"(?:konala|kunala|konaala|konashi|kunashi|konachya\s+sobat)",
    who=_MARATHI_WHO,
    met=_MARATHI_MET,
    how_long=r"kiti\s+(?:vel|vela|veles|kal|samay|time)",
    how_many_hours=r"kiti\s+(?:tas|taas|hours)",
    lasted=r"(?:chal(?:a)?l[aiy]|chal(?:a)?lya|chal(?:a)?le|tik(?:a)?li|jhali|zali|jhalya|zalya|chalu\s+hoti)",
    when=r"(?:kadhi|kevha|kevva)",
    where=r"(?:kuthe|kothe|kuthhe)",
    took_place=r"(?:jhali|zali|jhala|zala|jhalya|zalya|hoti|hota|jhaali|zaali)",
    how_many=r"kiti",
    did=r"(?:kele|kela|keli|kelya|kelet|kelay)",
    how_much=r"(?:(?:chi|cha|che|chya)\s+)?(?:(?:kimmat|kimat|kinmat|price|kharch)\s+)?kiti(?:\s+(?:ahe|aahe|rupaye))?",
    who_is=r"(?:kon)\s+(?:ahe|aahe|ahet|aahet|hote|hota)",
    why=r"(?:ka|kaa|kashasathi|kashala)",
    went=r"(?:gele|gela|geli|ale|aale|ala)",
    happened=r"(?:kay)\s+(?:jhale|zale|jhala|zala|ghadle|ghadla)",
    about_what=r"(?:kashabaddal|kasha\s+baddal|kashavar|kasha\s+vishayi)(?:\s+(?:ahe|aahe))?",
    mentioned=(
        r"(?:(?:cha|chi|che|chya)\s+)?(?:ullekh|ulekh|mention)\s+(?:jhala|zala|kela|ahe|aahe|jhali|zali|kelay)"
        r"(?:\s+(?:ka|kaa|ahe|aahe))?"
    ),
    wrote=rf"{_MARATHI_WHO}\s+(?:lihila|lihile|lihili|lihala|lihilay)",
    article=r"(?:(?:this|the)\s+)?(?:article|news|story)",
    title=r"(?:(?:che|cha|chi|yanche|yancha)\s+)?(?:pad|padnam|hudda|post|title)\s+(?:kay|kaay)(?:\s+(?:ahe|aahe))?",
    which=r"(?:konata|konati|konte|konatya|konta|konti|kontya)",
)
# What a Marathi reader asks someone works for, by its stem ("sansthesathi": for the organisation)
_MARATHI_EMPLOYERS = {"sansth": "organisation", "sanghat": "organisation", "organi": "organisation",
                      "mantraly": "ministry", "sarkar": "government", "kampan": "company"}  # fmt: skip
_MARATHI_ENGLISH = {
    "ani|aani": "and", "pan|suddha": "also", "sagle|sarva|sagla": "all", "te|tyanni": "they", "nahi": "not",
    "ha|hi|he": "this", "don|dona": "two", "teen": "three", "(?:ne|yanni|la|ka|kaa|ahe|aahe|ahet|aahet)": "",
}  # fmt: skip
_MARATHI_NAME = rf"(?:{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*|the\s+\w+(?:\s+\w+)?)"
# Small words of its own no topic is ("kashabaddal": about what)
_MARATHI_NOT_TOPIC = r"(?:kay|kaay|kasha|kon|koni|ne|ni|yanni|la|ka|ahe|aahe|the|this|a|an|and|in|to|with)"
_MARATHI_COUNTS = {"don": "two", "dona": "two", "teen": "three", "tin": "three", "char": "four", "pach": "five"}


# What is said of a thing, asked whether someone said it ("… purna bighadla ahe": has completely deteriorated), by its
# verb's stem
_MARATHI_BECAME = {"bighad": "deteriorated", "bigad": "deteriorated", "sudhar": "improved", "vadh": "grown",
                   "ghat": "fallen", "thamb": "stopped"}  # fmt: skip


def _marathi_became(match: re.Match[str]) -> str:
    """ "purna bighadla ahe": has completely deteriorated; "sudharle ahet": have improved."""
    done = next(english for stem, english in _MARATHI_BECAME.items() if match.group("verb").lower() == stem)
    have = "have" if (match.group("aux") or "").lower() in ("ahet", "aahet") else "has"
    return f"{have} {'completely ' if match.group('completely') else ''}{done}"


def _marathi_which_done(match: re.Match[str]) -> str:
    """ "Xi ni je teen principles sangitle te konte": which three principles did Xi mention (a "je …" naming the
    thing, a "te konte" asking which)."""
    count = _MARATHI_COUNTS.get((match.group("count") or "").lower(), "")
    done = "propose" if match.group("verb").lower().startswith("propose") else "mention"
    return f"which {count + ' ' if count else ''}{match.group('thing')} did {match.group('who')} {done}"


def _marathi_after(match: re.Match[str]) -> str:
    """ "Beijing madhye": in Beijing; "Blinken la": to Blinken; "Taiwan baddal": about Taiwan."""
    after = next(
        english for words, english in _MARATHI_AFTER.items() if re.fullmatch(words, match.group("after"), re.I)
    )
    noun = match.group("noun")
    return f"{after} {'the ' if re.fullmatch(_MARATHI_THING, noun) else ''}{noun}"


def _marathi_works_for(match: re.Match[str]) -> str:
    """ "Wang Yi konatya sansthesathi kam kartat": which organisation does Wang Yi work for."""
    word = match.group("employer").lower()
    employer = next((english for stem, english in _MARATHI_EMPLOYERS.items() if word.startswith(stem)), word)
    return f"which {employer} does {match.group('who')} work for"


@cache
def _marathi() -> _Shapes:
    after = "|".join(_MARATHI_AFTER)
    return (
        _after_the_question(),
        # each Devanagari word in Latin letters, apart from a Latin name it is glued on ("Taiwanबद्दल")
        (re.compile(r"(?<=[A-Za-z])(?=[\u0900-\u097f])"), " "),
        (re.compile(r"[\u0900-\u097f]+"), _devanagari_latin),
        # a name with a small word glued on it in Devanagari ("taivancha": Taiwan's, "blinkanla": to Blinken), apart
        (
            re.compile(
                r"\b(?P<name>taivan|taiwan|rashiya|amerik[ae]|chin|cheen|bijing|blinkan|blinken|bayden)"
                r"(?P<after>cha|chi|che|chya|la|na|shi|ne|yanni|yanna|baddal|vishayi|madhye|nantar|sobat)\b"
            ),
            r"\g<name> \g<after>",
        ),
        *_word_for_word(_MARATHI_NAMES),
        # a small word glued on a noun in Devanagari ("taivanbaddal", "bijingmadhye"), apart as in Latin letters
        (
            re.compile(r"\b(?P<noun>[a-z]{3,}?)(?P<after>baddal|vishayi|madhye|nantar|sobat|barobar)\b"),
            r"\g<noun> \g<after>",
        ),
        *_word_for_word(_MARATHI_NAMES),
        *_word_for_word(_MARATHI_THINGS),
        (re.compile(r"\b(?:ha|hi|he|ya)\s+(?=(?:article|meeting|talks|visit)\b)", re.I), "this "),
        # '"…" he kon mhanala?': who said these words (its "these" standing for the words quoted)
        (re.compile(r"(?<=[\"”'’])\s+(?:he|ha|hi)\s+(?=(?:kon|koni|konhi)\b)", re.I), " "),
        # "Xi ani Blinken": Xi and Blinken; "China che foreign minister", "Chinache": China's
        (re.compile(r"\b(?P<one>(?-i:[A-Z])[\w-]*)\s+(?:ani|aani)\s+(?=(?-i:[A-Z]))"), r"\g<one> and "),
        (
            re.compile(r"\b(?P<name>(?-i:[A-Z])[\w-]*)\s*(?:che|cha|chi|chya|yanche|yancha|yanchi)\s+(?=\w)"),
            r"\g<name>'s ",
        ),
        # "te partners asave": they should be partners
        (
            re.compile(
                r"\b(?:te\s+|donhi\s+desh\s+)?(?P<what>\S+)\s+(?:asave|asavet|asle\s+pahijet|asayla\s+have|vhave|hove)\b",
                re.I,
            ),
            r"they should be \g<what>",
        ),
        # "Wang Yi konatya sansthesathi kam kartat?": which organisation does Wang Yi work for
        (
            re.compile(
                rf"^(?P<who>.+?)\s+{_MARATHI.which}\s+(?P<employer>\w+?)(?:sathi|madhye|t)?\s+(?:kam|kaam)\s+"
                r"(?:kartat|karto|karte|kartaat)$",
                re.I,
            ),
            _marathi_works_for,
        ),
        # its small words after a noun put before it as English's prepositions
        (
            re.compile(
                rf"\b(?P<noun>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*|{_MARATHI_THING}|human\s+rights|trade|principles)"
                rf"(?:-|\s+)(?P<after>(?i:{after}))\b"
            ),
            _marathi_after,
        ),
        # "purna bighadla ahe": has completely deteriorated
        (
            re.compile(
                rf"\b(?P<completely>(?:purna|purnapane|poorna)\s+)?(?P<verb>{'|'.join(_MARATHI_BECAME)})(?:a)?l[aeiy]"
                r"(?:\s+(?P<aux>ahe|aahe|ahet|aahet))?\b",
                re.I,
            ),
            _marathi_became,
        ),
        # a topic in lower case, one word or two, a compound name before it or none: "relationship baddal"
        (
            re.compile(
                rf"\b(?P<topic>(?:(?-i:[A-Z])\w*-[\w-]+\s+)?(?!{_MARATHI_NOT_TOPIC}\b)(?-i:[a-z])[\w-]*"
                rf"(?:\s+(?!{_MARATHI_NOT_TOPIC}\b)(?-i:[a-z])[\w-]*)?)\s+(?i:baddal|badal|vishayi|vishyi|babat)\b"
            ),
            r"about \g<topic>",
        ),
        # "Xi yanni yaadhi konatya US President chi bhet ghetli hoti?": which US president had Xi met before ("X chi
        # bhet ghetli", took X's meeting: met X)
        (
            re.compile(
                rf"^(?P<who>{_MARATHI_NAME})\s+(?:ne|ni|yanni)\s+(?:(?P<when>previously)\s+)?(?P<which>{_MARATHI.which}\s+)?"
                r"(?P<whom>[^,?]+?)(?:['’]s|\s+(?:chi|chya|che|cha))\s+bhet\s+ghet(?:a)?l[aeiy]\w*(?:\s+hot[aeiy])?"
                r"(?P<asked>\s+(?:ka|kaa))?$",
                re.I,
            ),
            lambda match: (
                (
                    f"which {match.group('whom')} did {match.group('who')} meet"
                    if match.group("which")
                    else f"did {match.group('who')} meet {match.group('whom')}"
                )
                + (" previously" if match.group("when") else "")
            ),
        ),
        # "Xi ni je teen principles sangitle te konte?": which three principles did Xi mention
        (
            re.compile(
                rf"^(?P<who>{_MARATHI_NAME})\s+(?:ne|ni|yanni)\s+(?:je|jya|ji|jo|ja)\s+"
                rf"(?:(?P<count>{'|'.join(_MARATHI_COUNTS)})\s+)?(?P<thing>\S+)\s+"
                rf"(?P<verb>{_MARATHI_SAID}|propose\s+kele)\s+(?:te|ti|to|he)\s+(?:konte|konti|konta|kontya|kuthle|kuthli|kay)$",
                re.I,
            ),
            _marathi_which_done,
        ),
        # "after the meeting Blinken kay mhanale": the occasion said first put after the question, as English does
        (
            re.compile(
                r"^(?P<occasion>(?:after|before|during|in|at)\s+the\s+(?:meeting|talks|visit|summit)),?\s+"
                rf"(?P<rest>.+?\s+(?:{_MARATHI_SAID}|{_MARATHI_MET}))$",
                re.I,
            ),
            r"\g<rest> \g<occasion>",
        ),
        # "Xi ani Blinken konatya divashi bhetle?": on which day did Xi and Blinken meet
        (
            re.compile(
                rf"^(?P<who>.+?)\s+(?:{_MARATHI.which}|kontya)\s+(?:divashi|divshi|divasi|dive)\s+{_MARATHI_MET}$", re.I
            ),
            r"on which day did \g<who> meet",
        ),
        # "about Taiwan kay mhanale gele?", "in the article about Taiwan kay ahe?": what was said about Taiwan
        (
            re.compile(
                r"^(?:in\s+the\s+article\s+)?(?P<about>about\s+[^,?]+?)(?:\s+in\s+the\s+article)?\s+(?:kay|kaay)\s+"
                rf"(?:{_MARATHI_SAID}\s+(?:gele|gela|geli)|ahe|aahe|lihile\s+ahe|lihila\s+ahe)$",
                re.I,
            ),
            r"what was said \g<about>",
        ),
        # "about Taiwan Blinken kay mhanale?": what did Blinken say about Taiwan (what it is about said first)
        (
            re.compile(
                rf"^(?P<topic>about\s+[^,?]+?)\s+(?P<who>{_MARATHI_NAME})(?:\s+(?:ne|yanni))?\s+(?:kay|kaay)\s+"
                rf"{_MARATHI_SAID}(?P<rest>\s+(?:to|in|at|after|before|during)\s+[^,?]+)?$"
            ),
            r"what did \g<who> say \g<topic>\g<rest>",
        ),
        # "Xi about Taiwan kahi mhanale ka?": did Xi say anything about Taiwan
        (
            re.compile(
                rf"^(?P<who>[^,?]+?)(?:\s+(?:ne|yanni))?\s+(?P<topic>about\s+[^,?]+?)\s+(?:kahi|kaahi)\s+{_MARATHI_SAID}"
                r"(?:\s+(?:ka|kaa))?$",
                re.I,
            ),
            r"did \g<who> say anything \g<topic>",
        ),
        # "Xi mhanale ka ki …", "Xi ne ase mhatle ka ki …", "Xi … ase mhanale ka?": did Xi say that …
        (
            re.compile(
                rf"^(?P<who>{_MARATHI_NAME})(?:\s+(?:ne|yanni))?\s+(?:ase\s+)?{_MARATHI_SAID}\s+(?:ka|kaa)\s*,?\s+"
                r"(?:ki\s+)?(?P<said>.+)$"
            ),
            r"did \g<who> say that \g<said>",
        ),
        (
            re.compile(
                rf"^(?P<who>{_MARATHI_NAME})(?:\s+(?:ne|yanni))?\s+(?P<said>.+?)\s+(?:ase|asa)\s+{_MARATHI_SAID}\s+"
                r"(?:ka|kaa)$"
            ),
            r"did \g<who> say that \g<said>",
        ),
        (
            re.compile(
                rf"^(?P<said>.+?)\s+(?:ase|asa)\s+(?P<who>{_MARATHI_NAME})(?:\s+(?:ne|yanni))?\s+{_MARATHI_SAID}\s+"
                r"(?:ka|kaa)$"
            ),
            r"did \g<who> say that \g<said>",
        ),
        # "Taiwan's ullekh jhala ka": was Taiwan mentioned (its "'s" put there for "cha")
        (re.compile(r"['’]s\s+(?=(?:ullekh|ulekh|mention)\b)", re.I), " "),
        *_verb_last(_MARATHI),
        *_word_for_word(_MARATHI_ENGLISH),
        (re.compile(r"\s{2,}"), " "),
        (re.compile(r"^\s+|\s+$"), ""),
        _according_to_last(),
        _the_the(),
        _country_before_title(),
        *_in_english_at_last(),
    )


_MARATHI_WORDS = _lazy_pattern(
    r"\b(?:mhan(?:a)?le|mhan(?:a)?la|mhan(?:a)?li|mhat(?:a)?le|sangit(?:a)?l[aei]|kay\s+(?:mhan|sangit|bol|jhal|zal)\w*"
    r"|kuthe|kothe|kadhi|kevha|konala|kunala|konashi|kunashi|baddal|vishayi|bhet(?:a)?le|bhet(?:a)?la|jhali|zali"
    r"|kiti\s+(?:vel|tas|taas|hours)|(?:ullekh|ulekh)\s+(?:jhala|zala|kela)|kon\s+(?:ahe|aahe|ahet|aahet)|lihila"
    r"|kam\s+kartat|chal(?:a)?li|ka\s+(?:gele|gela|geli)|bhet\s+ghet\w*|te\s+(?:konte|konti|konta))\b"
    r"|\bkiti\b.*\b(?:kele|kela|keli|mand(?:a)?l[aeiy])\b"
    # in Devanagari, whose vowel signs are no word's letters to \b: its words apart from the letters around them
    r"|(?<![\u0900-\u097f])(?:म्हण|म्हट|सांगित|भेटल|झाल)[\u0900-\u097f]*"
    r"|(?<![\u0900-\u097f])(?:काय|कोण|कोणी|कोणाला|कोणाशी|कोणत्या|कोणती|कोणता|कोणते|कुठे|कोठे|कधी|केव्हा|किती|बद्दल"
    r"|विषयी|याआधी)(?![\u0900-\u097f])|भेट\s*घेतल"
    r"|उल्लेख\s*(?:झाला|केला|आहे)",
    re.I,
)


# How readers ask in Kannada typed in Latin letters with English words: "Blinken enu helidaru?" (what did Blinken
# say), "Blinken Taiwan bagge enu helidru?" (what did Blinken say about Taiwan), "Blinken Beijing nalli yaarannu
# bhetiyaadru?" (whom did Blinken meet in Beijing), "talks eshtu hottu nadeyitu?" (how long did the talks last),
# "partners aagabeku anta yaaru helidru?" (who said they should be partners), "Xi mattu Blinken yaavaga bhetiyaadru?"
# (when did Xi and Blinken meet). Kannada, Telugu's neighbour, puts its verb last and its small words after the noun
# ("Beijing nalli": in Beijing, "Blinken ge": to Blinken, "Blinken jothe": with Blinken, "Taiwan bagge": about Taiwan,
# "meeting nantara": after the meeting, "China da": China's), and shares the shapes of the verb-last books
# (verb_last.py); "… anta" closes what was said, "-aa" on a verb asks yes or no ("helidraa": did he say), "enaadru" is
# "anything", "yaava" "which", "ee" "this". Its "yaaru" (who) is Tamil's: the book is read only when a word of
# Kannada's own is there ("helidru", "bagge", "yaavaga", "elli … nadeyitu", "eshtu", "bhetiyaadru", "yaake"), before
# texting's shorthand is spelled out and before the Tanglish, Telugu and Malayalam books.
_KANNADA_NAMES = {
    "(?-i:Cheena|Chaina)": "China", "(?-i:Amerika)": "America", "(?-i:Rashya|Russiya)": "Russia",
    "(?-i:Taivan)": "Taiwan",
}  # fmt: skip
_KANNADA_THINGS = {
    "(?:ee|i|aa)\\s+(?:article|lekhana\\w*|suddi\\w*)\\s*-?(?:alli|nalli|dalli)": "in the article",
    "videsh?a\\s+(?:vyavahaarag?a?la\\s+|vyavaharag?a?la\\s+|vyavahaara\\s+)?mantri\\w*": "foreign minister",
    "pradhaana\\s*mantri\\w*|pradhana\\s*mantri\\w*": "prime minister",
    "adhyaksh\\w*|raashtrapati\\w*|rashtrapati\\w*": "president", "mantri\\w*": "minister",
    "naayaka\\w*|nayaka\\w*": "leader",
    "vakta\\w*|pravakta\\w*": "spokesperson", "adhikaari\\w*|adhikari\\w*": "official", "lekhaka\\w*": "author",
    "sabhe\\w*|bheti(?=\\s+(?:nantara|aada|elli|yaavaga|alli))": "meeting", "maatukathe\\w*|charche\\w*": "talks",
    "lekhana\\w*|suddi\\w*": "article", "gante\\w*|ganTe\\w*": "hours", "nimisha\\w*": "minutes",
    "tatva\\w*|siddhaanta\\w*": "principles", "sambandha\\w*": "relations", "desh?ag?a?lu|desh?agala": "countries",
    "paaludaar\\w*|saajhedaar\\w*": "partners", "pratispardhi\\w*|pratiyogi\\w*": "rivals",
    "samsthe\\w*|organisation(?:-?ge|-?alli)?|organization(?:-?ge|-?alli)?": "organisation",
    "maanava\\s+hakku\\w*|manava\\s+hakku\\w*": "human rights", "vyaapaara\\w*|vyapara\\w*": "trade",
    "prastaapisid\\w*|prastapisid\\w*|propose\\s+maadid\\w*|munditt\\w*": "propose maadidru",
    "hudde|huddhe|padavi|post|position": "title",
}  # fmt: skip
# A small word after a noun and the English preposition put before it ("Beijing nalli": in Beijing)
_KANNADA_AFTER = {
    "bagge|kurithu|kuritu": "about", "nalli|alli|lli": "in", "ge|ige|kke|ke": "to", "jothe|jote|joteyalli": "with",
    "nantara|aada\\s+mele|aadamele|aada\\s+nantara|mele": "after", "munche|modalu|mundu": "before",
    "samayadalli|vele": "during", "inda|yinda": "from", "prakaara|prakara": "according to",
}  # fmt: skip
_KANNADA_THING = r"(?:meeting|talks|article|summit|news|story|visit|discussion)"
_KANNADA_SAID = (
    r"(?:helid(?:aru|ru|daru|daare|aare|are|a|lu|ri|re)|heliddaru|heliddare|heliddaare|heliddru|heliddu|helidaaru"
    r"|maatanaadid(?:aru|ru|a)|say\s+maadid(?:aru|ru))"
)
# A verb of saying asked yes or no ("helidraa": did he say)
_KANNADA_SAID_ASKED = r"(?:helid(?:raa|araa|daraa|daaraa|aa|laa)|heliddaraa|heliddaaraa|heliddaa)"
_KANNADA_WHO = r"(?:yaaru|yaru|yaroo)"
_KANNADA_WHAT = r"(?:enu|yenu|enantha|yenantha)"
_KANNADA_MET = (
    r"(?:bhetiy?aad(?:ru|aru|idru|idaru|a|ru|re)|bheti\s+(?:aad|maadid)(?:ru|aru|a)|meet\s+(?:aad|maadid)(?:ru|aru|a)"
    r"|sigidd(?:ru|aru))"
)
_KANNADA_DID = r"(?:maadid(?:ru|aru|a|re)|maadidraa)"
_KANNADA = _VerbLast(
    by="",
    about=r"(?P<topic>.+?)\s+(?:bagge|kurithu)",  # put into "about …" first
    what=_KANNADA_WHAT,
    said=_KANNADA_SAID,
    who_said=rf"{_KANNADA_WHO}\s+{_KANNADA_SAID}",
    that=r"(?:anta|antha|endu)",
    who_said_that=rf"{_KANNADA_WHO}\s+{_KANNADA_SAID}(?:\s+(?:andre|that))?",
    whom=r"(?:yaarannu|yaaranna|yaarna|yaara\s+jothe|yaar\s+jothe)",
    who=_KANNADA_WHO,
    met=_KANNADA_MET,
    how_long=r"(?:eshtu|yeshtu)\s+(?:hottu|samaya|time|kaala)",
    how_many_hours=r"(?:eshtu|yeshtu)\s+(?:hours|gante)",
    lasted=r"(?:nadeyitu|nadeyithu|nadedittu|nadedavu|saagitu|saagithu|last\s+aaytu|aaytu|aayitu)",
    when=r"(?:yaavaga|yavaga|yaavattu)",
    where=r"(?:elli|yelli)",
    took_place=r"(?:nadeyitu|nadeyithu|nadedittu|aaytu|aayitu|nadesalaaytu|nadesidru)",
    how_many=r"(?:eshtu|yeshtu)",
    did=_KANNADA_DID,
    how_much=r"(?:(?:bele|price|cost|rate)\s+)?(?:eshtu|yeshtu)(?:\s+(?:bele|ide|aagutte|rupaayi))?",
    who_is=rf"{_KANNADA_WHO}(?:\s+(?:andre|ante))?",
    why=r"(?:yaake|yake|yaatakke)",
    went=r"(?:hodru|hodaru|hoda|hogiddru|hogidru|bandru|bandaru)",
    happened=rf"{_KANNADA_WHAT}\s+(?:aaytu|aayitu|nadeyitu)",
    about_what=r"(?:idu|ee\s+article)\s+(?:yaava\s+bagge|enu\s+bagge)(?:\s+ide)?",
    mentioned=r"(?:ullekha|prastaapa|mention)\s+(?:aaytaa|aaytha|aayitaa|aagideyaa|ideyaa|maadidraa|maadiddaaraa)",
    wrote=rf"{_KANNADA_WHO}\s+(?:bared\w*|bard\w*|write\s+maadid\w*)",
    article=r"(?:(?:this|the)\s+)?(?:article|news|story)",
    title=r"(?:avara\s+|avra\s+|da\s+)?(?:the\s+)?title\s+(?:enu|yenu)(?:\s+ide)?",
    which=r"(?:yaava|yava)",
)
_KANNADA_ENGLISH = {
    "kooda|koodaa": "also", "haudu": "yes", "illa": "not", "avaru|avru": "they", "eradu": "two", "mooru": "three",
    "(?:annu|na|anta|antha|andre|avaru)": "",
}  # fmt: skip


def _kannada_after(match: re.Match[str]) -> str:
    """ "Beijing nalli": in Beijing; "Blinken ge": to Blinken; "meeting nantara": after the meeting."""
    after = next(
        english for words, english in _KANNADA_AFTER.items() if re.fullmatch(words, match.group("after"), re.I)
    )
    noun = match.group("noun")
    return f"{after} {'the ' if re.fullmatch(_KANNADA_THING, noun) else ''}{noun}"


@cache
def _kannada() -> _Shapes:
    after = "|".join(_KANNADA_AFTER)
    return (
        _after_the_question(),
        *_word_for_word(_KANNADA_NAMES),
        *_word_for_word(_KANNADA_THINGS),
        (re.compile(r"\b(?:ee|i)\s+(?=(?:meeting|talks|article|summit|visit)\b)", re.I), "this "),
        (re.compile(r"\b(?:aa)\s+(?=(?:meeting|talks|article|summit|visit)\b)", re.I), "the "),
        # "Xi mattu Blinken": Xi and Blinken; "enaadru", "yenaadru": anything
        (re.compile(r"\b(?:mattu|hagu)\b", re.I), "and"),
        (re.compile(r"\b(?:enaadru|yenaadru|enaadaru|enadru|yenadru)\b", re.I), "anything"),
        # "Wang Yi and Blinken talks": the talks between Wang Yi and Blinken
        (
            re.compile(
                rf"\b(?P<one>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+and\s+(?P<other>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+"
                r"(?P<noun>talks|meeting)\b"
            ),
            r"the \g<noun> between \g<one> and \g<other>",
        ),
        # "avaru partners aagabeku": they should be partners
        (
            re.compile(r"\b(?:avaru\s+|avru\s+)?(?P<what>\S+)\s+(?:aagabeku|aagbeku|agabeku|aagirabeku)\b", re.I),
            r"they should be \g<what>",
        ),
        # "Wang Yi yaava organisation ge kelsa maadtaare?": which organisation does Wang Yi work for
        (
            re.compile(
                r"^(?P<who>.+?)\s+(?:yaava|yava)\s+(?P<employer>\w+)(?:\s*-?(?:ge|alli|nalli|kke))?\s+(?:kelsa|work)\s+"
                r"(?:maadtaare|maadtaaru|maadthaare|madtare|maadutta(?:ne|re|are))$",
                re.I,
            ),
            r"which \g<employer> does \g<who> work for",
        ),
        (re.compile(r"\b(?:yaava|yava)\s+(?:dina|divasa|day)\b", re.I), "on which day"),
        # "China da", "Chinada": China's
        (re.compile(r"\b(?P<name>(?-i:[A-Z])[\w-]*?)(?:\s+da|-da|(?<=a)da)\s+(?=\w)"), r"\g<name>'s "),
        # a name with its small word put on it ("Beijingnalli", "Blinkenge", "Beijing-ge")
        (
            re.compile(r"\b(?P<name>(?-i:[A-Z])[a-z]{2,}[bcdfghklmnprstvz])-?(?P<after>nalli|ge|jothe|bagge)\b"),
            r"\g<name> \g<after>",
        ),
        (
            re.compile(r"\b(?P<name>(?-i:[A-Z])[a-z]+a)-?(?P<after>kke|dalli)\b"),
            lambda m: f"{m.group('name')} {'kke' if m.group('after') == 'kke' else 'nalli'}",
        ),
        # a topic in lower case, one word or two: "human rights bagge"
        (
            re.compile(
                r"\b(?P<topic>(?!(?:enu|yenu|the|this|a|an|and|in|to|with)\b)(?-i:[a-z])[\w-]*"
                r"(?:\s+(?!(?:enu|yenu|the|this|a|an|and|in|to|with)\b)(?-i:[a-z])[\w-]*)?)\s+(?i:bagge|kurithu)\b"
            ),
            r"about \g<topic>",
        ),
        # its small words after a noun put before it as English's prepositions
        (
            re.compile(
                rf"\b(?P<noun>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*|{_KANNADA_THING}|human\s+rights|trade|principles)"
                rf"(?:-|\s+)(?P<after>(?i:{after}))\b"
            ),
            _kannada_after,
        ),
        # "after the meeting Blinken enu helidru": the occasion said first put after the question, as English does
        (
            re.compile(
                r"^(?P<occasion>(?:after|before|during|in|at)\s+the\s+(?:meeting|talks|visit|summit)),?\s+"
                rf"(?P<rest>.+?\s+(?:{_KANNADA_SAID}|{_KANNADA_MET}))$",
                re.I,
            ),
            r"\g<rest> \g<occasion>",
        ),
        (
            re.compile(rf"^(?P<who>.+?)\s+(?P<asked>on\s+which\s+day)\s+{_KANNADA_MET}$", re.I),
            r"\g<asked> did \g<who> meet",
        ),
        # "about Taiwan enu helalaaytu?": what was said about Taiwan (no one named who said it)
        (
            re.compile(
                r"^(?:in\s+the\s+article\s+)?(?P<about>about\s+[^,?]+?)(?:\s+in\s+the\s+article)?\s+"
                rf"{_KANNADA_WHAT}\s+(?:helalaaytu|helalaayitu|helalagide|helalaagide|helalaytu|ide|bardiddaare)$",
                re.I,
            ),
            r"what was said \g<about>",
        ),
        # "about Russia ullekha aaytaa?": was Russia mentioned
        (re.compile(rf"^(?:in\s+the\s+article\s+)?about\s+(?=.+\s+{_KANNADA.mentioned}$)", re.I), ""),
        # "about Taiwan Blinken enu helidru?": what did Blinken say about Taiwan (what it is about said first)
        (
            re.compile(
                rf"^(?P<about>about\s+[^,?]+?)\s+(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*|the\s+[^,?]+?)\s+"
                rf"(?i:{_KANNADA_WHAT})\s+(?i:{_KANNADA_SAID})$"
            ),
            r"what did \g<who> say \g<about>",
        ),
        # "Xi about Taiwan anything helidraa?": did Xi say anything about Taiwan
        (
            re.compile(
                rf"^(?P<who>[^,?]+?)\s+(?P<topic>about\s+[^,?]+?)\s+anything\s+(?:{_KANNADA_SAID_ASKED}|{_KANNADA_SAID})$",
                re.I,
            ),
            r"did \g<who> say anything \g<topic>",
        ),
        # "and Xi, aa 'fundamental problem' solve aadre enu aagutte antha helidru?": what did Xi say would happen when
        # the fundamental problem is solved ("X aadre": if X is done, when; "enu aagutte": what happens)
        (
            re.compile(
                rf"^(?:and\s+)?(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*),?\s+(?:aa\s+|ee\s+|the\s+|this\s+)?(?P<what>.+?)\s+"
                rf"(?P<verb>[a-z]+)\s+aadre\s+(?i:{_KANNADA_WHAT})\s+(?i:aagutte|aaguttade|aagtade)\s+(?i:anta|antha|endu)\s+"
                rf"(?i:{_KANNADA_SAID})$"
            ),
            lambda match: (
                f"what did {match.group('who')} say would happen when the {match.group('what')} is "
                f"{_past_participle(match.group('verb'))}"
            ),
        ),
        # "with Biden hinde sigidaaginda anything olleya change aagide antha Xi oppikondra?": did Xi acknowledge that
        # there has been some good change since meeting Biden ("-aaginda": since; "aagide": there has been)
        (
            re.compile(
                r"^(?P<since>with\s+[^,?]+?)\s+(?:hinde\s+)?(?:sigid|bhetiyaad|bhetiad|meet\s+aad)\w*aaginda\s+(?:anything\s+)?"
                r"(?P<what>[^,?]+?)\s+(?:aagide|aagide|aaytu|aagiddu)\s+(?:anta|antha|endu)\s+"
                rf"(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+(?:oppikondr\w*|opkondr\w*|oppidr\w*|oppikondaar\w*)$",
                re.I,
            ),
            lambda match: (
                f"did {match.group('who')} acknowledge that there has been some "
                + re.sub(r"\bolleya?\b", "good", match.group("what"), flags=re.I)
                + f" since meeting {match.group('since')[5:]}"
            ),
        ),
        # "Xi they should be partners anta helidraa?": did Xi say that they should be partners
        (
            re.compile(
                rf"^(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*|the\s+\w+(?:\s+\w+)?)\s+(?P<said>.+?)\s+(?i:anta|antha|endu)\s+"
                rf"(?i:{_KANNADA_SAID_ASKED})$"
            ),
            r"did \g<who> say that \g<said>",
        ),
        *_verb_last(_KANNADA),
        *_word_for_word(_KANNADA_ENGLISH),
        (re.compile(r"\s{2,}"), " "),
        (re.compile(r"\s+$"), ""),
        _according_to_last(),
        _the_the(),
        _country_before_title(),
        *_in_english_at_last(),
    )


# Kannada's own words ("helidru", "bagge", "yaavaga", "elli … nadeyitu", "eshtu", "bhetiyaadru", "yaake"), none of
# them Tamil's ("sonnaru", "pathi", "eppo", "enga"), Telugu's ("annaru", "gurinchi", "eppudu", "ekkada") or Malayalam's
_KANNADA_WORDS = _lazy_pattern(
    r"\b(?:helid\w*|heliddu|bagge|kurithu|yaavaga|yavaga|eshtu|yeshtu|bhetiy?aad\w*|bheti\s+(?:aad|maadid)\w*"
    r"|nadeyitu|nadeyithu|nadedittu|helalaa?y?itu|helalaagide|helalagide|yaake|yaarannu|enaadru|yenaadru|kelsa\s+maad\w*"
    r"|maatukathe|prastaapisid\w*|aagabeku|ullekha|(?:hudde|huddhe)\s+(?:enu|yenu)|aadre\s+(?:enu|yenu)\s+aag\w*"
    r"|\w+aaginda|oppikondr\w*)\b"
    r"|\b(?:elli|yelli)\s+(?:nadeyitu|aaytu|bhet\w*|meet)\b|\b(?:yaaru|yaru)\s+bar(?:ed|d)\w*",
    re.I,
)

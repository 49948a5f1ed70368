"""Kartvelian phrasebook: Georgian typed in Latin letters."""

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
    _Shapes,
    _the_the,
    _what_it_costs,
    _what_said,
    _why_done,
    _with_the,
    _word_for_word,
    _works_for,
)

# How readers ask in Georgian typed in Latin letters (its chat's spelling: "q" for ყ or ქ, "x" or "kh" for ხ, "w" or
# "ts'" for წ, "sh" for შ, "ch" for ჩ and ჭ, "gh" for ღ), with English words: "ra tqva Xi-m Taivanze?" (what did Xi
# say about Taiwan), "vis shexvda Blinken Pekinshi?" (whom did Blinken meet in Beijing), "ramdeni xani gagrdzelda
# shexvedra?" (how long did the meeting last), "vin tqva rom partniorebi unda viyot?" (who said we should be
# partners). A name's ending says what English puts before it ("Pekinshi": in Beijing, "Taivanze": about Taiwan,
# "Blinkentan": with Blinken, "Blinkens": to Blinken, "Taivanis shesaxeb": about Taiwan, "Chinetis": China's), its
# "-m" or "-ma" the one who did something ("Xi-m", "Blinkenma"), hyphened or not, read off a name that closes on a
# consonant (or a place the book knows) as the Czech book reads its names; Georgian names of places are read as the
# English ones ("Chineti": China, "ashsh": the US). Georgian puts its words in any order: the one who spoke may come
# first ("Xi-m ra tqva Taivanze?") or last. Read before texting's shorthand is spelled out and before Hawai'i
# Pidgin, whose "da" (the) is Georgian's "and".
_GEORGIAN_NAMES = {
    "(?-i:(?:Si|Xi)\\s+(?:Tszinpin|Dzinpin|Jinpin|Tsinpin|Czinpin)\\w*)": "Xi Jinping", "(?-i:Van\\s+I)": "Wang Yi",
    "(?-i:Antoni)(?=\\s+Blinken)": "Antony", "(?-i:Jo)(?=\\s+Baiden)": "Joe",
    "(?-i:Samkhret\\w*\\s+Chinet\\w*\\s+zghv\\w*|Samxret\\w*\\s+Chinet\\w*\\s+zghv\\w*)": "the South China Sea",
}  # fmt: skip
# A name's stem, as Georgian writes it, and its English
_GEORGIAN_STEMS = {
    "taivan": "Taiwan", "tayvan": "Taiwan", "pekin": "Beijing", "chinet": "China", "amerik": "America",
    "ruset": "Russia", "ukrain": "Ukraine", "vashington": "Washington", "kaliforni": "California", "baiden": "Biden",
    "evrop": "Europe", "iaponi": "Japan", "sakartvel": "Georgia", "blinken": "Blinken", "si": "Xi",
    "amerika": "America", "ukraina": "Ukraine", "evropa": "Europe", "kalifornia": "California", "iaponia": "Japan",
    "ashsh": "the US", "ass": "the US",
}  # fmt: skip
# What English puts before a name for its ending ("Pekinshi": in Beijing)
_GEORGIAN_CASES = {
    "i": "", "ma": "", "m": "", "s": "to", "is": "'s", "shi": "in", "Si": "in", "ze": "about", "tan": "with",
    "stan": "with", "dan": "from", "idan": "from", "it": "with", "istvis": "for", "tvis": "for", "a": "",
}  # fmt: skip
# A word after a name's genitive, and what English puts before the name for the two ("Taivanis shesaxeb": about Taiwan)
_GEORGIAN_AFTER = {
    "shesaxeb|shesakheb": "about", "shemdeg": "after", "dros": "during", "win|tsin|ts'in": "before",
    "gamo": "because of", "mier": "by",
}  # fmt: skip
_GEORGIAN_AFTER_WORDS = "|".join(_GEORGIAN_AFTER)
_GEORGIAN_ENDINGS = "|".join(sorted(_GEORGIAN_CASES, key=len, reverse=True))
_GEORGIAN_THINGS = {
    "statiis\\s+(?:mixedvit|mikhedvit|tanaxmad|tanakhmad)": "according to the article",
    "(?:molaparakeb|saubr)\\w*\\s+(?:dasawyis|dasatskis)\\w*": "at the start of the talks",
    "shexvedr\\w*\\s+(?:dasawyis|dasatskis)\\w*": "at the start of the meeting",
    "(?:molaparakeb|saubr)\\w*\\s+bolo\\w*": "at the end of the talks",
    "shexvedr\\w*\\s+bolo\\w*": "at the end of the meeting",
    "(?:iwyebs|itsyebs|daiwyes|daitsyes)\\s+stabilizacias|stabilizdeba|stabilizebas\\s+iwyebs":
        "are beginning to stabilise",
    "sagareo\\s+sa(?:q|k)meta\\s+ministr\\w*|sagareo\\s+ministr\\w*": "the foreign minister",
    "saxelmwifo\\s+mdivan\\w*|sakhelmtsifo\\s+mdivan\\w*": "the secretary of state",
    "premier[\\s-]*ministr\\w*|premier\\w*": "the prime minister", "ministr\\w*": "the minister",
    "prezident\\w*": "the president", "lider\\w*": "the leader",
    "spiker\\w*|presmdivn\\w*|presmdivan\\w*": "the spokesperson",
    "oficialur\\w*\\s+pir\\w*|chinovnik\\w*": "the official", "zhurnalist\\w*": "the journalist",
    "diplomat\\w*": "the diplomat", "avtor\\w*": "the author", "chinel\\w*|chinur\\w*": "Chinese",
    "amerikel\\w*|amerikul\\w*": "American", "rusul\\w*": "Russian",
    "shexvedr(?:is|a)\\s+shemdeg|shekhvedr(?:is|a)\\s+shemdeg": "after the meeting",
    "shexvedramde|shexvedris\\s+win": "before the meeting", "shexvedris\\s+dros|shexvedrisas": "during the meeting",
    "shexvedraze|shekhvedraze": "at the meeting", "shexvedr\\w*|shekhvedr\\w*": "the meeting",
    "molaparakeb\\w*\\s+shemdeg": "after the talks", "molaparakeb\\w*|saubr\\w*|saubari": "the talks",
    "(?:es|am)\\s+statia\\w*": "this article", "statiashi|teqstshi|tekstshi": "in the article",
    "statia\\w*|statiis|teqst\\w*": "the article", "adamianis\\s+uflebebze": "about human rights",
    "adamianis\\s+uflebeb\\w*": "human rights", "vachrobaze": "about trade", "vachrob\\w*": "trade",
    "saat\\w*": "hours", "principeb\\w*|princip\\w*": "principles", "(?:q|k)veyn\\w*|(?:q|k)veyan\\w*": "countries",
    "gamower\\w*": "the subscription", "urtiertob\\w*": "relations", "metoqe\\w*|konkurent\\w*": "rivals",
    "partnior\\w*": "partners", "gansxvaveb\\w*|gankhvaveb\\w*|sxvaobeb\\w*|gansxvaveba": "differences",
    "siashi|chamonatvalshi": "in the list", "sia|chamonatvali": "the list",
}  # fmt: skip
_GEORGIAN_SMALL_WORDS = {
    "rame": "anything", "rom": "that", "da": "and", "an": "or", "ar": "not", "aris": "is", "iyo": "was",
    "es|am": "this", "isini|isinma": "they", "unda": "should",
}  # fmt: skip
_GEORGIAN_SAID = (
    r"(?:tqva|tkva|tk'va|t'q'va|tqves|tkves|utxra|utkhra|utxres|utkhres|ganucxada|aghnishna|ganacxada"
    r"|ganaskhada|gaaketa\s+gancxadeba|isaubra)"
)
_GEORGIAN_MET = r"(?:shexvda|shekhvda|shexvdnen|shekhvdnen|shexvdnenn|nakha|naxa|miigho|miigo)"
_GEORGIAN_LASTED = r"(?:gagrdzelda|gagrdzeldnen|gastanda|grdzeldeboda|gagrdzeldeba|gasdzlo)"
_GEORGIAN_TOOK_PLACE = r"(?:gaimarta|chatarda|moxda|mokhda|iyo)"
_GEORGIAN_ASKED = r"(?P<asked>rodis|sad)"
_GEORGIAN_TALKED = r"(?:ganixiles|ganixila|ganikhiles|isaubres|isaubra|ilaparakes|ilaparaka|apkhes)"
_GEORGIAN_DONE = {
    "shestavaza": "propose", "shesTavaza": "propose", "shestavazes": "propose", "wamoayena": "put forward",
    "moaxsena": "mention", "axsena": "mention", "xeli\\s+moawera": "sign", "ewvia": "visit", "daasaxela": "name",
}  # fmt: skip
_GEORGIAN_WHY_DONE = {
    "wavida": "go", "tsavida": "go", "chavida": "go", "gaemgzavra": "travel", "chamovida": "come", "ewvia": "visit",
    "tqva": "say", "shexvda": "meet", "shestavaza": "propose", "gaaprtxila": "warn",
}  # fmt: skip
_GEORGIAN_EMPLOYERS = {
    "organizaci": "organisation", "saministro": "ministry", "mtavrob": "government", "instituci": "institution",
    "kompani": "company", "firm": "company", "gazet": "newspaper",
}  # fmt: skip
_GEORGIAN_MENTIONED = r"(?:naxsenebi|naxsenebia|nakhsenebi|nakhsenebia|moxseniebuli|moxsenebuli|ixsenieba|axsenebs)"


def _georgian_declined(match: re.Match[str]) -> str:
    """ "Pekinshi": in Beijing; "Taivanze": about Taiwan; "Xi-m": Xi; "Blinkens": to Blinken; "Taivanis shesaxeb":
    about Taiwan; "Chinetis": China's."""
    stem, ending, after = match.group("stem"), match.group("ending"), match.group("after")
    english = _GEORGIAN_STEMS.get(stem.lower(), stem)
    if after:
        before = next(english for words, english in _GEORGIAN_AFTER.items() if re.fullmatch(words, after, re.I))
    else:
        before = _GEORGIAN_CASES.get(ending, _GEORGIAN_CASES.get(ending.lower(), ""))
    if before == "'s":
        return english if english.startswith("the ") else f"{english}'s"  # "ashsh-is": the US (secretary of state)
    return f"{before} {english}" if before else english


@cache
def _georgian() -> _Shapes:
    after = rf"(?:\s+(?P<after>{_GEORGIAN_AFTER_WORDS}))?\b"
    known = "|".join(stem.title() for stem in _GEORGIAN_STEMS) + "|" + "|".join(s for s in _GEORGIAN_STEMS if s != "si")
    return (
        _after_the_question(),
        *_word_for_word(_GEORGIAN_NAMES),
        # a name's ending, hyphened ("Xi-m", "Wang Yi-s") or not ("Blinkenma", "Pekinshi", "Ukrainashi")
        (
            re.compile(
                rf"\b(?P<stem>{_TWO_WORD_NAME}|(?-i:[A-Z][\w]*)|(?i:ashsh|ass))-"
                rf"(?P<ending>{_GEORGIAN_ENDINGS}){after}"
            ),
            _georgian_declined,
        ),
        (
            re.compile(
                rf"\b(?P<stem>(?-i:{known}|[A-Z][a-z]{{2,}}?[bcdfghjklmnpqrstvwxz]))"
                rf"(?P<ending>(?-i:{_GEORGIAN_ENDINGS})){after}"
            ),
            _georgian_declined,
        ),
        (
            re.compile(r"\b(?P<stem>(?-i:Amerik|Ukrain|Evrop|Kaliforni|Iaponi))(?P<ending>a)\b(?P<after>)"),
            _georgian_declined,
        ),
        (
            re.compile(rf"\b(?P<stem>(?-i:Blinken|Taivan|Pekin|Chinet|Ruset|Baiden))(?P<ending>){after}"),
            _georgian_declined,
        ),
        # an English word with Georgian's plural or case on its end ("opioid-ebi": opioids, "sanctions-ze": about
        # sanctions), and a thing in the list of another ("gansxvavebebis siashi": in the list of differences)
        (
            re.compile(r"\b(?P<word>[a-z][a-z]+)-(?P<many>eb)?(?P<ending>i|ma|s|ze|shi|tan|dan|idan)?\b(?!-)"),
            _georgian_english_declined,
        ),
        (re.compile(r"\b(?P<of>[a-z]\w*?is)\s+(?:siashi|siaSi|chamonatvalshi)\b", re.I), r"in the list of \g<of>"),
        *_word_for_word(_GEORGIAN_THINGS),
        _according_to_last(),
        # "ra tqva Xi-m ekonomikaze?": a topic of its own, its "-ze" (about) on it, after what was said
        (
            re.compile(
                rf"^(?P<asked>ra\s+{_GEORGIAN_SAID}\s+\S+(?:\s+(?-i:[A-Z])\S*)?)\s+(?P<topic>[a-z]{{3,}}?)ze$", re.I
            ),
            r"\g<asked> about \g<topic>",
        ),
        # "partniorebi unda viyot": they should be partners
        (
            re.compile(
                r"\b(?P<what>partners|rivals|mokavshire\w*)\s+unda\s+(?:viyot|iyvnen|iyon|ikvnen|viqnet|iqnen|gavxdet"
                r"|gaxdnen|vikvnet)\b|\bunda\s+(?:viyot|iyvnen|iyon|ikvnen|viqnet|iqnen|gavxdet|gaxdnen|vikvnet)\s+"
                r"(?P<then>partners|rivals|mokavshire\w*)",
                re.I,
            ),
            lambda match: f"they should be {match.group('what') or match.group('then')}",
        ),
        (
            re.compile(
                r"^(?:da|mere|magram|anu|aba)\s+(?=(?:ra|vin|vis|vistan|rodis|sad|ratom|ramdeni|romel\w*)\b)", re.I
            ),
            "",
        ),
        (
            re.compile(
                r"^vin\s+(?:dawera|dauwera|daweres|daiwera|daTsera|datsera)(?:\s+(?:this|the)\s+article)?$"
                r"|^vin\s+aris\s+(?:this\s+|the\s+)?(?:article\s+)?(?:the\s+)?author$"
                r"|^(?:this|the)\s+article\s+vin\s+(?:dawera|dauwera|daweres|datsera)$",
                re.I,
            ),
            "who wrote the article",
        ),
        # "kviris romel dghes shexvda Xi Blinkens?": on which day of the week did Xi meet Blinken
        (
            re.compile(
                rf"^(?:(?P<week>kviris|k'viris)\s+)?(?:romel|romeli|ra)\s+(?P<noun>{'|'.join(_GEORGIAN_WHICH)})\s+"
                rf"(?:{_GEORGIAN_MET}\s+(?P<who>.+?)|(?P<subject>.+?)\s+{_GEORGIAN_MET})(?:\s+(?:to\s+|with\s+)?(?P<whom>.+))?$",
                re.I,
            ),
            lambda match: (
                f"{next(e for n, e in _GEORGIAN_WHICH.items() if re.fullmatch(n, match.group('noun'), re.I))}"
                f"{' of the week' if match.group('week') else ''} did "
                f"{match.group('who') or match.group('subject')} meet"
                + (f" {match.group('whom')}" if match.group("whom") else "")
            ),
        ),
        # "romelma gazetma gamoaqveyna es statia?": which newspaper published this article
        (
            re.compile(
                r"^(?:romelma|romeli|romel)\s+(?P<thing>gazet|saagento|sait|portal|media|televizi)\w*\s+"
                r"(?:gamoaqveyna|gamoakveyna|gamoaqveynes|daagdo)\s+(?P<what>.+)$",
                re.I,
            ),
            lambda match: f"which {_GEORGIAN_OUTLETS[match.group('thing').lower()]} published {match.group('what')}",
        ),
        # "rodis gamoqveynda statia?": when was the article published
        (
            re.compile(
                rf"^{_GEORGIAN_ASKED}\s+(?:(?P<done>{'|'.join(_GEORGIAN_DONE_TO)})\s+(?P<what>.+)|(?P<thing>.+?)\s+"
                rf"(?P<did>{'|'.join(_GEORGIAN_DONE_TO)}))$",
                re.I,
            ),
            lambda match: (
                f"{_GEORGIAN_ASKED_ENGLISH[match.group('asked').lower()]} was "
                f"{_with_the(match.group('what') or match.group('thing'))} "
                f"{_GEORGIAN_DONE_TO[(match.group('done') or match.group('did')).lower()]}"
            ),
        ),
        # "romeli sami principi shestavaza Xi-m?": which three principles did Xi propose
        (
            re.compile(
                rf"^(?:romeli|romel|ra)\s+(?:(?P<count>{'|'.join(_GEORGIAN_NUMBERS)})\s+)?(?P<thing>\S+)\s+"
                rf"(?:(?P<done>{'|'.join(_GEORGIAN_DONE)})\s+(?P<who>.+)|(?P<subject>.+?)\s+(?P<did>{'|'.join(_GEORGIAN_DONE)}))$",
                re.I,
            ),
            lambda match: (
                f"which {_GEORGIAN_NUMBERS[match.group('count').lower()] + ' ' if match.group('count') else ''}"
                f"{match.group('thing')} did {match.group('who') or match.group('subject')} "
                f"{_GEORGIAN_DONE[(match.group('done') or match.group('did')).lower()]}"
            ),
        ),
        # "aris statiashi rame rusetze?": is there anything about Russia
        (
            re.compile(
                r"^(?:aris\s+)?(?:in\s+the\s+article\s+)?(?:aris\s+)?(?:rame|anything)\s+(?:aris\s+)?"
                r"(?P<topic>about\s+.+?)(?:\s+in\s+the\s+article)?(?:\s+aris)?$",
                re.I,
            ),
            r"is there anything \g<topic>",
        ),
        (re.compile(rf"^vin\s+{_GEORGIAN_SAID}\s*,?\s+(?:rom\s+|that\s+)?", re.I), "who said "),
        (re.compile(rf"^vin\s+{_GEORGIAN_MET}\s+(?:to\s+|with\s+)?", re.I), "who met "),
        (
            re.compile(
                rf"^(?:vis|vistan|vin)\s+(?:{_GEORGIAN_MET}\s+(?P<who>.+?)|(?P<subject>.+?)\s+{_GEORGIAN_MET})"
                r"(?=\s+(?:in|at|after|during|before|from)\s|$)(?P<rest>.*)$",
                re.I,
            ),
            lambda match: f"who did {match.group('who') or match.group('subject')} meet{match.group('rest')}",
        ),
        (
            re.compile(rf"^(?P<who>[^,?]+?)\s+(?:vis|vistan)\s+{_GEORGIAN_MET}(?P<rest>.*)$", re.I),
            r"who did \g<who> meet\g<rest>",
        ),
        (
            re.compile(
                rf"^(?:vistan|vis)\s+(?:{_GEORGIAN_TALKED}\s+(?P<who>.+?)|(?P<subject>.+?)\s+{_GEORGIAN_TALKED})$", re.I
            ),
            lambda match: f"who did {match.group('who') or match.group('subject')} talk with",
        ),
        (
            re.compile(
                rf"^ra\s+(?:ganacxada|ganaskhada|gamoacxada|gamoackhada)\s+(?P<who>[^,?]+?){_ANSWER_WORDS}", re.I
            ),
            r"what did \g<who> announce\g<rest>",
        ),
        (
            re.compile(rf"^(?P<who>[^,?]+?)\s+ra\s+(?:ganacxada|ganaskhada|gamoacxada){_ANSWER_WORDS}", re.I),
            r"what did \g<who> announce\g<rest>",
        ),
        # "ra utxra Xi-m Blinkens Taivanze?": what did Xi say to Blinken about Taiwan, in either order
        (
            re.compile(
                rf"^ra\s+{_GEORGIAN_SAID}\s+(?:(?P<who>[^,?]+?)\s+(?P<to>to\s+[^,?]+?)|(?P<to_first>to\s+[^,?]+?)\s+"
                rf"(?P<subject>[^,?]+?))\s+(?P<topic>about\s+[^,?]+){_ANSWER_WORDS}",
                re.I,
            ),
            lambda match: (
                f"what did {match.group('who') or match.group('subject')} say "
                f"{match.group('to') or match.group('to_first')} {match.group('topic')}{match.group('rest') or ''}"
            ),
        ),
        (
            re.compile(rf"^(?P<topic>about\s+[^,?]+?)\s+ra\s+{_GEORGIAN_SAID}\s+(?P<who>[^,?]+?){_ANSWER_WORDS}", re.I),
            r"what did \g<who> say \g<topic>\g<rest>",
        ),
        (
            re.compile(
                rf"^ra\s+{_GEORGIAN_SAID}\s+(?P<topic>about\s+[^,?]+?)\s+(?P<who>(?-i:[A-Z])[^,?]*?){_ANSWER_WORDS}"
            ),
            r"what did \g<who> say \g<topic>\g<rest>",
        ),
        *_what_said("ra", _GEORGIAN_SAID, "about", before_who=""),
        (
            re.compile(rf"^(?P<who>[^,?]+?),?\s+ra\s+{_GEORGIAN_SAID}\b(?P<rest>.*)$", re.I),
            r"what did \g<who> say\g<rest>",
        ),
        # "tqva Xi-m rame Taivanze?", "Xi-m tqva rame Taivanze?": did Xi say anything about Taiwan
        (
            re.compile(
                rf"^(?:{_GEORGIAN_SAID}(?:\s+tu\s+ara)?\s+(?P<who>[^,?]+?)|(?P<subject>[^,?]+?)\s+{_GEORGIAN_SAID}"
                rf"(?:\s+tu\s+ara)?)\s+(?:rame\s+|anything\s+)?(?P<topic>about\s+[^,?]+?)(?:\s+(?:rame|anything))?$",
                re.I,
            ),
            lambda match: f"did {match.group('who') or match.group('subject')} say anything {match.group('topic')}",
        ),
        (
            re.compile(
                r"^(?:ramdeni|ramden)\s+(?:xani|xans|xnit|khani|khans|khnit|dro|dros|(?P<hours>saati|saats|saatis|hours))\s+"
                rf"(?:{_GEORGIAN_LASTED}\s+(?P<what>.+)|(?P<thing>.+?)\s+{_GEORGIAN_LASTED}|{_GEORGIAN_LASTED})$",
                re.I,
            ),
            _how_long,
        ),
        (
            re.compile(
                rf"^(?P<what>.+?)\s+(?:ramdeni|ramden)\s+(?:xani|xans|xnit|khani|khans|(?P<hours>saati|saats|hours))\s+"
                rf"{_GEORGIAN_LASTED}$",
                re.I,
            ),
            _how_long,
        ),
        (
            re.compile(rf"^{_GEORGIAN_ASKED}\s+{_GEORGIAN_MET}\s+(?P<who>.+?)\s+(?:to|with)\s+(?P<whom>.+)$", re.I),
            lambda match: (
                f"{_GEORGIAN_ASKED_ENGLISH[match.group('asked').lower()]} did {match.group('who')} "
                f"meet {match.group('whom')}"
            ),
        ),
        (
            re.compile(rf"^{_GEORGIAN_ASKED}\s+(?P<who>.+?)\s+(?:to|with)\s+(?P<whom>.+?)\s+{_GEORGIAN_MET}$", re.I),
            lambda match: (
                f"{_GEORGIAN_ASKED_ENGLISH[match.group('asked').lower()]} did {match.group('who')} "
                f"meet {match.group('whom')}"
            ),
        ),
        (
            re.compile(
                rf"^{_GEORGIAN_ASKED}\s+(?:{_GEORGIAN_MET}\s+(?P<who>.+)|(?P<subject>.+?)\s+{_GEORGIAN_MET})$", re.I
            ),
            lambda match: (
                f"{_GEORGIAN_ASKED_ENGLISH[match.group('asked').lower()]} did "
                f"{match.group('who') or match.group('subject')} meet"
            ),
        ),
        (
            re.compile(
                rf"^{_GEORGIAN_ASKED}\s+(?:{_GEORGIAN_TOOK_PLACE}\s+(?P<what>.+)|(?P<thing>.+?)\s+{_GEORGIAN_TOOK_PLACE})$",
                re.I,
            ),
            lambda match: (
                f"{_GEORGIAN_ASKED_ENGLISH[match.group('asked').lower()]} did "
                f"{_with_the(match.group('what') or match.group('thing'))} take place"
            ),
        ),
        (
            re.compile(r"^sad\s+(?:mushaobs\s+(?P<who>.+)|(?P<subject>.+?)\s+mushaobs)$", re.I),
            lambda match: f"where does {match.group('who') or match.group('subject')} work",
        ),
        (re.compile(r"^rodis\b", re.I), "when"),
        (re.compile(r"^sad\b", re.I), "where"),
        (
            re.compile(
                rf"^(?:ramdeni|ramden)\s+(?P<thing>\S+)\s+(?:(?P<done>{'|'.join(_GEORGIAN_DONE)})\s+(?P<who>.+)"
                rf"|(?P<subject>.+?)\s+(?P<did>{'|'.join(_GEORGIAN_DONE)}))$",
                re.I,
            ),
            lambda match: (
                f"how many {match.group('thing')} did {match.group('who') or match.group('subject')} "
                f"{_GEORGIAN_DONE[(match.group('done') or match.group('did')).lower()]}"
            ),
        ),
        (
            re.compile(
                r"^(?:ra|ramdeni|ramden)\s+(?:ghirs|ghirda)\s+(?P<what>.+)$|^(?P<thing>.+?)\s+(?:ra|ramdeni)\s+ghirs$",
                re.I,
            ),
            _what_it_costs,
        ),
        (
            re.compile(
                rf"^(?:ramdeni|ramden)\s+(?P<what>\S+)\s+(?:aris\s+|iyo\s+)?{_GEORGIAN_MENTIONED}(?:\s+in\s+the\s+article)?$",
                re.I,
            ),
            r"how many \g<what> were mentioned",
        ),
        (re.compile(r"^(?:ramdeni|ramden)\b", re.I), "how many"),
        *(
            (
                re.compile(rf"^(?:ratom|rattom|ratomaa|ristvis|rad)\s+{done}(?P<rest>.*)$", re.I),
                _why_done(_GEORGIAN_WHY_DONE, to="in"),
            )
            for done in (
                rf"(?P<verb>{'|'.join(_GEORGIAN_WHY_DONE)})\s+(?P<who>.+?)(?=\s+(?:in|to)\s|$)",
                rf"(?P<who>.+?)\s+(?P<done>{'|'.join(_GEORGIAN_WHY_DONE)})\b",
            )
        ),  # "ratom wavida Blinkeni Pekinshi?": why did Blinken go to Beijing
        (re.compile(r"^(?:ratom|rattom|ratomaa|ristvis)\b", re.I), "why"),
        (re.compile(r"^ra\s+(?:moxda|mokhda|xdeboda|gaxda)\b", re.I), "what happened"),
        (
            re.compile(
                r"^(?:ris\s+shesaxeb(?:aa|a|aa\s+aris)?|ras\s+exeba|ras\s+ekheba|ra\s+temaze(?:a)?)\s+(?P<what>.+)$"
                r"|^(?P<thing>.+?)\s+(?:ris\s+shesaxeb(?:aa|a)?|ras\s+exeba|ras\s+ekheba|ra\s+temaze(?:a)?)(?:\s+aris)?$",
                re.I,
            ),
            lambda match: f"what is {match.group('what') or match.group('thing')} about",
        ),
        (
            re.compile(rf"^ra\s+(?:{_GEORGIAN_TALKED}\s+(?P<who>.+)|(?P<subject>.+?)\s+{_GEORGIAN_TALKED})$", re.I),
            lambda match: f"what did {match.group('who') or match.group('subject')} talk about",
        ),
        (
            re.compile(
                r"^(?:romeli|romlebi|romel)\s+(?P<what>\S+?)(?:a)?\s+(?:aris\s+|iyo\s+)?"
                rf"{_GEORGIAN_MENTIONED}(?:\s+in\s+the\s+article)?$",
                re.I,
            ),
            r"which \g<what> were mentioned",
        ),
        (
            re.compile(
                rf"^(?:aris\s+)?(?:in\s+the\s+article\s+)?(?:{_GEORGIAN_MENTIONED}\s+(?P<what>.+?)|(?P<thing>.+?)\s+"
                rf"(?:aris\s+)?{_GEORGIAN_MENTIONED})(?:\s+in\s+the\s+article)?$",
                re.I,
            ),
            lambda match: f"was {match.group('what') or match.group('thing')} mentioned",
        ),
        *(
            (re.compile(rf"^romel\w*\s+(?P<employer>\w+?)\s+{works}$", re.I), _works_for(_GEORGIAN_EMPLOYERS))
            for works in (r"mushaobs\s+(?P<who>.+)", r"(?P<who>.+?)\s+mushaobs")
        ),  # "romel organizaciashi mushaobs Wang Yi?": which organisation does Wang Yi work for
        (
            re.compile(
                r"^ra\s+(?:tanamdeboba|pozicia|titul\w*|tanamdebobaze)\s+(?:uchiravs|ukavia|aqvs|akvs)\s+(?:to\s+)?(?P<who>.+)$"
                r"|^ra\s+(?:tanamdeboba|pozicia)\s+aqvs\s+(?:to\s+)?(?P<whose>.+)$",
                re.I,
            ),
            lambda match: f"what is {match.group('who') or match.group('whose')}'s position",
        ),
        (
            re.compile(r"^vin\s+(?:aris|iyo)\s+(?P<who>.+)$|^(?P<whom>.+?)\s+vin\s+(?:aris|iyo)$", re.I),
            _georgian_who_is,
        ),
        # "opioids iyo in the list of differences": were opioids in the list of differences (asked without a
        # question word, "iyo": was, "aris": is, before or after the thing asked about)
        (
            re.compile(
                r"^(?:(?P<was>iyo|aris)\s+(?P<what>[^,?]+?)|(?!(?:ra|vin|vis|rodis|sad|ratom|ramdeni|romel\w*)\b)"
                r"(?P<thing>[^,?]+?)\s+(?P<is>iyo|aris))\s+(?P<where>(?:in|at|about|among|with|from)\s+[^,?]+)$",
                re.I,
            ),
            _georgian_was,
        ),
        (re.compile(r"^ra\s+aris\s+", re.I), "what is "),
        (re.compile(r"^ra\b", re.I), "what"),
        (re.compile(r"^vin\b", re.I), "who"),
        (re.compile(r"^(?:romeli|romlebi|romel)\b", re.I), "which"),
        (re.compile(r"^rogor\b", re.I), "how"),
        *_word_for_word(_GEORGIAN_SMALL_WORDS),
        (re.compile(r"\s{2,}"), " "),
        (re.compile(r"\b(?P<nationality>American|Chinese|Russian)\s+the\s+"), r"the \g<nationality> "),
        _according_to_last(),
        _the_the(),
        _country_before_title(),
        *_in_english_at_last(),
    )


_GEORGIAN_ASKED_ENGLISH = {"rodis": "when", "sad": "where"}
# The nouns "romel" (which) asks of, with the preposition English puts before each ("romel dghes": on which day)
_GEORGIAN_WHICH = {
    "dghes|dge|dghe": "on which day", "saatze|saats|dros": "at what time", "qalaqshi|kalakshi": "in which city",
    "shenobashi": "in which building", "tveshi|tves": "in which month", "wels|tsels": "in which year",
}  # fmt: skip
_GEORGIAN_OUTLETS = {
    "gazet": "newspaper", "saagento": "news agency", "sait": "website", "portal": "website", "media": "outlet",
    "televizi": "channel",
}  # fmt: skip
_GEORGIAN_DONE_TO = {
    "gamoqveynda": "published", "gamokveynda": "published", "gamoqveynebula": "published", "daiwera": "written",
    "daitsera": "written", "ganaxlda": "updated", "ganakhlda": "updated",
}  # fmt: skip
_GEORGIAN_NUMBERS = {"ori": "two", "sami": "three", "otxi": "four", "otkhi": "four", "xuti": "five", "khuti": "five"}


def _georgian_english_declined(match: re.Match[str]) -> str:
    """ "opioid-ebi": opioids; "sanctions-ze": about sanctions; "meeting-shi": in the meeting (the English word
    before the hyphen, its ending's English before it); a hyphened word with none of them as it was."""
    word, many, ending = match.group("word"), match.group("many"), match.group("ending") or ""
    if not many and ending in ("", "i", "ma", "s"):
        return match.group()  # "win-win", "anti-s": not an ending of Georgian's
    english = f"{word}s" if many and not word.endswith("s") else word
    before = _GEORGIAN_CASES.get(ending, "")
    return f"{before} {english}" if before else english


def _georgian_was(match: re.Match[str]) -> str:
    """ "were opioids in the list of differences": "was" or "is", "were" or "are" before a plural."""
    what = match.group("what") or match.group("thing")
    past = (match.group("was") or match.group("is")).lower() == "iyo"
    many = what.endswith("s") and not what.endswith("ss")
    return f"{('were' if many else 'was') if past else ('are' if many else 'is')} {what} {match.group('where')}"


def _georgian_who_is(match: re.Match[str]) -> str:
    """ "vin aris Wang Yi", "Wang Yi vin aris": who is Wang Yi (or was, "iyo")."""
    was = "was" if match.group().lower().rstrip().endswith("iyo") or " iyo " in match.group().lower() else "is"
    return f"who {was} {match.group('who') or match.group('whom')}"


_GEORGIAN_WORDS = _lazy_pattern(
    r"\b(?:tqva|tkva|tqves|utxra|utkhra|utxres|ganacxada|ganaskhada|shexvda|shekhvda|shexvdnen|shekhvdnen"
    r"|shexvedr\w*|shekhvedr\w*|gagrdzelda|gastanda|gaimarta|chatarda|moxda|mokhda|dawera|dauwera|shestavaza"
    r"|wavida|tsavida|chavida|gaemgzavra|mushaobs|naxsenebi\w*|nakhsenebi\w*|moxseniebuli|ixsenieba|ghirs|ramdeni"
    r"|ramden|ratom|rattom|rodis|vistan|molaparakeb\w*|ganixiles|isaubres|tanamdeboba|uchiravs|shesaxeb\w*"
    r"|exeba|statia\w*|gamoaqveyna|gamoqveynda|romelma|kviris|stabilizdeba)\b"
    r"|^(?:vin|ra)\s+aris\b|\bvin\s+aris\b|\bmixedvit\b|\b(?:sia|chamonatval)(?:shi|Si)\b"
    r"|\biyo\s+[^?]*shi(?:\W*$|\s*\?)|\b\w+-(?:ma|m)\s+ra\b|\bvin\s+(?:aris|iyo)\W*$",
    re.I,
)

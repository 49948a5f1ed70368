"""Phrasebooks of the Pacific: Taglish (Tagalog with English), Bisaya (Cebuano with English), te reo Māori, Tongan
and Samoan (with English)."""

from __future__ import annotations

import re
from functools import cache

from knowledge.phrasebooks.shapes import (
    _ANSWER_WORDS,
    _NAMED,
    _OFFICE,
    _according_to_last,
    _after_the_question,
    _asked_before,
    _how_long,
    _in_english_at_last,
    _lazy_pattern,
    _past_participle,
    _past_tense,
    _plain_letters,
    _Shapes,
    _the_the,
    _what_said,
    _with_the,
    _word_for_word,
)


# How Filipino readers ask in Taglish: "ano sabi ni Batungbakal", "sino supplier ng laptops", "magkano yung contract".
@cache
def _taglish() -> _Shapes:
    return (
        (
            re.compile(
                r"^(?:ano|anong|ano-ano|anu-ano)\s+(?:ang\s+)?(?:mga\s+)?(?:sabi|sinabi)\s+(?:ni|kay|nina)\s+(?P<who>[^?]+?)"
                r"(?P<topic>\s+(?:about|tungkol\s+sa)\s+[^?]+)?(?:\?.*)?$",
                re.I,
            ),
            r"what did \g<who> say\g<topic>",
        ),
        (re.compile(r"\bnag-(?=[a-z])", re.I), ""),  # "nag-meet": Tagalog's verb prefix on an English verb
        (re.compile(r"\s+sila\s+", re.I), " "),  # "they", which the names after it say
        (re.compile(r"^anong\s+araw\b", re.I), "what day"),
        (re.compile(r"^anong\s+oras\b", re.I), "what time"),
        (
            re.compile(r"^(?:na-?mention|nabanggit)\s+ba\s+(?:yung\s+|ang\s+)?(.+?)(?:\s+or\s+wala)?\??$", re.I),
            r"was \1 mentioned",
        ),
        (
            re.compile(r"^(?:ano|anong)\s+(?:ang\s+)?(?:sabi|sinabi)\s+(?:ng|nang)\s+(.+)$", re.I),
            r"what did the \1 say",
        ),
        (re.compile(r"^sino\s+(?:ang\s+|yung\s+)?", re.I), "who "),
        (re.compile(r"^magkano\s+(?:ang\s+|yung\s+)?", re.I), "how much is the "),
        (re.compile(r"^ilan(?:g)?\s+", re.I), "how many "),
        (re.compile(r"^(?:[Ss]aan|san)\s+(?=[a-z])"), "where "),  # "san ginanap" (never "San Jose")
        (re.compile(r"^kailan\s+", re.I), "when "),
    )


# The words a Taglish question opens with: only a question opening with one is read by its book.
_TAGLISH_OPENINGS = frozenset(
    "ano anong ano-ano anu-ano sino magkano ilan ilang saan san kailan na-mention nabanggit".split()
)


# How readers ask in Bisaya (Cebuano) mixed with English: "Unsa ingon ni Xi bahin sa Taiwan?" (what did Xi say about
# Taiwan), "Kinsa gi-meet ni Blinken sa Beijing?" (whom did Blinken meet in Beijing), "Unsa ka dugay ang meeting?"
# (how long did the meeting last), "Kinsa nag-ingon nga dapat sila partners?" (who said they should be partners). Its
# verb says whether the one asked about did something or had it done to them: "gi-meet ni Blinken" (met by Blinken:
# whom Blinken met), "ni-meet kang Blinken" or "nakigkita kang Blinken" (who met Blinken); "ni" or "sa" before the one
# who did it, "kang" before the one spoken to ("Unsa ingon ni Wang Yi kang Blinken?": what did Wang Yi say to
# Blinken), "sa" before a place ("sa Beijing": in Beijing); "man", "ba" and "diay" only colour the question. Its
# question words are its own ("unsa", "kinsa", "kanus-a", "asa", "pila", "ngano"), where Taglish's are "ano", "sino",
# "kailan", "saan", "ilan" and "bakit"; read by a book of its own, after texting's shorthand is spelled out.
_BISAYA_NAMES = {
    "(?-i:Tsina|Intsik)(?=\\s+(?:ug|ang|sa|nga)\\b|$)|(?-i:Tsina)": "China", "(?-i:Amerika)": "America",
    "(?-i:Rusya|Rusia)": "Russia", "(?-i:Intsik|Tsino|Tsinoy)": "Chinese", "(?-i:Amerikano)": "American",
    "(?-i:Pilipinas)": "the Philippines", "(?-i:Ukranya)": "Ukraine",
}  # fmt: skip
_BISAYA_TITLES = {
    "kalihim\\s+sa\\s+estado|sekretaryo\\s+sa\\s+estado": "secretary of state",
    "kalihim\\s+sa\\s+langyaw\\s+nga\\s+kalihokan": "foreign minister", "presidente": "president",
    "ministro": "minister", "lider|pangulo": "leader", "tigpamaba": "spokesperson", "opisyal": "official",
    "peryodista|tigbalita": "journalist",
}  # fmt: skip
_BISAYA_SAID = (
    r"(?:(?:gi|ni|mi|nag)-?ingon|ingon|giingnan|gi-?ingnan|(?:gi|ni|mi|nag)-?sulti|gi-?estorya|gi-?say|gi-?istorya"
    r"|(?:gi|ni|mi)-?tell|(?:gi|ni|mi)-?said)"
)
_BISAYA_MET_BY = r"(?:gi-?meet|gihimamat|nahimamat|gikita|nakit-an|gikitaan|gi-?visit|giduaw|nakitaan|na-?meet)"
_BISAYA_MET = (
    r"(?:(?:ni|nag|mi|nakig|naka|nakig-?)-?meet|nakigkita|nakighimamat|nakigtagbo|nakahimamat|mihimamat|nihimamat"
    r"|nagkita|nagkahimamat|nagtagbo|nagkitaay)"
)
_BISAYA_LASTED = r"(?:(?:ni|mi|nag)-?last|milungtad|nilungtad|naglungtad|nidugay|midugay|nahuman|ni-?abot)"
_BISAYA_HELD = r"(?:nahitabo|nahinabo|gihimo|gipahigayon|gi-?held|nahimo|nanghitabo)"
_BISAYA_ASKED = {"kanus-a": "when", "kanusa": "when", "kanosa": "when", "asa": "where", "asang": "where"}
_BISAYA_ASKING = r"(?P<asked>kanus-?a|kanosa|asang|asa)"
_BISAYA_DONE = {
    "sugyot": "propose", "hisgot": "mention", "hisgut": "mention", "pirma": "sign", "pahibalo": "announce",
    "pahibawo": "announce", "lista": "list",
}  # fmt: skip
_BISAYA_WHY_DONE = (
    r"(?:(?:ni|mi|nag)-?adto|niadto|miadto|(?:ni|mi)-?travel|(?:ni|mi)-?bisita|gi-?visit|(?:ni|mi)-?anhi)"
)
_BISAYA_EMPLOYERS = {
    "organisasyon": "organisation", "organization": "organisation", "organisation": "organisation",
    "ministeryo": "ministry", "gobyerno": "government", "kompanya": "company", "mantalaan": "newspaper",
}  # fmt: skip
_BISAYA_ENGLISH = {
    "duha\\s+ka\\s+(?:nasud|nasod)": "the two countries", "(?:mga\\s+)?(?:nasud|nasod)": "countries",
    "oras": "hours", "relasyon": "relations",
    "miting|tigom": "meeting", "estorya|istorya|balita": "article", "ug|og": "and", "sila": "they",
    "dili": "not", "tanan": "all", "kining|kini\\s+nga|ning|aning|niining": "this", "mga": "",
}  # fmt: skip


# Its verbs of its own a "which" is asked of ("Unsang mantalaan ang nagsulat sa article?": which newspaper wrote the
# article); an English verb after "nag-" is read as its own past ("nag-publish": published)
_BISAYA_DID = {
    "nagsulat|nisulat|misulat": "wrote", "nagmantala|nimantala|nagpatik|nipatik": "published",
    "nagpahibalo|nipahibalo": "announced", "nagbalita|nibalita": "reported",
}  # fmt: skip
_BISAYA_FIRST_LAST = {"first": "first", "last": "last", "una": "first", "unang": "first", "ulahi": "last"}
_BISAYA_MENTIONED = r"(?:gihisgutan|nahisgutan|gihisgotan|nahisgotan|(?:gi|na)-?mention)"


def _bisaya_which_did(match: re.Match[str]) -> str:
    """ "which newspaper published this article": the one asked about did it ("ang nag-publish")."""
    verb = match.group("verb")
    if verb:
        done = _past_tense(verb.lower())
    else:
        did = match.group("did").lower()
        done = next(english for forms, english in _BISAYA_DID.items() if did in forms.split("|"))
    rest = re.sub(r"^(?:sa|ang)\s+(?:ang\s+)?(?=[a-z])", "the ", match.group("rest"), flags=re.I)
    return f"which {_bisaya_employer(match.group('thing'))} {done} {rest}"


def _bisaya_asked_done(match: re.Match[str]) -> str:
    """ "Kanus-a last na-update ang article": when was the article last updated (done to it: "na-", "gi-")."""
    when = _BISAYA_FIRST_LAST.get((match.group("when") or "").lower())
    done = _past_participle(match.group("verb").lower())
    return f"{_BISAYA_ASKED[match.group('asked').lower()]} was {_with_the(match.group('what'))} " + (
        f"{when} {done}" if when else done
    )


def _bisaya_employer(word: str) -> str:
    """ "organisasyon": organisation; a word the book does not know stays as typed."""
    return _BISAYA_EMPLOYERS.get(word.lower(), word)


@cache
def _bisaya() -> _Shapes:
    place = r"(?P<where>\s+(?:in|at|to|from|after|during|before)\s+[^,?]+)?"
    return (
        _after_the_question(),
        (re.compile(r"(?<=\S)\s+(?:man|ba|diay|gud|gyud|kaha|lagi|bitaw)\b(?=\s|$)", re.I), ""),
        (re.compile(r"\b(?:ani|niini|kini|kining)\s+nga\b", re.I), "this"),  # "ani nga article": this article
        *_word_for_word(_BISAYA_NAMES),
        *_word_for_word(_BISAYA_TITLES),
        (re.compile(rf"\b(?P<title>(?i:{_OFFICE}))\s+(?i:sa|ni|kang)\s+(?=(?-i:[A-Z])|the\s+US\b)"), r"\g<title> of "),
        # "sa" after a verb is the one who did it ("giingon sa foreign minister"), as "ni" is
        (re.compile(rf"\b(?P<verb>{_BISAYA_SAID}|{_BISAYA_MET_BY})\s+(?:sa|ni)\s+(?:ang\s+)?", re.I), r"\g<verb> ni "),
        # its small words before a noun: "bahin sa Taiwan" (about Taiwan), "kang Blinken" (to Blinken), "sa Beijing"
        (re.compile(r"\b(?:bahin|mahitungod|about)\s+(?:sa|kang|ni|kay)\s+(?:ang\s+)?|\bbahin\s+", re.I), "about "),
        (re.compile(r"\b(?:uban|kauban)\s+(?:ni|kang|kay|sa)\s+", re.I), "with "),
        (re.compile(r"\b(?:human|pagkahuman|after)\s+(?:sa|ang)\s+(?:ang\s+)?", re.I), "after "),
        (re.compile(r"\b(?:sa\s+wala\s+pa|before)\s+(?:sa\s+|ang\s+)+", re.I), "before "),
        (re.compile(r"\b(?:panahon\s+sa|during|atol\s+sa)\s+(?:sa\s+|ang\s+)*", re.I), "during "),
        (re.compile(r"\b(?:kang|kay)\s+(?=(?-i:[A-Z]))", re.I), "to "),
        (re.compile(r"\bsa\s+(?=(?-i:[A-Z])(?!(?:Xi|Wang|Blinken|Biden)\b))", re.I), "in "),
        (re.compile(r"\b(?:si|ni)\s+(?=(?-i:[A-Z]))(?<!\b(?:ingon|sulti)\s)", re.I), "si "),
        # "dapat sila partners": they should be partners
        (
            re.compile(
                r"\bdapat\s+(?:sila\s+)?(?:mahimong\s+|mahimo\s+nga\s+|maging\s+)?(?P<what>\S+)(?:\s+sila)?", re.I
            ),
            r"they should be \g<what>",
        ),
        (re.compile(r"^(?:ug|og|pero|unya)\s+(?=(?:unsa|kinsa|kanus|asa|pila|ngano)\w*\b)", re.I), ""),
        (
            re.compile(
                r"^kinsa(?:y|ng)?\s+(?:ang\s+)?(?:nagsulat|nisulat|misulat|(?:nag|ni|mi)-?write|author)\s*"
                r"(?:(?:sa|ani|niini|ning|aning|this|ang)\s+)?(?:nga\s+)?(?:article|estorya|istorya|balita)\w*$",
                re.I,
            ),
            "who wrote the article",
        ),
        (
            re.compile(rf"^kinsa(?:y|ng)?\s+(?:ang\s+)?(?:{_BISAYA_SAID})\s*,?\s+(?:nga\s+|that\s+)?", re.I),
            "who said ",
        ),
        (
            re.compile(
                rf"^kinsa(?:y|ng)?\s+(?:ang\s+)?{_BISAYA_MET_BY}\s+(?:ni|si)\s+(?P<who>.+?)(?=\s+(?:in|at|after|before|during)\s|$)",
                re.I,
            ),
            r"who did \g<who> meet",
        ),
        (re.compile(rf"^kinsa(?:y|ng)?\s+(?:ang\s+)?{_BISAYA_MET}\s+(?:(?:to|with|ni|si|sa)\s+)?", re.I), "who met "),
        (
            re.compile(
                r"^unsa(?:y|ng)?\s+(?:ang\s+)?(?:gi-?announce|gipahibalo|gipahibawo|gideklara|gi-?declare)\s+(?:ni|si)\s+"
                rf"(?P<who>[^,?]+?){_ANSWER_WORDS}",
                re.I,
            ),
            r"what did \g<who> announce\g<rest>",
        ),
        (
            re.compile(
                r"^unsa(?:y|ng)?\s+(?:ang\s+)?gi-(?!(?:ingon|sulti|say|tell|said|istorya|estorya|meet)\b)(?P<verb>[a-z]+)\s+"
                rf"(?:ni|si)\s+(?P<who>[^,?]+?){_ANSWER_WORDS}",
                re.I,
            ),
            r"what did \g<who> \g<verb>\g<rest>",
        ),  # "Unsa ang gi-propose ni Xi?": what did Xi propose (an English verb done by the one after "ni")
        (
            re.compile(
                rf"^unsa(?:y|ng)?\s+(?:ang\s+)?(?:mga\s+)?{_BISAYA_SAID}\s+(?:ni|si)\s+(?P<who>[^,?]+?)\s+to\s+"
                rf"(?P<whom>[^,?]+?)\s+about\s+(?P<topic>[^,?]+){_ANSWER_WORDS}",
                re.I,
            ),
            r"what did \g<who> say to \g<whom> about \g<topic>\g<rest>",
        ),  # "Unsa ingon ni Xi kang Blinken bahin sa Taiwan?"
        *_what_said(r"unsa(?:y|ng)?(?:\s+(?:ang|nga))?(?:\s+mga)?", rf"{_BISAYA_SAID}\s+(?:ni|si)", "about", place),
        (
            re.compile(
                r"^unsa\s+ka\s+(?:dugay|taas|kadugay)\s+(?:(?:ang\s+|nga\s+)?"
                rf"{_BISAYA_LASTED}\s+)?(?:ang\s+)?(?P<what>.+?)(?:\s+{_BISAYA_LASTED})?$",
                re.I,
            ),
            _how_long,
        ),
        (
            re.compile(
                rf"^pila\s+ka\s+(?P<hours>oras|hours)\s+(?:(?:ang\s+|nga\s+)?{_BISAYA_LASTED}\s+)?(?:ang\s+)?"
                rf"(?P<what>.+?)(?:\s+{_BISAYA_LASTED})?$",
                re.I,
            ),
            _how_long,
        ),
        (
            re.compile(
                rf"^{_BISAYA_ASKING}\s+(?:sila\s+)?{_BISAYA_MET}(?:\s+(?:sila|they))?(?:\s+(?:si\s+)?(?P<who>.+?))?$",
                re.I,
            ),
            lambda match: _asked_before(_BISAYA_ASKED, match, f"did {match.group('who') or 'they'} meet"),
        ),
        (
            re.compile(rf"^{_BISAYA_ASKING}\s+(?:{_BISAYA_HELD})\s+(?:ang\s+)?(?P<what>.+)$", re.I),
            lambda match: _asked_before(_BISAYA_ASKED, match, f"did {_with_the(match.group('what'))} take place"),
        ),
        (
            re.compile(rf"^{_BISAYA_ASKING}\s+(?:ang|gikan\s+ang)\s+(?P<what>.+)$", re.I),
            lambda match: _asked_before(_BISAYA_ASKED, match, f"was {_with_the(match.group('what'))}"),
        ),
        (
            re.compile(
                r"^(?:asa|unsa)(?:ng)?\s+(?:nga\s+)?(?P<employer>\w+)\s+(?:nagtrabaho|gatrabaho|nag-?work|ga-?work)"
                r"\s+(?:si\s+)?(?P<who>.+)$",
                re.I,
            ),
            lambda match: f"which {_bisaya_employer(match.group('employer'))} does {match.group('who')} work for",
        ),  # "Asa nga organisasyon nagtrabaho si Wang Yi?": which organisation does Wang Yi work for
        # "Kanus-a gi-meet si Blinken si Xi?": when did Blinken meet Xi (done by the one after "ni")
        (
            re.compile(
                rf"^{_BISAYA_ASKING}\s+gi-?(?P<verb>[a-z]+)\s+si\s+(?P<who>{_NAMED})\s+(?:si|ang)\s+(?P<whom>[^,?]+)$",
                re.I,
            ),
            lambda match: _asked_before(
                _BISAYA_ASKED, match, f"did {match.group('who')} {match.group('verb')} {match.group('whom')}"
            ),
        ),
        # "Kanus-a last na-update ang article?": when was the article last updated
        (
            re.compile(
                rf"^(?P<asked>kanus-?a|kanosa|asa)\s+(?:(?:ni|kini)\s+)?(?:(?P<when>{'|'.join(_BISAYA_FIRST_LAST)})\s+)?"
                r"(?:na|gi)-(?P<verb>[a-z]+)\s+(?:ang\s+)?(?P<what>(?!.*\b(?:ni|si|kang)\s+(?-i:[A-Z]))[^,?]+)$",
                re.I,
            ),
            _bisaya_asked_done,
        ),
        (re.compile(r"^(?:kanus-?a|kanosa)\b", re.I), "when"),
        (re.compile(r"^asa(?:ng)?\b", re.I), "where"),
        (
            re.compile(
                r"^pila\s+ka\s+(?:mga\s+)?(?P<thing>\S+)\s+(?:ang\s+)?gi-?(?P<verb>[a-z]+)\s+(?:ni|si)\s+(?P<who>.+)$",
                re.I,
            ),
            lambda match: (
                f"how many {match.group('thing')} did {match.group('who')} "
                f"{_BISAYA_DONE.get(match.group('verb').lower(), match.group('verb'))}"
            ),
        ),  # "Pila ka principles ang gi-propose ni Xi?": how many principles did Xi propose
        (
            re.compile(r"^(?:tagpila\s+(?:ang\s+)?|pila\s+ang\s+)(?:presyo\s+(?:sa|ni)\s+)?(?P<what>.+)$", re.I),
            lambda match: f"how much is {_with_the(match.group('what'))}",
        ),
        (re.compile(r"^pila\s+(?:ka\s+)?", re.I), "how many "),
        (re.compile(r"^kinsa(?:y|ng)?\s+(?:si|ni|ang)\s+", re.I), "who is "),
        (
            re.compile(
                rf"^ngano(?:ng)?\s+{_BISAYA_WHY_DONE}\s+(?:si\s+)?(?P<who>.+?)(?:\s+(?:in|to)\s+(?P<place>.+))?$", re.I
            ),
            lambda match: (
                f"why did {match.group('who')} go" + (f" to {match.group('place')}" if match.group("place") else "")
            ),
        ),  # "Nganong niadto si Blinken sa Beijing?": why did Blinken go to Beijing
        (re.compile(r"^ngano(?:ng)?\b", re.I), "why"),
        (
            re.compile(r"^unsa(?:y|ng)?\s+(?:ang\s+)?(?:nahitabo|nahinabo|nanghitabo|(?:ni|na)-?happen)\b", re.I),
            "what happened",
        ),
        (
            re.compile(
                r"^about\s+unsa\s+(?:ang\s+)?(?P<what>.+)$|^unsa\s+(?:ang\s+)?(?:topic|tema|hisgutanan)\s+(?:sa|ani|niini|of)\s+(?:nga\s+)?(?P<thing>.+)$",
                re.I,
            ),
            lambda match: f"what is {_with_the(match.group('what') or match.group('thing'))} about",
        ),
        (
            re.compile(
                r"^unsa(?:ng)?\s+(?:nga\s+)?(?:mga\s+)?(?P<what>\S+)\s+(?:ang\s+)?(?:gihisgutan|nahisgutan|gihisgotan"
                r"|nahisgotan|(?:gi|na)-?mention)\b.*$",
                re.I,
            ),
            r"which \g<what> were mentioned",
        ),
        (
            re.compile(
                r"^(?:gihisgutan|nahisgutan|gihisgotan|nahisgotan|(?:gi|na)-?mention)\s+(?:ang\s+|si\s+)?(?P<what>.+?)"
                r"(?:\s+(?:sa|in)\s+(?:ang\s+|the\s+)?article)?$",
                re.I,
            ),
            r"was \g<what> mentioned",
        ),
        # "Unsang newspaper ang nag-publish this article?": which newspaper published this article
        (
            re.compile(
                r"^unsa(?:ng|y)?\s+(?:nga\s+)?(?:mga\s+)?(?P<thing>\S+)\s+(?:ang\s+)?"
                rf"(?:(?:nag|ni|mi)-(?!(?:ingon|sulti|istorya|estorya)\b)(?P<verb>[a-z]+)|(?P<did>{'|'.join(_BISAYA_DID)}))"
                r"\s+(?P<rest>.+)$",
                re.I,
            ),
            _bisaya_which_did,
        ),
        # "Unsang nasud ang gi-visit si Blinken?": which country did Blinken visit (done by the one after "ni")
        (
            re.compile(
                r"^unsa(?:ng|y)?\s+(?:nga\s+)?(?:mga\s+)?(?P<thing>(?!(?:ang|nga|mga)\b)\S+)\s+(?:ang\s+)?"
                rf"gi-?(?P<verb>[a-z]+)\s+si\s+(?P<who>{_NAMED})(?P<rest>.*)$",
                re.I,
            ),
            lambda match: (
                f"which {_bisaya_employer(match.group('thing'))} did {match.group('who')} "
                f"{_BISAYA_DONE.get(match.group('verb').lower(), match.group('verb'))}{match.group('rest')}"
            ),
        ),
        # "Naa bay gihisgutan about opioids?": is there anything mentioned about opioids; "Naa bay giingon si Xi …"
        (
            re.compile(rf"^(?:naa|aduna|duna|anaa)\s+(?:ba['’]?y|ba\s+y)\s+{_BISAYA_MENTIONED}\b", re.I),
            "is there anything mentioned",
        ),
        (
            re.compile(
                rf"^(?:naa|aduna|duna|anaa)\s+(?:ba['’]?y|ba\s+y)\s+{_BISAYA_SAID}\s+(?:ni\s+|si\s+)?"
                rf"(?P<who>{_NAMED})(?P<rest>.*)$",
                re.I,
            ),
            r"did \g<who> say anything\g<rest>",
        ),
        (
            re.compile(
                rf"^(?:naa|aduna|duna|anaa)\s+(?:ba['’]?y|ba\s+y)\s+(?P<thing>\S+)\s+(?:si|ni|ang)\s+(?P<who>{_NAMED})",
                re.I,
            ),
            r"does \g<who> have any \g<thing>",
        ),  # "Naa bay quotes si Biden?": does Biden have any quotes
        (
            re.compile(r"^(?:naa|aduna|duna|anaa)\s+(?:ba['’]?y|ba\s+y)\s+(?P<thing>\S+)", re.I),
            r"is there any \g<thing>",
        ),
        (re.compile(r"^unsa(?:y|ng)?\s+(?:ang\s+)", re.I), "what is "),
        (re.compile(r"^unsa(?:y|ng)?\b", re.I), "what"),
        (re.compile(r"^kinsa(?:y|ng)?\b", re.I), "who"),
        (re.compile(r"^giunsa\b", re.I), "how"),
        (re.compile(r"\bsa\s+(?:ang\s+)?(?=(?:meeting|talks|article|summit|miting)\b)", re.I), "at the "),
        (
            re.compile(
                r"\b(?P<by>after|before|during|about|with)\s+(?:ang\s+)?(?P<thing>meeting|talks|article|summit)\b", re.I
            ),
            r"\g<by> the \g<thing>",
        ),
        (re.compile(r"\b(?:si|ni|ang)\s+(?=(?-i:[A-Z]))", re.I), ""),
        (re.compile(r"\bang\b", re.I), "the"),
        (re.compile(r"\bnga\b", re.I), "that"),
        *_word_for_word(_BISAYA_ENGLISH),
        (re.compile(r"\s{2,}"), " "),
        _the_the(),
        *_in_english_at_last(),
    )


_BISAYA_WORDS = _lazy_pattern(
    r"^(?:(?:ug|og|pero|unya)\s+)?(?:unsa(?:y|ng)?|kinsa(?:y|ng)?|kanus-?a|kanosa|ngano(?:ng)?|giunsa|tagpila)\b"
    r"(?!\s+(?:is|was|were|are|has|had|said|says|did|does)\b)"
    r"|^(?:pila|asa(?:ng)?)\s+(?:ka|ang|nga|man|ba|na|nahitabo|gihimo|sila|nagkita)\b|^asa\s+(?:gi|na)-\w"
    r"|^(?:bahin|mahitungod)\s+sa\s+unsa\b|^(?:gihisgutan|nahisgutan|gihisgotan|nahisgotan)\b"
    r"|\b(?:giingon|niingon|miingon|(?:nag|gi|ni|mi)-ingon|nahimamat|nagkita|milungtad|nilungtad|nahitabo)\b"
    r"|^(?:naa|aduna|duna|anaa)\s+(?:ba['’]?y|ba\s+y)\s",
    re.I,
)


# How readers ask in te reo Māori mixed with New Zealand English: "He aha te kōrero a Xi mō Taiwan?" (what did Xi
# say about Taiwan), "Nā wai i kī …" (who said …), "Ko wai i tūtaki ki a Blinken i Beijing?" (who met Blinken in
# Beijing), "I tūtaki a Blinken ki a wai?" (whom did Blinken meet), "Pēhea te roa o te hui?" (how long did the
# meeting last), "te Minita Take o Tāwāhi o Haina" (China's foreign minister), "Hōmai ōna kōrero katoa, tēnā koa"
# (give me all his quotes, please). Read typed with macrons, with doubled vowels ("kōrero", "koorero") or plain.
_MAORI_MARKED = (("a", "ā"), ("e", "ē"), ("i", "ī"), ("o", "ō"), ("u", "ū"))
_MAORI_ENGLISH = {
    "(?:te\\s+)?minita\\s+(?:mo\\s+(?:nga\\s+)?|o\\s+(?:nga\\s+)?)?take\\s+o\\s+tawahi|(?:te\\s+)?minita\\s+whakawaho":
        "the foreign minister",
    "(?:te\\s+)?hekeretari\\s+o\\s+te\\s+kawanatanga": "the secretary of state", "(?:te\\s+)?minita": "the minister",
    "(?:te\\s+)?perehitini": "the president", "(?:te\\s+)?pirimia": "the prime minister",
    "(?:te\\s+)?(?:kaiarahi|kaiarataki)": "the leader", "(?:te\\s+)?kaikorero": "the spokesperson",
    "(?:te\\s+)?(?:kairipoata|kaipurongo|kaituhi)": "the journalist", "Hainamana": "Chinese", "Haina": "China",
    "Marikena": "American", "Amerika": "America", "Ruhia": "Russia", "Ahitereiria": "Australia",
    "Aotearoa": "New Zealand", "(?:no|o)(?=\\s+(?-i:[A-Z]))": "of", "te\\s+hui|te\\s+huihuinga": "the meeting",
    "hui": "meeting", "(?:nga|te)\\s+korerorero|nga\\s+whiriwhiringa": "the talks",
    "(?:tenei|te)\\s+(?:tuhinga|purongo|article)\\s+nei": "this article",
    "tenei\\s+(?:tuhinga|purongo|article)": "this article", "te\\s+(?:tuhinga|purongo|article)": "the article",
    "(?:nga\\s+)?haora": "hours", "(?:nga\\s+)?matapono": "principles", "me(?=\\s+(?-i:[A-Z]))": "and",
    "mo": "about", "ki\\s+a|ki": "to", "i(?=\\s+(?-i:[A-Z]))": "in", "ratou|raua": "they", "hoa": "partners",
    "hoariri": "rivals", "nga\\s+whenua\\s+e\\s+rua": "the two countries", "nga\\s+whenua": "the countries",
    "e\\s+rua": "two", "e\\s+toru": "three", "katoa": "all", "tena\\s+koa": "please",
    "a(?=\\s+(?-i:[A-Z]))": "", "te|nga": "the",
}  # fmt: skip
_MAORI_SAID = r"(?:ki|korero|mea|kii)"
_MAORI_MET = r"(?:tutaki|hui)"
_MAORI_WHO_ASKED = r"(?:n[ao]|ko)\s+wai"  # "nā wai", "ko wai"


def _maori_undoubled(match: re.Match[str]) -> str:
    """A word typed with a doubled vowel for its macron, typed plain ("koorero": "korero")."""
    return re.sub(r"([aeiou])\1", r"\1", match.group(), flags=re.I)


@cache
def _maori() -> _Shapes:
    return (
        *_plain_letters(_MAORI_MARKED),
        (
            re.compile(
                r"\b(?:koorero|tuutaki|peehea|teenaa|naa|noo|moo|hoomai|aahea|noonahea|waahi|haaora|maatapono)\w*", re.I
            ),
            _maori_undoubled,
        ),
        (re.compile(r"^a\s+(?=(?:he\s+aha|ko\s+wai|n[ao]\s+wai)\b)", re.I), ""),  # "ā" (and)
        (re.compile(r"\b(?:a\s+)?(?P<one>[A-Z][\w-]*)\s+raua\s+ko\s+(?P<other>[A-Z][\w-]*)"), r"\g<one> and \g<other>"),
        (re.compile(r"^(?:homai|tukuna\s+mai|whakaaturia\s+mai)\b", re.I), "give me"),
        (re.compile(r"^korerotia\s+mai\b", re.I), "tell me"),
        (re.compile(rf"\bnga\s+korero\s+katoa\s+a\s+(?P<who>{_NAMED})"), r"all \g<who>'s quotes"),
        (re.compile(r"\b[oa]na\s+korero\s+katoa\b", re.I), "all his quotes"),
        (re.compile(r"\b[oa]na\s+kupu\s+(?:tonu|tika)\b", re.I), "his exact words"),
        (re.compile(r"\bnga\s+kupu\s+(?:tonu|tika)\b", re.I), "the exact words"),
        (re.compile(r"\b[oa]na\s+korero\b", re.I), "his quotes"),
        (re.compile(r"\bme\s+noho\s+(?:he\s+)?(?P<what>.+?)\s+(?:ratou|raua)\b", re.I), r"they should be \g<what>"),
        (re.compile(r"\bkia\s+noho\s+(?:he\s+)?(?P<what>.+?)\s+(?:ratou|raua)\b", re.I), r"they should be \g<what>"),
        (
            re.compile(r"\bme\s+noho\s+(?:he\s+)?(?P<what>\S+)\s+(?P<who>(?:nga|te)\s+.+?)$", re.I),
            r"\g<who> should be \g<what>",
        ),
        (re.compile(r"\bme\s+noho\s+", re.I), "should be "),
        (
            re.compile(
                r"^he\s+aha\s+(?:te\s+|nga\s+)?(?:korero|kupu|mea)\s+(?:a|o|i\s+a)\s+(?P<who>[^,?]+?)\s+"
                rf"(?:mo|e\s+pa\s+ana\s+ki|about)\s+(?:a\s+|te\s+|nga\s+)?(?P<topic>[^,?]+){_ANSWER_WORDS}",
                re.I,
            ),
            r"what did \g<who> say about \g<topic>\g<rest>",
        ),
        (
            re.compile(
                r"^he\s+aha\s+(?:te\s+|nga\s+)?(?:korero|kupu|mea)\s+(?:a|o|i\s+a)\s+(?P<who>[^,?]+?)\s+ki\s+(?:a\s+)?"
                rf"(?P<whom>[^,?]+){_ANSWER_WORDS}",
                re.I,
            ),
            r"what did \g<who> say to \g<whom>\g<rest>",
        ),
        (
            re.compile(
                rf"^he\s+aha\s+(?:te\s+|nga\s+)?(?:korero|kupu)\s+(?:a|o)\s+(?P<who>[^,?]+?){_ANSWER_WORDS}", re.I
            ),
            r"what did \g<who> say\g<rest>",
        ),
        (
            re.compile(rf"^he\s+aha\s+t[ao]\s+(?P<who>[^,?]+?)\s+i\s+{_MAORI_SAID}(?:\s+ai)?\b(?P<rest>.*)$", re.I),
            r"what did \g<who> say\g<rest>",
        ),
        (
            re.compile(
                rf"^{_MAORI_WHO_ASKED}\s+i\s+{_MAORI_SAID}(?:\s+(?:ai|mai))?\s*,?\s+(?:that\s+|e\s+|i\s+)?", re.I
            ),
            "who said ",
        ),
        (re.compile(rf"^{_MAORI_WHO_ASKED}\s+i\s+tuhi(?:tuhi)?\b", re.I), "who wrote"),
        (re.compile(rf"^ko\s+wai\s+(?:i|kua)\s+{_MAORI_MET}\s+(?:ki\s+a|ki|me|with)\s+", re.I), "who met "),
        (
            re.compile(rf"^i\s+{_MAORI_MET}\s+(?:a\s+)?(?P<who>.+?)\s+ki\s+a\s+wai\b(?P<rest>.*)$", re.I),
            r"who did \g<who> meet\g<rest>",
        ),
        (
            re.compile(rf"^ko\s+wai\s+t[ao]\s+(?P<who>.+?)\s+i\s+{_MAORI_MET}(?:\s+ai)?\b(?P<rest>.*)$", re.I),
            r"who did \g<who> meet\g<rest>",
        ),
        (
            re.compile(rf"^ki\s+a\s+wai\s+(?:i|a)\s+{_MAORI_MET}\s+ai\s+(?:a\s+)?(?P<who>.+?)(?=\s+i\s|$)", re.I),
            r"who did \g<who> meet",
        ),
        (re.compile(r"^ko\s+wai\s+(?:a\s+|te\s+|tenei\s+|tera\s+)?", re.I), "who is "),
        (
            re.compile(r"^e\s+hia\s+(?:nga\s+)?haora\s+(?:i\s+roa\s+ai|te\s+roa\s+o|o)\s+(?P<what>.+)$", re.I),
            r"how many hours did \g<what> last",
        ),
        (
            re.compile(r"^(?:i\s+)?(?:pehea|e\s+hia)\s+te\s+roa\s+o\s+(?P<what>.+)$", re.I),
            r"how long did \g<what> last",
        ),
        *(
            rule
            for maori, english in (
                (r"(?:nonahea|inahea|ahea|no\s+nahea|i\s+nahea)", "when"),
                (r"(?:i|kei|ki)\s+hea", "where"),
            )
            for rule in (
                (
                    re.compile(rf"^{maori}\s+(?:i\s+|ka\s+)?{_MAORI_MET}\s+ai\s+(?:a\s+)?(?P<who>.+)$", re.I),
                    rf"{english} did \g<who> meet",
                ),
                (re.compile(rf"^{maori}\s+(?:i\s+|ka\s+)?{_MAORI_MET}\s+ai$", re.I), rf"{english} did they meet"),
                (
                    re.compile(
                        rf"^{maori}\s+(?:a\s+)?(?P<who>.+?)\s+(?:i\s+|ka\s+)?{_MAORI_MET}\s+ai\s+ki\s+(?:a\s+)?(?P<whom>.+)$",
                        re.I,
                    ),
                    rf"{english} did \g<who> meet \g<whom>",
                ),
                (
                    re.compile(rf"^{maori}\s+(?:a\s+)?(?P<who>.+?)\s+(?:i\s+|ka\s+)?{_MAORI_MET}\s+ai$", re.I),
                    rf"{english} did \g<who> meet",
                ),
                (re.compile(rf"^{maori}\s+(?=te\s|nga\s)", re.I), rf"{english} was "),
                (re.compile(rf"^{maori}\b", re.I), english),
            )
        ),
        (
            re.compile(
                r"^e\s+hia\s+(?:nga\s+)?(?P<thing>\S+)\s+i\s+(?:tukuna|whakatakotoria|whakaarahia)\s+e\s+(?P<who>.+)$",
                re.I,
            ),
            r"how many \g<thing> did \g<who> propose",
        ),
        (re.compile(r"^(?:e\s+hia|he\s+aha)\s+te\s+utu\s+(?:o|mo)\s+", re.I), "how much is "),
        (re.compile(r"^e\s+hia\s+(?:nga\s+)?", re.I), "how many "),
        (
            re.compile(
                r"^(?:i|kua|ka)\s+(?:korerotia|whakahuatia|whakahuahia|kiia)\s+(?:a\s+|te\s+)?(?P<what>.+?)"
                r"(?:\s+i\s+(?:te|tenei)\s+(?:tuhinga|purongo|article)(?:\s+nei)?)?$",
                re.I,
            ),
            r"was \g<what> mentioned",
        ),
        (re.compile(r"^he\s+aha\s+", re.I), "what "),
        (re.compile(r"^(?:i\s+)?pehea\b", re.I), "how"),
        *_word_for_word(_MAORI_ENGLISH),
        *_in_english_at_last(),
    )


_MAORI_WORDS = _lazy_pattern(
    r"^(?:(?:a|ā)\s+)?(?:he\s+aha|ko\s+wai|n(?:a|ā|aa|o|ō|oo)\s+wai|p(?:e|ē|ee)hea|e\s+hia|(?:i|kei|ki)\s+hea"
    r"|(?:n(?:o|ō|oo)nahea|inahea|(?:a|ā|aa)hea)|i\s+t(?:u|ū|uu)taki|i\s+(?:k(?:o|ō|oo)rerotia|whakahuatia)"
    r"|h(?:o|ō|oo)mai)\b|\bt(?:e|ē|ee)n(?:a|ā|aa)\s+koa\b|\bki\s+a\s+wai\b",
    re.I,
)


# How readers ask in Tongan mixed with English: "Ko e hā na'e lea'aki 'e Blinken?" (it is what that was said by
# Blinken: what did Blinken say), "… 'o fekau'aki mo Taiwan?" (about Taiwan), "Ko hai na'a ne pehē …?" (who said …),
# "'Anefē na'e fakataha ai 'a Xi mo Blinken?" (when did Xi and Blinken meet), "'I fē na'e fai ai 'a e fakataha?" (where
# was the meeting held), "Ko e houa 'e fiha na'e fai ai 'a e alea?" (how many hours were the talks held), "Ko hai 'a
# Wang Yi?" (who is Wang Yi). Its question word opens the question after "ko (e)" (it is: "ko e hā", what; "ko hai",
# who; "ko e fē 'aho", which day) or stands where the answer would ("'anefē", when; "'i fē", where; "'e fiha", how
# many), "ai" after the verb standing for it; "na'e" marks the past, "'e" the one who did something ("'e Blinken": by
# Blinken), "'a" the one something is said of, "mo" is "and", after a verb "with", "kia" "to" before a name, "'i" "in";
# "Minisitā Muli 'o Siaina" is China's foreign minister, "'Amelika" the United States; a clause said to be someone's
# words opens on its verb and puts its describing words after their noun ("'oku 'ikai fiema'u 'e Siaina ha 'Amelika
# mālohi": China does not want a strong United States). Typed with its glottal stop ("'", "ʻ", "’") and macrons or
# without them ("Ko e ha nae leaaki e Blinken?"): the book drops the stop before a vowel, where Tongan writes it, and
# types the macrons plain first. Its "ko" is Serbian's and Māori's, its "hai" Hindi's: the book is read only when a
# shape of Tongan's own is there ("ko e hā", "ko hai", "na'e lea'aki", "pehē", "'anefē", "'e fiha", "fekau'aki").
_TONGAN_MARKED = (("a", "ā"), ("e", "ē"), ("i", "ī"), ("o", "ō"), ("u", "ū"))
_TONGAN_NAMES = {
    "(?-i:Siaina|Saina|Jaina|Haina)": "China", "(?-i:Amelika|Ameleka)": "the United States",
    "(?-i:Lusia|Rusia)": "Russia",
    "(?-i:Taiuani|Taiwani)": "Taiwan", "(?-i:Pesingi|Peisingi|Peising)": "Beijing", "(?-i:Kalefonia)": "California",
    "(?-i:Paiteni|Baiteni)": "Biden", "(?-i:Pilingikeni|Blinkeni)": "Blinken",
}  # fmt: skip
# Its titles and nouns, with the words around them, put into English before its shapes are read
_TONGAN_THINGS = {
    "minisita\\s+(?:ki\\s+he\\s+ngaahi\\s+mea\\s+fakamuli|ki\\s+muli|o\\s+muli|muli|fakamuli)": "foreign minister",
    "sekelitali\\s+o\\s+(?:e\\s+)?siteiti": "secretary of state", "(?:eiki\\s+)?palemia": "prime minister",
    "palesiteni|pelesiteni": "president", "minisita": "minister", "taki|takimua": "leader",
    "fakafofonga|tangata\\s+lea|fefine\\s+lea|mataotao\\s+lea": "spokesperson", "ofisa|ofisia": "official",
    "(?:tangata\\s+)?faiongoongo": "journalist",
    # the meeting and the talks, with the words before them that say when ("hili ʻa e fakataha": after the meeting)
    "hili\\s+(?:a\\s+)?(?:e|he)\\s+fakataha": "after the meeting",
    "(?:ki\\s+)?mua\\s+(?:i|o)\\s+(?:e|he)\\s+fakataha": "before the meeting",
    "lolotonga\\s+(?:a\\s+)?(?:e|he)\\s+fakataha|i\\s+he\\s+fakataha": "at the meeting",
    "hili\\s+(?:a\\s+)?(?:e|he)\\s+(?:talanoa|alea|fealeaaki)": "after the talks",
    "i\\s+he\\s+(?:talanoa|alea|fealeaaki)": "in the talks",
    "i\\s+he\\s+(?:atikolo|fakamatala|ongoongo)(?:\\s+ni)?": "in the article",
    "(?:a\\s+)?(?:e|he)\\s+(?:atikolo|fakamatala|ongoongo)\\s+ni": "this article",
    "(?:a\\s+)?(?:e|he)\\s+(?:atikolo|fakamatala|ongoongo)": "the article",
    "(?:a\\s+)?(?:e|he)\\s+fakataha": "the meeting", "(?:a\\s+)?(?:e|he)\\s+(?:talanoa|alea|fealeaaki)": "the talks",
    "(?:ngaahi\\s+)?tefitoi\\s+mooni|(?:ngaahi\\s+)?tefito\\w*\\s+mooni": "principles",
    "(?:ngaahi\\s+)?totonu\\s+fakaetangata": "human rights", "fefakatauaki|fakatau": "trade",
    "vahaa|fetuutaki|vaa": "relations", "(?:ngaahi\\s+)?fonua": "countries", "(?:ngaahi\\s+)?hoa": "partners",
    "(?:ngaahi\\s+)?fili|fakafepaki": "rivals", "kotoa": "all", "kataki": "please",
}  # fmt: skip
# What a Tongan reader asks someone works for ("kautaha": company, organisation; "potungaue": ministry)
_TONGAN_EMPLOYERS = {
    "kautaha": "organisation", "potungaue": "ministry", "puleanga": "government", "nusipepa": "newspaper",
    "organisation": "organisation", "organization": "organisation",
}  # fmt: skip
# Verbs of a clause said to be someone's words, and the describing words after its nouns ("ʻoku ʻikai fiemaʻu ʻe Siaina
# ha ʻAmelika mālohi": China does not want a strong America)
_TONGAN_CLAUSE_VERBS = {
    "fiemau": "want", "poupou": "support", "tokoni": "help", "tui": "believe", "loto": "want", "saiia": "like",
    "fakafepaki": "oppose", "tauhi": "keep",
}  # fmt: skip
_TONGAN_DESCRIBING = {
    "malohi": "strong", "tuumalie": "prosperous", "tauataina": "free", "lelei": "good", "melino": "peaceful",
    "fakalakalaka": "developed", "fiefia": "happy", "lahi": "big", "iiki": "small", "mateaki": "loyal",
}  # fmt: skip


_TONGAN_SAID_BY = _lazy_pattern(r"\b(?:pehe|leaaki|lea|tala)\s+(?:koa\s+)?e\s+(?:he\s+)?[^,?]+\s$", re.I)


def _tongan_clause(match: re.Match[str]) -> str:
    """ "ʻoku ʻikai fiemaʻu ʻe Siaina ha ʻAmelika mālohi mo tuʻumālie" (is not wanted by China a strong and prosperous
    America): China does not want a strong and prosperous United States (the one who does it before its verb, the
    describing words before their noun)."""
    verb = _TONGAN_CLAUSE_VERBS[match.group("verb").lower()]
    now = match.group("tense").lower() == "oku"
    thing, described = match.group("thing"), [match.group("one"), match.group("other")]
    words = " and ".join(_TONGAN_DESCRIBING[word.lower()] for word in described if word)
    if words:
        thing = f"{words} {thing.removeprefix('the ')}"
    a = "a " if match.group("a") else ""
    done = f"{'does' if now else 'did'} not {verb}" if match.group("not") else f"{verb}s" if now else _past_tense(verb)
    said = _TONGAN_SAID_BY().search(match.string[: match.start()])  # after "naʻe pehē ʻe Xi": what Xi said
    return f"{'that ' if said else ''}{match.group('who')} {done} {a}{thing}"


# What was done, asked how many times ("fokotuu": set up, proposed)
_TONGAN_DONE = {"fokotuu": "propose", "fakahoko": "propose", "propose": "propose", "lave": "mention",
                "lavei": "mention", "mention": "mention", "tohi": "write"}  # fmt: skip
_TONGAN_SAID = r"(?:leaaki|lea|pehe|talaange|fakahaa|talaki|tala)"
_TONGAN_PAST = r"(?:nae|naa\s+ne|naa\s+nau|naa\s+na|oku|naku)"
_TONGAN_MET = r"(?:fakataha|feiloaki|fetaulaki)"
# When, where and which day, and their English
_TONGAN_ASKED = {
    "anefe": "when", "afe": "when", "i fe": "where", "ko fe aho": "on which day", "ko e fe aho": "on which day",
    "ko e aho fe": "on which day",
}  # fmt: skip
_TONGAN_ASKING = r"(?P<asked>anefe|afe|i\s+fe|ko\s+(?:e\s+)?fe\s+aho|ko\s+e\s+aho\s+fe)"
_TONGAN_WHO = (
    rf"(?:{_NAMED}(?:\s+of\s+(?:the\s+)?{_NAMED})?"
    rf"|the\s+(?:\w+\s+){{0,3}}?(?:{_OFFICE}|leader)(?:\s+of\s+(?:the\s+)?{_NAMED})?)"
)


def _tongan_employer(match: re.Match[str]) -> str:
    """ "ʻOku ngāue ʻa Wang Yi ki he kautaha fē?", "Ko e kautaha fē ʻoku ngāue ai ʻa Wang Yi?": which organisation does
    Wang Yi work for."""
    word = match.group("employer") or match.group("employer2")
    employer = _TONGAN_EMPLOYERS.get(word.lower(), word)
    return f"which {employer} does {match.group('who') or match.group('who2')} work for"


@cache
def _tongan() -> _Shapes:
    return (
        _after_the_question(),
        *_plain_letters(_TONGAN_MARKED),
        # its glottal stop, before a vowel ("na'e", "'Anefē", "fekau'aki"), dropped: "nae", "Anefe", "fekauaki"
        (re.compile(r"['ʻ‘’`](?=[aeiouAEIOU])"), ""),
        (re.compile(r"^(?:pea|kae|mo)\s*,?\s+(?=ko\b)", re.I), ""),
        *_word_for_word(_TONGAN_NAMES),
        # "ʻoku totonu ke nau hoko ko e ngaahi hoa": they should be partners
        (
            re.compile(
                r"\b(?:oku|nae)\s+totonu\s+ke\s+(?P<who>nau|tau|mau|na)\s+(?:hoko\s+(?:ko\s+(?:e\s+)?)?)?(?:ngaahi\s+)?(?P<what>\S+)",
                re.I,
            ),
            lambda match: (
                f"{'we' if match.group('who').lower() in ('tau', 'mau') else 'they'} should be {match.group('what')}"
            ),
        ),
        *_word_for_word(_TONGAN_THINGS),
        # "ʻoku ʻikai fiemaʻu ʻe Siaina ha ʻAmelika mālohi": China does not want a strong United States (a clause said
        # to be someone's words, its verb first)
        (
            re.compile(
                rf"\b(?P<tense>oku|nae)\s+(?P<not>ikai\s+)?(?P<verb>{'|'.join(_TONGAN_CLAUSE_VERBS)})\s+e\s+"
                rf"(?P<who>{_NAMED}|the\s+{_NAMED})\s+(?P<a>ha\s+)?(?P<thing>(?:the\s+)?{_NAMED})"
                rf"(?:\s+(?P<one>{'|'.join(_TONGAN_DESCRIBING)})(?:\s+mo\s+(?P<other>{'|'.join(_TONGAN_DESCRIBING)}))?)?\b",
                re.I,
            ),
            _tongan_clause,
        ),
        # "Minisitā Muli ʻo Siaina": the foreign minister of China
        (
            re.compile(
                rf"\b(?P<title>(?i:{_OFFICE}|leader|prime\s+minister))\s+(?i:o)\s+(?:(?i:e)\s+)?"
                r"(?=(?-i:[A-Z])|the\s+(?-i:[A-Z]))"
            ),
            r"\g<title> of ",
        ),
        # "ʻo fekauʻaki mo Taiwan", "ʻo kau ki Taiwan": about Taiwan; "kia Blinken": to Blinken; "ʻi Beijing": in
        # Beijing
        (
            re.compile(
                r"\b(?:(?:o|oku)\s+)?(?:fekauaki|fekau\s+aki)\s+mo\s+(?:e\s+)?|\bo\s+kau\s+ki\s+(?:he\s+)?", re.I
            ),
            "about ",
        ),
        (re.compile(r"\bkia?\s+(?=(?-i:[A-Z]))", re.I), "to "),
        (re.compile(r"\bi\s+(?=(?-i:[A-Z]))"), "in "),
        # "Xi mo Blinken": Xi and Blinken
        (re.compile(rf"\b(?P<one>{_NAMED})\s+mo\s+(?=(?-i:[A-Z]))"), r"\g<one> and "),
        # "Ko e hā naʻe leaʻaki ʻe Blinken …?": what did Blinken say …; "… ʻe he Minisitā Muli …": by the foreign
        # minister
        (
            re.compile(
                rf"^ko\s+e\s+ha\s+{_TONGAN_PAST}\s+{_TONGAN_SAID}(?:\s+ai)?\s+e\s+(?P<the>he\s+)?(?P<who>[^,?]+?)"
                r"(?P<rest>\s+(?:about|to|in|at|after|before|during)\s+[^,?]+)?$",
                re.I,
            ),
            lambda match: (
                f"what did {'the ' if match.group('the') and not match.group('who').startswith('the ') else ''}"
                f"{match.group('who')} say{match.group('rest') or ''}"
            ),
        ),
        (
            re.compile(rf"^{_TONGAN_PAST}\s+{_TONGAN_SAID}\s+e\s+(?:he\s+)?(?P<who>[^,?]+?)\s+ko\s+e\s+ha$", re.I),
            r"what did \g<who> say",
        ),
        # "Ko e hā naʻe leaʻaki ʻo fekauʻaki mo Taiwan?": what was said about Taiwan (no one named who said it)
        (
            re.compile(
                rf"^ko\s+e\s+ha\s+{_TONGAN_PAST}\s+(?:{_TONGAN_SAID}|talanoa)(?:\s+ai)?\s+(?P<about>about\s+[^,?]+)$",
                re.I,
            ),
            r"what was said \g<about>",
        ),
        # "Ko hai naʻa ne pehē …?": who said …; "Ko hai naʻe fakataha mo Blinken?": who met Blinken
        (
            re.compile(
                rf"^ko\s+hai\s+(?:{_TONGAN_PAST}|na\s+ne|naane)\s+{_TONGAN_SAID}\s*,?\s+(?:ko\s+e\s+|o\s+pehe\s+|that\s+|a\s+e\s+)?"
                r"(?P<said>.+)$",
                re.I,
            ),
            r"who said \g<said>",
        ),
        (
            re.compile(rf"^ko\s+hai\s+{_TONGAN_PAST}\s+{_TONGAN_MET}\s+(?:mo|with|and)\s+(?P<whom>[^,?]+)$", re.I),
            r"who met \g<whom>",
        ),
        (
            re.compile(r"^ko\s+hai\s+(?:nae|naa\s+ne)\s+tohi\s+(?P<what>(?:this|the)\s+article)$", re.I),
            r"who wrote \g<what>",
        ),
        # "Naʻe fakataha ʻa Blinken mo hai ʻi Beijing?": who did Blinken meet in Beijing
        (
            re.compile(
                rf"^{_TONGAN_PAST}\s+{_TONGAN_MET}\s+(?:a\s+)?(?P<who>[^,?]+?)\s+(?:mo|and)\s+hai(?P<where>\s+(?:in|at|after)\s+[^,?]+)?$",
                re.I,
            ),
            r"who did \g<who> meet\g<where>",
        ),
        # "ʻAnefē naʻe fakataha ai ʻa Xi mo Blinken?", "Naʻe fakataha ʻi fē ʻa Xi mo Blinken?": when (where) did they
        # meet
        (
            re.compile(
                rf"^{_TONGAN_ASKING}\s+(?:{_TONGAN_PAST}\s+)?{_TONGAN_MET}\s+(?:ai\s+)?(?:a\s+)?(?P<who>[^,?]+)$"
                rf"|^{_TONGAN_PAST}\s+{_TONGAN_MET}\s+{_TONGAN_ASKING.replace('asked', 'asked2')}\s+(?:a\s+)?"
                r"(?P<who2>[^,?]+)$",
                re.I,
            ),
            lambda match: (
                f"{_TONGAN_ASKED[' '.join((match.group('asked') or match.group('asked2')).lower().split())]} "
                f"did {match.group('who') or match.group('who2')} meet"
            ),
        ),
        # "ʻI fē naʻe fai ai ʻa e fakataha?", "Naʻe fai ʻanefē ʻa e fakataha?": where (when) did the meeting take place
        (
            re.compile(
                rf"^{_TONGAN_ASKING}\s+(?:{_TONGAN_PAST}\s+)?(?:fai|hoko|fakahoko|tuu|faí)\s+(?:ai\s+)?(?:a\s+)?(?P<what>[^,?]+)$"
                rf"|^{_TONGAN_PAST}\s+(?:fai|hoko|fakahoko)\s+{_TONGAN_ASKING.replace('asked', 'asked2')}\s+(?:a\s+)?"
                r"(?P<what2>[^,?]+)$",
                re.I,
            ),
            lambda match: (
                f"{_TONGAN_ASKED[' '.join((match.group('asked') or match.group('asked2')).lower().split())]} "
                f"did {_with_the(match.group('what') or match.group('what2'))} take place"
            ),
        ),
        # "Ko e houa ʻe fiha naʻe fai ai ʻa e alea?", "Naʻe fuoloa fēfē ʻa e talanoa?": how many hours (how long) did
        # the talks last
        (
            re.compile(
                rf"^(?:ko\s+e\s+)?(?P<hours>houa)\s+e\s+fiha\s+(?:{_TONGAN_PAST}\s+)?(?:fai|hoko|lolotonga|fuoloa|tuu)?\s*"
                r"(?:ai\s+)?(?:a\s+)?(?P<what>[^,?]+)$"
                rf"|^(?:{_TONGAN_PAST}\s+)?fuoloa\s+(?:fefe|fefe\s+hono\s+fuoloa)\s+(?:a\s+)?(?P<thing>[^,?]+)$"
                r"|^ko\s+e\s+ha\s+hono\s+fuoloa\s+o\s+(?P<of>[^,?]+)$",
                re.I,
            ),
            lambda match: (
                ("how many hours" if match.group("hours") else "how long")
                + f" did {_with_the(match.group('what') or match.group('thing') or match.group('of'))} last"
            ),
        ),
        # "Ko e ngaahi principles ʻe fiha naʻe propose ʻe Xi?": how many principles did Xi propose
        (
            re.compile(
                rf"^ko\s+e\s+(?:ngaahi\s+)?(?P<thing>[^,?]+?)\s+e\s+fiha\s+{_TONGAN_PAST}\s+(?P<done>{'|'.join(_TONGAN_DONE)})\s+"
                r"e\s+(?:he\s+)?(?P<who>[^,?]+)$",
                re.I,
            ),
            lambda match: (
                f"how many {match.group('thing')} did {match.group('who')} {_TONGAN_DONE[match.group('done').lower()]}"
            ),
        ),
        # "Ko e fiha ʻa e totongi ʻo e Super Saver?", "ʻOku fiha ʻa e Super Saver?": how much does it cost
        (
            re.compile(
                r"^(?:ko\s+e\s+)?(?:fiha|ha)\s+(?:a\s+e\s+|hono\s+)?totongi\s+o\s+(?:e\s+)?(?P<what>[^,?]+)$"
                r"|^oku\s+fiha\s+(?:a\s+(?:e\s+)?)?(?P<thing>[^,?]+)$",
                re.I,
            ),
            lambda match: f"how much does {_with_the(match.group('what') or match.group('thing'))} cost",
        ),
        # "ʻOku ngāue ʻa Wang Yi ki he kautaha fē?": which organisation does Wang Yi work for
        (
            re.compile(
                r"^oku\s+ngaue\s+(?:a\s+)?(?P<who>[^,?]+?)\s+(?:ki|i|ma)\s+he\s+(?P<employer>\w+)\s+fe$"
                r"|^ko\s+e\s+(?P<employer2>\w+)\s+fe\s+oku\s+ngaue\s+ai\s+(?:a\s+)?(?P<who2>[^,?]+)$",
                re.I,
            ),
            _tongan_employer,
        ),
        # "Naʻe laveʻi ʻa Taiwan?", "Naʻe ʻi ai ha lave ki Taiwan?": was Taiwan mentioned
        (
            re.compile(
                r"^(?:nae|naa)\s+(?:lavei|lave\s+ki|lave\s+to)\s+(?:a\s+)?(?P<what>[^,?]+?)(?:\s+in\s+the\s+article)?$"
                r"|^nae\s+i\s+ai\s+ha\s+lave\s+(?:ki|to|about)\s+(?P<thing>[^,?]+?)(?:\s+in\s+the\s+article)?$",
                re.I,
            ),
            lambda match: f"was {match.group('what') or match.group('thing')} mentioned",
        ),
        # "Naʻe leaʻaki ʻe Xi ha meʻa ʻo fekauʻaki mo Taiwan?": did Xi say anything about Taiwan; "Naʻe pehē koā ʻe Xi
        # …?": did Xi say that …
        (
            re.compile(
                rf"^(?:nae|naa\s+ne)\s+{_TONGAN_SAID}\s+(?:koa\s+)?e\s+(?:he\s+)?(?P<who>{_TONGAN_WHO})\s+(?:ha\s+mea\s+)?"
                r"(?P<about>about\s+[^,?]+)$",
                re.I,
            ),
            r"did \g<who> say anything \g<about>",
        ),
        (
            re.compile(
                rf"^(?:nae|naa\s+ne)\s+(?:pehe|leaaki|lea)\s+(?:koa\s+)?e\s+(?:he\s+)?(?P<who>{_TONGAN_WHO})\s*,?\s+"
                r"(?:that\s+|oku\s+|ko\s+e\s+)?(?P<said>.+)$",
                re.I,
            ),
            r"did \g<who> say that \g<said>",
        ),
        # "Ko e hā naʻe ʻalu ai ʻa Blinken ki Beijing?": why did Blinken go to Beijing
        (
            re.compile(
                r"^ko\s+e\s+ha\s+(?:nae|naa\s+ne)\s+alu\s+ai\s+(?:a\s+)?(?P<who>[^,?]+?)\s+(?:to|ki)\s+(?P<place>[^,?]+)$",
                re.I,
            ),
            r"why did \g<who> go to \g<place>",
        ),
        # "Ko e hā naʻe hoko ʻi he fakataha?": what happened at the meeting
        (re.compile(r"^ko\s+e\s+ha\s+(?:nae|oku)\s+hoko(?P<rest>.*)$", re.I), r"what happened\g<rest>"),
        # "Ko hai ʻa Wang Yi?": who is Wang Yi
        (re.compile(r"^ko\s+hai\s+(?:a\s+)?(?:e\s+)?(?P<who>[^,?]+)$", re.I), r"who is \g<who>"),
        (re.compile(r"^ko\s+e\s+ha\s+", re.I), "what "),
        (re.compile(r"\s{2,}"), " "),
        _the_the(),
        *_in_english_at_last(),
    )


_TONGAN_WORDS = _lazy_pattern(
    r"^\W*(?:(?:pea|kae|mo)\s+)?ko\s+(?:e\s+)?(?:h[aā]|hai|f[eē])\b|\bna['ʻ‘’`]?(?:e|a\s+ne)\s+['ʻ‘’`]?(?:lea|peh"
    r"|fakataha|fai|hoko|lave|alu|fe['ʻ‘’`]?iloaki|fuoloa|houa|i\s+ai)|\blea['ʻ‘’`]?aki\b|\bpeh[eē]\b|['ʻ‘’`]?anef[eē]\b"
    r"|\bfiha\b|\bfekau['ʻ‘’`]?aki\b|\bhoua\b|\bng[aā]ue\b|\blave(?:['ʻ‘’`]?i)?\b|^\W*['ʻ‘’`]?i\s+f[eē]\b",
    re.I,
)


# How readers ask in Samoan, Tongan's kin, with English words, its glottal stop typed ("ta'ua", "taʻua") or left out
# ("taua") and its long vowels marked or not: "O le a le mea na fai mai ai Blinken e uiga i Taiwan?" (what is the thing
# Blinken said about Taiwan), "O ai na fai mai …?" (who said …), "O anafea na feiloai ai Xi ma Blinken?" (when did Xi
# and Blinken meet), "O fea na faia ai le fonotaga?" (where was the meeting held), "E fia itula na umi ai talanoaga?"
# (how many hours did the talks last), "E fia mataupu faavae na folasia e Xi?" (how many principles did Xi propose).
# Its question word opens the question after "o" (what is asked) or "e" (a number), the verb after "na" (the past) and
# "ai" after the verb pointing back to it; the doer follows the verb, after "e" where the verb has an object ("na
# folasia e Xi": proposed by Xi); "fai mai" is "say", "fai atu … ia" "say to", "e uiga i" "about", "ma" "and" or
# "with", "i" before a place "in", "o" and "a" after a title "of", "le" "the"; a yes-or-no question is the statement
# asked ("Na fai mai Xi …?": did Xi say …). Its "o", "e", "le" and "i" are other languages' small words: the book is
# read only when a shape of Samoan's own is there ("fai mai", "o le a", "o ai", "o anafea", "o fea", "e fia", "e uiga
# i", "feiloai", "fonotaga", "talanoaga", "ta'ua", "aisea").
_SAMOAN_NAMES = {
    "(?-i:Saina)": "China", "(?-i:Amerika)": "America", "(?-i:Rusia|Lusia)": "Russia", "(?-i:Peigi|Beijing)": "Beijing",
    "(?:le\\s+)?(?-i:Iunaite\\s+Setete(?:\\s+o\\s+Amerika)?)": "the US", "(?-i:Kalefonia|Kalifonia)": "California",
    "(?-i:Taiuani|Taiwan)": "Taiwan",
}  # fmt: skip
# Its titles and nouns, with the words around them, put into English before its shapes are read
_SAMOAN_THINGS = {
    "e\\s+tusa\\s+ai\\s+ma\\s+le\\s+tala|e\\s+tusa\\s+ma\\s+le\\s+tala": "according to the article",
    "i\\s+(?:le|lenei)\\s+tala": "in the article", "(?:lenei|le)\\s+tala\\s+(?:lenei|nei)": "this article",
    "(?<=tusia\\s)le\\s+tala|(?<=tusia\\s)le\\s+(?:mataupu|tusitusiga)": "the article",
    "(?:le\\s+)?minisita\\s+o\\s+(?:mataupu\\s+tau\\s+fafo|le\\s+va\\s+i\\s+fafo|fafo)": "the foreign minister",
    "(?:le\\s+)?failautusi\\s+o\\s+(?:le\\s+)?setete": "the secretary of state",
    "(?:le\\s+)?peresitene": "the president", "(?:le\\s+)?taitai": "the leader", "(?:le\\s+)?minisita": "the minister",
    "(?:le\\s+)?fofoga\\s+fetalai": "the spokesperson", "(?:le\\s+)?tusitala": "the author",
    # the meeting and the talks, with the words before them that say when ("ina ua uma le fonotaga": after the
    # meeting)
    "(?:ina\\s+ua\\s+(?:uma|maea)|mulimuli\\s+ane\\s+i)\\s+(?:le\\s+)?(?:fonotaga|feiloaiga)": "after the meeting",
    "(?:a\\s+o\\s+lei\\s+faia|ao\\s+lei\\s+faia|muamua\\s+atu\\s+i)\\s+(?:le\\s+)?(?:fonotaga|feiloaiga)":
        "before the meeting",
    "(?:i\\s+le\\s+taimi\\s+o|a\\s+o\\s+faia)\\s+(?:le\\s+)?(?:fonotaga|feiloaiga)": "during the meeting",
    "(?:ina\\s+ua\\s+(?:uma|maea)|mulimuli\\s+ane\\s+i)\\s+(?:le\\s+|o\\s+)?talanoaga": "after the talks",
    "(?:le\\s+)?(?:fonotaga|feiloaiga)": "the meeting", "(?:le\\s+|ia\\s+)?talanoaga": "the talks",
    "(?:aia|aiā)\\s+tatau\\s+a\\s+tagata": "human rights", "fefaatauaiga|pisinisi": "trade",
    "mataupu\\s+faavae": "principles", "(?:le\\s+)?(?:va|sootaga)\\s+(?=o\\s+|i\\s+le\\s+va)": "the relationship ",
    "(?:e\\s+)?tatau\\s+ona\\s+avea\\s+i\\s+latou\\s+ma": "that they should be",
    "(?:e\\s+)?tatau\\s+ona\\s+avea\\s+(?P<both>(?-i:[A-Z])\\w*\\s+ma\\s+(?-i:[A-Z])\\w*)\\s+ma":
        "that \\g<both> should be",
    "(?:e\\s+)?tatau\\s+ona\\s+avea\\s+ma": "should be",
    "paaga": "partners", "fili|tauva": "rivals", "itula": "hours", "minute": "minutes", "se\\s+mea": "anything",
    "(?:le\\s+)?tulaga\\s+lautele\\s+o": "the overall state of", "(?:le\\s+)?(?:tofi|tulaga|galuega)": "title",
    "(?:le\\s+)?faalapotopotoga": "organisation",
    "upusii|upu\\s+sao": "quotes", "faamolemole": "please",
}  # fmt: skip
_SAMOAN_SAID = r"(?:fai\s+mai|fai\s+atu|saunoa|tautala|faamatala|ta'ua|taua)"
_SAMOAN_MET = r"(?:feiloai|feiloaii|fetaiai|fono)"
# What was done, asked how many or whether ("folasia": put forward, proposed)
_SAMOAN_DONE = {
    "folasia": "propose", "fautuaina": "propose", "tuuina mai": "propose", "tuuina atu": "propose",
    "ta'ua": "mention", "taua": "mention", "tusia": "write", "faasilasila": "announce",
}  # fmt: skip
_SAMOAN_NAME = r"(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?"
_SAMOAN_DOER = rf"(?:{_SAMOAN_NAME}|(?:the|this|le)\s+[^,?]+?)"
# What was done, asked how it was done ("Na faapefea ona faamatala e Wang …?": how did Wang describe …)
_SAMOAN_HOW_DONE = {
    "faamatala": "describe", "fai mai": "say", "ta'ua": "describe", "taua": "describe", "vaai": "see",
    "faamatalaina": "describe",
}  # fmt: skip


def _samoan_said(match: re.Match[str]) -> str:
    """ "what did Blinken say (to Xi, about Taiwan, after the meeting)"; no one named: what was said."""
    groups = match.groupdict()
    who, whom, topic = groups.get("who"), groups.get("whom"), groups.get("topic")
    rest = f" about {topic}" if topic else groups.get("rest") or ""
    if not who:
        return f"what was said{rest}"
    who = re.sub(r"^le\s+", "the ", who, flags=re.I)  # "le top US diplomat": the top US diplomat
    if re.fullmatch(r"(?:this|the)\s+article", who, re.I):
        return f"what does {who} say{rest}"
    return f"what did {who} say" + (f" to {whom}" if whom else "") + rest


@cache
def _samoan() -> _Shapes:
    name, doer, said, met = _SAMOAN_NAME, _SAMOAN_DOER, _SAMOAN_SAID, _SAMOAN_MET
    done = "|".join(_SAMOAN_DONE)
    past = r"(?:na|sa|ua)"
    rest = r"(?P<rest>\s+(?:in|at|after|before|during)\s+[^,?]+)?"
    return (
        _after_the_question(),
        # the glottal stop typed as any apostrophe ("taʻua", "ta’ua": ta'ua) and the long vowels typed plain
        (re.compile("[ʻ’`´‘]"), "'"),
        *_plain_letters((("a", "ā"), ("e", "ē"), ("i", "ī"), ("o", "ō"), ("u", "ū"))),
        (re.compile(r"\b(?P<a>fa)'(?=a)|\b(?P<b>mae)'(?=a)", re.I), r"\g<a>\g<b>"),  # "fa'a-", "mae'a": faa-, maea
        # "Ae …", "Ma …" (and, but) before the question; "Ae faapefea Wang Yi?": and how about Wang Yi
        (re.compile(r"^(?:ae|ma|a)\s*,?\s+(?=(?:o\s+le\s+a|o\s+ai|o\s+anafea|o\s+fea|e\s+fia|aisea)\b)", re.I), ""),
        (re.compile(rf"^(?:ae\s+)?faapefea\s+(?:ia\s+)?(?P<who>{name})$", re.I), r"what about \g<who>"),
        *_word_for_word(_SAMOAN_NAMES),
        *_word_for_word(_SAMOAN_THINGS),
        # "Xi ma Blinken": Xi and Blinken; "the president o China", "a China": of China; "ia Blinken": to Blinken;
        # "i Beijing": in Beijing
        (re.compile(r"(?P<a>\b(?-i:[A-Z])[\w-]*)\s+ma\s+(?=(?-i:[A-Z]))"), r"\g<a> and "),
        (re.compile(rf"\b(?P<title>{_OFFICE})\s+(?:o|a)\s+(?=(?-i:[A-Z])|the\s+US\b)", re.I), r"\g<title> of "),
        (re.compile(r"\b(?:e\s+uiga\s+(?:i|ia)|e\s+faatatau\s+(?:i|ia)|i\s+le\s+mataupu\s+o)\s+", re.I), "about "),
        (re.compile(r"\bia\s+(?=(?-i:[A-Z]))"), "to "),
        (re.compile(r"\bi\s+(?=(?-i:[A-Z]))"), "in "),
        _according_to_last(),
        # "O le a le mea na fai mai ai Blinken about Taiwan (to Xi)?": what did Blinken say (about Taiwan, to Xi); no
        # one named ("O le a le mea na fai mai about Taiwan?"): what was said about Taiwan
        (
            re.compile(
                rf"^o\s+le\s+a\s+(?:le\s+mea\s+|mea\s+)?{past}\s+{said}(?:\s+(?:ai|e))?(?:\s+(?P<who>{doer}))?"
                rf"(?:\s+to\s+(?P<whom>{name}))?(?:\s+about\s+(?P<topic>[^,?]+)|{rest})$",
                re.I,
            ),
            _samoan_said,
        ),
        # "O le a le tala a Blinken about Taiwan?": what is Blinken's word (what did Blinken say)
        (
            re.compile(
                rf"^o\s+le\s+a\s+le\s+(?:tala|upu|saunoaga)\s+a\s+(?P<who>{doer})(?:\s+about\s+(?P<topic>[^,?]+)|{rest})$",
                re.I,
            ),
            _samoan_said,
        ),
        # "O ai na fai mai …?": who said …
        (
            re.compile(
                r"^o\s+ai\s+(?:na\s+|sa\s+)?(?:fai\s+mai|saunoa|ta'ua|taua)\s*,?\s+(?:that\s+)?(?!about\b)(?P<said>.+)$",
                re.I,
            ),
            r"who said \g<said>",
        ),
        # "O anafea na feiloai ai Xi and Blinken?", "O fea na feiloai ai Blinken ma Xi?": when (where) did … meet
        (
            re.compile(
                rf"^o\s+(?P<asked>anafea|fea|le\s+fea\s+aso)\s+{past}\s+{met}\s+ai\s+(?P<who>[^,?]+?)"
                rf"(?:\s+(?:ma|with)\s+(?P<whom>{name}))?(?P<where>\s+in\s+[^,?]+)?$",
                re.I,
            ),
            lambda match: (
                {"anafea": "when", "fea": "where"}.get(match.group("asked").lower(), "on which day")
                + f" did {match.group('who')} meet"
                + (f" {match.group('whom')}" if match.group("whom") else "")
                + (match.group("where") or "")
            ),
        ),
        # "O fea na faia ai the meeting?", "O fea le aai na …?": where (when, in which city) did the meeting take place;
        # "the meeting a Xi and Blinken": the meeting between them
        (
            re.compile(r"\b(?P<thing>the\s+(?:meeting|talks|relationship))\s+(?:a|o|of)\s+(?=[^,?]+?\s+and\s+)", re.I),
            r"\g<thing> between ",
        ),
        (
            re.compile(
                rf"^o\s+(?P<asked>anafea|fea|(?:le\s+)?fea\s+le\s+(?:aai|taulaga|nofoaga|fale|aso))\s+{past}\s+"
                r"(?:faia|fai|tupu|faataunuu|i\s+ai)\s+(?:ai\s+)?(?P<what>the\s+[^,?]+)$",
                re.I,
            ),
            lambda match: (
                {"anafea": "when", "fea": "where"}.get(
                    match.group("asked").lower(),
                    {
                        "aai": "in which city",
                        "taulaga": "in which city",
                        "fale": "in which building",
                        "aso": "on which day",
                    }.get(match.group("asked").lower().split()[-1], "where"),
                )
                + f" did {match.group('what')} take place"
            ),
        ),
        # "O ai le US President na feiloai muamua ma Xi?": who is the US president that met Xi before, which US
        # president did Xi meet before
        (
            re.compile(
                rf"^o\s+ai\s+(?:le|the)\s+(?P<what>[^,?]+?)\s+{past}\s+{met}(?P<before>\s+muamua)?(?:\s+ai)?\s+(?:ma|with|i)\s+"
                rf"(?P<whom>{name})$",
                re.I,
            ),
            lambda match: (
                f"which {match.group('what')} did {match.group('whom')} meet"
                + (" before" if match.group("before") else "")
            ),
        ),
        # "Na faapefea ona faamatala e Wang the relationship …?": how did Wang describe the relationship …
        (
            re.compile(
                rf"^(?:{past}\s+)?faapefea\s+ona\s+(?P<done>{'|'.join(_SAMOAN_HOW_DONE)})\s+e\s+(?P<who>{name})\s+(?P<what>[^,?]+)$",
                re.I,
            ),
            lambda match: (
                f"how did {match.group('who')} {_SAMOAN_HOW_DONE[match.group('done').lower()]} {match.group('what')}"
            ),
        ),
        # "E fia hours na umi ai the talks?": how many hours; "O le a le umi o the talks?": how long did the talks last
        (
            re.compile(
                rf"^e\s+fia\s+(?P<hours>hours|minutes)\s+{past}\s+(?:umi|faia|fai)\s+ai\s+(?P<what>[^,?]+)$"
                rf"|^(?:o\s+le\s+a\s+le\s+umi\s+o|{past}\s+umi\s+se\s+a|e\s+fia\s+le\s+umi\s+o)\s+(?P<thing>[^,?]+)$",
                re.I,
            ),
            _how_long,
        ),
        # "E fia principles na folasia e Xi?": how many principles did Xi propose
        (
            re.compile(rf"^e\s+fia\s+(?P<thing>\S+)\s+{past}\s+(?P<done>{done})\s+e\s+(?P<who>{doer})$", re.I),
            lambda match: (
                f"how many {match.group('thing')} did {match.group('who')} "
                + _SAMOAN_DONE[" ".join(match.group("done").lower().split())]
            ),
        ),
        # "E fia le tau o Super Saver?": how much does Super Saver cost
        (
            re.compile(r"^e\s+fia\s+(?:le\s+tau\s+o|tupe\s+o|le\s+tau\s+a)\s+(?P<what>[^,?]+)$", re.I),
            lambda match: f"how much does {_with_the(match.group('what'))} cost",
        ),
        # "O ai Wang Yi?": who is Wang Yi
        (re.compile(rf"^o\s+ai\s+(?:ia|lea|to)\s+(?P<who>{name}|the\s+[^,?]+)$", re.I), r"who is \g<who>"),
        # "O le fea organisation e faigaluega ai Wang Yi?": which organisation does Wang Yi work for
        (
            re.compile(
                r"^o\s+le\s+fea\s+(?P<employer>\w+)\s+e\s+faigaluega\s+ai\s+(?P<who>[^,?]+)$"
                r"|^e\s+faigaluega\s+(?P<who2>[^,?]+?)\s+(?:mo|i|in)\s+le\s+fea\s+(?P<employer2>\w+)$",
                re.I,
            ),
            lambda match: (
                f"which {match.group('employer') or match.group('employer2')} does "
                f"{match.group('who') or match.group('who2')} work for"
            ),
        ),
        # "O le a title o Wang Yi?": what is Wang Yi's title
        (re.compile(r"^o\s+le\s+a\s+(?:le\s+)?title\s+(?:o|a)\s+(?P<who>[^,?]+)$", re.I), r"what is \g<who>'s title"),
        # "O ai na feiloai i ai Blinken in Beijing?": who did Blinken meet in Beijing
        (
            re.compile(
                rf"^o\s+ai\s+{past}\s+{met}\s+(?:i\s+ai|ai|ma)\s+(?P<who>{doer})(?P<where>\s+(?:in|at|after|during)\s+[^,?]+)?$",
                re.I,
            ),
            r"who did \g<who> meet\g<where>",
        ),
        # "Aisea na alu ai Blinken in Beijing?": why did Blinken go to Beijing
        (
            re.compile(
                rf"^(?:aisea|o\s+le\s+a\s+le\s+mafuaaga)\s+{past}\s+(?:alu|malaga|asiasi)\s+ai\s+(?P<who>{name})\s+(?:in|to)\s+(?P<place>[^,?]+)$",
                re.I,
            ),
            r"why did \g<who> go to \g<place>",
        ),
        # "O ai na tusia the article?": who wrote the article
        (re.compile(rf"^o\s+ai\s+{past}\s+tusia\s+(?P<what>[^,?]+)$", re.I), r"who wrote \g<what>"),
        # "O le a le mea na tupu at the meeting?": what happened at the meeting
        (re.compile(rf"^o\s+le\s+a\s+(?:le\s+mea\s+)?{past}\s+tupu(?P<rest>.*)$", re.I), r"what happened\g<rest>"),
        # "Na ta'ua Rusia?", "Pe na ta'ua Rusia in the article?": was Russia mentioned
        (
            re.compile(
                rf"^(?:pe\s+)?{past}\s+(?:ta'ua|taua)\s+(?:ai\s+)?(?P<what>(?!e\b)[^,?]+?)(?:\s+in\s+the\s+article)?$",
                re.I,
            ),
            r"was \g<what> mentioned",
        ),
        # "Na fai mai Xi anything about Taiwan?": did Xi say anything about Taiwan; "Na fai mai Xi that …?": did Xi
        # say that …; "Na feiloai Xi ma Biden?": did Xi meet Biden
        (
            re.compile(
                rf"^(?:pe\s+)?{past}\s+fai\s+mai\s+(?:anything\s+)?(?:e\s+)?(?P<who>{doer})\s+(?:anything\s+)?(?P<about>about\s+[^,?]+)$",
                re.I,
            ),
            r"did \g<who> say anything \g<about>",
        ),
        (
            re.compile(
                rf"^(?:pe\s+)?{past}\s+fai\s+mai\s+(?:e\s+)?(?P<who>{doer})\s*,?\s+(?:that\s+)?(?P<said>.+)$", re.I
            ),
            r"did \g<who> say that \g<said>",
        ),
        (
            re.compile(rf"^(?:pe\s+)?{past}\s+{met}\s+(?P<who>{name})\s+(?:and|ma|with)\s+(?P<whom>{name})$", re.I),
            r"did \g<who> meet \g<whom>",
        ),
        _the_the(),
        *_in_english_at_last(),
    )


# Samoan's own shapes ("fai mai", "o le a", "o ai", "o anafea", "o fea", "e fia", "e uiga i", "feiloai", "fonotaga",
# "talanoaga", "ta'ua", "aisea"), none of them Tongan's ("ko e hā", "na'e lea", "fakataha") or te reo Māori's
_SAMOAN_WORDS = _lazy_pattern(
    r"\bfai\s+(?:mai|atu)\b|^\W*(?:(?:ae|ma)\s+)?o\s+(?:le\s+a|ai|anafea|fea|le\s+fea)\s|^\W*e\s+fia\s|\be\s+uiga\s+i"
    r"|\bfeiloai\w*|\bfonotaga\b|\btalanoaga\b|\bta['ʻ‘’`]ua\b|^\W*(?:pe\s+)?(?:na|sa)\s+taua\s|^\W*aisea\s"
    r"|\bfa['ʻ‘’`]?apefea\b|\bfaigaluega\b|^\W*o\s+ai\s+(?:ia|lea)\s|^\W*o\s+ai\s+le\s+.+\b(?:na|sa)\s+(?:feiloai|fai)\b"
    r"|^\W*o\s+le\s+a\s+le\s+(?:tala|upu|saunoaga)\s+a\s",
    re.I,
)

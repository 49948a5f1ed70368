"""Uralic phrasebooks: Hungarian."""

from __future__ import annotations

import re
from functools import cache

from knowledge.phrasebooks.shapes import (
    _ANSWER_WORDS,
    _NAMED,
    _after_the_question,
    _country_before_title,
    _how_long,
    _how_many_done,
    _in_english_at_last,
    _lazy_pattern,
    _plain_letters,
    _Shapes,
    _the_the,
    _what_said,
    _word_for_word,
)

# How readers ask in Hungarian, often without its accents and with English words: "Mit mondott Xi Tajvanról?" (what
# did Xi say about Taiwan), "Ki mondta, hogy …" (who said …), "Kivel találkozott Blinken Pekingben?" (whom did Blinken
# meet in Beijing), "Meddig tartott a találkozó?" (how long did the meeting last), "Kína külügyminisztere" (China's
# foreign minister), "Hszi elnök" (President Xi). A name's case ending is read as the English word put before it
# ("Tajvanról": about Taiwan, "Pekingben": in Beijing, "Blinkennel" or "Xi-vel": with Blinken, with Xi, "Blinkennek":
# to Blinken, "Blinkent": Blinken asked of), conservatively as the Czech book reads its names (a capitalised name of
# four letters or more ending in a consonant, or a name the ending is put on with a hyphen), and the Hungarian names
# of places and people as the English ones ("Peking", "Tajvan", "Hszi Csin-ping").
_HUNGARIAN_MARKED = (("a", "á"), ("e", "é"), ("i", "í"), ("o", "óöőõô"), ("u", "úüűû"))
_HUNGARIAN_NAMES = {
    "hszi csin-ping": "Xi Jinping", "hszi csinping": "Xi Jinping", "hszi": "Xi", "xi": "Xi", "vang ji": "Wang Yi",
    "wang yi": "Wang Yi", "tajvan": "Taiwan", "peking": "Beijing", "kina": "China", "amerika": "America",
    "egyesult allamok": "the United States", "oroszorszag": "Russia", "ukrajna": "Ukraine", "magyarorszag": "Hungary",
    "kalifornia": "California", "eszak-korea": "North Korea", "del-korea": "South Korea", "japan": "Japan",
    "europa": "Europe",
}  # fmt: skip
_HUNGARIAN_NAMED = "|".join(
    name.title().replace("-P", "-p").replace(" ", r"\s+") for name in sorted(_HUNGARIAN_NAMES, key=len, reverse=True)
)
# What a case ending on a name says in English: "-ról" (about), "-ban" (in), "-val" (with), "-nak" (to) …
_HUNGARIAN_CASES = {
    "rol": "about", "bol": "from", "tol": "from", "ban": "in", "ben": "in", "ba": "to", "be": "to", "nak": "to",
    "nek": "to", "hoz": "to", "hez": "to", "val": "with", "vel": "with", "jal": "with", "jel": "with", "on": "in",
    "ra": "to", "re": "to",
}  # fmt: skip
_HUNGARIAN_CASE = r"(?:rol|bol|tol|ban|ben|ba|be|nak|nek|hoz|hez|val|vel|ra|re)"
_HUNGARIAN_SAID = (
    r"(?:mondott|mondta|mondtak|nyilatkozott|nyilatkozta|allitott|allitotta|kozolte|uzent|uzente|reagalt|szolt)"
)
_HUNGARIAN_MET = r"(?:talalkozott|talalkoztak|talalkozik|talalkoznak|egyeztetett|egyeztettek|targyalt|targyaltak)"
_HUNGARIAN_LASTED = r"(?:tartott|tartottak|tart|tartanak|zajlott|zajlottak|folyt|folytak)"
_HUNGARIAN_ASKED = r"(?P<asked>mikor|hol)"
# What was done, asked how many times: "Hány elvet javasolt Xi?" (how many principles did Xi propose)
_HUNGARIAN_DONE = {
    "javasolt": "propose", "javasolta": "propose", "emlitett": "mention", "mondott": "say", "irt": "write",
    "fogadott": "receive", "latogatott": "visit", "alairt": "sign", "bejelentett": "announce",
}  # fmt: skip
_HUNGARIAN_WHY_DONE = {
    "utazott": "travel", "ment": "go", "jott": "come", "mondta": "say", "mondott": "say", "talalkozott": "meet",
    "latogatott": "visit", "javasolta": "propose", "javasolt": "propose", "figyelmeztetett": "warn",
}  # fmt: skip
_HUNGARIAN_AFTER = {"utan": "after", "elott": "before", "alatt": "during", "soran": "during"}
_HUNGARIAN_TITLES = {"elnok": "President", "kulugyminiszter": "Foreign Minister", "miniszter": "Minister"}
_HUNGARIAN_ENGLISH = {
    "kinai-amerikai": "China-US", "amerikai-kinai": "US-China",
    "(?:a\\s+)?cikk\\s+szerzoje|(?:a\\s+)?szerzo\\w*": "the author",
    "(?:ez|ezt|ebben|ennek)\\s+a\\s+cikk\\w*": "this article", "(?:a\\s+)?cikk\\w*": "the article",
    "kulugyminiszter\\w*": "foreign minister", "miniszterelnok\\w*": "prime minister", "miniszter\\w*": "minister",
    "elnok\\w*": "president", "vezeto\\w*": "leader", "szovivo\\w*": "spokesperson", "tisztviselo\\w*": "official",
    "ujsagiro\\w*": "journalist", "diplomata\\w*": "diplomat", "kinai": "Chinese", "amerikai": "American",
    "orosz": "Russian", "talalkozott|talalkoztak|talalkozik|talalkoznak": "met",
    "talalkoz\\w*|megbeszeles\\w*": "meeting", "targyalas\\w*": "talks", "stabiliz\\w*": "stabilise",
    "utazott|utazik": "travelled", "latogatott\\s+el|meglatogatta|latogatott": "visited",
    "or(?:a|ak|at|aig|an|as)": "hours", "alapelv\\w*|elv(?:et|ek|eket|ei|rol)?": "principles",
    "partnerek\\w*|partnerei\\w*|partnernek": "partners", "rivalis\\w*|vetelytars\\w*|ellenfel\\w*": "rivals",
    "kapcsolat\\w*|viszony\\w*": "relations", "kereskedelem\\w*|kereskedelm\\w*": "trade",
    "emberi\\s+jog\\w*": "human rights", "orszag\\w*": "countries", "elofizetes\\w*": "subscription",
    "kellene\\s+lenni\\w*|kell\\s+lenni\\w*|kellene\\s+legyenek|kell\\s+legyenek": "should be", "osszes|minden": "all",
    "idezet\\w*": "quotes", "szavai\\w*|szavak\\w*": "words", "pontos": "exact", "kerlek|kerem|legyszi": "please",
    "ket": "two", "harom": "three", "es": "and", "vagy": "or", "hogy": "that", "nem|ne": "not", "utan": "after",
    "elott": "before", "alatt|soran": "during",
    "ujsag\\w*\\s+(?:oldal|honlap)\\w*|ujsag\\w*|lap(?:ja|nak|ban)?": "newspaper", "oldal\\w*|honlap\\w*": "website",
    "jelent\\s+meg|megjelent": "published", "epulet\\w*": "building", "melyik": "which", "mikor": "when",
    "hol": "where", "latni\\w*": "see", "fejlodes\\w*": "development", "kellene|kell": "should", "legyen": "be",
    "tudnak|tud": "can", "igazan": "really", "javul\\w*": "improve", "arrol": "about it", "hogyan": "how",
    "minel": "as", "(?-i:jon|jott|jonne)": "come", "legkozelebb": "next", "mondott|mondta|mondtak": "said",
    "volt": "was", "az|a": "the",
}  # fmt: skip


def _hungarian_declined(match: re.Match[str]) -> str:
    """ "Tajvanról": about Taiwan; "Pekingben": in Beijing; "Blinkennel": with Blinken; "Tajvant": Taiwan."""
    stem = match.group("stem")
    english = _HUNGARIAN_NAMES.get(" ".join(stem.lower().split()), stem)
    before = _HUNGARIAN_CASES.get((match.groupdict().get("case") or "").lower())
    before = before or ("with" if match.groupdict().get("with") else "")
    return f"{before} {english}" if before else english


def _hungarian_titled(match: re.Match[str]) -> str:
    """ "Hszi elnök" (Xi, president): President Xi; "Biden elnökkel": with President Biden."""
    title = _HUNGARIAN_TITLES[match.group("title").lower()]
    if title == "Foreign Minister" and (match.group("nationality") or "").lower() == "amerikai":
        title = "Secretary of State"
    case = (match.group("case") or "").lower()
    before = _HUNGARIAN_CASES.get(case) or ("with" if case in ("kel", "rel") else "")
    return f"{before} {title} {match.group('name')}".strip()


def _hungarian_noun_case(match: re.Match[str]) -> str:
    """ "a találkozóról": about the meeting; "a kínai külügyminiszterrel": with the Chinese foreign minister."""
    case = (match.group("case") or "").lower()
    before = "at" if case in ("on", "en") else _HUNGARIAN_CASES.get(case) or "with"
    return f"{before} the {match.group('words')}{match.group('noun')}"


@cache
def _hungarian() -> _Shapes:
    return (
        _after_the_question(),
        *_plain_letters(_HUNGARIAN_MARKED),
        (re.compile(r"(?<=[a-z])-e\b"), ""),  # "Szóba került-e Tajvan?": the question's "-e"
        (
            re.compile(
                rf"\b(?P<stem>(?-i:{_HUNGARIAN_NAMED}))-?"
                rf"(?:(?P<case>{_HUNGARIAN_CASE}|on|jal|jel)|(?P<with>nal|nel|gal|gel)|ot|et|at|t)?\b"
            ),
            _hungarian_declined,
        ),
        (
            re.compile(
                r"\b(?P<stem>(?-i:[A-Z])[a-z]{2,}(?P<last>[bcdfghjklmnprstvwxz]))-?"
                rf"(?:(?P<case>{_HUNGARIAN_CASE})|(?P=last)(?P<with>[ae]l))\b"
            ),
            _hungarian_declined,
        ),
        (re.compile(rf"\b(?P<stem>(?-i:[A-Z])[\w]*)-(?P<case>{_HUNGARIAN_CASE}|jal|jel)\b"), _hungarian_declined),
        (re.compile(r"\b(?P<stem>(?-i:[A-Z])[a-z]{3,}en)t\b"), _hungarian_declined),  # "Blinkent": Blinken, asked of
        # an English word given a Hungarian ending: "a differences-ről" (about the differences), "principle-t"
        (re.compile(r"\b(?:a|az)\s+(?P<word>[a-z][\w']*)-rol\b", re.I), r"about the \g<word>"),
        (re.compile(r"\b(?P<word>[a-z][\w']*)-rol\b", re.I), r"about \g<word>"),
        (
            re.compile(
                r"\b(?P<word>[a-z][\w']*)-(?:t|ot|et|at|ok|ek|ak|k|nak|nek|ban|ben|on|en|n|val|vel|hoz|hez|ra|re)\b"
            ),
            r"\g<word>",
        ),
        (re.compile(r"\b(?:pontosan|egyaltalan|vajon|tulajdonkeppen|igazabol|amugy)\b,?\s*", re.I), ""),
        (re.compile(r"^(?:es|de)\s+(?=\w)", re.I), ""),
        (re.compile(r"^(?P<who>[^,?]+?)\s+szerint\b,?\s*", re.I), r"according to \g<who>, "),
        (
            re.compile(
                rf"\b(?!(?:Az|A|Es|De|Ki|Mit|Mi|Hol|Mikor)\b)(?P<name>{_NAMED})\s+(?:(?P<nationality>kinai|amerikai|orosz)\s+)?"
                r"(?P<title>elnok|kulugyminiszter|miniszter)(?P<case>rol|nek|kel|rel|hez|tol|bol|t|ot)?\b"
            ),
            _hungarian_titled,
        ),
        (re.compile(r"\b(?:a\s+)?talalkozon\b", re.I), "at the meeting"),
        # "a találkozóról", "a kínai külügyminiszterrel": a noun's case put before it, as a name's is
        (
            re.compile(
                r"\b(?:a|az)\s+(?P<words>(?:(?:[a-z-]+i|ket|harom|negy|uj|nagy|elso|egesz|hosszu|fontos)\s+){0,2}?)"
                r"(?P<noun>[a-z]{3,}?)"
                r"(?:(?P<case>rol|bol|nak|nek|ban|ben|on|en)|(?<=(?P<last>[bcdfghjklmnprstvz]))(?P=last)(?P<with>[ae]l))\b"
            ),
            _hungarian_noun_case,
        ),
        (re.compile(r"\b(?!(?:control|patrol|petrol)\b)(?P<word>[a-z]{3,})rol\b"), r"about \g<word>"),
        (
            re.compile(r"\b(?P<what>(?:the|a|az)\s+\w+)\s+(?P<after>utan|elott|alatt|soran)\b", re.I),
            lambda match: f"{_HUNGARIAN_AFTER[match.group('after').lower()]} {match.group('what')}",
        ),  # "a találkozó után": after the meeting
        (
            re.compile(
                r"^ki\s+(?:(?:irta|irt)(?:\s+meg)?\s+(?:ezt\s+a\s+|a\s+)?cikk\w*|(?:a\s+)?(?:cikk\s+)?szerzoje"
                r"(?:\s+(?:a|ennek\s+a)\s+cikk\w*)?)$",
                re.I,
            ),
            "who wrote the article",
        ),
        (
            re.compile(
                rf"^(?:ki\s+az\s*,?\s+aki|ki)\s+(?:azt\s+)?(?:{_HUNGARIAN_SAID}|jelentette\s+ki|irta)"
                r"(?:\s+azt)?\s*,?\s+(?:hogy\s+|that\s+)?",
                re.I,
            ),
            "who said ",
        ),
        (re.compile(rf"^ki\s+{_HUNGARIAN_MET}\s+with\s+", re.I), "who met "),
        (
            re.compile(
                rf"^(?:kivel|kikkel)\s+{_HUNGARIAN_MET}\s+(?P<who>.+?)(?=\s+(?:in|at|after|before|during)\s|$)", re.I
            ),
            r"who did \g<who> meet",
        ),
        (re.compile(rf"^(?:kivel|kikkel)\s+(?P<who>.+?)\s+{_HUNGARIAN_MET}\b", re.I), r"who did \g<who> meet"),
        (re.compile(rf"^(?P<who>.+?)\s+(?:kivel|kikkel)\s+{_HUNGARIAN_MET}\b", re.I), r"who did \g<who> meet"),
        (
            re.compile(r"^kit\s+(?:fogadott|latott|hivott)\s+(?P<who>.+?)(?=\s+(?:in|at)\s|$)", re.I),
            r"who did \g<who> meet",
        ),
        (
            re.compile(rf"^mit\s+{_HUNGARIAN_SAID}\s+about\s+(?P<topic>\S+)\s+(?P<who>[^,?]+){_ANSWER_WORDS}", re.I),
            r"what did \g<who> say about \g<topic>\g<rest>",
        ),  # "Mit mondott Tajvanról Xi?"
        *_what_said(r"mit", _HUNGARIAN_SAID, "about"),
        (
            re.compile(rf"^(?P<who>[^,?]+?),?\s+mit\s+{_HUNGARIAN_SAID}\b(?P<rest>.*)$", re.I),
            r"what did \g<who> say\g<rest>",
        ),
        (
            re.compile(
                r"^(?:hany\s+or(?P<hours>aig|at|an\s+(?:at|keresztul))|meddig|mennyi\s+ideig|mennyi\s+ideje"
                rf"|milyen\s+(?:hosszan|sokaig|hosszu\s+ideig))\s+{_HUNGARIAN_LASTED}(?:\s+(?P<what>.+))?$",
                re.I,
            ),
            _how_long,
        ),
        (
            re.compile(
                rf"^(?P<what>.+?)\s+(?:meddig|mennyi\s+ideig|hany\s+or(?P<hours>aig|at))\s+{_HUNGARIAN_LASTED}$", re.I
            ),
            _how_long,
        ),
        (
            re.compile(rf"^{_HUNGARIAN_ASKED}\s+{_HUNGARIAN_MET}\s+(?P<who>.+?)\s+with\s+(?P<whom>.+)$", re.I),
            r"\g<asked> did \g<who> meet \g<whom>",
        ),
        (re.compile(rf"^{_HUNGARIAN_ASKED}\s+{_HUNGARIAN_MET}$", re.I), r"\g<asked> did they meet"),
        (re.compile(rf"^{_HUNGARIAN_ASKED}\s+{_HUNGARIAN_MET}\s+(?P<who>.+)$", re.I), r"\g<asked> did \g<who> meet"),
        (
            re.compile(rf"^{_HUNGARIAN_ASKED}\s+(?P<who>.+?)\s+{_HUNGARIAN_MET}\s+with\s+(?P<whom>.+)$", re.I),
            r"\g<asked> did \g<who> meet \g<whom>",
        ),
        (re.compile(rf"^{_HUNGARIAN_ASKED}\s+(?P<who>.+?)\s+{_HUNGARIAN_MET}$", re.I), r"\g<asked> did \g<who> meet"),
        (
            re.compile(rf"^{_HUNGARIAN_ASKED}\s+(?:tartottak|rendeztek)\s+(?P<what>.+?)t?$", re.I),
            r"\g<asked> was \g<what> held",
        ),
        (
            re.compile(rf"^{_HUNGARIAN_ASKED}\s+(?:volt|zajlott|tortent)\s+(?P<what>[^,]+)", re.I),
            r"\g<asked> was \g<what>",
        ),
        (
            re.compile(rf"^{_HUNGARIAN_ASKED}\s+kerult\s+sor\s+(?P<what>.+?)ra$", re.I),
            r"\g<asked> did \g<what> take place",
        ),
        (
            re.compile(
                rf"^hany\s+(?P<thing>\S+)\s+(?P<done>{'|'.join(_HUNGARIAN_DONE)})\s+(?P<who>.+?)"
                r"(?P<rest>\s+(?:to|in|at|with|about|after|during)\s.+)?$",
                re.I,
            ),
            _how_many_done(_HUNGARIAN_DONE),
        ),
        (re.compile(r"^mennyibe\s+kerul\s+(?P<what>.+)$", re.I), r"how much does \g<what> cost"),
        (re.compile(r"^(?P<what>.+?)\s+mennyibe\s+kerul$", re.I), r"how much does \g<what> cost"),
        (re.compile(r"^mikor\b", re.I), "when"),
        (re.compile(r"^hol\b", re.I), "where"),
        (re.compile(r"^hany\b", re.I), "how many"),
        (re.compile(r"^mennyi\b", re.I), "how much"),
        (
            re.compile(rf"^miert\s+(?P<verb>{'|'.join(_HUNGARIAN_WHY_DONE)})\s+(?P<who>{_NAMED})(?P<rest>.*)$", re.I),
            lambda match: (
                f"why did {match.group('who')} {_HUNGARIAN_WHY_DONE[match.group('verb').lower()]}{match.group('rest')}"
            ),
        ),  # "Miért utazott Blinken Pekingbe?": why did Blinken travel to Beijing
        (re.compile(r"^miert\b", re.I), "why"),
        (re.compile(r"^hogyan\b", re.I), "how"),
        (re.compile(r"^melyik\b", re.I), "which"),
        (re.compile(r"^mi\s+tortent\b", re.I), "what happened"),
        (re.compile(r"^mirol\s+szol\s+(?P<what>.+)$", re.I), r"what is \g<what> about"),
        (re.compile(r"^(?P<what>.+?)\s+mirol\s+szol$", re.I), r"what is \g<what> about"),
        (
            re.compile(
                r"^(?:szoba\s+kerult|szo\s+(?:volt|esett)|emlitettek|megemlitettek|emlitik|megemlitik|szerepel)\s+"
                r"(?:about\s+)?(?P<what>.+?)(?:\s+is)?(?:\s+(?:in|at)\s+the\s+\w+)?$",
                re.I,
            ),
            r"was \g<what> mentioned",
        ),
        (
            re.compile(
                r"^(?P<what>.+?)(?:\s+is)?\s+(?:szoba\s+kerult|szo\s+(?:volt|esett)|emlitettek|megemlitettek|szerepel)\b.*$",
                re.I,
            ),
            r"was \g<what> mentioned",
        ),
        (re.compile(r"^ki\s+(?:volt|lett)\s+", re.I), "who was "),
        (re.compile(r"^ki\s+(?:az\s+a\s+|az\s+)?(?=(?-i:[A-Z]))", re.I), "who is "),
        (re.compile(r"^ki\s+(?:az\s+a|az|a)\s+", re.I), "who is the "),
        (re.compile(r"^(?P<who>.+?)\s+ki$", re.I), r"who is \g<who>"),
        (re.compile(r"^mi\s+(?:az\s+a|az|a)\s+", re.I), "what is the "),
        (re.compile(r"^mit\b", re.I), "what"),
        (re.compile(r"^ki\b", re.I), "who"),
        *_word_for_word(_HUNGARIAN_ENGLISH),
        (re.compile(r"\b(?P<what>partners|rivals)\s+(?P<should>should\s+be)\b"), r"they \g<should> \g<what>"),
        (re.compile(r"\b(?P<nationality>American|Chinese|Russian)\s+the\s+"), r"the \g<nationality> "),
        _the_the(),
        _country_before_title(),
        *_in_english_at_last(),
    )


_HUNGARIAN_WORDS = _lazy_pattern(
    r"^(?:(?:[eé]s|de)\s+)?(?:mit\s+(?!(?:wem|dem|der|den|einem|einer|ihm|ihr)\b)|mi\s+t[oö]rt[eé]nt|kivel|kikkel|kit"
    r"|kinek|mikor|hol|h[aá]ny|mennyi\w*|meddig|mi[eé]rt|melyik|hogyan|mir[oő]l|ki\s+(?=(?-i:[A-Z])|az\b|a\b|volt\b))"
    r"|\b(?:mondott|mondta|mondtak|nyilatkozott|tal[aá]lkoz(?:ott|tak|[oó]\w*)|tartott(?:ak)?|sz[oó]ba\s+ker[uü]lt"
    r"|cikk(?:et|ben)?|[ií]rta|k[uü]l[uü]gyminiszter\w*|szerint)\b",
    re.I,
)

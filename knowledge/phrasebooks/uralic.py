"""Uralic phrasebooks: Hungarian and Estonian."""

from __future__ import annotations

import re
from functools import cache

from knowledge.phrasebooks.shapes import (
    _ANSWER_WORDS,
    _NAMED,
    _after_the_question,
    _asked_before,
    _country_before_title,
    _how_long,
    _how_many_done,
    _in_english_at_last,
    _lazy_pattern,
    _plain_letters,
    _Shapes,
    _the_the,
    _what_it_costs,
    _what_said,
    _why_done,
    _with_the,
    _word_for_word,
    _works_for,
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
            _why_done(_HUNGARIAN_WHY_DONE),
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


# How readers ask in Estonian, often without õ, ä, ö and ü ("ü" typed as u or y: "ytles", "utles") and with English
# words: "Mida Xi Taiwani kohta ytles?" (what did Xi say about Taiwan), "Kellega Blinken Pekingis kohtus?" (whom did
# Blinken meet in Beijing), "Kui kaua kohtumine kestis?" (how long did the meeting last), "Kes ytles et nad peaksid
# olema partnerid?" (who said they should be partners). Estonian puts the verb before the one who did it or last
# ("Mida ütles Xi …?", "Mida Xi … ütles?"), and a name's case ending says what English puts before it, as Hungarian's
# does: "Pekingis" (in Beijing), "Pekingisse" (to Beijing), "Blinkeniga" or "Xi-ga" (with Blinken, with Xi),
# "Blinkenile" (to Blinken), "Taiwani kohta" or "Taiwanist" said of (about Taiwan); its names of places as the
# English ones ("Hiina": China, "USA": the US, "Venemaa": Russia), "Hiina välisminister" as China's foreign
# minister. Its question words are its own ("mida", "kes", "kellega", "millal", "kus", "mitu", "kui kaua", "miks"),
# and its "kas" (whether) is Lithuanian's "who": read before the Lithuanian book.
_ESTONIAN_MARKED = (("a", "ä"), ("o", "õö"), ("u", "ü"), ("s", "š"), ("z", "ž"))
_ESTONIAN_NAMES = {
    "xi jinping": "Xi Jinping", "xi": "Xi", "wang yi": "Wang Yi", "blinken": "Blinken", "biden": "Biden",
    "peking": "Beijing", "hiina": "China", "taiwan": "Taiwan", "usa": "the US", "ameerika": "America",
    "ameerika uhendriigid": "the United States", "venemaa": "Russia", "ukraina": "Ukraine", "washington": "Washington",
    "california": "California", "kalifornia": "California", "euroopa": "Europe", "jaapan": "Japan", "eesti": "Estonia",
    "louna-hiina meri": "the South China Sea",
}  # fmt: skip
_ESTONIAN_NAMED = "|".join(
    name.title().replace("Usa", "USA").replace(" ", r"\s+") for name in sorted(_ESTONIAN_NAMES, key=len, reverse=True)
)
# What a case ending on a name says in English: "-s" (in), "-sse" (to), "-ga" (with), "-le" (to) …
_ESTONIAN_CASES = {
    "s": "in", "sse": "to", "st": "from", "ga": "with", "le": "to", "l": "in", "lt": "from", "ni": "until",
    "ks": "as", "ta": "without", "na": "as",
}  # fmt: skip
_ESTONIAN_SAID = (
    r"(?:[uy]tles|[uy]tlesid|[uy]tleb|[uy]telnud|oelnud|raakis|raakisid|raagib|lausus|sonas|markis|kinnitas|vastas"
    r"|rohutas|teatas|teatasid)"
)
_ESTONIAN_MET = r"(?:kohtus|kohtusid|kohtub|kohtuvad|kohtunud|kohtas|kohtasid)"
_ESTONIAN_LASTED = r"(?:kestis|kestsid|kestab|kestavad|kestnud|valtas|valtasid|kais)"
_ESTONIAN_TOOK_PLACE = r"(?:toimus|toimusid|toimub|peeti|korraldati|leidis\s+aset)"
_ESTONIAN_ASKED = {"millal": "when", "kus": "where"}
_ESTONIAN_PREPOSITION = r"(?:about|to|in|at|with|from|after|during|before)"
# What was done, asked how many times: "Mitu põhimõtet Xi välja pakkus?" (how many principles did Xi propose)
_ESTONIAN_DONE = {
    "pakkus": "propose", "esitas": "present", "mainis": "mention", "nimetas": "name", "allkirjastas": "sign",
    "kulastas": "visit", "teatas": "announce",
}  # fmt: skip
# Its numbers, which "mis" (what) may ask of before a noun: "Mis kolm põhimõtet Xi välja pakkus?" (what three
# principles did Xi propose), in their partitive after "milliseid" ("Milliseid kolme põhimõtet …")
_ESTONIAN_NUMBERS = {
    "kaks": "two", "kolm": "three", "neli": "four", "viis": "five", "kuus": "six", "seitse": "seven",
    "kaheksa": "eight", "uheksa": "nine", "kumme": "ten", "kahte": "two", "kolme": "three", "nelja": "four",
    "viit": "five", "kuut": "six", "seitset": "seven", "kaheksat": "eight", "uheksat": "nine", "kummet": "ten",
}  # fmt: skip
# What an English word's Estonian case ending says in English ("subscriptioniga": with subscription,
# "disruptionitega": with disruptions): a word of English read off its ending ("-tion", "-ment" …), and its case
# ending off the "i" Estonian puts between them ("subscriptions" is English's plural)
_ESTONIAN_LOAN = r"(?P<stem>[a-z]+(?:tion|sion|ment|ness|ship|ity|ance|ence|ism))"
_ESTONIAN_LOAN_CASES = {
    "tega": "with", "dega": "with", "ga": "with", "sse": "to", "st": "about", "s": "in", "le": "to", "l": "at",
}  # fmt: skip
_ESTONIAN_WHY_DONE = {
    "soitis": "go", "laks": "go", "reisis": "travel", "tuli": "come", "kulastas": "visit", "ytles": "say",
    "utles": "say", "kohtus": "meet",
}  # fmt: skip
_ESTONIAN_EMPLOYERS = {
    "organisatsioon": "organisation", "ministeerium": "ministry", "valitsus": "government", "asutus": "institution",
    "firma": "company", "ettevote": "company", "ajaleh": "newspaper",
}  # fmt: skip
_ESTONIAN_ENGLISH = {
    "valisminist\\w*": "foreign minister", "riigisekretar\\w*": "secretary of state",
    "peaminist\\w*": "prime minister", "minist(?:er|ri|rit|rid|rile)\\b": "minister", "president\\w*": "president",
    "liider\\w*|juht\\w*": "leader", "pressiesindaja\\w*": "spokesperson", "ametnik\\w*": "official",
    "ajakirjanik\\w*": "journalist", "diplomaa?t\\w*": "diplomat", "autor\\w*": "the author",
    "hiina": "Chinese", "ameerika": "American", "vene": "Russian",
    "(?:see|selle|seda|selles)\\s+artik\\w*": "this article", "artiklis": "in the article",
    "artik\\w*": "the article", "kohtumisel": "at the meeting", "kohtumi\\w*": "the meeting",
    "labiraakimistel|konelustel": "at the talks", "labiraakimis\\w*|konelus\\w*": "the talks",
    "tundi|tunni|tundide": "hours", "pohimot\\w*|printsiip\\w*": "principles", "partner\\w*": "partners",
    "rivaal\\w*|konkurent\\w*|vastas(?:ed|eid|teks)": "rivals", "suhte\\w*|suhted": "relations",
    "kaks\\s+riiki|molemad\\s+riigid": "the two countries", "riigid|riike|riiki|maad": "countries",
    "kaubandus\\w*": "trade", "inimoigus\\w*": "human rights", "tellimus\\w*|tellimis\\w*": "the subscription",
    "peaksid\\s+olema|peavad\\s+olema|peaks\\s+olema|tuleks\\s+olla": "should be", "peaksid|peaks": "should",
    "koik": "all", "tsitaa?d\\w*": "quotes", "tapsed\\s+sonad|tapseid\\s+sonu": "the exact words",
    "sonad|sonu": "words", "palun": "please", "midagi": "anything", "kohta": "about", "ja": "and", "voi": "or",
    "parast": "after", "enne": "before", "ajal": "during", "et": "that", "nad": "they", "ta": "he", "ei": "not",
    "on": "is", "oli": "was", "olid": "were", "see|selle|seda": "this", "suhe|suhet": "the relationship",
    "seisab\\s+silmitsi": "is facing", "seisavad\\s+silmitsi": "are facing", "seisis\\s+silmitsi": "was facing",
    "igasugu(?:ste|seid|sed|st|ne|se)?|koikvoimalik\\w*": "all kinds of", "haire(?:d|id|tega|te)": "disruptions",
}  # fmt: skip


def _estonian_declined(match: re.Match[str], said_of: str = "") -> str:
    """ "Pekingis": in Beijing; "Blinkeniga": with Blinken; "Taiwani kohta": about Taiwan; "Hiina": China."""
    stem = match.group("stem")
    english = _ESTONIAN_NAMES.get(" ".join(stem.lower().split()), stem)
    if said_of or match.groupdict().get("about"):
        return f"about {english}"
    before = _ESTONIAN_CASES.get((match.groupdict().get("case") or "").lower())
    return f"{before} {english}" if before else english


@cache
def _estonian() -> _Shapes:
    return (
        _after_the_question(),
        *_plain_letters(_ESTONIAN_MARKED),
        # a name said of, in its elative ("Taiwanist": about Taiwan) where the question asks what was said
        (
            re.compile(
                rf"^(?=.*\b{_ESTONIAN_SAID}\b)(?P<head>.*?)\b(?P<stem>(?-i:{_ESTONIAN_NAMED}|[A-Z][a-z]+[bcdfghjklmnprstvwxz]))"
                r"i?st\b"
            ),
            lambda match: f"{match.group('head')}{_estonian_declined(match, 'about')}",
        ),
        # a name declined: "Pekingis" (in Beijing), "Xi-ga" (with Xi), "Taiwani kohta" (about Taiwan), "Hiina" (China)
        (
            re.compile(
                rf"\b(?P<stem>(?-i:{_ESTONIAN_NAMED}))(?:(?P<about>(?:i|-)?\s+kohta)|-?(?:i|a)?(?P<case>sse|st|s|ga|le|lt|l|ks)?)\b"
            ),
            _estonian_declined,
        ),
        (
            re.compile(
                r"\b(?P<stem>(?-i:[A-Z])[a-z]+[bcdfghjklmnprstvwxz])(?:(?P<about>i\s+kohta)|i(?P<case>ga|le))\b"
            ),
            _estonian_declined,
        ),  # "Blinkeniga": with Blinken; "Blinkenile": to Blinken; "Bideni kohta": about Biden
        (re.compile(r"\b(?P<stem>(?-i:[A-Z])[\w]*)-(?P<case>sse|st|s|ga|le|lt|l)\b"), _estonian_declined),
        # a noun's "kohta" (about), and the postpositions after a noun's genitive
        (re.compile(r"\b(?P<what>\w+)\s+kohta\b", re.I), r"about \g<what>"),
        (re.compile(r"\bparast\s+(?P<what>kohtumist|labiraakimisi|konelusi)\b", re.I), r"after \g<what>"),
        (re.compile(r"\benne\s+(?P<what>kohtumist|labiraakimisi|konelusi)\b", re.I), r"before \g<what>"),
        (re.compile(r"\b(?P<what>kohtumise|labiraakimiste|koneluste)\s+(?:ajal|kaigus)\b", re.I), r"during \g<what>"),
        (re.compile(r"\b(?P<what>kohtumise|labiraakimiste|koneluste)\s+(?:jarel|jargselt)\b", re.I), r"after \g<what>"),
        (re.compile(r"\b(?:kohtumisel|kohtumise\s+ajal)\b", re.I), "at the meeting"),
        (
            re.compile(
                r"^(?:ja|aga|et)\s+(?=(?:mida|mis|kes|keda|kellega|kellele|millal|kus|mitu|kui|miks|kuidas)\b)", re.I
            ),
            "",
        ),
        (re.compile(r"\b(?:tegelikult|uldse|siis|ikka|nagu)\b,?\s*", re.I), ""),
        (re.compile(r"\s{2,}"), " "),
        (
            re.compile(
                r"^kes\s+(?:kirjutas|on\s+kirjutanud)(?:\s+(?:selle|seda|see|this|the)\s*)?(?:\s*artik\w*|\s+article)?$"
                r"|^kes\s+on\s+(?:(?:selle|the|this)\s+)?(?:artikli\s+)?autor(?:\s+\w+)?$",
                re.I,
            ),
            "who wrote the article",
        ),
        (re.compile(rf"^kes\s+{_ESTONIAN_SAID}\s*,?\s+(?:et\s+|that\s+)?", re.I), "who said "),
        (re.compile(rf"^kes\s+{_ESTONIAN_MET}\s+(?:with\s+)?", re.I), "who met "),
        (
            re.compile(rf"^(?:kellega|keda)\s+{_ESTONIAN_MET}\s+(?P<who>.+?)(?=\s+{_ESTONIAN_PREPOSITION}\s|$)", re.I),
            r"who did \g<who> meet",
        ),
        (
            re.compile(
                rf"^(?:kellega|keda)\s+(?P<who>.+?)(?P<where>\s+{_ESTONIAN_PREPOSITION}\s+.+?)?\s+{_ESTONIAN_MET}"
                r"(?P<rest>.*)$",
                re.I,
            ),
            r"who did \g<who> meet\g<where>\g<rest>",
        ),
        (
            re.compile(
                rf"^mida\s+(?P<who>[^,?]+?)\s+(?P<said>{_ESTONIAN_PREPOSITION}\s+[^,?]+?)\s+{_ESTONIAN_SAID}"
                rf"{_ANSWER_WORDS}",
                re.I,
            ),
            r"what did \g<who> say \g<said>\g<rest>",
        ),  # "Mida Xi about Taiwan ytles?"
        (
            re.compile(rf"^mida\s+(?:(?P<who>[^,?]+?)\s+)?teatas(?:\s+(?P<subject>[^,?]+?))?{_ANSWER_WORDS}", re.I),
            lambda match: (
                f"what did {match.group('who') or match.group('subject') or 'they'} announce{match.group('rest') or ''}"
            ),
        ),
        (
            re.compile(
                rf"^mida\s+{_ESTONIAN_SAID}\s+(?P<who>[^,?]+?)\s+to\s+(?P<whom>[^,?]+?)\s+about\s+(?P<topic>[^,?]+)"
                rf"{_ANSWER_WORDS}",
                re.I,
            ),
            r"what did \g<who> say to \g<whom> about \g<topic>\g<rest>",
        ),  # "Mida ütles Xi Blinkenile Taiwani kohta?"
        *_what_said(r"(?:mida|mis)", _ESTONIAN_SAID, "about"),
        (
            re.compile(rf"^(?P<who>[^,?]+?),?\s+mida\s+{_ESTONIAN_SAID}\b(?P<rest>.*)$", re.I),
            r"what did \g<who> say\g<rest>",
        ),
        (
            re.compile(
                rf"^kas\s+(?P<who>[^,?]+?)\s+{_ESTONIAN_SAID}\s+(?:midagi\s+)?(?P<topic>about\s+[^,?]+){_ANSWER_WORDS}",
                re.I,
            ),
            r"did \g<who> say anything \g<topic>\g<rest>",
        ),
        (
            re.compile(
                r"^(?:kui\s+(?:kaua|pikalt|pikk\s+aeg)|kaua|kui\s+palju\s+aega|mitu\s+(?P<hours>tundi))\s+"
                rf"(?:{_ESTONIAN_LASTED}\s+(?P<what>.+)|(?P<thing>.+?)\s+{_ESTONIAN_LASTED}|{_ESTONIAN_LASTED})$",
                re.I,
            ),
            lambda match: _how_long_asked(match),
        ),
        (
            re.compile(rf"^(?P<asked>millal|kus)\s+{_ESTONIAN_MET}\s+(?P<who>.+?)\s+with\s+(?P<whom>.+)$", re.I),
            lambda match: _asked_before(_ESTONIAN_ASKED, match, f"did {match.group('who')} meet {match.group('whom')}"),
        ),
        (
            re.compile(rf"^(?P<asked>millal|kus)\s+{_ESTONIAN_MET}(?:\s+(?P<who>.+))?$", re.I),
            lambda match: _asked_before(_ESTONIAN_ASKED, match, f"did {match.group('who') or 'they'} meet"),
        ),
        (
            re.compile(rf"^(?P<asked>millal|kus)\s+(?P<who>.+?)(?:\s+with\s+(?P<whom>.+?))?\s+{_ESTONIAN_MET}$", re.I),
            lambda match: _asked_before(
                _ESTONIAN_ASKED,
                match,
                f"did {match.group('who')} meet" + (f" {match.group('whom')}" if match.group("whom") else ""),
            ),
        ),
        (
            re.compile(rf"^(?P<asked>millal|kus)\s+(?P<who>.+?)\s+{_ESTONIAN_MET}\s+with\s+(?P<whom>.+)$", re.I),
            lambda match: _asked_before(_ESTONIAN_ASKED, match, f"did {match.group('who')} meet {match.group('whom')}"),
        ),  # "Kus Blinken kohtus Xi-ga?": where did Blinken meet Xi
        (
            re.compile(
                rf"^(?P<asked>millal|kus)\s+(?:{_ESTONIAN_TOOK_PLACE}\s+(?P<what>.+)|(?P<thing>.+?)\s+{_ESTONIAN_TOOK_PLACE})$",
                re.I,
            ),
            lambda match: _asked_before(
                _ESTONIAN_ASKED, match, f"did {match.group('what') or match.group('thing')} take place"
            ),
        ),
        (
            re.compile(r"^(?P<asked>millal|kus)\s+(?:oli|olid)\s+(?P<what>.+)$", re.I),
            lambda match: _asked_before(_ESTONIAN_ASKED, match, f"was {match.group('what')}"),
        ),
        (re.compile(r"^millal\b", re.I), "when"),
        (re.compile(r"^kus\b", re.I), "where"),
        (
            re.compile(
                rf"^mitu\s+(?P<thing>\S+)\s+(?:(?P<done>{'|'.join(_ESTONIAN_DONE)})(?:\s+valja)?\s+(?P<who>.+?)"
                rf"|(?P<subject>.+?)\s+(?:valja\s+)?(?P<did>{'|'.join(_ESTONIAN_DONE)}))(?:\s+valja)?$",
                re.I,
            ),
            lambda match: (
                f"how many {match.group('thing')} did {match.group('who') or match.group('subject')} "
                f"{_ESTONIAN_DONE[(match.group('done') or match.group('did')).lower()]}"
            ),
        ),  # "Mitu põhimõtet Xi välja pakkus?": how many principles did Xi propose
        (
            re.compile(
                rf"^(?:mis|millised|milliseid|missugused|missuguseid)\s+(?P<count>{'|'.join(_ESTONIAN_NUMBERS)})\s+"
                rf"(?P<thing>\S+)\s+(?:(?P<done>{'|'.join(_ESTONIAN_DONE)})(?:\s+valja)?\s+(?P<who>.+?)"
                rf"|(?P<subject>.+?)\s+(?:valja\s+)?(?P<did>{'|'.join(_ESTONIAN_DONE)}))(?:\s+valja)?$",
                re.I,
            ),
            _estonian_counted,
        ),  # "Mis kolm põhimõtet Xi välja pakkus?": what three principles did Xi propose
        (
            re.compile(r"^(?:kui\s+palju|mis)\s+(?:maksab\s+(?P<what>.+)|(?P<thing>.+?)\s+maksab)$", re.I),
            _what_it_costs,
        ),
        (re.compile(r"^(?:kui\s+palju|mitu)\b", re.I), "how many"),
        (
            re.compile(
                rf"^miks\s+(?:(?P<who>.+?)(?P<place>\s+to\s+.+?)?\s+(?P<verb>{'|'.join(_ESTONIAN_WHY_DONE)})"
                rf"|(?P<done>{'|'.join(_ESTONIAN_WHY_DONE)})\s+(?P<subject>.+?)(?P<then>\s+to\s+.+?)?)$",
                re.I,
            ),
            lambda match: (
                f"why did {match.group('who') or match.group('subject')} "
                f"{_ESTONIAN_WHY_DONE[(match.group('verb') or match.group('done')).lower()]}"
                f"{match.group('place') or match.group('then') or ''}"
            ),
        ),  # "Miks Blinken Pekingisse sõitis?": why did Blinken go to Beijing
        (re.compile(r"^miks\b", re.I), "why"),
        (re.compile(r"^kuidas\b", re.I), "how"),
        (
            re.compile(r"^(?:mis|millises|milline)\s+(?P<employer>\w+)\s+(?:heaks\s+)?tootab\s+(?P<who>.+)$", re.I),
            _works_for(_ESTONIAN_EMPLOYERS),
        ),  # "Mis organisatsioonis Wang Yi töötab?" (the verb last or not)
        (
            re.compile(r"^(?:mis|millises|milline)\s+(?P<employer>\w+)\s+(?:heaks\s+)?(?P<who>.+?)\s+tootab$", re.I),
            _works_for(_ESTONIAN_EMPLOYERS),
        ),
        (
            re.compile(r"^(?:mis|milline)\s+on\s+(?P<who>.+?)\s+(?:ametikoht|amet|positsioon|tiitel)$", re.I),
            r"what is \g<who>'s position",
        ),
        (re.compile(r"^mis\s+(?P<where>.+?)\s+juhtus$", re.I), r"what happened \g<where>"),
        (re.compile(r"^mis\s+juhtus\b", re.I), "what happened"),
        (
            re.compile(
                r"^(?:millest|mille\s+kohta|about\s+mis|mis\s+teemal)\s+(?:(?P<what>.+?)\s+(?:raagib|kirjutab|on|raakis)"
                r"|(?:raagib|kirjutab|on)\s+(?P<thing>.+))$",
                re.I,
            ),
            lambda match: f"what is {match.group('what') or match.group('thing')} about",
        ),
        (
            re.compile(r"^(?:millest|mille\s+kohta)\s+(?:raakisid|raagiti|arutasid)\s+(?P<who>.+)$", re.I),
            r"what did \g<who> talk about",
        ),
        (
            re.compile(
                r"^(?:milliseid|mis|missuguseid|millised)\s+(?P<what>\S+)\s+(?:artiklis\s+|in\s+the\s+article\s+)?"
                r"(?:mainiti|on\s+mainitud|mainitakse|nimetati)(?:\s+(?:artiklis|in\s+the\s+article))?$",
                re.I,
            ),
            r"which \g<what> were mentioned",
        ),
        (
            re.compile(
                r"^kas\s+(?:artiklis\s+|in\s+the\s+article\s+)?(?:(?:mainiti|mainitakse|on\s+mainitud|nimetati)\s+"
                r"(?P<what>.+?)|(?P<thing>.+?)\s+(?:mainiti|mainitakse|on\s+mainitud|nimetati))"
                r"(?:\s+(?:artiklis|in\s+the\s+article))?$",
                re.I,
            ),
            lambda match: f"was {_estonian_named(match.group('what') or match.group('thing'))} mentioned",
        ),
        (
            re.compile(r"^kes\s+(?:on|oli)\s+(?:see\s+|too\s+)?", re.I),
            lambda m: "who was " if "oli" in m.group().lower() else "who is ",
        ),
        (re.compile(r"^mis\s+on\s+", re.I), "what is "),
        (re.compile(r"^(?:mida|mis)\b", re.I), "what"),
        (re.compile(r"^(?:milline|millised|milliseid|missugune)\b", re.I), "which"),
        (re.compile(r"^kes\b", re.I), "who"),
        (
            re.compile(rf"\b{_ESTONIAN_LOAN}i(?P<case>{'|'.join(_ESTONIAN_LOAN_CASES)})\b", re.I),
            _estonian_loan,
        ),
        *_word_for_word(_ESTONIAN_ENGLISH),
        # "seisab silmitsi … -ga": is facing …, the ending's "with" not said in English
        (re.compile(r"\b(?P<facing>facing(?:\s+(?!with\b)\S+){0,3}?)\s+with\b"), r"\g<facing>"),
        (re.compile(r"\b(?P<what>partners|rivals)\s+(?P<should>should\s+be)\b"), r"they \g<should> \g<what>"),
        (re.compile(r"\bthey\s+should\s+be\s+they\b"), "they should be"),
        (re.compile(r"\b(?P<nationality>American|Chinese|Russian)\s+the\s+"), r"the \g<nationality> "),
        _the_the(),
        _country_before_title(),
        *_in_english_at_last(),
    )


def _estonian_loan(match: re.Match[str]) -> str:
    """ "subscriptioniga": with subscription; "disruptionitega": with disruptions (its plural ending)."""
    case = match.group("case").lower()
    plural = "s" if case in ("tega", "dega") else ""
    return f"{_ESTONIAN_LOAN_CASES[case]} {match.group('stem')}{plural}"


def _estonian_counted(match: re.Match[str]) -> str:
    """ "what three principles did Xi propose": a thing counted, its English word (or an English one, "principle", in
    the plural as English counts it)."""
    thing = match.group("thing")
    english = next((e for pattern, e in _estonian_words() if pattern.fullmatch(thing)), None)
    if english is None:
        english = thing if re.search(r"[sdt]$", thing) else f"{thing}s"
    who = match.group("who") or match.group("subject")
    done = _ESTONIAN_DONE[(match.group("done") or match.group("did")).lower()]
    return f"what {_ESTONIAN_NUMBERS[match.group('count').lower()]} {english} did {who} {done}"


@cache
def _estonian_words() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The book's words put into English one for one, compiled the first time a counted thing needs them."""
    return _word_for_word(_ESTONIAN_ENGLISH)


def _estonian_named(what: str) -> str:
    """A name asked about as its genitive ("Taiwani"): the name itself."""
    return re.sub(r"(?<=[bcdfghjklmnprstvwxz])i$", "", what) if what[:1].isupper() and " " not in what else what


def _how_long_asked(match: re.Match[str]) -> str:
    """ "how long did the meeting last", or "how many hours", the thing that lasted named before its verb or after."""
    what = match.group("what") or match.group("thing")
    asked = "how many hours" if match.group("hours") else "how long"
    return f"{asked} did {_with_the(what) if what else 'it'} last"


_ESTONIAN_WORDS = _lazy_pattern(
    r"^(?:(?:ja|aga)\s+)?(?:mida|mis|kes|keda|kellega|kellele|millal|kus|mitu|kui\s+(?:kaua|palju|pikalt)|kaua"
    r"|miks|kuidas|millest|mille\s+kohta|milline|millised|milliseid|missugune|millises|kas)\s+"
    r"(?=(?:.*\s)?(?:[uüy]tles|[uüy]tlesid|[uüy]tleb|r[aä][aä]kis|r[aä][aä]gib|teatas|kohtus|kohtusid|kohtas|kestis"
    r"|kestsid|kestab|toimus|toimusid|juhtus|kirjutas|pakkus|maksab|on|oli|olid|mainiti|mainitakse|s[oõ]itis|l[aä]ks"
    r"|reisis|t[oö][oö]tab|(?-i:[A-Z])\w*(?:is|isse|iga|ile)|kohta|k[uü]lastas|esitas|mainis|nimetas|allkirjastas)\b)"
    r"|\b(?:[uüy]tles|kohtus|kohtusid|kohtumi\w+|kestis|peaksid\s+olema|l[aä]bir[aä][aä]kimis\w*|k[oõ]nelus\w*)\b",
    re.I,
)

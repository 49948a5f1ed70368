"""Andean phrasebooks: Quechua, as Andean readers write it among Spanish (or English) words."""

from __future__ import annotations

import re
from functools import cache

from knowledge.phrasebooks.shapes import (
    _according_to_last,
    _after_the_question,
    _in_english_at_last,
    _lazy_pattern,
    _past_tense,
    _plain_letters,
    _Shapes,
    _the_the,
    _with_the,
    _with_the_own_noun,
    _word_for_word,
)

# How Andean readers ask in Quechua (Southern Quechua, as written in Cusco, Ayacucho and Bolivia), with Spanish or
# English words among its own: "Imatataq Blinken nirqan Taiwan-manta?" (what did Blinken say about Taiwan),
# "Hayk'aqtaq Xi Blinken-wan tupanakurqanku?" (when did Xi and Blinken meet), "Maypitaq tupanakuy karqan?" (where was
# the meeting), "Pitaq nirqan …?" (who said …), "Hayk'a pachataq rimanakuy karqan?" (how long was the talk). Quechua
# glues its endings on a word, a name too, with a hyphen or an apostrophe or none: "-manta" (about, from), "-wan"
# (with; between two who met each other, "and"), "-pi" (in, at), "-man" (to), "-ta" (the one a verb is done to),
# "-pa" (of); on a question word "-taq" marks what is asked ("Imatataq": what), on a verb "-chu" asks yes or no
# ("tuparqanchu": did he meet), and "-qa", "-mi", "-si" mark a topic or what one knows, left off. Its verb comes last as
# often as not, its doer anywhere before; "-rqa-" is its past, "-n" he, "-nku" they, "-naku-" each other
# ("tupanakurqanku": they met each other). Spanish words and shapes among its own are read as well ("¿Pitaq dijo que
# …?", "la reunión", "el canciller chino"). The book is read only when a word of Quechua's own is there ("imatataq",
# "pitaq", "hayk'aq", "maypi", "nirqan", "tupanakuy", a name with "-manta"), never on plain Spanish. What is spoken of
# may come first, marked "-qa", before the question word ("China suyup kamachiqninqa imatataq nirqa?": what did China's
# leader say); "X llaqtapi" is "in the town (city) of X", "X suyup" "of the land of X", X's; "X-manta hawa" "apart from
# X"; "X nisqanman hina" "as X said", according to X; "X nisqa" "the so-called X", a term put in Spanish or English,
# with its endings on "nisqa"; "… nispa" closes what was said ("Pitaq Blinkenman nirqa '…' nispa?": who told Blinken
# that …). A Spanish noun takes Quechua's endings too ("relacionqa", "diplomaciap"), a Spanish verb "-kuy" (to …,
# "estabilizakuyta qallarichkan": is beginning to stabilise); "muna-" is want ("munanchu": does he want), "-nanta" the
# one it is wanted of ("qhapaq kananta": that it be prosperous).

_QUECHUA_MARKED = (("a", "áà"), ("e", "éè"), ("i", "í"), ("o", "óò"), ("u", "úü"), ("n", "ñ"))
_QUECHUA_NAMES = {
    "(?<=-)(?-i:Estados\\s+Unidos|EE\\.?\\s?UU\\.?|EEUU)": "US",
    "(?-i:Estados\\s+Unidos|EE\\.?\\s?UU\\.?|EEUU|USA)": "the US", "(?-i:Chinapa|Chinap)": "China's",
    "(?-i:Pekin|Pekinpi)": "Beijing", "(?-i:Rusia)": "Russia", "(?-i:Japon)": "Japan",
}  # fmt: skip
# Its titles and nouns, and the Spanish ones among them, put into English before its shapes are read
_QUECHUA_THINGS = {
    "(?:kay\\s+)?(?:willakuy|qillqa)(?:man|\\s+nisqanman)\\s+hina|segun\\s+(?:el\\s+articulo|la\\s+noticia)":
        "according to the article",
    "kay\\s+(?:willakuy|qillqa)\\w*pi|en\\s+este\\s+articulo": "in this article",
    "(?:willakuy|qillqa)\\w*pi|en\\s+el\\s+articulo|en\\s+la\\s+noticia": "in the article",
    "kay\\s+(?:willakuy|qillqa)\\w*|este\\s+articulo|esta\\s+noticia": "this article",
    "(?:chay\\s+)?(?:willakuy|qillqa)(?:ta|qa|pa|ntin)?|(?:el\\s+)?articulo|(?:la\\s+)?noticia": "the article",
    "(?:el\\s+|la\\s+)?(?:ministr[oa]\\s+de\\s+(?:relaciones|asuntos)\\s+exteriores|canciller)": "the foreign minister",
    "(?:el\\s+|la\\s+)?secretari[oa]\\s+de\\s+estado": "the secretary of state",
    "(?:el\\s+|la\\s+)?primer\\s+ministro": "the prime minister",
    "diplomaciap?\\s+uma(?:lliq|llin|llinin)(?:qa|mi)?|(?:el\\s+)?jefe\\s+de\\s+la\\s+diplomacia": "the top diplomat",
    "(?:el\\s+|la\\s+)?president[ea](?:nin|n)?|(?:suyu\\s+)?umalliq(?:nin)?(?:qa|mi)?"
    "|hatun\\s+kamachiq(?:nin)?(?:qa|mi)?": "the president",
    "(?:el\\s+|la\\s+)?ministr[oa](?:nin)?|kamayuq(?:nin)?": "the minister",
    "(?:el\\s+|la\\s+)?(?:vocero|vocera|portavoz)|rimapakuq|rimaqnin": "the spokesperson",
    "(?:el\\s+|la\\s+)?(?:lider|dirigente|mandatario)|kamachiq(?:nin)?(?:qa|mi)?|apu(?:nin)?": "the leader",
    "(?:el\\s+|la\\s+)?funcionari[oa]": "the official", "(?:el\\s+|la\\s+)?diplomatic[oa]": "the diplomat",
    "(?:el\\s+|la\\s+)?periodista": "the journalist", "(?:el\\s+|la\\s+)?autor[a]?": "the author",
    "(?-i:chin[oa]s?)": "Chinese", "estadounidense|norteamerican[oa]|american[oa]": "American", "rus[oa]": "Russian",
    # the meeting and the talks, with the endings that say when ("tupanakuy qhipaman": after the meeting)
    "tupanakuy(?:pa)?\\s+(?:qhipaman|qhepaman|qhipanta|qhepanta)|despues\\s+de\\s+la\\s+reunion": "after the meeting",
    "tupanakuy(?:pa)?\\s+(?:ñawpaqninpi|naupaqninpi)|antes\\s+de\\s+la\\s+reunion": "before the meeting",
    "tupanakuypi|hu[ñn]unakuypi|en\\s+la\\s+reunion": "at the meeting",
    "(?:chay\\s+)?(?:tupanakuy|hu[ñn]unakuy)(?:qa|ta|mi)?|(?:la\\s+)?reunion|(?:el\\s+)?encuentro": "the meeting",
    "rimanakuy(?:kuna)?(?:pi)\\s+qallariyninpi|al\\s+inicio\\s+de\\s+las\\s+conversaciones":
        "at the start of the talks",
    "rimanakuy(?:kuna)?pi|en\\s+las\\s+conversaciones": "in the talks",
    "(?:chay\\s+)?rimanakuy(?:kuna)?(?:qa|ta|mi)?|(?:las\\s+)?conversaciones|(?:las\\s+)?negociaciones"
    "|(?:el\\s+)?dialogo": "the talks", "(?:la\\s+)?visita": "the visit",
    "runakunaq\\s+hay[ñn]inkuna|(?:los\\s+)?derechos\\s+humanos": "human rights",
    "rantinakuy|(?:el\\s+)?comercio": "trade", "kamachikuykuna\\w*|(?:los\\s+)?principios\\w*": "principles",
    "masikuna|socios": "partners", "awqakuna|rivales": "rivals", "(?:las\\s+)?relaciones": "relations",
    "(?:la\\s+)?relacion": "the relationship", "kichasqa|abierto": "open", "qhapaq|prospero": "prosperous",
    "yanapay(?:ta)?|(?:el\\s+)?apoyo": "support", "suyakuy(?:ta)?|(?:la\\s+)?esperanza": "hope",
    "wasi(?:pi)?|(?:el\\s+)?edificio": "the building", "p['’]unchaw|(?:el\\s+)?dia": "the day",
    "(?:el\\s+)?progreso": "progress", "ura(?:kuna)?|horas": "hours", "minutos": "minutes",
    "(?:la\\s+)?suscripcion": "the subscription", "(?:el\\s+)?precio": "the price",
    "(?:el\\s+)?cargo(?:nin)?|llamk['’]?ay(?:nin)?": "title", "tukuy\\s+nisqankunata|todas\\s+sus\\s+citas":
        "all his quotes",
    "kanan\\s+kanku|deberian\\s+ser": "should be", "sobre|acerca\\s+de": "about", "y(?=\\s+(?-i:[A-Z]))": "and",
    "por\\s+favor|ama\\s+hina\\s+kaspa": "please",
}  # fmt: skip
# Endings glued on a name ("Taiwan-manta": about Taiwan), in the order they are taken off: what marks a topic or what
# one knows first, then the case
_QUECHUA_CASES = {"manta": "about", "wan": "with", "pi": "in", "man": "to", "kama": "until", "paq": "for"}
_QUECHUA_MARKS = r"(?:taq|qa|mi|m|si|s|ri|chu|kuna|n)"
_QUECHUA_GLUED_MARKS = "taq|qa|mi|si|ri|chu|kuna"
_QUECHUA_SAID = (
    r"(?:ni(?:rqa(?:n|nku)?|n|nku|sqa|spa)|rima(?:rqa(?:n|nku)?|n|nku)|willa(?:rqa(?:n|nku)?|n|nku)|dijo|dijeron"
    r"|declaro|hablo|said)"
)
_QUECHUA_MET = (
    r"(?:tupa(?:naku)?(?:rqa(?:n|nku)?|n|nku)|hu[ñn]unaku(?:rqa(?:n|nku)?|n|nku)|(?:se\s+)?reunieron|(?:se\s+)?reunio"
    r"|(?:se\s+)?encontraron|met)"
)
_QUECHUA_TALKED = r"(?:rima(?:naku)?(?:rqa(?:n|nku)?|n|nku))"
_QUECHUA_BE = r"(?:karqa(?:n|nku)?|kachkan|kan|fue|was)"
_QUECHUA_LASTED = (
    r"(?:karqa(?:n|nku)?|unarqa(?:n|nku)?|hunt['’]?akurqa(?:n|nku)?|durarqa(?:n|nku)?|duraron|duro|pasarqa(?:n|nku)?"
    r"|rimanakurqa(?:n|nku)?)"
)
# What was done, asked how many times or whether, by the verb's stem ("churarqan": he put forth, proposed)
_QUECHUA_DONE = {
    "chura": "propose", "propus": "propose", "ma[ñn]aku": "ask for", "tapu": "ask", "suyaku": "hope", "suya": "hope",
    "muna": "want", "qillqa": "write", "watuku": "visit", "visita": "visit", "sutichaku": "mention",
    "sutincha": "mention", "rima": "talk", "tupa": "meet", "ni": "say", "ri": "go",
}  # fmt: skip
_QUECHUA_DONE_WORDS = (
    r"(?:(?:chura|ma[ñn]aku|tapu|suyaku|suya|muna|qillqa|watuku|visita|sutichaku|sutincha)(?:rqa(?:n|nku)?|sqa)"
    r"|propuso|propusieron)"
)
# A Spanish verb's stem with "-kuy" before "qallari-" (begin): "estabilizakuyta qallarichkan": is beginning to stabilise
_QUECHUA_SPANISH_VERBS = {"estabiliza": "stabilise", "mejora": "improve", "cambia": "change", "crece": "grow"}
_QUECHUA_PHRASE = re.compile(r"\b(?=(?:about|to|in|at|with|after|before|during|until|for)\s)")


def _quechua_name(match: re.Match[str]) -> str:
    """A name with Quechua's endings glued on: "Taiwan-manta": about Taiwan; "Blinken-wan": with Blinken;
    "Beijing-pi": in Beijing; "Blinken-ta", "Xi-qa": Blinken, Xi."""
    name, endings = match.group("name"), re.split(r"[-'’]", match.group("endings").lower())
    endings = [e for e in endings if e]
    case = next((e for e in endings if e in _QUECHUA_CASES), None)
    if case is None:
        case = next(
            (
                c
                for e in endings
                for c in _QUECHUA_CASES
                if e.startswith(c) and re.fullmatch(_QUECHUA_MARKS, e[len(c) :])
            ),
            None,
        )
    english = (
        f"{_QUECHUA_CASES[case]} {name}" if case else f"{name}'s" if endings[:1] in (["pa"], ["q"], ["p"]) else name
    )
    return english + (" chu" if any(e.endswith("chu") for e in endings) else "")


def _quechua_parts(body: str, verb: str) -> tuple[str, str, str]:
    """The one who did it, the verb and the phrases around it ("about Taiwan", "to Blinken"), in any order Quechua
    puts them: "Blinken nirqan about Taiwan", "Blinken about Taiwan nirqan", "nirqan Blinken about Taiwan"."""
    found = re.search(rf"(?:^|\s)(?P<verb>{verb})(?=\s|$)", body, re.I)
    if found is None:
        return "", "", body
    before, after = body[: found.start()].strip(), body[found.end() :].strip()
    pieces = [p.strip() for p in _QUECHUA_PHRASE.split(before) if p.strip()]
    who = pieces.pop(0) if pieces and not _QUECHUA_PHRASE.match(pieces[0]) else ""
    later = [p.strip() for p in _QUECHUA_PHRASE.split(after) if p.strip()]
    if not who and later and not _QUECHUA_PHRASE.match(later[0]):
        who = later.pop(0)
    elif later and not _QUECHUA_PHRASE.match(later[0]) and pieces == []:
        pieces.append(later.pop(0))
    phrases = " ".join(pieces + later)
    return who, found.group("verb"), f" {phrases}" if phrases else ""


def _quechua_what_said(match: re.Match[str]) -> str:
    """ "what did Blinken say about Taiwan", the parts in the order Quechua put them."""
    who, _, phrases = _quechua_parts(match.group("body"), _QUECHUA_SAID)
    return f"what did {who} say{phrases}" if who else f"what was said{phrases}"


def _quechua_met(match: re.Match[str]) -> str:
    """ "when (where) did Xi and Blinken meet": "Xi Blinken-wan tupanakurqanku", Xi with Blinken met each other."""
    asked = "when" if match.group("asked").lower().startswith(("h", "j")) else "where"
    who, verb, phrases = _quechua_parts(match.group("body"), _QUECHUA_MET)
    whom = re.match(r"\s*with\s+(?P<whom>.+?)(?P<rest>\s+(?:in|at|after|before|during)\s.*)?$", phrases)
    if whom and who and "naku" in verb.lower():
        return f"{asked} did {who} and {whom.group('whom')} meet{whom.group('rest') or ''}"
    if whom:
        return f"{asked} did {who or 'they'} meet {whom.group('whom')}{whom.group('rest') or ''}"
    return f"{asked} did {who or 'they'} meet{phrases}"


def _quechua_whom_met(match: re.Match[str]) -> str:
    """ "Piwantaq Blinken tuparqan Beijing-pi?": who did Blinken meet in Beijing; "… rimanakurqa": talk with."""
    lead, body = match.group("lead") or "", match.group("body")
    if re.search(rf"(?:^|\s){_QUECHUA_TALKED}(?=\s|$)", body, re.I):
        who, _, phrases = _quechua_parts(body, _QUECHUA_TALKED)
        return f"{lead}who did {who or 'they'} talk with{phrases}"
    who, _, phrases = _quechua_parts(body, _QUECHUA_MET)
    return f"{lead}who did {who or 'they'} meet{phrases}"


def _quechua_begins(match: re.Match[str]) -> str:
    """ "estabilizakuyta qallarichkan": is beginning to stabilise; "-rqa-": began to."""
    verb = _QUECHUA_SPANISH_VERBS.get(match.group("verb").lower(), match.group("verb"))
    return f"{'began' if match.group('time').lower().startswith('r') else 'is beginning'} to {verb}"


def _quechua_term(term: str) -> str:
    """A term said first ("Opioides sintéticos nisqa"), its first word capitalised only for opening the question
    lower-cased: "opioides sintéticos"; a name ("Wang Yi", "Taiwan") is left as it is."""
    return term[:1].lower() + term[1:] if re.fullmatch(r"(?-i:[A-Z])[a-z]+(?:\s+(?-i:[a-z])\w*)+", term) else term


def _quechua_place(match: re.Match[str]) -> str:
    """ "Beijing llaqtapi": in Beijing; "China suyup": China's."""
    case = match.group("case").lower()
    return f"{match.group('name')}'s" if case in ("p", "pa", "q") else f"{_QUECHUA_CASES[case]} {match.group('name')}"


def _quechua_done(done: str) -> str:
    """ "churarqan": "propose", read by the verb's stem before its endings."""
    return next((e for stem, e in _QUECHUA_DONE.items() if re.match(stem, done, re.I)), done)


def _quechua_whether(match: re.Match[str]) -> str:
    """A yes-or-no question, its verb marked "-chu": "Xi about Taiwan rimarqan chu": did Xi talk about Taiwan."""
    body = f"{match.group('body')} {match.group('verb')}{match.group('after') or ''}"
    verbs = rf"(?:{_QUECHUA_SAID}|{_QUECHUA_MET}|{_QUECHUA_DONE_WORDS})"
    who, verb, phrases = _quechua_parts(body, verbs)
    english = "talk" if re.match(r"rima|hablo", verb, re.I) else _quechua_done(verb)
    phrases = re.sub(r"^\s+with\s+", " ", phrases) if english == "meet" else phrases
    return f"did {who or 'they'} {english}{phrases}"


@cache
def _quechua() -> _Shapes:
    name = r"(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*)?"
    endings = rf"(?:[-'’](?:manta|wan|pi|man|ta|pa|paq|kama|q|{_QUECHUA_GLUED_MARKS})\w*)+"
    glued = rf"(?<!\bTai)(?:manta|wan)(?:{_QUECHUA_GLUED_MARKS})?"
    return (
        _after_the_question(),
        (re.compile(r"^[¿¡]\s*|[¿¡]"), ""),
        (re.compile("[’`´ʼ]"), "'"),
        *_plain_letters(_QUECHUA_MARKED),
        # "Wang Yi-ri?": and what about Wang Yi
        (re.compile(rf"^(?P<who>{name})[-']ri$"), r"what about \g<who>"),
        # a Spanish noun with an ending ("relacionqa": the relationship), a name with "-qa" ("Chinaqa": China)
        (re.compile(r"\b(?P<noun>\w+(?:cion|sion|dad|ia))(?:qa|ta|mi|pas)\b", re.I), r"\g<noun>"),
        (re.compile(r"\b(?!(?:Ima|Pi|Mayqin|Mayqan)\w*)(?P<name>(?-i:[A-Z])[a-z]+[aeiou])qa\b"), r"\g<name>"),
        *_word_for_word(_QUECHUA_NAMES),
        # "Beijing llaqtapi": in Beijing; "China suyup": China's; "Xi Jinpingmanta hawa": apart from Xi Jinping; "Xi
        # nisqanman hina": according to Xi; "Opioides nisqamanta": about opioids
        (
            re.compile(rf"\b(?P<name>{name})\s+(?:llaqta|suyu)(?P<case>pi|manta|man|pa|p|q)\b"),
            _quechua_place,
        ),
        (
            re.compile(r"\b(?P<name>(?:(?-i:[A-Z])[\w.]*\s+)?(?-i:[A-Z])[\w.]*?)[-']?manta\s+hawa(?:pi)?\b"),
            r"besides \g<name>",
        ),
        (
            re.compile(r"\b(?P<who>(?:(?-i:[A-Z])[\w.]*\s+)?(?-i:[A-Z])[\w.]*?)(?:[-']?pa?)?\s+nisqanman\s+hina\b"),
            r"according to \g<who>",
        ),
        (
            re.compile(r"^(?P<what>[^,?]+?)\s+nisqa(?P<case>manta|wan|pi|man)(?:pas|pis)?\b", re.I),
            lambda match: f"{_QUECHUA_CASES[match.group('case').lower()]} {_quechua_term(match.group('what'))}",
        ),
        (
            re.compile(r"\b(?P<verb>\w+?)(?:kuy|y)ta\s+qallari(?P<time>chkan|rqa|n)\w*", re.I),
            _quechua_begins,
        ),
        # a name with Quechua's endings ("Taiwan-manta", "Blinken-wan", "Beijing-pi", "Blinkenwan"); "Taiwan" is no
        # "Tai" with "-wan"
        (
            re.compile(
                rf"\b(?!(?:Piwan|Pikuna|Imamanta|Maymanta|Mayman|Maypi)\w*)(?P<name>(?-i:[A-Z])[\w.]*?)(?P<endings>{endings}|{glued}\b)"
            ),
            _quechua_name,
        ),
        # its own nouns with an ending ("tupanakuymanta": about the meeting), and a noun typed with one ("derechos
        # humanos-manta")
        (
            re.compile(
                r"\b(?P<noun>tupanakuy|rimanakuy(?:kuna)?|willakuy|qillqa|hu[ñn]unakuy)(?P<case>manta|pi|wan|man)\b",
                re.I,
            ),
            lambda match: f"{_QUECHUA_CASES[match.group('case').lower()]} {match.group('noun')}",
        ),
        (re.compile(r"\b(?P<name>(?-i:[A-Z])[\w.]*(?:ng|[aeiou]n))(?P<endings>pi|man)\b"), _quechua_name),
        # a verb asked yes or no: "rimarqanchu", "tuparqankuchu": "-chu" set apart
        (re.compile(r"\b(?P<verb>\w+(?:rqa|rqan|rqanku|sqa|nku|kan|chkan))chu\b", re.I), r"\g<verb> chu"),
        (re.compile(r"\b(?:imapas|imallatapas|ima\s+nisqatapas)\b", re.I), "anything"),
        *_word_for_word(_QUECHUA_THINGS),
        (
            re.compile(
                r"\b(?P<noun>(?:the\s+)?(?:human\s+rights|trade|meeting|talks|article|principles|relations|\w+))[-'’]"
                r"(?P<case>manta|wan|pi|man)\b",
                re.I,
            ),
            lambda match: f"{_QUECHUA_CASES[match.group('case').lower()]} {match.group('noun')}",
        ),
        _according_to_last(),
        # what is spoken of, put before the question word: "China's leader imatataq nirqa": what did China's leader say
        (
            re.compile(r"^(?P<topic>[^,?]+?)\s+(?P<asked>imata(?:taq)?|imataq)\s+(?P<rest>[^,?]+)$", re.I),
            r"\g<asked> \g<topic> \g<rest>",
        ),
        # "Imatataq Blinken nirqan Taiwan-manta?", "Imatataq nirqan Blinken?": what did Blinken say (about Taiwan)
        (
            re.compile(
                rf"^(?:imata|imataq|imatam|ima|que)(?:taq)?\s+(?P<body>(?:.*\s)?{_QUECHUA_SAID}(?:\s.*)?)$", re.I
            ),
            _quechua_what_said,
        ),
        # "Pitaq Blinkenman nirqa '…' nispa?": who told Blinken that …
        (
            re.compile(rf"^pi(?:taq|n|m)?\s+to\s+(?P<whom>[^,?]+?)\s+{_QUECHUA_SAID}\s+(?P<said>.+?)\s+nispa$", re.I),
            r"who told \g<whom> that \g<said>",
        ),
        # "Pitaq nirqan …?", "Pitaq '…' nispa nirqan?": who said …
        (
            re.compile(rf"^pi(?:taq|n|m)?\s+{_QUECHUA_SAID}\s*,?\s+(?:que\s+|that\s+|kayta\s+)?(?P<said>.+)$", re.I),
            r"who said \g<said>",
        ),
        (
            re.compile(rf"^pi(?:taq|n|m)?\s+(?P<said>.+?)\s+(?:nispa\s+)?{_QUECHUA_SAID}$", re.I),
            r"who said \g<said>",
        ),
        # whom someone met, and who met someone: "Piwantaq Blinken tuparqan?", "Pitaq Blinken-wan tuparqan?"
        (
            re.compile(r"^(?P<lead>[^,?]+,\s*)?pi(?:ta)?wan(?:taq|mi)?\s+(?P<body>[^,?]+)$", re.I),
            _quechua_whom_met,
        ),
        (
            re.compile(rf"^pi(?:taq|n|m)?\s+with\s+(?P<whom>[^,?]+?)\s+{_QUECHUA_MET}$", re.I),
            r"who met \g<whom>",
        ),
        # "Hayk'aqtaq Xi Blinken-wan tupanakurqanku?", "Maypitaq …?": when (where) did Xi and Blinken meet
        (
            re.compile(
                rf"^(?P<asked>hayk'?aq|jayk'?aq|maypi|maypim|where|when)(?:taq|mi|m)?\s+(?P<body>(?:.*\s)?{_QUECHUA_MET}(?:\s.*)?)$",
                re.I,
            ),
            _quechua_met,
        ),
        # "Maypitaq tupanakuy karqan?", "Hayk'aqtaq tupanakuy karqan?": where (when) did the meeting take place
        (
            re.compile(
                rf"^(?P<asked>hayk'?aq|jayk'?aq|maypi)(?:taq|mi|m)?\s+(?:{_QUECHUA_BE}\s+)?(?P<what>[^,?]+?)"
                rf"(?:\s+{_QUECHUA_BE}|\s+(?:rurakurqan|ruwakurqan|se\s+realizo|tuvo\s+lugar))?$",
                re.I,
            ),
            lambda match: (
                f"{'when' if match.group('asked').lower().startswith(('h', 'j')) else 'where'} did "
                f"{_with_the_own_noun(match.group('what'))} take place"
            ),
        ),
        # "Hayk'a pachataq rimanakuy karqan?", "Hayk'a uratataq …?": how long (how many hours) did the talks last
        (
            re.compile(
                r"^(?:hayk'?a|jayk'?a)(?:n|taq)?\s+(?P<unit>pacha|tiempo|hours|ura|p'unchaw|minutes)\w*"
                rf"(?:\s+(?P<what>[^,?]+?))?(?:\s+{_QUECHUA_LASTED})?$",
                re.I,
            ),
            lambda match: (
                ("how many hours" if match.group("unit").lower() in ("hours", "ura") else "how long")
                + f" did {_with_the(match.group('what')) if match.group('what') else 'the talks'} last"
            ),
        ),
        # "Hayk'ataq chanin suscripcion?": how much does the subscription cost
        (
            re.compile(
                r"^(?:hayk'?a|jayk'?a)(?:n|taq)?\s+(?:chanin\w*|qullqi\w*|cuesta|cuestan|balin|vale)\s+(?P<what>[^,?]+)$"
                r"|^(?:hayk'?a|jayk'?a)(?:n|taq)?\s+(?P<thing>[^,?]+?)\s+(?:chanin\w*|cuesta|cuestan|balin|vale)$",
                re.I,
            ),
            lambda match: f"how much does {_with_the_own_noun(match.group('what') or match.group('thing'))} cost",
        ),
        # "Hayk'a principiostataq Xi churarqan?": how many principles did Xi propose
        (
            re.compile(
                rf"^(?:hayk'?a|jayk'?a)(?:n|taq)?\s+(?P<thing>[a-z]+?)(?:kunata|kuna|ta)?(?:taq)?\s+(?P<who>{name}|the\s+[^,?]+?)"
                rf"\s+(?P<done>{_QUECHUA_DONE_WORDS})$",
                re.I,
            ),
            lambda match: (
                f"how many {match.group('thing')} did {match.group('who')} {_quechua_done(match.group('done'))}"
            ),
        ),
        # "Pitaq kay willakuyta qillqarqan?": who wrote this article; "Pitaq Wang Yi?": who is Wang Yi
        (
            re.compile(rf"^pi(?:taq|n|m)?\s+(?P<what>[^,?]+?)\s+(?P<done>{_QUECHUA_DONE_WORDS})$", re.I),
            lambda match: f"who {_past_tense(_quechua_done(match.group('done')))} {match.group('what')}",
        ),
        (
            re.compile(
                rf"^pi(?:taq|n|m)?\s+(?P<who>[^,?]+?)(?:\s+(?:kachkan|karqan|kan))?$|^(?P<who2>{name})\s+pi(?:taq|n|m)?"
                r"(?:\s+(?:kachkan|karqan|kan))?$",
                re.I,
            ),
            lambda match: f"who is {match.group('who') or match.group('who2')}",
        ),
        # "Ima cargotaq Wang Yi?": what is Wang Yi's title
        (
            re.compile(rf"^(?:ima|mayqin)\s+title(?:taq)?\s+(?P<who>{name})(?:'s)?(?:\s+(?:kachkan|kan))?$", re.I),
            r"what is \g<who>'s title",
        ),
        # "Imamantataq kay willakuy?": what is this article about
        (
            re.compile(r"^imamanta(?:taq|n)?\s+(?P<what>this\s+article|the\s+article)(?:\s+\w+)?$", re.I),
            r"what is \g<what> about",
        ),
        # "Imaraykutaq Blinken Beijing-man rirqan?": why did Blinken go to Beijing
        (
            re.compile(
                rf"^(?:imarayku|imanaqtin|imapaq|por\s+que)(?:taq|mi|n)?\s+(?P<who>{name})\s+(?:to|in)\s+(?P<place>[^,?]+?)\s+"
                r"(?:rirqan|hamurqan|viajarqan|fue|viajo)$",
                re.I,
            ),
            r"why did \g<who> go to \g<place>",
        ),
        # yes or no: "Xi Taiwan-manta rimarqanchu?" (did Xi talk about Taiwan), "Taiwan-ta sutichasqa karqanchu?" (was
        # Taiwan mentioned), "Chiqaqchu …" (is it true that …)
        (re.compile(r"^(?:che?qaq|chiqaq|chiqap|cheqap)\s*chu\s+(?:(?:que|that)\s+)?", re.I), "is it true that "),
        (
            re.compile(r"^(?P<what>[^,?]+?)\s+(?:sutichasqa|rimasqa|sutinchasqa|nisqa)\s+karqa(?:n|nku)?\s+chu$", re.I),
            r"was \g<what> mentioned",
        ),
        (
            re.compile(
                rf"^(?P<body>.*?)\s*\b(?P<verb>{_QUECHUA_SAID}|{_QUECHUA_MET}|{_QUECHUA_DONE_WORDS})\s+chu(?P<after>\s+.+)?$",
                re.I,
            ),
            _quechua_whether,
        ),
        # "Chinaqa munanchu Estados Unidos kichasqa kananta?": does China want the US to be open
        (
            re.compile(
                r"^(?P<lead>according\s+to\s+[^,]+,\s*)?(?P<who>[^,?]+?)\s+muna(?P<they>nku|n)\s*chu\s+(?P<whom>the\s+\w+|"
                rf"{name})\s+(?P<what>[^?]+?)\s+kananta$",
                re.I,
            ),
            lambda match: (
                f"{match.group('lead') or ''}{'do' if match.group('they').lower() == 'nku' else 'does'} "
                f"{match.group('who')} want {match.group('whom')} to be {match.group('what')}"
            ),
        ),
        (re.compile(r"\s+chu\b"), ""),
        *_word_for_word({"kay": "this", "chay": "that", "que": "that", "y": "and", "con": "with", "en": "in"}),
        _the_the(),
        *_in_english_at_last(),
    )


# Quechua's own words ("imatataq", "pitaq", "hayk'aq", "maypi", "nirqan", "tupanakuy", "rimanakuy", a name with
# "-manta" or "-pi"), none of them Spanish's; a name's "-wan" is Czech's "Tchaj-wan" (Taiwan) too, and its "-chu"
# Uyghur's "what about"
_QUECHUA_WORDS = _lazy_pattern(
    r"\b(?:imata\w*|imamanta\w*|imarayku\w*|imanaqtin\w*|pitaq|piwan\w*|pikuna\w*|hayk['’ʼ`]?a(?:q|qtaq|taq|n)?"
    r"|jayk['’ʼ`]?a\w*|maypi\w*|mayman\w*|maymanta\w*|mayqa?n\w*|mayqin\w*|ni(?:rqa|sqa)\w*|rimarqa\w*|willarqa\w*"
    r"|tupanaku\w*|tuparqa\w*|rimanaku\w*|karqa(?:n|nku)?(?:chu)?|willakuy\w*|qillqa\w*|nispa|che?qaqchu|chiqaqchu"
    r"|churarqa\w*|pitawan\w*|muna(?:n|nku)chu|llaqta(?:pi|man|manta)|suyup)\b|(?<=[A-Za-z])[-'’ʼ](?:manta|pi|qa|taq)\b|^(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*)?[-'’ʼ]ri\W*$",
    re.I,
)

"""Albanian phrasebook: Albanian (a branch of its own among the Indo-European languages), typed with or without ë
and ç."""

from __future__ import annotations

import re
from functools import cache

from knowledge.phrasebooks.shapes import (
    _ANSWER_WORDS,
    _OFFICE,
    _after_the_question,
    _asked_before,
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

# How readers ask in Albanian, often without ë and ç and with English words: "Cfare tha Xi per Tajvanin?" (what did
# Xi say about Taiwan), "Me ke u takua Blinken ne Pekin?" (whom did Blinken meet in Beijing), "Sa zgjati takimi?" (how
# long did the meeting last), "Kush tha qe duhet te jene partnere?" (who said they should be partners). Its article
# is put on the noun's end ("takimi": the meeting, "artikulli": the article), and a name takes its endings as a noun
# does, read off as the Czech book reads its names (a capitalised name of four letters or more ending in a
# consonant): "Blinkeni", "Blinkenin" (Blinken), "Blinkenit" (to Blinken, or Blinken after a preposition), "Xi-së";
# its names of places as the English ones ("Pekin", "Tajvani", "Kina", "SHBA"), and "ministri i jashtëm i Kinës" as
# China's foreign minister. Gheg's and chat's "çka", "qka" and "ç'" are its "what". Read before texting's shorthand is
# spelled out: its "u" (the mark of a verb done to oneself, "u takua": met) is texting's "you", and its "n" ("n
# Pekin") texting's "and".
_ALBANIAN_MARKED = (("e", "ë"), ("c", "ç"))
_ALBANIAN_NAMES = {
    "(?-i:(?:Si|Xi)\\s+(?:Xinping|Czinping|Jinping|Zinping)\\w*)": "Xi Jinping", "(?-i:Uang\\s+Ji)": "Wang Yi",
    "(?-i:Pekin\\w*|Peking\\w*)": "Beijing", "(?-i:Tajvan\\w*|Taivan\\w*|Taiwan(?:i|in|it))": "Taiwan",
    "(?-i:Det\\w*\\s+e\\s+Kines\\s+Jugore)": "the South China Sea",
    "(?-i:Kin(?:a|e|en|es|ave))": "China", "(?-i:SHBA(?:-?(?:ja|ve|te|se|ne))?)": "the US",
    "(?-i:Shtetet\\s+e\\s+Bashkuara(?:\\s+te\\s+Amerikes)?)": "the United States",
    "(?-i:Amerik(?:a|e|en|es))": "America",
    "(?-i:Rusi(?:a|ne|se|e))": "Russia", "(?-i:Ukrain(?:a|e|en|es))": "Ukraine", "(?-i:Uashington\\w*)": "Washington",
    "(?-i:Kaliforni\\w*)": "California", "(?-i:Evrop\\w*)": "Europe", "(?-i:Japoni\\w*)": "Japan",
    "(?-i:Shqiperi\\w*)": "Albania", "(?-i:Bajden\\w*)": "Biden",
}  # fmt: skip
# Its titles, put into English before the shapes read the question ("ministri i jashtëm i Kinës": the foreign
# minister of China, its "i" not read as a word of its own)
_ALBANIAN_TITLES = {
    "ministr\\w*\\s+(?:i|e|te)\\s+(?:jashtem|puneve\\s+te\\s+jashtme)": "the foreign minister",
    "sekretar\\w*\\s+amerikan\\w*\\s+(?:i|e|te)\\s+shtetit": "the American secretary of state",
    "sekretar\\w*\\s+(?:i|e|te)\\s+shtetit": "the secretary of state", "kryeministr\\w*": "the prime minister",
    "ministr\\w*": "the minister", "president\\w*": "the president", "udheheq\\w*|lider\\w*": "the leader",
    "zedhen\\w*": "the spokesperson", "zyrtar\\w*": "the official", "gazetar\\w*": "the journalist",
    "diplomat\\w*": "the diplomat", "kinez\\w*": "Chinese", "amerikan\\w*": "American", "rus(?:e|i|et)?": "Russian",
    "kryesor\\w*": "top", "(?:i|e|te)\\s+larte": "senior",
}  # fmt: skip
_ALBANIAN_ENGLISH = {
    "(?:ky|kete|ketij|këtë)\\s+artikull\\w*": "this article", "artikull(?:i|in|it)": "the article",
    "artikull": "article", "ne\\s+takim\\w*": "at the meeting", "takim(?:i|in|it)": "the meeting", "takim": "meeting",
    "bisedime(?:t|ve)": "the talks", "bisedime": "talks", "ore|oret|oreve": "hours", "parim\\w*": "principles",
    "duhet\\s+te\\s+(?:jene|ishin|behen|bëhen)": "they should be", "duhet": "should", "partner\\w*": "partners",
    "rival\\w*|kundershtar\\w*": "rivals", "marredheni\\w*": "relations",
    "(?:te\\s+)?dy\\s+vendet": "the two countries", "vende(?:t|ve)?|shtete(?:t|ve)?": "countries",
    "tregti\\w*": "trade", "te\\s+drejt\\w*\\s+e\\s+njeriut": "human rights",
    "abonim\\w*|pajtim\\w*": "the subscription", "te\\s+gjith[ae]": "all", "citat\\w*": "quotes",
    "fjalet\\s+e\\s+sakta": "the exact words", "fjal\\w*": "words", "(?:ju|te)\\s+lutem": "please",
    "dicka|ndonje\\s+gje": "anything", "mes|midis|ndermjet": "between", "po": "",
    "autor\\w*": "the author", "per|rreth|mbi|lidhur\\s+me": "about", "dhe": "and",
    "apo|ose": "or", "me": "with", "ne|n": "in", "pas": "after", "para|perpara": "before", "gjate": "during",
    "nga": "from", "qe|se": "that", "nuk": "not", "eshte": "is", "jane": "are", "ishte": "was", "ata|ato": "they",
    "ai": "he", "ajo": "she", "ky|kjo|kete|ketij": "this", "(?:u\\s+)?(?:takua|takuan)|takoi": "met",
    "bisedoi|biseduan": "talked", "u|i|e|te": "",
}  # fmt: skip
_ALBANIAN_SAID = r"(?:(?:i|u|ka|kane|e)\s+)*(?:tha|thane|thene|deklaroi|shpreh|theksoi|foli|permendi|pohoi|nenvizoi)"
_ALBANIAN_MET = r"(?:u\s+takua|u\s+takuan|ka\s+takuar|kane\s+takuar|u\s+pa|u\s+pane|takoi|takuan)"
_ALBANIAN_TALKED = r"(?:bisedoi|biseduan|foli|folen|diskutoi|diskutuan)"
_ALBANIAN_LASTED = r"(?:zgjati|zgjaten|vazhdoi|vazhduan|ka\s+zgjatur|kane\s+zgjatur)"
_ALBANIAN_HELD = r"(?:u\s+mbajt|u\s+zhvillua|u\s+be|u\s+organizua|ndodhi|pati\s+vend)"
_ALBANIAN_ASKED = {"kur": "when", "ku": "where"}
_ALBANIAN_WHERE_BY = r"(?:in|at|after|during|before|ne|pas|gjate|para|perpara)"
# What was done, asked how many times: "Sa parime propozoi Xi?" (how many principles did Xi propose)
_ALBANIAN_DONE = {
    "propozoi": "propose", "permendi": "mention", "nenshkroi": "sign", "shpalli": "announce", "vizitoi": "visit",
    "paraqiti": "present", "rendisi": "list",
}  # fmt: skip
_ALBANIAN_WHY_DONE = {
    "shkoi": "go", "udhetoi": "travel", "erdhi": "come", "vizitoi": "visit", "tha": "say", "takoi": "meet",
    "propozoi": "propose", "paralajmeroi": "warn",
}  # fmt: skip
_ALBANIAN_EMPLOYERS = {
    "organizat": "organisation", "ministri": "ministry", "qeveri": "government", "institucion": "institution",
    "kompani": "company", "firm": "company", "gazet": "newspaper",
}  # fmt: skip
_ALBANIAN_NAME = r"(?-i:[A-Z][a-z-]{2,}[bcdfghjklmnpqrstvwxz])"  # "Blinken": a name its endings are put on


# What begins, in its tense ("po fillojnë të …": are beginning to …, "filloi të …": began to …), "po" the mark of
# what is going on
_ALBANIAN_BEGINS = {
    "fillojne": ("are beginning", "begin"), "fillon": ("is beginning", "begins"), "filloj": ("am beginning", "begin"),
    "filloi": ("began", "began"), "filluan": ("began", "began"), "ka filluar": ("has begun", "has begun"),
    "kane filluar": ("have begun", "have begun"),
}  # fmt: skip


def _albanian_begins(match: re.Match[str]) -> str:
    """ "are beginning to", "began to": what begins, "po" before it the form in "-ing"."""
    going_on, done = _ALBANIAN_BEGINS[" ".join(match.group("begin").lower().split())]
    return f"{going_on if match.group('po') else done} to"


def _albanian_after_title(match: re.Match[str]) -> str:
    """ "the diplomat top American" (diplomati kryesor amerikan): the top American diplomat."""
    nationality = f"{match.group('nationality')} " if match.group("nationality") else ""
    return f"the {match.group('adjective')} {nationality}{match.group('title')}"


def _albanian_pair_before(match: re.Match[str]) -> str:
    """ "relations China-US" (marrëdhëniet China-US): China-US relations; "the meeting Xi-Blinken": the Xi-Blinken
    meeting."""
    noun, pair = match.group("noun"), match.group("pair")
    return f"the {pair} {noun[4:]}" if noun.startswith("the ") else f"{pair} {noun}"


@cache
def _albanian() -> _Shapes:
    return (
        _after_the_question(),
        *_plain_letters(_ALBANIAN_MARKED),
        # "ç'", "çka", "qka", "shka": what
        (re.compile(r"^(?:c|q)['’]\s*(?=\w)", re.I), "cfare "),
        (re.compile(r"^(?:(?:dhe|e|por|po)\s+)?(?:cka|qka|shka|cfar|qfare)\b", re.I), "cfare"),
        *_word_for_word(_ALBANIAN_NAMES),
        *_word_for_word(_ALBANIAN_TITLES),
        (
            re.compile(rf"\b(?P<title>(?i:{_OFFICE}))\s+(?i:i|e|te|se)\s+(?=(?-i:[A-Z])|the\s+US\b)"),
            r"\g<title> of ",
        ),  # "the foreign minister i China": of China
        # a name's endings: "me Blinkenin" (with Blinken), "Blinkenit" (to Blinken), "Xi-së", "Blinkeni"
        (
            re.compile(
                r"\b(?P<by>(?i:me|nga|per|pas|para|perpara|te|tek|rreth|mbi|ne|gjate|se|i|e))\s+"
                rf"(?P<name>(?:[A-Z][\w]*\s+)?{_ALBANIAN_NAME})(?:in|it|i)\b"
            ),
            r"\g<by> \g<name>",
        ),
        (re.compile(rf"\b(?P<name>{_ALBANIAN_NAME})it\b"), r"to \g<name>"),
        (re.compile(rf"\b(?P<name>{_ALBANIAN_NAME})(?:in|i)\b"), r"\g<name>"),
        (
            re.compile(r"\b(?P<name>(?-i:[A-Z])[\w]*(?:\s+(?-i:[A-Z])[\w]*)?)-(?:ja|se|ne|n|t|it|in|i|u|ut|un|s)\b"),
            r"\g<name>",
        ),
        (re.compile(r"\b(?:vertet|ne\s+fakt|pra|atehere)\b,?\s*", re.I), ""),
        (re.compile(r"^(?:dhe|e|por|po)\s+(?=(?:cfare|kush|me|ke|kujt|kur|ku|sa|pse|perse|cil\w+|per|a)\b)", re.I), ""),
        (
            re.compile(
                r"^kush\s+(?:e\s+)?(?:shkroi|ka\s+shkruar)(?:\s+(?:kete\s+|ketë\s+)?artikull\w*)?$"
                r"|^kush\s+eshte\s+autor\w*(?:\s+(?:i|e)\s+(?:ketij\s+)?artikull\w*)?$",
                re.I,
            ),
            "who wrote the article",
        ),
        (
            re.compile(
                r"^kush\s+(?:e\s+)?(?:tha|ka\s+thene|kane\s+thene|deklaroi|u\s+shpreh|theksoi)\s*,?\s+(?:qe\s+|se\s+|that\s+)?",
                re.I,
            ),
            "who said ",
        ),
        (re.compile(rf"^kush\s+{_ALBANIAN_MET}\s+(?:me\s+|with\s+)?", re.I), "who met "),
        (
            re.compile(
                rf"^me\s+ke(?:nd)?\s+(?:(?P<met>{_ALBANIAN_MET})|{_ALBANIAN_TALKED})\s+(?P<who>.+?)"
                rf"(?=\s+{_ALBANIAN_WHERE_BY}\s|$)",
                re.I,
            ),
            lambda match: f"who did {match.group('who')} {'meet' if match.group('met') else 'talk with'}",
        ),
        (
            re.compile(rf"^me\s+ke(?:nd)?\s+(?P<who>.+?)\s+(?:(?P<met>{_ALBANIAN_MET})|{_ALBANIAN_TALKED})\b", re.I),
            lambda match: f"who did {match.group('who')} {'meet' if match.group('met') else 'talk with'}",
        ),
        (
            re.compile(
                r"^ke(?:nd)?\s+(?:(?:takoi|ka\s+takuar|priti|pret|vizitoi)\s+(?P<who>.+?)|(?P<subject>.+?)\s+"
                rf"(?:takoi|ka\s+takuar|priti|vizitoi))(?=\s+{_ALBANIAN_WHERE_BY}\s|$)",
                re.I,
            ),
            lambda match: f"who did {match.group('who') or match.group('subject')} meet",
        ),
        (
            re.compile(
                rf"^cfare\s+(?:(?:i|u|ka|kane|e)\s+)*(?:njoftoi|shpalli|paralajmeroi)\s+(?P<who>[^,?]+?){_ANSWER_WORDS}",
                re.I,
            ),
            r"what did \g<who> announce\g<rest>",
        ),
        (
            re.compile(
                rf"^cfare\s+{_ALBANIAN_SAID}\s+(?P<who>[^,?]+?)\s+to\s+(?P<whom>[^,?]+?)\s+(?:per|rreth|mbi)\s+"
                rf"(?P<topic>[^,?]+){_ANSWER_WORDS}",
                re.I,
            ),
            r"what did \g<who> say to \g<whom> about \g<topic>\g<rest>",
        ),  # "Cfare i tha Xi Blinkenit per Tajvanin?"
        *_what_said(
            "cfare",
            _ALBANIAN_SAID,
            r"(?:per|rreth|mbi|lidhur\s+me|about)",
            rf"(?P<where>\s+(?:{_ALBANIAN_WHERE_BY}|from|nga)\s+[^,?]+)?",
        ),
        (
            re.compile(rf"^(?P<who>[^,?]+?),?\s+cfare\s+{_ALBANIAN_SAID}\b(?P<rest>.*)$", re.I),
            r"what did \g<who> say\g<rest>",
        ),
        (
            re.compile(
                r"^a\s+(?:(?:ka\s+)?(?:tha|thene)|foli)\s+(?P<who>[^,?]+?)\s+(?:dicka|gje|ndonje\s+gje)\s+"
                rf"(?:per|rreth|mbi)\s+(?P<topic>[^,?]+){_ANSWER_WORDS}",
                re.I,
            ),
            r"did \g<who> say anything about \g<topic>\g<rest>",
        ),
        (
            re.compile(
                rf"^sa\s+(?:(?P<hours>ore)\s+|kohe\s+|gjate\s+)?(?:{_ALBANIAN_LASTED}(?:\s+(?P<what>.+))?"
                rf"|(?P<thing>.+?)\s+{_ALBANIAN_LASTED})$",
                re.I,
            ),
            lambda match: (
                f"{'how many hours' if match.group('hours') else 'how long'} did "
                f"{_with_the(match.group('what') or match.group('thing') or 'it')} last"
            ),
        ),
        (re.compile(r"^sa\s+(?:gjate|kohe)\s+(?:ishte|zgjati)\s+(?P<what>.+)$", re.I), _how_long),
        (
            re.compile(
                rf"^(?P<asked>kur|ku)\s+{_ALBANIAN_MET}(?:\s+(?P<who>.+?))?(?:\s+(?:me|with)\s+(?P<whom>.+))?$", re.I
            ),
            lambda match: _asked_before(
                _ALBANIAN_ASKED,
                match,
                f"did {match.group('who') or 'they'} meet" + (f" {match.group('whom')}" if match.group("whom") else ""),
            ),
        ),
        (
            re.compile(
                rf"^(?P<asked>kur|ku)\s+(?P<who>.+?)\s+{_ALBANIAN_MET}(?:\s+(?:me|with)\s+(?P<whom>.+))?$", re.I
            ),
            lambda match: _asked_before(
                _ALBANIAN_ASKED,
                match,
                f"did {match.group('who')} meet" + (f" {match.group('whom')}" if match.group("whom") else ""),
            ),
        ),
        (
            re.compile(
                rf"^(?P<asked>kur|ku)\s+(?:{_ALBANIAN_HELD}\s+(?P<what>.+)|(?P<thing>.+?)\s+{_ALBANIAN_HELD})$", re.I
            ),
            lambda match: _asked_before(
                _ALBANIAN_ASKED, match, f"was {_with_the(match.group('what') or match.group('thing'))} held"
            ),
        ),
        (
            re.compile(r"^(?P<asked>kur|ku)\s+(?:ishte|eshte)\s+(?P<what>.+)$", re.I),
            lambda match: _asked_before(_ALBANIAN_ASKED, match, f"was {match.group('what')}"),
        ),
        (re.compile(r"^kur\b", re.I), "when"),
        (re.compile(r"^ku\b", re.I), "where"),
        (
            re.compile(rf"^sa\s+(?P<thing>\S+)\s+(?P<done>{'|'.join(_ALBANIAN_DONE)})\s+(?P<who>.+)$", re.I),
            _how_many_done(_ALBANIAN_DONE),
        ),
        (
            re.compile(r"^sa\s+kushton\s+(?P<what>.+)$|^(?P<thing>.+?)\s+sa\s+kushton$", re.I),
            _what_it_costs,
        ),
        (re.compile(r"^sa\s+eshte\s+(?P<what>.+)$", re.I), r"how much is \g<what>"),
        (re.compile(r"^sa\b", re.I), "how many"),
        (
            re.compile(
                rf"^(?:pse|perse)\s+(?:(?P<verb>{'|'.join(_ALBANIAN_WHY_DONE)})\s+(?P<who>.+?)|(?P<subject>.+?)\s+"
                rf"(?P<done>{'|'.join(_ALBANIAN_WHY_DONE)}))(?=\s+(?:ne|in|to|per)\s|$)(?P<rest>.*)$",
                re.I,
            ),
            _why_done(_ALBANIAN_WHY_DONE, to="ne|in"),
        ),  # "Pse shkoi Blinken në Pekin?": why did Blinken go to Beijing
        (re.compile(r"^(?:pse|perse)\b", re.I), "why"),
        (re.compile(r"^cfare\s+(?:ka\s+)?(?:ndodhi|ndodh|u\s+be)\b", re.I), "what happened"),
        (
            re.compile(
                r"^(?:per|rreth)\s+cfare\s+(?:eshte|flet|behet\s+fjale\s+ne|flitet\s+ne|shkruan)\s+(?P<what>.+)$", re.I
            ),
            r"what is \g<what> about",
        ),
        (re.compile(r"^(?P<what>.+?)\s+(?:eshte\s+|flet\s+)?(?:per|rreth)\s+cfare$", re.I), r"what is \g<what> about"),
        (
            re.compile(rf"^(?:per|rreth)\s+cfare\s+{_ALBANIAN_TALKED}\s+(?P<who>.+)$", re.I),
            r"what did \g<who> talk about",
        ),
        (
            re.compile(
                r"^(?:cilat|cilet|cili|cila)\s+(?P<what>\S+)\s+(?:u\s+permenden|u\s+permend|permenden|permendet"
                r"|jane\s+permendur|permendeshin)(?:\s+(?:ne|in)\s+(?:the\s+)?artikull\w*)?$",
                re.I,
            ),
            r"which \g<what> were mentioned",
        ),
        (
            re.compile(
                r"^(?:a\s+)?(?:(?:u\s+permend|permendet|eshte\s+permendur|u\s+fol\s+per|flitet\s+per)\s+(?P<what>.+?)"
                r"|(?P<thing>.+?)\s+(?:u\s+permend|permendet|eshte\s+permendur))(?:\s+(?:ne|in)\s+(?:the\s+)?artikull\w*)?$",
                re.I,
            ),
            lambda match: f"was {match.group('what') or match.group('thing')} mentioned",
        ),
        (
            re.compile(
                r"^(?:cili|cfare)\s+eshte\s+(?:posti|funksioni|pozicioni|detyra|titulli)\s+(?:i|e)\s+(?P<who>.+)$", re.I
            ),
            r"what is \g<who>'s position",
        ),
        (
            re.compile(r"^(?:per|ne)\s+(?:cilin|cilen|cfare|cila)\s+(?P<employer>\w+)\s+punon\s+(?P<who>.+)$", re.I),
            _works_for(_ALBANIAN_EMPLOYERS),
        ),  # "Për cilën organizatë punon Wang Yi?": which organisation does Wang Yi work for
        (re.compile(r"^kush\s+eshte\s+", re.I), "who is "),
        (re.compile(r"^kush\s+ishte\s+", re.I), "who was "),
        (re.compile(r"^cfare\s+eshte\s+", re.I), "what is "),
        (re.compile(r"^cfare\b", re.I), "what"),
        (re.compile(r"^(?:cili|cila|cilat|cilet|cilin|cilen)\b", re.I), "which"),
        (re.compile(r"^kush\b", re.I), "who"),
        (re.compile(r"^si\b", re.I), "how"),
        # "po fillojnë të stabilizohen": are beginning to stabilise (a verb in "-izohen": one in "-ise" done to itself)
        (
            re.compile(
                r"\b(?P<po>po\s+)?(?P<begin>fillojne|fillon|filloj|filloi|filluan|(?:ka|kane)\s+filluar)\s+te\b", re.I
            ),
            _albanian_begins,
        ),
        (re.compile(r"\b(?P<stem>[a-z]{3,})iz(?:ohen|ohet|ohej)\b", re.I), r"\g<stem>ise"),
        (re.compile(r"\bpermiresoh\w*", re.I), "improve"),
        (re.compile(r"\bperkeqesoh\w*", re.I), "worsen"),
        *_word_for_word(_ALBANIAN_ENGLISH),
        (
            re.compile(
                r"\b(?P<noun>relations|the\s+meeting|the\s+talks|the\s+summit|trade)\s+"
                r"(?P<pair>(?-i:[A-Z])[\w]*-(?-i:[A-Z])[\w]*)\b"
            ),
            _albanian_pair_before,
        ),  # "marrëdhëniet China-US": China-US relations
        (re.compile(r"\s{2,}"), " "),
        (re.compile(r"^\s+|\s+$"), ""),
        (re.compile(r"\b(?P<what>partners|rivals)\s+(?P<should>should\s+be)\b"), r"they \g<should> \g<what>"),
        _the_the(),
        *_in_english_at_last(),
        # an adjective after the title it describes, read last, as the nationality after its title is:
        # "diplomati kryesor amerikan" (the top American diplomat)
        (
            re.compile(
                rf"\bthe\s+(?P<title>(?i:{_OFFICE}|diplomat|journalist))\s+(?P<adjective>top|senior)"
                r"(?:\s+(?P<nationality>American|Chinese|Russian))?\b"
            ),
            _albanian_after_title,
        ),
    )


_ALBANIAN_WORDS = _lazy_pattern(
    r"^(?:(?:dhe|e|por|po)\s+)?(?:[cç]far[eë]?|[cçq]['’]|[cçq]ka|shka|kush|me\s+k[eë](?:nd)?|k[eë](?:nd)?|kujt|kur|ku|sa"
    r"|pse|p[eë]rse|cil[aeiu]\w*|p[eë]r\s+(?:[cç]far[eë]|cil\w*)|a)\s+"
    r"(?=(?:.*\s)?(?:tha|than[eë]|th[eë]n[eë]|deklaroi|shpreh|takua|takuan|takoi|takuar|zgjati|zgjat[eë]n|vazhdoi"
    r"|ndodhi|mbajt|zhvillua|shkroi|shkruar|propozoi|p[eë]rmend\w*|kushton|[eë]sht[eë]|ishte|shkoi|udh[eë]toi|erdhi"
    r"|vizitoi|foli|folen|flet|njoftoi|shpalli|punon|theksoi|biseduan|bisedoi|jan[eë]|takim\w*|artikull\w*)\b)"
    r"|\b(?:u\s+takua|u\s+takuan|zgjati|takim(?:i|in|it)|artikull(?:i|in|it)|bisedime\w*|duhet\s+t[eë]\s+jen[eë])\b"
    r"|^[^,?]+?,?\s+(?:[cç]far[eë]?|[cçq]ka)\s+(?:i\s+)?(?:tha|than[eë])\b",
    re.I,
)

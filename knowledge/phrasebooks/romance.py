"""Romance phrasebooks: Spanish, French and Portuguese (German asked alike), Quebec French and Romanian."""

from __future__ import annotations

import re
from functools import cache

from knowledge.phrasebooks.shapes import (
    _ANSWER_WORDS,
    _NAMED,
    _how_many_done,
    _in_english_at_last,
    _lazy_pattern,
    _plain_letters,
    _Shapes,
    _word_for_word,
)

# How readers ask in Spanish, French, German or Portuguese about what someone said, or who said something:
# "¿Y qué dijo Xi Jinping sobre Joe Biden?", "Qu'a dit Wang Yi à Blinken ?", "Was hat Blinken gesagt?",
# "Qui a dit que …", "Quem disse que …". Only these shapes are read; their other words stay as typed.
_EUROPEAN_TOPIC = r"(?:\s+(?:sobre|acerca\s+de|sur|à\s+propos\s+de|über|zu|zum|zur)\s+(?P<topic>.+?))?"


# The articles and titles of a description asked in another language: "el gobernador Lucero", "la ministra".
_FOREIGN_TITLES = {
    "el": "the", "la": "the", "los": "the", "las": "the", "le": "the", "les": "the", "der": "the", "die": "the",
    "das": "the", "o": "the", "gobernador": "governor", "gobernadora": "governor", "governador": "governor",
    "gouverneur": "governor", "presidente": "president", "presidenta": "president", "président": "president",
    "präsident": "president", "ministro": "minister", "ministra": "minister", "ministre": "minister",
    "alcalde": "mayor", "alcaldesa": "mayor", "maire": "mayor", "bürgermeister": "mayor", "senador": "senator",
    "senadora": "senator", "sénateur": "senator", "superintendente": "superintendent", "portavoz": "spokesperson",
    "porte-parole": "spokesperson", "sprecher": "spokesperson", "sprecherin": "spokesperson",
}  # fmt: skip


def _in_english(who: str) -> str:
    """A description's articles and titles in English: "el gobernador Lucero" -> "the governor Lucero"."""
    return " ".join(_FOREIGN_TITLES.get(word.lower(), word) for word in who.split())


def _said_about(match: re.Match[str]) -> str:
    """ "what did X say", with "about Y" when a topic was asked."""
    topic = match.group("topic")
    return f"what did {_in_english(match.group('who'))} say" + (f" about {topic}" if topic else "")


@cache
def _european() -> _Shapes:
    return (
        (
            re.compile(
                r"^¿?\s*(?:y\s+|et\s+|e\s+|und\s+)?(?:qué|que|o\s+que|qu['’]est-ce\s+qu['’]|qu['’])\s*"
                rf"(?:dijo|ha\s+dicho|declaró|disse|falou|a\s+dit|a-t-(?:il|elle)\s+dit)\s+(?P<who>[^,?¿]+?){_EUROPEAN_TOPIC}"
                r"(?:\s+(?:à|a|para)\s+[^?]*)?\s*\??$",
                re.I,
            ),
            _said_about,
        ),
        (
            re.compile(rf"^was\s+(?:hat|sagte|meinte)\s+(?P<who>[^,?]+?){_EUROPEAN_TOPIC}(?:\s+gesagt)?\s*\??$", re.I),
            _said_about,
        ),
        # "wer ist kolodziej", "¿quién es Lucero?", "qui est …": who someone is
        (re.compile(r"^¿?\s*(?:wer\s+ist|quién\s+es|quien\s+es|qui\s+est|quem\s+é)\s+", re.I), "who is "),
        (
            re.compile(
                r"^¿?\s*(?:quién|quien|qui|quem|wer)\s+(?:dijo|ha\s+dicho|a\s+dit|disse|hat\s+gesagt|sagte)\s*,?\s+"
                r"(?:que\s+|qu['’]|dass\s+)?(?P<said>.+)$",
                re.I,
            ),
            r"who said \g<said>",
        ),
        # A question word of German, Spanish or French before English words: "wie alt war the nurse", "dónde was it"
        *(
            (re.compile(rf"^¿?\s*{words}\b\s*", re.I), f"{english} ")
            for words, english in (
                (r"wie\s+viele", "how many"),
                (r"wie\s+viel", "how much"),
                (r"wie\s+alt\s+(?:war|ist)", "how old was"),
                (r"wie\s+lange", "how long"),
                ("wann", "when"),
                (r"(?:dónde|donde)", "where"),
                (r"(?:cuándo|cuando)", "when"),
                (r"(?:cuántos|cuantos|cuántas|cuantas)", "how many"),
                (r"(?:cuánto|cuanto)", "how much"),
                (r"(?:quién|quien)\s+es", "who is"),
                ("où", "where"),
                ("quand", "when"),
                (r"combien\s+(?:de\s+)?", "how much"),
            )
        ),
    )


_EUROPEAN_OPENINGS = frozenset(
    "¿y ¿qué ¿que ¿quién ¿quien y qué que qu'a qu’a qu'est-ce qu’est-ce quién quien qui quem wer was o et e und "
    "wie wann dónde donde ¿dónde ¿donde cuándo cuando ¿cuándo cuánto cuanto cuántos cuantos cuántas cuantas ¿cuánto "
    "¿cuántos où quand combien".split()
)


# How readers ask in Quebec French: "Kessé que Xi a dit su' Taiwan?" (what did Xi say about Taiwan), "C'est qui qui a
# dit que …" (who said …), "Blinken a rencontré qui?" (whom did Blinken meet), "Le meeting a duré combien de temps?".
@cache
def _joual() -> _Shapes:
    return (
        # "Le Foreign Minister chinois", "le boss chinois": the nationality before the title, in English
        (
            re.compile(r"\b(?i:le|la)\s+(?P<title>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*|[a-z][\w-]*)\s+(?i:chinoise?)\b"),
            r"the Chinese \g<title>",
        ),
        (
            re.compile(r"\b(?i:le|la)\s+(?P<title>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*|[a-z][\w-]*)\s+(?i:américaine?)\b"),
            r"the American \g<title>",
        ),
        (re.compile(r"\bqui\s+a\s+rencontré\b", re.I), "who met"),
        (re.compile(r"\bqui\s+a\s+écrit\s+(?:ça|l['’]article)", re.I), "who wrote the article"),
        (re.compile(r",?\s+(?:là|genre|toé|au\s+juste)$", re.I), ""),
        (re.compile(r"^c['’]est\s+qui\s+qui\s+a\s+dit\s+(?:que\s+|qu['’])?", re.I), "who said "),
        (
            re.compile(
                r"^(?:kess[ée]|qu['’]est-ce)\s+(?:que\s+|qu['’])(?P<who>.+?)\s+a\s+dit\s+(?:su['’]|sur)\s+(?P<topic>[^,?]+).*$",
                re.I,
            ),
            r"what did \g<who> say about \g<topic>",
        ),
        (
            re.compile(r"^(?:kess[ée]|qu['’]est-ce)\s+(?:que\s+|qu['’])(?P<who>.+?)\s+a\s+dit\b.*$", re.I),
            r"what did \g<who> say",
        ),
        (
            re.compile(r"^(?P<who>[^,?]+?),?\s+(?:y['’]a|il\s+a|elle\s+a|a)\s+dit\s+quoi\b.*$", re.I),
            r"what did \g<who> say",
        ),
        (re.compile(r"^(?P<who>[^,?]+?)\s+a\s+rencontré\s+qui\b.*$", re.I), r"who did \g<who> meet"),
        (
            re.compile(
                r"^(?:le\s+|la\s+|les\s+)?(?P<what>[^,?]+?),?\s+(?:ça\s+)?a\s+duré\s+combien\s+(?:de\s+temps|d['’]heures)\b.*$",
                re.I,
            ),
            r"how long did the \g<what> last",
        ),
        (re.compile(r"^c['’]est\s+quel\s+(?P<thing>\w+)\s+qui\s+", re.I), r"which \g<thing> "),
        (
            re.compile(r"^(?P<who>[^,?]+?),?\s+(?:y['’]é|il\s+est|elle\s+est)\s+basée?\s+où\b.*$", re.I),
            r"where is \g<who> based",
        ),
        (re.compile(r"\ba\s+publié\b", re.I), "published"),
        (re.compile(r"\bl['’]article\b", re.I), "the article"),
        (re.compile(r"\bjournaliste\b", re.I), "journalist"),
        (re.compile(r"^(?:le|la|les)\s+", re.I), "the "),
        (re.compile(r"\b(?:le|la)\s+(?=meeting|journal|boss)", re.I), "the "),
        (re.compile(r"\bjournal\b", re.I), "newspaper"),
        (re.compile(r"\bavec\b", re.I), "with"),
    )


_JOUAL_WORDS = _lazy_pattern(
    r"\b(?:kess[ée]|c['’]est\s+(?:qui\s+qui|quel)|a\s+dit\s+quoi|a\s+rencontré\s+qui|a\s+duré\s+combien|y['’]é\s+bas)",
    re.I,
)


# How readers ask in Romanian, often with English words: "Ce a spus Xi despre Taiwan?" (what did Xi say about Taiwan),
# "Cine a zis că …" (who said …), "Cu cine s-a întâlnit Blinken la Beijing?" (whom did Blinken meet in Beijing), "Cât a
# durat întâlnirea?" (how long did the meeting last), "ministrul de externe al Chinei" (China's foreign minister),
# "Dă-mi toate citatele lui, te rog" (give me all his quotes, please). Read typed with ă, â, î, ș, ț or without them;
# the article Romanian puts on a name is taken off ("Taiwanul", "Beijingului"; "Istanbul", "Seoul" keep theirs).
_ROMANIAN_MARKED = (("a", "ăâ"), ("i", "î"), ("s", "șş"), ("t", "țţ"))
_ROMANIAN_TITLES = {
    "ministrul\\s+chinez\\s+(?:de|al)\\s+externe(?:lor)?": "the Chinese foreign minister",
    "ministrul\\s+american\\s+(?:de|al)\\s+externe(?:lor)?": "the American foreign minister",
    "ministrul(?:ui)?\\s+(?:de\\s+|al\\s+)?(?:afacerilor\\s+)?externe(?:lor)?": "the foreign minister",
    "seful\\s+diplomatiei": "the foreign minister",
    "ministru\\s+de\\s+externe": "foreign minister", "secretarul(?:ui)?\\s+de\\s+stat": "the secretary of state",
    "secretar\\s+de\\s+stat": "secretary of state", "ministrul(?:ui)?": "the minister", "ministru": "minister",
    "presedintele|presedintelui": "the president", "presedinte": "president", "liderul(?:ui)?": "the leader",
    "lider": "leader", "premierul(?:ui)?": "the prime minister", "purtatorul\\s+de\\s+cuvant": "the spokesperson",
    "oficialul(?:ui)?": "the official", "oficial": "official", "diplomatul(?:ui)?": "the diplomat",
    "(?:al|a|ai|ale)(?=\\s+(?:Chinei|Chinii|Americii|Rusiei|Ucrainei|SUA|Statelor))": "of", "Chinei|Chinii": "China",
    "Americii": "America", "Rusia|Rusiei": "Russia", "Ucrainei": "Ukraine",
    "Statele\\s+Unite|Statelor\\s+Unite": "the United States", "SUA": "US", "chinezii": "the Chinese",
    "americanii": "the Americans", "chinez|chineza|chinezesc|chinezeasca": "Chinese", "american|americana": "American",
}  # fmt: skip
_ROMANIAN_ENGLISH = {
    "despre|legat\\s+de|cu\\s+privire\\s+la|referitor\\s+la": "about", "si": "and", "sau": "or", "cu": "with",
    "din": "from", "dupa": "after", "inainte\\s+de": "before", "in\\s+timpul": "during",
    "la(?=\\s+(?-i:[A-Z]))": "in", "intalnirea|intalnirii": "the meeting", "intalnire": "meeting",
    "discutiile|discutiilor|convorbirile|negocierile": "the talks", "discutii|convorbiri|negocieri": "talks",
    "acest\\s+articol|articolul\\s+(?:asta|acesta)": "this article", "articolul(?:ui)?": "the article",
    "articol": "article", "autorul(?:ui)?": "the author", "abonamentul(?:ui)?": "the subscription",
    "abonament": "subscription", "pretul(?:ui)?": "the price", "ore": "hours", "principiile|principii": "principles",
    "cele\\s+doua\\s+tari": "the two countries", "tarile|tarilor": "the countries", "tari": "countries",
    "relatiile|relatiilor|relatii": "relations", "relatia|relatiei": "the relationship", "parteneri": "partners",
    "rivali|adversari": "rivals", "ar\\s+trebui\\s+sa\\s+fie|trebuie\\s+sa\\s+fie": "should be",
    "ar\\s+trebui\\s+sa|trebuie\\s+sa": "should", "sa\\s+fie|fie": "be", "ei|ele": "they", "el": "he", "ea": "she",
    "nu": "not", "doua|doi": "two", "trei": "three", "toate|toti": "all", "cuvintele\\s+exacte": "the exact words",
    "citatele|citate": "quotes", "cuvintele|vorbele": "words", "exacte": "exact", "te\\s+rog|va\\s+rog": "please",
}  # fmt: skip
_ROMANIAN_STATEMENTS = {"citatele": "quotes", "declaratiile": "statements", "cuvintele": "words", "vorbele": "words"}
_ROMANIAN_OWNERS = {"lui": "his", "sale": "his", "ei": "her", "lor": "their"}
_ROMANIAN_SAID = r"(?:spus|zis|declarat|afirmat)"
_ROMANIAN_HAS = r"(?:a|au|i-a|le-a)"
_ROMANIAN_MET = r"(?:intalnit|vazut)"
# What was done, asked how many times: "Câte principii a propus Xi?" (how many principles did Xi propose)
_ROMANIAN_DONE = {
    "propus": "propose", "spus": "say", "mentionat": "mention", "semnat": "sign", "facut": "make", "vizitat": "visit",
    "anuntat": "announce", "discutat": "discuss", "primit": "receive", "intalnit": "meet", "ridicat": "raise",
}  # fmt: skip
_ROMANIAN_DONE_WORDS = "|".join(_ROMANIAN_DONE)


def _romanian_owned(match: re.Match[str]) -> str:
    """ "toate citatele lui Blinken": all Blinken's quotes; "cuvintele exacte ale lui": his exact words."""
    owner = f"{match.group('who')}'s" if match.group("who") else _ROMANIAN_OWNERS[match.group("pronoun").lower()]
    exact = "exact " if match.group("exact") else ""
    every = "all " if match.group("every") else ""
    return f"{every}{owner} {exact}{_ROMANIAN_STATEMENTS[match.group('noun').lower()]}"


@cache
def _romanian() -> _Shapes:
    return (
        *_plain_letters(_ROMANIAN_MARKED),
        *_word_for_word(_ROMANIAN_TITLES),
        (re.compile(r"(?<![\w-])(?P<name>[A-Z][a-z]{2,}[dgkmnr])(?:ului|ul)\b"), r"\g<name>"),  # "Taiwanul"
        (
            re.compile(
                r"^(?:(?:si|iar|dar|deci)\s+|(?:spune|spuneti|zi)-mi,?\s+)(?=(?:ce|cine|cu|pe|cand|unde|cat|cate|cati)\b)",
                re.I,
            ),
            "",
        ),
        (
            re.compile(rf"^cine\s+(?:{_ROMANIAN_HAS}\s+{_ROMANIAN_SAID}|spune|zice)\s*,?\s+(?:ca\s+|that\s+)?", re.I),
            "who said ",
        ),
        (
            re.compile(
                r"^cine\s+(?:a\s+scris|(?:este|e)\s+autorul)\s+(?:acest\s+articol|articolul\w*(?:\s+(?:asta|acesta))?)$",
                re.I,
            ),
            "who wrote the article",
        ),
        (re.compile(r"^cine\s+a\s+scris\b", re.I), "who wrote"),
        (re.compile(rf"^cine\s+s-a\s+{_ROMANIAN_MET}\s+cu\s+", re.I), "who met "),
        (
            re.compile(
                rf"^(?:cu|pe)\s+cine\s+(?:s-a\s+|l-a\s+|a\s+)?{_ROMANIAN_MET}\s+(?P<who>.+?)"
                r"(?=\s+(?:la|in|dupa|inainte|pe)\s|$)",
                re.I,
            ),
            r"who did \g<who> meet",
        ),
        (
            re.compile(rf"^(?:cu|pe)\s+cine\s+(?P<who>.+?)\s+(?:s-a\s+|l-a\s+|a\s+)?{_ROMANIAN_MET}\b", re.I),
            r"who did \g<who> meet",
        ),
        (re.compile(rf"^(?P<who>.+?)\s+s-a\s+{_ROMANIAN_MET}\s+cu\s+cine\b", re.I), r"who did \g<who> meet"),
        (re.compile(r"^cine\s+(?:este|e)\s+", re.I), "who is "),
        (re.compile(r"^cine\s+(?:a\s+fost|era)\s+", re.I), "who was "),
        (
            re.compile(
                rf"^ce\s+{_ROMANIAN_HAS}\s+{_ROMANIAN_SAID}\s+(?P<who>[^,?]+?)\s+"
                rf"(?:despre|legat\s+de|cu\s+privire\s+la|referitor\s+la|about)\s+(?P<topic>[^,?]+){_ANSWER_WORDS}",
                re.I,
            ),
            r"what did \g<who> say about \g<topic>\g<rest>",
        ),
        (
            re.compile(
                rf"^ce\s+{_ROMANIAN_HAS}\s+(?:{_ROMANIAN_SAID}|transmis)\s+(?P<who>[^,?]+?)\s+(?:lui|to)\s+"
                rf"(?P<whom>[^,?]+){_ANSWER_WORDS}",
                re.I,
            ),
            r"what did \g<who> say to \g<whom>\g<rest>",
        ),
        (
            re.compile(rf"^ce\s+{_ROMANIAN_HAS}\s+{_ROMANIAN_SAID}\s+(?P<who>[^,?]+?){_ANSWER_WORDS}", re.I),
            r"what did \g<who> say\g<rest>",
        ),
        (
            re.compile(rf"^(?P<who>[^,?]+?),?\s+ce\s+{_ROMANIAN_HAS}\s+{_ROMANIAN_SAID}\b(?P<rest>.*)$", re.I),
            r"what did \g<who> say\g<rest>",
        ),
        (re.compile(r"^cate\s+ore\s+(?:a|au)\s+durat\s+(?P<what>.+)$", re.I), r"how many hours did \g<what> last"),
        (
            re.compile(r"^cat(?:\s+timp|\s+de\s+mult)?\s+(?:a|au)\s+(?:durat|tinut)\s+(?P<what>.+)$", re.I),
            r"how long did \g<what> last",
        ),
        (re.compile(r"^cat(?:\s+timp)?\s+(?:a|au)\s+(?:durat|tinut)$", re.I), "how long did it last"),
        (re.compile(r"^cat\s+de\s+lung[ia]?\s+(?:a|au)\s+fost\s+", re.I), "how long was "),
        *(
            rule
            for romanian, english in (("cand", "when"), ("unde", "where"))
            for rule in (
                (
                    re.compile(
                        rf"^{romanian}\s+s-(?:a|au)\s+{_ROMANIAN_MET}\s+(?P<who>.+?)\s+cu\s+(?P<whom>.+)$", re.I
                    ),
                    rf"{english} did \g<who> meet \g<whom>",
                ),
                (re.compile(rf"^{romanian}\s+s-au\s+{_ROMANIAN_MET}$", re.I), rf"{english} did they meet"),
                (
                    re.compile(rf"^{romanian}\s+s-(?:a|au)\s+{_ROMANIAN_MET}\s+(?P<who>.+)$", re.I),
                    rf"{english} did \g<who> meet",
                ),
                (
                    re.compile(rf"^{romanian}\s+(?:a\s+avut\s+loc|s-a\s+tinut|s-a\s+desfasurat)\s+(?P<what>.+)$", re.I),
                    rf"{english} did \g<what> take place",
                ),
            )
        ),
        (
            re.compile(
                rf"^(?:cati|cate)\s+(?P<thing>\S+)\s+(?:a|au)\s+(?P<done>{_ROMANIAN_DONE_WORDS})\s+(?P<who>.+)$", re.I
            ),
            _how_many_done(_ROMANIAN_DONE),
        ),
        (re.compile(r"^cat\s+costa\s+(?P<what>.+)$", re.I), r"how much does \g<what> cost"),
        (re.compile(r"^(?:cati|cate)\b", re.I), "how many"),
        (re.compile(r"^cat\b", re.I), "how much"),
        (re.compile(r"^cand\b", re.I), "when"),
        (re.compile(r"^unde\b", re.I), "where"),
        (re.compile(r"^de\s+ce\b", re.I), "why"),
        (re.compile(r"^care\b", re.I), "which"),
        (re.compile(r"^ce\s+(?:este|e)\s+", re.I), "what is "),
        (
            re.compile(
                r"^(?:a\s+fost|este|e)\s+(?:mentionat|pomenit)a?\s+(?P<what>.+?)(?:\s+in\s+(?:articol|text)\w*)?$", re.I
            ),
            r"was \g<what> mentioned",
        ),
        (
            re.compile(r"^(?P<what>.+?)\s+(?:a\s+fost|este|e)\s+(?:mentionat|pomenit)a?\b.*$", re.I),
            r"was \g<what> mentioned",
        ),
        (
            re.compile(
                r"^(?:se\s+)?(?:mentioneaza|pomeneste|vorbeste)\s+(?:ceva\s+)?(?:despre\s+|de\s+)?(?P<what>.+?)"
                r"(?:\s+in\s+(?:articol|text)\w*)?$",
                re.I,
            ),
            r"is \g<what> mentioned",
        ),
        (re.compile(r"\b(?:da|dati)-mi\b", re.I), "give me"),
        (re.compile(r"\b(?:spune|spuneti|zi)-mi\b", re.I), "tell me"),
        (re.compile(r"\b(?:arata|aratati)-mi\b", re.I), "show me"),
        (
            re.compile(
                r"\b(?P<every>toate\s+)?(?P<noun>citatele|declaratiile|cuvintele|vorbele)(?P<exact>\s+exacte)?\s+"
                rf"(?:(?:ale\s+)?lui\s+(?P<who>{_NAMED})|(?:ale\s+)?(?P<pronoun>lui|ei|lor|sale))\b",
                re.I,
            ),
            _romanian_owned,
        ),
        *_word_for_word(_ROMANIAN_ENGLISH),
        (re.compile(r"\blui\s+", re.I), ""),  # "i-a spus lui Blinken": to Blinken, said by "to" already
        *_in_english_at_last(),
    )


_ROMANIAN_WORDS = _lazy_pattern(
    r"^(?:(?:si|și|iar|dar)\s+)?(?:ce\s+(?:a|au|i-a|le-a)\s|cine\s|cu\s+cine\b|pe\s+cine\b|c[aâ]nd\s|unde\s"
    r"|c[aâ]t(?:e|i|ă|ț?i)?\s|de\s+ce\s)"
    r"|\b(?:spus|zis|durat|[iî]nt[aâ]lni(?:t|re|rea|rii)|despre|men[tțţ]ionat[aă]?|citatele|(?:te|v[aă])\s+rog)\b"
    r"|\b(?:d[aă]|spune|arat[aă])-mi\b",
    re.I,
)

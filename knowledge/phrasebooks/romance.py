"""Romance phrasebooks: Spanish, French and Portuguese (German asked alike), Quebec French, Romanian, Catalan and
Galician."""

from __future__ import annotations

import re
from functools import cache

from knowledge.phrasebooks.shapes import (
    _ANSWER_WORDS,
    _NAMED,
    _TWO_WORD_NAME,
    _according_to_last,
    _after_the_question,
    _gloss_said_again,
    _how_many_done,
    _in_english_at_last,
    _lazy_pattern,
    _past_tense,
    _plain_letters,
    _Shapes,
    _the_the,
    _title_asked,
    _what_said,
    _with_the,
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


# How readers ask in Catalan, with English words and often without its accents: "Què va dir Xi sobre Taiwan?" (what
# did Xi say about Taiwan), "Amb qui es va reunir Blinken a Pequín?" (whom did Blinken meet in Beijing), "Quant va durar
# la reunió?" (how long did the meeting last), "Qui és Wang Yi?" (who is Wang Yi). Its past is "va" (or "ha") before the
# verb's infinitive ("va dir": said, "es va reunir": met, "va durar": lasted), which neither Spanish, French nor
# Italian says so; its article is put before a person's name ("en Xi", "el Blinken") and left off, and "l'", "d'" before
# a vowel read as "the", "of". The book's pattern asks for Catalan's own words ("va dir", "amb qui", "quan", "reunió",
# "Xina", "què"), none of them Spanish's, French's, Italian's or Portuguese's, whose questions are read elsewhere.
_CATALAN_MARKED = (("a", "à"), ("e", "èé"), ("i", "íï"), ("o", "òó"), ("u", "úü"), ("c", "ç"))
_CATALAN_NAMES = {
    "(?:(?:de\\s+)?(?:la\\s+)?)(?-i:Xina)": "China", "(?:(?:d|l)['’])?(?-i:Amèrica|America)(?!\\w)": "America",
    "(?:(?:dels|els|als)\\s+)?(?-i:Estats\\s+Units)(?:\\s+d['’]Am[eè]rica)?|(?:(?:dels|els|als)\\s+)?(?-i:EUA|EEUU|EE\\.UU\\.)":
        "the US",
    "(?-i:R[uú]ssia)": "Russia", "(?-i:Pequ[ií]n)": "Beijing", "(?:(?:el|del)\\s+)?(?-i:Jap[oó])": "Japan",
    "(?-i:Ucra[iï]na)": "Ukraine", "(?-i:Calif[oò]rnia)": "California", "(?-i:Su[iï]ssa)": "Switzerland",
    "(?:(?:el|del)\\s+)?(?-i:mar\\s+de\\s+la\\s+Xina\\s+(?:Meridional|del\\s+Sud))": "the South China Sea",
    "(?:(?:el|del)\\s+)?(?-i:Gran\\s+Sal[oó]\\s+del\\s+Poble)": "the Great Hall of the People",
    "(?-i:Taiw[aà]n|Taiuan)": "Taiwan",
}  # fmt: skip
# Its titles and nouns, with their article, put into English before its question shapes are read
_CATALAN_THINGS = {
    # an English noun with Catalan's words before it ("després del meeting": after the meeting)
    "despr[eé]s\\s+(?:de\\s+(?:la\\s+|les\\s+|l['’])?|del\\s+|dels\\s+)(?P<n>meeting|talks|visit|summit)":
        "after the \\g<n>",
    "abans\\s+(?:de\\s+(?:la\\s+|les\\s+|l['’])?|del\\s+|dels\\s+)(?P<n>meeting|talks|visit|summit)":
        "before the \\g<n>",
    "(?:al\\s+)?(?:principi|comen[cç]ament|inici)\\s+(?:de\\s+(?:la\\s+|les\\s+|l['’])?|del\\s+|dels\\s+)"
    "(?P<n>meeting|talks|visit|summit)": "at the start of the \\g<n>",
    "(?:al\\s+)?final\\s+(?:de\\s+(?:la\\s+|les\\s+|l['’])?|del\\s+|dels\\s+)(?P<n>meeting|talks|visit|summit)":
        "at the end of the \\g<n>",
    "durant\\s+(?:la\\s+|les\\s+|el\\s+|els\\s+)?(?P<n>meeting|talks|visit|summit)": "during the \\g<n>",
    "segons\\s+(?:l['’]|el\\s+)(?:article|text|not[ií]cia)|d['’]acord\\s+amb\\s+l['’]article":
        "according to the article",
    "(?:el\\s+)?ministre\\s+xin[eè]s\\s+d['’](?:afers\\s+)?exteriors|(?:el\\s+)?ministre\\s+d['’](?:afers\\s+)?exteriors"
    "\\s+xin[eè]s": "China's foreign minister",
    "(?:el\\s+)?ministre\\s+d['’](?:afers\\s+)?exteriors|(?:el\\s+)?canceller": "the foreign minister",
    "abans\\s+d['’]aquesta\\s+(?:reuni[oó]|trobada)": "before this meeting",
    "aquesta\\s+(?:reuni[oó]|trobada)": "this meeting", "m[eé]s\\s+(?:grans|gran|importants|importat)": "largest",
    "del\\s+m[oó]n|de\\s+tot\\s+el\\s+m[oó]n": "in the world", "economies": "economies",
    "encara\\s+hi\\s+ha|hi\\s+ha\\s+encara": "there are still", "hi\\s+ha|hi\\s+havia": "there are",
    "molts|moltes": "many", "problemes|q[uü]estions": "problems", "per\\s+resoldre|pendents\\s+de\\s+resoldre"
    "|que\\s+cal\\s+resoldre|que\\s+s['’]han\\s+de\\s+resoldre": "that need to be resolved",
    "s['’]estabilitzar[aà]|s['’]estabilitzaran": "will stabilise", "optimista": "optimistic",
    "(?:al|per|cada|el)\\s+mes|mensualment|mensual": "a month",
    "(?:comen[cç]a|comencen)\\s+a\\s+estabilitzar-se|s['’]est(?:a|à|an)\\s+estabilitzant": "is beginning to stabilise",
    "augmenten|augmenta|creixen|creix": "increasing", "disminueixen|disminueix|minven|minva": "decreasing",
    "(?:el\\s+)?secretari\\s+d['’]estat\\s+(?:nord-?americ[aà]|dels\\s+EUA|dels\\s+Estats\\s+Units|americ[aà])":
        "the US secretary of state",
    "(?:el\\s+)?secretari\\s+d['’]estat": "the secretary of state",
    "(?:el\\s+)?primer\\s+ministre": "the prime minister",
    "(?:el\\s+)?cap\\s+de\\s+la\\s+diplom[aà]cia": "the top diplomat", "(?:el\\s+)?ministre": "the minister",
    "el\\s+president(?:a)?": "the president", "els\\s+presidents": "the presidents", "presidenta": "president",
    "(?:el\\s+)?l[ií]der|(?:el\\s+)?dirigent|(?:el\\s+)?mandatari": "the leader",
    "(?:el\\s+|la\\s+)?portaveu": "the spokesperson",
    "(?:el\\s+)?funcionari|(?:l['’])?alt\\s+c[aà]rrec": "the official",
    "(?:el\\s+|la\\s+)?periodista": "the journalist", "(?:el\\s+)?diplom[aà]tic": "the diplomat",
    "(?:l['’])?autor(?:a)?": "the author", "xin[eè]s|xinesa|xinesos|xineses": "Chinese",
    "nord-?americ[aà]|nord-?americana|americ[aà]|americana": "American", "rus|russa": "Russian",
    "(?:al\\s+)?(?:principi|comen[cç]ament|inici)\\s+de\\s+(?:les\\s+)?converses": "at the start of the talks",
    "(?:al\\s+)?(?:principi|comen[cç]ament|inici)\\s+de\\s+(?:la\\s+)?(?:reuni[oó]|trobada)":
        "at the start of the meeting",
    "(?:al\\s+)?final\\s+de\\s+(?:les\\s+)?converses": "at the end of the talks",
    "(?:al\\s+)?final\\s+de\\s+(?:la\\s+)?(?:reuni[oó]|trobada)": "at the end of the meeting",
    "despr[eé]s\\s+de\\s+(?:la\\s+)?(?:reuni[oó]|trobada)": "after the meeting",
    "abans\\s+de\\s+(?:la\\s+)?(?:reuni[oó]|trobada)": "before the meeting",
    "durant\\s+(?:la\\s+)?(?:reuni[oó]|trobada)": "during the meeting",
    "a\\s+la\\s+(?:reuni[oó]|trobada)|en\\s+la\\s+(?:reuni[oó]|trobada)": "at the meeting",
    "(?:la\\s+)?(?:reuni[oó]|trobada)": "the meeting", "reunions|trobades": "meetings",
    "(?:les\\s+)?(?:converses|negociacions|discussions)|(?:el\\s+)?di[aà]leg": "the talks",
    "(?:la\\s+)?visita": "the visit",
    "aquest\\s+article|aquesta\\s+not[ií]cia|l['’]article\\s+aquest": "this article",
    "a\\s+l['’]article|en\\s+l['’]article|a\\s+la\\s+not[ií]cia": "in the article",
    "(?:l['’]|l\\s)article|(?:la\\s+)?not[ií]cia|el\\s+text": "the article",
    "(?:els\\s+)?drets\\s+humans": "human rights", "(?:el\\s+)?comer[cç]": "trade", "hores": "hours",
    "hora": "hour", "minuts": "minutes", "minut": "minute",
    "per\\s+primera\\s+(?:vegada|volta)|per\\s+primer\\s+cop|primerament": "first",
    "per\\s+(?:[uú]ltima|darrera)\\s+(?:vegada|volta)|per\\s+(?:[uú]ltim|darrer)\\s+cop|darrerament": "last",
    "(?:els\\s+)?(?:temes|punts|assumptes)\\s+de\\s+desacord": "issues of disagreement",
    "(?:els\\s+)?desacords": "disagreements", "desacord": "disagreement", "(?:els\\s+)?temes": "issues",
    "(?:va|van|han|ha)\\s+quedar|(?:han|ha)\\s+quedat": "remained",
    "sobre\\s+la\\s+taula": "on the table", "sense\\s+resoldre|pendents|pendent": "unresolved",
    "a\\s+part\\s+(?:de\\s+|del\\s+|d['’])|a\\s+banda\\s+(?:de\\s+|del\\s+|d['’])|apart\\s+(?:de\\s+|del\\s+|d['’])"
    "|a\\s+m[eé]s\\s+(?:de\\s+|del\\s+|d['’])": "apart from ",
    "(?:els\\s+)?principis": "principles", "principi": "principle",
    "(?:els\\s+)?dos\\s+pa[iï]sos": "the two countries", "(?:els\\s+)?pa[iï]sos": "the countries",
    "(?:la\\s+)?subscripci[oó]|(?:la\\s+)?suscripci[oó]": "the subscription", "(?:el\\s+)?preu": "the price",
    "(?:el\\s+)?pla": "the plan", "(?:la\\s+)?cimera": "the summit", "(?:el\\s+)?diari": "the newspaper",
    "socis|aliats": "partners", "rivals|competidors|adversaris": "rivals",
    "(?:les\\s+)?relacions": "relations", "(?:la\\s+)?relaci[oó]": "the relationship",
    "(?:les\\s+)?difer[eè]ncies": "differences", "(?:el\\s+)?progr[eé]s|(?:els\\s+)?aven[cç]os": "progress",
    "(?:les\\s+)?cites|(?:les\\s+)?citacions": "quotes", "(?:les\\s+)?paraules\\s+exactes": "the exact words",
    "(?:el\\s+)?c[aà]rrec|(?:la\\s+)?posici[oó]|(?:el\\s+)?t[ií]tol": "title", "mesos": "months", "anys": "years",
    "dies": "days", "setmanes": "weeks",
    "haur[ií]em\\s+de\\s+ser|hem\\s+de\\s+ser": "we should be", "haurien\\s+de\\s+ser|han\\s+de\\s+ser": "should be",
    "hauria\\s+de\\s+ser|ha\\s+de\\s+ser": "should be",
    # words of the news, so that the words said match the article's
    "factors\\s+negatius": "negative factors", "negatius|negatiu|negatives|negativa": "negative",
    "positius|positiu|positives|positiva": "positive", "encara": "still",
    "(?:estan\\s+|s[oó]n\\s+)?(?:augmentant|creixent)": "increasing", "estabilitzar(?:-se)?": "stabilise",
    "desenvolupament": "development", "suport": "support", "cooperaci[oó]": "cooperation", "respecte": "respect",
    "economia": "economy", "m[oó]n": "world", "problema": "problem", "esfor[cç]os": "efforts",
    "guerra": "war", "pau": "peace", "sancions": "sanctions", "optimisme": "optimism",
}  # fmt: skip
_CATALAN_PAST = r"(?:va|van|ha|han|havia|havien|vaig)"
_CATALAN_SAID = (
    rf"(?:{_CATALAN_PAST}\s+(?:dir|declarar|afirmar|comentar|explicar|assegurar|destacar|manifestar)|digu[eé]"
    r"|diu|diuen|va\s+dir-li|ha\s+dit|han\s+dit|havia\s+dit)"
)
_CATALAN_MET = (
    rf"(?:(?:es|s['’])\s*{_CATALAN_PAST}\s+(?:reunir|trobar|entrevistar|veure|citar)|s['’](?:ha|han)\s+(?:reunit|trobat)"
    rf"|{_CATALAN_PAST}\s+(?:con[eè]ixer|rebre|veure|parlar|conversar)|es\s+reun[ií]|es\s+trob[aà])"
)
_CATALAN_TOOK_PLACE = (
    rf"(?:(?:es|s['’])\s*{_CATALAN_PAST}\s+(?:fer|celebrar|produir|dur\s+a\s+terme)|{_CATALAN_PAST}\s+tenir\s+lloc"
    r"|ha\s+tingut\s+lloc|va\s+ser|fou|s['’]ha\s+(?:fet|celebrat))"
)
_CATALAN_ABOUT = r"(?:sobre|de|respecte\s+(?:a|de)|pel\s+que\s+fa\s+a|en\s+relaci[oó]\s+amb|about)"
# What was done, asked how many times or which: "Quants principis va proposar Xi?" (how many principles did Xi propose)
_CATALAN_DONE = {
    "proposar": "propose", "esmentar": "mention", "mencionar": "mention", "signar": "sign", "fer": "make",
    "visitar": "visit", "anunciar": "announce", "discutir": "discuss", "plantejar": "propose", "presentar": "present",
}  # fmt: skip
_CATALAN_TAKES = {"llegir": "read", "fer": "do", "arribar": "get there", "escriure": "write"}
_CATALAN_NUMBER_WORDS = {"dues": "two", "dos": "two", "tres": "three", "two": "two", "three": "three"}
_CATALAN_NUMBERS = {"un|una": "one", "dos|dues": "two", "tres": "three", "quatre": "four", "cinc": "five"}
_CATALAN_WHICH = {
    "dia": "on which day", "ciutat": "in which city", "edifici": "in which building", "mes": "in which month",
    "pa[ií]s": "in which country",
    "any": "in which year", "hora": "at what time", "cimera|the\\s+summit": "at which summit",
}  # fmt: skip
_CATALAN_ENGLISH = {
    "(?-i:i)": "and", "(?-i:o)": "or", "amb": "with", "sobre": "about", "despr[eé]s\\s+de": "after",
    "abans\\s+de": "before", "durant": "during", "entre": "between", "tamb[eé]": "also", "nom[eé]s": "only",
    "ells|elles": "they", "ell": "he", "ella": "she", "nosaltres": "we", "(?-i:no)": "not", "(?-i:que)": "that",
    "dos|dues": "two", "tres": "three", "tots|totes|tot": "all", "exactes": "exact",
    "si\\s+us\\s+plau|sisplau": "please",
    "dona['’]m|doneu-me|dona-me": "give me", "digues-me|diga['’]m|digueu-me": "tell me",
    "(?-i:a)(?=\\s+(?-i:[A-Z]))": "in",
    "(?-i:de|del)\\s+(?=the\\b)": "of ", "(?-i:les|els)(?=\\s+[a-z])": "the",
}  # fmt: skip
_CATALAN_PLACE_OR_TIME = r"(?P<where>\s+(?:in|at|to|from|after|during|before|between|a|en)\s+[^,?]+)?"


def _catalan_done(done: str) -> str:
    """ "proposar": "propose"; a verb the book does not know stays as typed."""
    return _CATALAN_DONE.get(done.lower(), done)


def _catalan_asked(asked: str) -> str:
    """ "quan": when; "on": where; "en quina ciutat": in which city; "quin dia": on which day."""
    asked = " ".join(asked.lower().split())
    if asked == "quan":
        return "when"
    if asked == "on":
        return "where"
    noun = re.sub(r"^(?:en|a|on)?\s*(?:quina|quin|quines|quins)\s+", "", asked)
    return next((e for n, e in _CATALAN_WHICH.items() if re.fullmatch(n, noun)), f"in which {noun}")


def _catalan_where(where: str | None) -> str:
    """A place or time after the question: "a Beijing" (in Beijing), "en la reunió" (at the meeting)."""
    return re.sub(r"^\s+(?:a|en)\s+", " in ", where or "")


@cache
def _catalan() -> _Shapes:
    counted = "|".join(_CATALAN_DONE)
    return (
        _after_the_question(),
        (re.compile("l·l|l\\.l|ŀl", re.I), "ll"),
        *_plain_letters(_CATALAN_MARKED),
        (re.compile("[’`´]"), "'"),
        (re.compile(r"^(?:i|doncs|bé|be|per\s+cert|a\s+veure|escolta)\b,?\s+(?=\S)", re.I), ""),
        (
            re.compile(r"(?:^|(?<=\s))(?:q|k|ke)\s+(?=(?:va|van|ha|han|li|diu|diuen|es|[eé]s)\b)", re.I),
            "què ",
        ),  # chat's "q"
        *_word_for_word(_CATALAN_NAMES),
        *_word_for_word(_CATALAN_THINGS),
        _gloss_said_again(),
        # a person's article before the name ("en Xi", "el Blinken", "n'Antony"): left off
        (re.compile(r"\b(?:(?i:en|el|la|na)\s+|(?i:n)')(?=(?-i:[A-Z])(?!(?:the\b)))"), ""),
        (
            re.compile(
                r"\bthe\s+(?P<thing>plan|subscription|newspaper)\s+(?P<name>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)*)"
            ),
            r"the \g<name> \g<thing>",
        ),
        # "de la Xina", "dels EUA" after a title: China's, the US's
        (re.compile(r"\b(?:de|del)\s+(?=(?:China|Russia|Japan|the\s+US|America)\b)", re.I), "of "),
        # "el president de Taiwan": Taiwan's president (not "about Taiwan", as "de" after a verb of saying reads)
        (
            re.compile(
                r"\bthe\s+(?P<title>president|prime\s+minister|foreign\s+minister|minister|leader|spokesperson|official)\s+"
                r"(?:de|d['’])\s*(?P<country>(?-i:[A-Z])[\w-]*)"
            ),
            r"\g<country>'s \g<title>",
        ),
        (re.compile(r"\b(?:a|en)\s+(?=(?-i:[A-Z])|the\s+(?:meeting|talks|article|visit|summit)\b)"), "in "),
        (re.compile(r"\bin\s+the\s+(?=meeting\b|summit\b)"), "at the "),
        (
            re.compile(r"^(?P<according>according\s+to\s+the\s+article),?\s+(?P<rest>\S.*)$", re.I),
            r"\g<rest> \g<according>",
        ),
        # "Wang Yi, què va dir?": the one asked about named first, put after the verb
        (
            re.compile(
                rf"^(?!(?:de|sobre|per|a)\s)(?P<who>[^,?]+?),?\s+qu[eè]\s+(?:li\s+|els\s+)?(?P<said>{_CATALAN_SAID})\b(?P<rest>.*)$",
                re.I,
            ),
            r"que \g<said> \g<who>\g<rest>",
        ),
        # "Quins són els tres principis que Xi va proposar a Blinken?" (which are the three principles Xi proposed to
        # Blinken): which three principles did Xi propose to Blinken
        (
            re.compile(
                r"^(?:quins|quines|quin|quina)\s+(?:s[oó]n|[eé]s|eren|era|foren)\s+(?:els|les|el|la|the)\s+(?P<thing>[^,?]+?)\s+"
                rf"que\s+(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+{_CATALAN_PAST}\s+(?P<done>\w+r)"
                r"(?:\s+(?:a|to|in)\s+(?P<whom>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?))?$",
                re.I,
            ),
            lambda match: (
                f"which {match.group('thing')} did {match.group('who')} {_catalan_done(match.group('done'))}"
                + (f" to {match.group('whom')}" if match.group("whom") else "")
            ),
        ),
        # "Amb quin president dels EUA s'havia reunit Xi?": which US president had Xi met (previously)
        (
            re.compile(
                r"^(?P<occasion>[^,?]+,\s*)?(?:amb|with)\s+(?:quin|quina|quins|quines)\s+(?P<what>[^,?]+?)\s+"
                r"(?P<had>s['’]havia|s['’]ha|es\s+va|s['’]hi\s+havia)\s+(?:reunit|trobat|vist|reunir|trobar)\s+"
                r"(?P<who>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)(?:\s+(?:abans|anteriorment))?$",
                re.I,
            ),
            lambda match: (
                f"which {match.group('what')} did {match.group('who')}"
                f"{' previously' if 'havia' in match.group('had').lower() else ''} meet"
                + (f" {match.group('occasion').strip(' ,')}" if match.group("occasion") else "")
            ),
        ),
        # "Quin funcionari xinès va dir que …?": which Chinese official said …
        (
            re.compile(
                rf"^(?:quin|quina|quins|quines)\s+(?P<who>[^,?]+?)\s+{_CATALAN_SAID}\s+(?:que|that)\s+(?P<said>.+)$",
                re.I,
            ),
            r"which \g<who> said that \g<said>",
        ),
        # "Quines són les dues economies més grans del món?": which are the two largest economies in the world
        (
            re.compile(r"\b(?P<count>two|three|dues|dos|tres)\s+(?P<thing>\w+)\s+largest\b", re.I),
            lambda match: (
                f"{_CATALAN_NUMBER_WORDS.get(match.group('count').lower(), match.group('count'))} "
                f"largest {match.group('thing')}"
            ),
        ),
        (re.compile(r"^(?:quins|quines|quin|quina)\s+(?:s[oó]n|[eé]s)\s+(?:els|les|el|la)\s+", re.I), "which are the "),
        (re.compile(r"\bstill\s+there\s+are\b"), "there are still"),
        # "Quines diferències hi ha …?" (which differences there are): which differences are there
        (
            re.compile(r"^(?:quins|quines|quin|quina|which)\s+(?P<what>[^,?]+?)\s+there\s+are\b", re.I),
            r"which \g<what> are there",
        ),
        # "Per què estava optimista Blinken?": why was Blinken optimistic
        (
            re.compile(
                r"^per\s*qu[eè]\s+(?:estava|era|va\s+estar|va\s+ser|es\s+mostrava)\s+(?P<what>\w+)\s+"
                r"(?P<who>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)$"
                r"|^per\s*qu[eè]\s+(?P<subject>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+(?:estava|era|va\s+estar)\s+"
                r"(?P<was>\w+)$",
                re.I,
            ),
            lambda match: (
                f"why was {match.group('who') or match.group('subject')} {match.group('what') or match.group('was')}"
            ),
        ),
        # "De què van parlar Blinken i Wang Yi?": what did Blinken and Wang Yi discuss
        (
            re.compile(
                r"^(?:de|sobre)\s+qu[eè]\s+(?:van|va|han|ha)\s+(?:parlar|parlat|discutir|discutit|conversar|tractar)\s+(?P<who>[^,?]+)$",
                re.I,
            ),
            r"what did \g<who> discuss",
        ),
        # "Quantes hores van parlar?": how many hours did the talks last
        (
            re.compile(
                r"^(?P<asked>quantes\s+(?:hores|hours)|quant(?:\s+de)?\s+temps|quanta\s+estona)\s+(?:van|va|han|ha)\s+"
                r"(?:parlar|conversar|negociar|estar\s+reunits|estar\s+parlant)(?P<who>\s+[^,?]+)?$",
                re.I,
            ),
            lambda match: (
                f"{'how many hours' if 'quantes' in match.group('asked').lower() else 'how long'} did the talks"
                + (f" between{match.group('who')}" if match.group("who") and " i " in match.group("who") else "")
                + " last"
            ),
        ),
        # "Va esmentar Xi els drets humans?", "Xi va parlar de Taiwan?": did Xi mention …
        (
            re.compile(
                r"^(?:(?!(?:Es|Va|Van|Ha|Han|Qui|Que|Què|Quan|On|Com|S)\b)(?P<who>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+)?"
                r"(?i:va|ha)\s+(?i:esmentar|mencionar|esmentat|parlar\s+de)\s+"
                r"(?:(?P<subject>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+)?(?:(?i:els|les|el|la|l')\s*)?(?P<what>[^,?]+)$"
            ),
            lambda match: (
                f"did {match.group('who') or match.group('subject')} mention {match.group('what')}"
                if match.group("who") or match.group("subject")
                else match.group()
            ),
        ),
        # "L'article parla de Rússia?": was Russia mentioned
        (
            re.compile(
                r"^the\s+article\s+(?:parla|diu\s+(?:alguna\s+cosa|res))\s+(?:de|sobre|d'|of|about)\s*(?P<what>[^,?]+)$",
                re.I,
            ),
            r"was \g<what> mentioned",
        ),
        (re.compile(r"^on\s+(?:era|estava|eren|estaven)\s+(?P<who>[^,?]+)$", re.I), r"where was \g<who>"),
        # "Segons Wang Yi, …": according to Wang Yi, …
        (
            re.compile(r"^(?i:segons)\s+(?P<who>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?),?\s+"),
            r"according to \g<who>, ",
        ),
        (
            re.compile(
                r"^(?P<according>according\s+to\s+[^,]+,\s+)?(?:els\s+|les\s+|the\s+)?(?P<what>[^,?]+?)\s+increasing\s+"
                r"(?:o|or)\s+decreasing$",
                re.I,
            ),
            r"\g<according>are the \g<what> increasing or decreasing",
        ),
        # "Des de quina ciutat va escriure l'autor?", "D'on escriu l'autor?": where is the author based
        (
            re.compile(
                r"^(?:des\s+de\s+quina\s+ciutat|d['’]on|des\s+d['’]on|a\s+quina\s+ciutat|on)\s+(?:va\s+escriure|escriu|ha\s+escrit"
                r"|treballa|viu|[eé]s)\s+the\s+author(?:\s+(?:of|de|del)\s+the\s+article)?$",
                re.I,
            ),
            "where is the author based",
        ),
        # "Com es diu el ministre …?" (what is … called): who is …
        (re.compile(r"^com\s+es\s+diu\s+(?P<who>[^,?]+)$", re.I), r"who is \g<who>"),
        # who said: "Qui va dir que …", "Qui ha dit …"
        (re.compile(rf"^qui\s+(?:ho\s+|l['’]\s*)?{_CATALAN_SAID}\s*,?\s+(?:que\s+|that\s+)?", re.I), "who said "),
        (re.compile(r"^(?P<start>who\s+said\s+)should\s+be\b", re.I), r"\g<start>they should be"),
        (re.compile(rf"^(?P<said>.+?)\s+qui\s+ho\s+{_CATALAN_SAID}$", re.I), r"who said \g<said>"),
        # what someone said: "Què va dir Xi sobre Taiwan?", "Què li va dir Wang Yi a Blinken?"
        (
            re.compile(
                rf"^(?:qu[eè]|que\s+es\s+el\s+que|que\s+coses)\s+(?:li\s+|els\s+)?{_CATALAN_SAID}\s+(?P<who>[^,?]+?)"
                rf"(?:\s+(?:a|to|in)\s+(?P<whom>(?-i:[A-Z])[^,?]*?))?\s+{_CATALAN_ABOUT}\s+(?P<topic>[^,?]+){_ANSWER_WORDS}",
                re.I,
            ),
            lambda match: (
                f"what did {match.group('who')} say"
                + (f" to {match.group('whom')}" if match.group("whom") else "")
                + f" about {match.group('topic')}{match.group('rest') or ''}"
            ),
        ),
        (
            re.compile(
                rf"^(?:qu[eè])\s+(?:li\s+)?{_CATALAN_SAID}\s+(?P<who>[^,?]+?)\s+(?:a|to|in)\s+"
                rf"(?P<whom>(?!(?:Beijing|China|the\s+US|America|Taiwan|Washington|Russia)\b)(?-i:[A-Z])[^,?]*?){_ANSWER_WORDS}",
                re.I,
            ),
            r"what did \g<who> say to \g<whom>\g<rest>",
        ),
        (
            re.compile(
                rf"^(?:qu[eè])\s+(?:li\s+|els\s+)?{_CATALAN_SAID}\s+(?P<who>[^,?]+?){_CATALAN_PLACE_OR_TIME}{_ANSWER_WORDS}",
                re.I,
            ),
            lambda match: (
                f"what did {match.group('who')} say{_catalan_where(match.group('where'))}{match.group('rest') or ''}"
            ),
        ),
        # "Què es va dir sobre el comerç?": what was said about trade
        (
            re.compile(rf"^qu[eè]\s+(?:es|s')\s*(?:va|ha)\s+d(?:ir|it)\s+{_CATALAN_ABOUT}\s+(?P<topic>[^,?]+)$", re.I),
            r"what was said about \g<topic>",
        ),
        # whom someone met, and who met someone: "Amb qui es va reunir Blinken a Pequín?"
        (
            re.compile(
                rf"^(?:amb|a)\s+qui\s+{_CATALAN_MET}\s+(?P<who>[^,?]+?){_CATALAN_PLACE_OR_TIME}{_ANSWER_WORDS}", re.I
            ),
            lambda match: (
                f"who did {match.group('who')} meet{_catalan_where(match.group('where'))}{match.group('rest') or ''}"
            ),
        ),
        (
            re.compile(rf"^(?P<who>[^,?]+?)\s+amb\s+qui\s+{_CATALAN_MET}{_CATALAN_PLACE_OR_TIME}$", re.I),
            lambda match: f"who did {match.group('who')} meet{_catalan_where(match.group('where'))}",
        ),
        (re.compile(rf"^qui\s+{_CATALAN_MET}\s+(?:amb|with|a)\s+(?P<whom>[^,?]+)$", re.I), r"who met \g<whom>"),
        # "Blinken es va reunir amb Li Qiang?": did Blinken meet Li Qiang
        (
            re.compile(
                rf"^(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+(?:{_CATALAN_MET}|s['’]havia\s+(?:reunit|trobat|vist))\s+"
                r"(?:(?P<before>(?i:abans|anteriorment|pr[eè]viament|ja))\s+)?(?:(?i:amb|with))\s+(?P<whom>[^,?]+?)"
                r"(?:\s+(?P<then>(?i:abans|anteriorment|pr[eè]viament)))?$"
            ),
            lambda match: (
                f"did {match.group('who')} {'previously ' if match.group('before') or match.group('then') else ''}"
                f"meet {match.group('whom')}"
            ),
        ),
        # "Quan es van reunir Xi i Blinken?", "On es va reunir Blinken amb Xi?": when (where) did … meet
        (
            re.compile(
                rf"^(?P<asked>quan|on|(?:en|a)\s+quin[a]?\s+\w+|quin\s+dia)\s+{_CATALAN_MET}(?:\s+(?P<who>[^,?]+?))?"
                r"(?:\s+(?:amb|with)\s+(?P<whom>[^,?]+))?$",
                re.I,
            ),
            lambda match: (
                f"{_catalan_asked(match.group('asked'))} did {match.group('who') or 'they'} meet"
                + (f" {match.group('whom')}" if match.group("whom") else "")
            ),
        ),
        (
            re.compile(
                rf"^(?P<asked>quan|on|(?:en|a)\s+quin[a]?\s+\w+|quin\s+dia)\s+{_CATALAN_TOOK_PLACE}\s+(?P<what>[^,?]+)$",
                re.I,
            ),
            lambda match: f"{_catalan_asked(match.group('asked'))} did {_with_the(match.group('what'))} take place",
        ),
        (
            re.compile(
                rf"^(?P<what>[^,?]+?)\s+(?P<asked>quan|on|(?:en|a)\s+quin[a]?\s+\w+|quin\s+dia)\s+{_CATALAN_TOOK_PLACE}$",
                re.I,
            ),
            lambda match: f"{_catalan_asked(match.group('asked'))} did {_with_the(match.group('what'))} take place",
        ),
        # "Quan es va publicar l'article (per primera vegada)?": when was the article (first) published (updated,
        # written)
        (
            re.compile(
                r"^(?P<asked>quan|on)\s+(?:es|s')\s*(?:va|ha)\s+(?P<done>publicar|publicat|actualitzar|actualitzat|escriure|escrit)"
                r"(?:\s+(?P<first>first|last))?(?:\s+(?P<what>(?!(?:first|last)$)[^,?]+?))?(?:\s+(?P<then>first|last))?$",
                re.I,
            ),
            lambda match: (
                f"{_catalan_asked(match.group('asked'))} was {_with_the(match.group('what') or 'article')} "
                + (
                    f"{match.group('first') or match.group('then')} "
                    if match.group("first") or match.group("then")
                    else ""
                )
                + (
                    "updated"
                    if match.group("done").lower().startswith("act")
                    else "written"
                    if match.group("done").lower().startswith("escri")
                    else "published"
                )
            ),
        ),
        # "Quant de temps es triga a llegir l'article?", "Quants minuts es triga …?": how long (how many minutes) does
        # it take to read the article
        (
            re.compile(
                r"^(?P<asked>quant(?:\s+de)?(?:\s+temps)?|quanta\s+estona|quants\s+minutes|quantes\s+hours)\s+"
                r"(?:es\s+triga|es\s+tarda|cal|costa|triga\s+hom|es\s+necessita)\s+(?:a|en|per|per\s+a)\s+"
                r"(?P<verb>llegir|fer|arribar|escriure)(?:\s+(?P<what>[^,?]+))?$",
                re.I,
            ),
            lambda match: (
                (
                    "how long"
                    if match.group("asked").lower().startswith(("quant ", "quanta"))
                    or match.group("asked").lower() == "quant"
                    else f"how many {match.group('asked').split()[-1].lower()}"
                )
                + f" does it take to {_CATALAN_TAKES[match.group('verb').lower()]}"
                + (f" {_with_the(match.group('what'))}" if match.group("what") else "")
            ),
        ),
        # how long something lasted, and how many hours: "Quant (de temps) va durar la reunió?"
        (
            re.compile(r"^(?:quantes\s+hores|quantes\s+hours)\s+(?:va|van|ha|han)\s+durar\s+(?P<what>[^,?]+)$", re.I),
            lambda match: f"how many hours did {_with_the(match.group('what'))} last",
        ),
        (
            re.compile(
                r"^(?:quant(?:\s+de)?(?:\s+temps|\s+estona)?|quanta\s+estona)\s+(?:va|van|ha|han)\s+(?:durar|durat)\s+(?P<what>[^,?]+)$"
                r"|^(?P<thing>[^,?]+?)\s+quant(?:\s+de\s+temps)?\s+(?:va|van|ha|han)\s+(?:durar|durat)$"
                r"|^quina\s+durada\s+(?:va\s+tenir|ha\s+tingut|te)\s+(?P<had>[^,?]+)$",
                re.I,
            ),
            lambda match: (
                f"how long did {_with_the(match.group('what') or match.group('thing') or match.group('had'))} last"
            ),
        ),
        (
            re.compile(r"^(?:quant(?:\s+de\s+temps)?)\s+(?:va|van|ha|han)\s+durar$", re.I),
            "how long did it last",
        ),
        # "Quants mesos dura el pla Smart Quarterly?": how many months does the Smart Quarterly plan last
        (
            re.compile(
                r"^quant(?:s|es)\s+(?P<unit>months|years|days|weeks|hours)\s+(?:dura|duren)\s+(?P<what>[^,?]+)$", re.I
            ),
            lambda match: f"how many {match.group('unit')} does {_with_the(match.group('what'))} last",
        ),
        # "Quants principis va proposar Xi?": how many principles did Xi propose; "Quins tres principis …": which
        (
            re.compile(
                rf"^(?P<asked>quants|quantes|quins|quines|quin|quina)\s+(?:(?P<count>{'|'.join(_CATALAN_NUMBERS)})\s+)?"
                rf"(?P<thing>\S+)\s+{_CATALAN_PAST}\s+(?P<done>{counted})\s+(?P<who>[^,?]+)$",
                re.I,
            ),
            lambda match: (
                f"{'how many' if match.group('asked').lower().startswith('quant') else 'which'} "
                + (
                    next(e for n, e in _CATALAN_NUMBERS.items() if re.fullmatch(n, match.group("count"), re.I)) + " "
                    if match.group("count")
                    else ""
                )
                + f"{match.group('thing')} did {match.group('who')} {_catalan_done(match.group('done'))}"
            ),
        ),
        (
            re.compile(rf"^qu[eè]\s+{_CATALAN_PAST}\s+(?P<done>{counted})\s+(?P<who>[^,?]+)$", re.I),
            lambda match: f"what did {match.group('who')} {_catalan_done(match.group('done'))}",
        ),
        # "Quin diari va publicar l'article?": which newspaper published the article
        (
            re.compile(
                r"^(?:quin|quina)\s+(?:the\s+)?(?P<thing>newspaper|web|mitj[aà])\s+(?:va|ha)\s+publicar\s+(?P<what>[^,?]+)$",
                re.I,
            ),
            lambda match: (
                f"which {'newspaper' if match.group('thing') == 'newspaper' else 'outlet'} "
                f"published {match.group('what')}"
            ),
        ),
        # "Quant costa la subscripció?": how much does the subscription cost
        (
            re.compile(
                r"^(?:quant|que)\s+(?:costa|costen|val|valen)\s+(?P<first>a\s+month\s+)?(?P<what>[^,?]+?)(?P<per>\s+a\s+month)?$",
                re.I,
            ),
            lambda match: (
                f"how much does {match.group('what')} cost"
                + (" a month" if match.group("per") or match.group("first") else "")
            ),
        ),
        (
            re.compile(
                r"^(?:quin|que)\s+the\s+price\s+(?:te|tenen|t[eé])\s+(?P<what>[^,?]+)$|^quin\s+es\s+the\s+price\s+(?:de|of)\s+(?P<of>[^,?]+)$",
                re.I,
            ),
            lambda match: f"how much does {_with_the(match.group('what') or match.group('of'))} cost",
        ),
        # "Qui és Wang Yi?": who is Wang Yi
        (re.compile(r"^qui\s+(?:es|[eé]s)\s+(?P<who>[^,?]+)$", re.I), r"who is \g<who>"),
        (re.compile(r"^qui\s+(?:era|fou)\s+(?P<who>[^,?]+)$", re.I), r"who was \g<who>"),
        (re.compile(r"^(?P<who>[^,?]+?)\s+qui\s+(?:es|[eé]s)$", re.I), r"who is \g<who>"),
        # "Quin càrrec té Wang Yi?", "Quin és el càrrec de Wang Yi?": what is Wang Yi's title
        (
            re.compile(
                r"^(?:quin|que)\s+title\s+(?:te|t[eé]|ocupa)\s+(?P<who>[^,?]+?)(?P<where>\s+in\s+[^,?]+)?$"
                r"|^quin\s+(?:es|[eé]s)\s+title\s+(?:de|of)\s+(?P<of>[^,?]+)$",
                re.I,
            ),
            _title_asked,
        ),
        # "Com van anar les converses?": how did the talks go
        (
            re.compile(r"^com\s+(?:van|va|han|ha)\s+(?:anar|anat|ser|estat)\s+(?P<what>[^,?]+)$", re.I),
            lambda match: f"how did {_with_the(match.group('what'))} go",
        ),
        # "Per què va anar Blinken a Pequín?", "Per què Blinken va anar a Pequín?": why did Blinken go to Beijing
        (
            re.compile(
                r"^per\s*qu[eè]\s+(?:(?P<who>(?-i:[A-Z])[^,?]*?)\s+)?(?:va|ha)\s+(?:anar|viatjar|venir|visitar)\s+"
                r"(?:(?P<subject>(?-i:[A-Z])[\w-]*(?:\s+(?-i:Yi))?)\s+)?(?:(?:in|to|a)\s+)?(?P<place>[^,?]+)$",
                re.I,
            ),
            lambda match: f"why did {match.group('who') or match.group('subject')} go to {match.group('place')}",
        ),
        # "Què va passar a la reunió?": what happened at the meeting
        (
            re.compile(r"^qu[eè]\s+(?:va|ha)\s+(?:passar|passat|succeir|ocorrer)\b\s*(?P<where>.*)$", re.I),
            r"what happened \g<where>",
        ),
        # "De què tracta l'article?", "De què va l'article?": what is the article about
        (
            re.compile(r"^(?:de|sobre)\s+qu[eè]\s+(?:tracta|va|parla|[eé]s|es)\s+(?P<what>[^,?]+)$", re.I),
            lambda match: f"what is {_with_the(match.group('what'))} about",
        ),
        # "Es va esmentar Taiwan?", "S'esmenta Taiwan?", "Es va parlar de Taiwan a les converses?": was Taiwan mentioned
        (
            re.compile(
                r"^(?:(?:es|s')\s*(?:va|van|ha|han)?\s*(?:esmentar|esmentat|mencionar|mencionat|esmenta|esmenten|menciona|mencionen|parlar|parlat|parla)"
                r"|(?:apareix|surt))\s+(?:de\s+|del\s+|d'|of\s+)?(?P<what>[^,?]+?)(?P<where>\s+(?:in|at)\s+the\s+(?:talks|meeting|article))?$",
                re.I,
            ),
            lambda match: (
                f"was {match.group('what')} mentioned"
                + ("" if (match.group("where") or "").endswith("article") else match.group("where") or "")
            ),
        ),
        (
            re.compile(
                r"^(?P<what>[^,?]+?)\s+(?:(?:es|s')\s*(?:va|ha)?\s*(?:esmentar|esmentat|mencionar|mencionat|esmenta|menciona)|apareix|surt)"
                r"(?:\s+in\s+the\s+article)?$",
                re.I,
            ),
            r"was \g<what> mentioned",
        ),
        # "Hi ha alguna cosa sobre Rússia a l'article?": is there anything about Russia
        (
            re.compile(
                r"^(?:hi\s+ha|there\s+are|diu)\s+(?:alguna\s+cosa|res|algo)\s+(?:sobre|de|about)\s+(?P<what>[^,?]+?)"
                r"(?:\s+in\s+the\s+article)?$",
                re.I,
            ),
            r"is there anything about \g<what>",
        ),
        (
            re.compile(r"^qu[eè]\s+diu\s+the\s+article\s+(?:sobre|de|about)\s+(?P<what>[^,?]+)$", re.I),
            r"what does the article say about \g<what>",
        ),
        # "Qui va escriure l'article?", "Qui és l'autor de l'article?": who wrote the article
        (
            re.compile(r"^qui\s+(?:va\s+escriure|ha\s+escrit|escrigu[eé])\s+(?P<what>[^,?]+)$", re.I),
            r"who wrote \g<what>",
        ),
        (
            re.compile(r"^qui\s+(?:es|[eé]s)\s+the\s+author\s+(?:de|of)\s+(?P<what>[^,?]+)$", re.I),
            r"who wrote \g<what>",
        ),
        # "Xi va dir alguna cosa sobre Taiwan?", "Xi no va dir res …?": did (didn't) Xi say anything about Taiwan
        (
            re.compile(
                rf"^(?:(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+)?(?P<not>no\s+)?{_CATALAN_SAID}\s+"
                rf"(?:(?P<subject>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+)?(?:alguna\s+cosa|res|algo)\s+{_CATALAN_ABOUT}\s+(?P<topic>[^,?]+)$",
                re.I,
            ),
            lambda match: (
                ("didn't" if match.group("not") else "did") + f" {match.group('who') or match.group('subject')} "
                f"say anything about {match.group('topic')}"
            ),
        ),
        # "Xi va dir que …?": did Xi say that …
        (
            re.compile(
                rf"^(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+{_CATALAN_SAID}\s+(?:que|that)\s+(?P<claim>.+)$"
            ),
            r"did \g<who> say that \g<claim>",
        ),
        # "Blinken va expressar optimisme?": did Blinken express optimism
        (
            re.compile(
                rf"^(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+(?:va|ha)\s+(?:expressar|mostrar|manifestar)\s+(?P<what>.+)$"
            ),
            r"did \g<who> express \g<what>",
        ),
        (
            re.compile(
                r"^(?:va\s+ser|era|estava)\s+(?P<who>(?-i:[A-Z])[\w-]*)\s+(?P<what>optimistic|positive)\b(?P<rest>.*)$"
            ),
            r"was \g<who> \g<what>\g<rest>",
        ),
        # "I Wang Yi?": what about Wang Yi
        (re.compile(r"^(?:and|i)\s+(?P<who>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)$"), r"what about \g<who>"),
        (re.compile(r"^qu[eè]\s+(?:es|[eé]s)\s+", re.I), "what is "),
        (re.compile(r"^qu[eè]\b", re.I), "what"),
        (re.compile(r"^quan\b", re.I), "when"),
        (re.compile(r"^on\s+(?=(?:es|s'|va|van|ha|han|[eé]s|esta|est[aà]|queda|viu|treballa)\b)", re.I), "where "),
        (re.compile(r"^per\s*qu[eè]\b", re.I), "why"),
        (re.compile(r"^com\b", re.I), "how"),
        (re.compile(r"^(?:quants|quantes)\b", re.I), "how many"),
        (re.compile(r"^quant\b", re.I), "how much"),
        (re.compile(r"^(?:quin|quina|quins|quines)\b", re.I), "which"),
        (re.compile(r"^qui\b", re.I), "who"),
        *_word_for_word(_CATALAN_ENGLISH),
        (re.compile(r"\s{2,}"), " "),
        _according_to_last(),
        _the_the(),
        *_in_english_at_last(),
        (re.compile(r"\bwhich\s+the\s+"), "which "),  # "which the Chinese official", "which the US president"
    )


# Catalan's own words ("va dir", "amb qui", "quan", "quant", "reunió", "Xina", "què", "és"), none of them Spanish's,
# French's, Italian's or Portuguese's
_CATALAN_WORDS = _lazy_pattern(
    r"\b(?:va|van|vaig)\s+(?:dir|durar|proposar|reunir|trobar|escriure|publicar|passar|anar|ser|tenir|parlar|esmentar"
    r"|mencionar|fer|celebrar|afirmar|declarar|veure|rebre|visitar|viatjar|expressar|mostrar|actualitzar)\b"
    r"|\b(?:es|s['’])\s*(?:va|van)\s+\w+r\b|\bs['’](?:ha|han)\s+(?:reunit|trobat|esmentat|mencionat|publicat|fet|parlat)\b"
    r"|\bs['’](?:esmenta|esmenten|menciona)\b|\b(?:ha|han)\s+(?:dit|durat|esmentat)\b"
    r"|\bamb\s|\b(?:qu[eè]\s+(?:va|ha|li|diu|es|[eé]s)|qui\s+(?:va|ha|[eé]s)|quan|quants|quantes|quins|quines|quin|quina"
    r"|per\s+qu[eè]|(?:la|una|aquesta)\s+reuni[oó]|xina|xin[eè]s|xinesa|pequ[ií]n|nord-?americ[aà]|esmentat|esmentar|tracta|segons"
    r"|despr[eé]s|aquest|aquesta|tamb[eé]|c[aà]rrec|alguna\s+cosa|converses|subscripci[oó]|dels|quant\s+(?![aà]\b)\w+)\b"
    r"|\b(?:qu[eè]|qui)\s+[eé]s\b|\bés\b|\bquè\b|^on\s+(?:es|s['’]|va|van|[eé]s|queda|era|eren|estava)\b"
    r"|\bl['’]article\s+parla\b|^(?:q|k)\s+(?:va|ha|li|diu)\s",
    re.I,
)


# How readers ask in Galician, with English words and often without its accents: "Que dixo Blinken sobre Taiwán?"
# (what did Blinken say about Taiwan), "Cando se reuniron Xi e Blinken?" (when did Xi and Blinken meet), "Onde foi a
# reunión?" (where was the meeting), "Quen dixo que …?" (who said …), "Canto tempo duraron as conversas?" (how long did
# the talks last). It is near Portuguese and Spanish, whose questions the European book reads by their openings
# ("¿Qué dijo …", "O que disse …"): Galician's own words are another's only in part ("dixo", said, is neither Spanish's
# "dijo" nor Portuguese's "disse"; "quen", who, neither "quién" nor "quem"; "cando", when, neither "cuándo" nor
# "quando"; "canto tempo", how long, neither "cuánto tiempo" nor "quanto tempo"; "xuntanza", meeting; "a reunión",
# Spanish's noun with Portuguese's article), and the book is read only when one of them is there. Its verb comes before
# the one who did it as often as after ("Que dixo Xi", "Que Xi dixo"), a pronoun is put after the verb ("reuníronse":
# they met, "mencionouse": was mentioned), "e" is its "and", "a" before a name "to", "co", "coa" "with the", "no",
# "na" "in the", "do", "da" "of the". A phrase said first and set off by a comma ("E despois da xuntanza, que dixo
# …": and after the meeting, what did … say) is put after the question, as is "segundo X" (according to X) before
# "para que" (what for, why). A yes-or-no question opens on its verb ("Pensa Xi que …?": does Xi think that …); "o máis
# X posible" is "as X as possible"; "que" after a noun opens a clause whose doer comes after its verb ("os asuntos que
# acordaran os presidentes": the issues the presidents had agreed on), "-aran", "-eran" its pluperfect; "dixo …
# do, da, dos, das" (said of) is "said about". Its own words here: "dous" (two), "teñen" (they have), "xuntos"
# (together), "xornal" (newspaper), "diferenzas" (differences), and "ocupan" after "posto" (a plural's "-n" where
# Portuguese writes "-m").
_GALICIAN_MARKED = (("a", "áà"), ("e", "éè"), ("i", "í"), ("o", "óò"), ("u", "úü"), ("n", "ñ"))
_GALICIAN_NAMES = {
    "(?:da|de|do)\\s+(?-i:China)": "of China",
    "(?:dos|de)\\s+(?-i:Estados\\s+Unidos|EUA|EE\\.?\\s?UU\\.?)(?:\\s+de\\s+(?-i:America))?": "of the US",
    "(?:de|da)\\s+(?-i:Rusia)": "of Russia", "(?:a\\s+)?(?-i:China)": "China",
    "(?:(?:os|aos|cos)\\s+)?(?-i:Estados\\s+Unidos|EUA|EE\\.?\\s?UU\\.?)(?:\\s+de\\s+(?-i:America))?": "the US",
    "(?-i:Rusia)": "Russia", "(?-i:Taiwan)": "Taiwan", "(?-i:Pequin|Pekin|Beixing)": "Beijing",
    "(?-i:Xapon)": "Japan", "(?-i:Ucraina)": "Ukraine",
    "(?:o\\s+|do\\s+)?(?-i:mar)\\s+da\\s+(?-i:China)\\s+(?-i:Meridional)": "the South China Sea",
}  # fmt: skip
# Its titles and nouns, with their article, put into English before its shapes are read
_GALICIAN_THINGS = {
    "segundo\\s+(?:o\\s+artigo|a\\s+noticia|o\\s+texto)|de\\s+acordo\\s+co\\s+artigo|conforme\\s+ao\\s+artigo":
        "according to the article",
    "(?:o\\s+|a\\s+)?autor[a]?\\s+d(?:o|este)\\s+artigo": "the author of the article",
    "neste\\s+artigo|nesta\\s+noticia": "in this article", "no\\s+artigo|na\\s+noticia": "in the article",
    "este\\s+artigo|esta\\s+noticia": "this article", "(?:o\\s+)?artigo|(?:a\\s+)?noticia|(?:a\\s+)?reportaxe":
        "the article",
    "(?:o\\s+|a\\s+)?ministr[oa]\\s+(?:de\\s+|dos\\s+)?(?:(?:Asuntos|Relacions)\\s+)?(?:Exteriores|Estranxeiros)"
    "|(?:o\\s+|a\\s+)?chanceler|(?:o\\s+|a\\s+)?canciller": "the foreign minister",
    "(?:o\\s+|a\\s+)?secretari[oa]\\s+de\\s+Estado": "the secretary of state",
    "(?:o\\s+|a\\s+)?primeir[oa]\\s+ministr[oa]": "the prime minister",
    "(?:os\\s+|as\\s+)?presidentes": "the presidents", "(?:o\\s+|a\\s+)?president[ea]": "the president",
    "(?:o\\s+|a\\s+)?ministr[oa]": "the minister",
    "(?:o\\s+|a\\s+)?voceir[oa]|(?:o\\s+|a\\s+)?portavoz": "the spokesperson",
    "(?:o\\s+|a\\s+)?(?:lider|dirixente|mandatari[oa])": "the leader",
    "(?:o\\s+|a\\s+)?(?:funcionari[oa]|alto\\s+cargo)": "the official", "(?:o\\s+|a\\s+)?xornalista": "the journalist",
    "(?:o\\s+|a\\s+)?diplomatic[oa]": "the diplomat", "(?:o\\s+|a\\s+)?autor[a]?": "the author",
    "chines|chinesa|chineses|chinesas": "Chinese", "estadounidense|norteamerican[oa]|american[oa]": "American",
    "rus[oa]": "Russian",
    # the meeting and the talks, with the words before them that say when ("despois da reunión": after the meeting)
    "despois\\s+d[ao]\\s+(?:reunion|xuntanza|encontro)": "after the meeting",
    "antes\\s+d[ao]\\s+(?:reunion|xuntanza|encontro)": "before the meeting",
    "durante\\s+[ao]\\s+(?:reunion|xuntanza|encontro)": "during the meeting",
    "(?:na|no)\\s+(?:reunion|xuntanza|encontro)": "at the meeting",
    "ao\\s+(?:comezo|inicio|principio)\\s+d[ao]s\\s+(?:conversas|conversacions|negociacions)":
        "at the start of the talks",
    "ao\\s+final\\s+d[ao]s\\s+(?:conversas|conversacions|negociacions)": "at the end of the talks",
    "despois\\s+d[ao]s\\s+(?:conversas|conversacions|negociacions)": "after the talks",
    "(?:esta|a)\\s+(?:reunion|xuntanza)|(?:este|o)\\s+encontro|reunion|xuntanza": "the meeting",
    "reunions|xuntanzas|encontros": "meetings",
    "(?:as\\s+)?(?:conversas|conversacions|negociacions|discusions)|(?:o\\s+)?dialogo": "the talks",
    "(?:a\\s+)?visita": "the visit", "(?:o\\s+)?(?:cume|cumio)": "the summit",
    "(?:os\\s+)?dereitos\\s+humanos": "human rights", "(?:o\\s+)?comercio": "trade",
    "(?:os\\s+)?principios": "principles",
    "socios": "partners", "rivais|adversarios|competidores": "rivals", "(?:as\\s+)?relacions": "relations",
    "(?:a\\s+)?relacion": "the relationship", "(?:o\\s+)?progreso|(?:os\\s+)?avances": "progress",
    "cooperacion": "cooperation", "respecto": "respect", "(?:as\\s+)?diferenzas": "differences",
    "horas": "hours", "minutos": "minutes",
    "(?:a\\s+)?su(?:b)?scricion": "the subscription", "(?:o\\s+)?prezo": "the price",
    "tod[oa]s\\s+as\\s+s[uo]as\\s+citas": "all his quotes", "(?:as\\s+)?citas": "quotes",
    "deberian\\s+ser|deben\\s+ser|tenen\\s+que\\s+ser": "should be", "deberiamos\\s+ser|debemos\\s+ser": "we should be",
    "(?:os\\s+)?(?:problemas|asuntos)|(?:as\\s+)?cuestions": "issues",
    "(?:os\\s+|as\\s+)?(?:dous|duas)\\s+(?:paises|pais)": "the two countries", "(?:os\\s+)?paises": "countries",
    "(?:o\\s+)?pais": "the country", "(?:as\\s+)?economias": "economies", "(?:a\\s+)?economia": "the economy",
    "(?:d[oe]l?\\s+)mundo": "of the world", "(?:o\\s+)?mundo": "the world", "(?:o\\s+)?xornal": "the newspaper",
    "(?:o\\s+)?apoio": "support", "(?:a\\s+)?esperanza": "hope", "(?:o\\s+)?(?:edificio|palacio)": "the building",
    "(?:os\\s+)?malentendidos": "misunderstandings", "de\\s+balde|gratis": "free",
    "(?:as|os)\\s+s[uo]as|(?:as|os)\\s+seus": "their", "(?:a|o)\\s+s[uo]a|(?:o|a)\\s+seu": "his",
    "(?:o|a)\\s+mais\\s+(?P<adj>\\w+)\\s+posible": "as \\g<adj> as possible",
    "clar[oa]s?": "clear", "abert[oa]s?": "open", "xunt[oa]s": "together", "exactamente|concretamente": "exactly",
    "poden|pode": "can", "prosperar": "prosper", "cooperar": "cooperate", "mellorar": "improve",
    "(?:o\\s+)?(?:cargo|posto)": "title", "por\\s+favor": "please", "dime|digame": "tell me", "dame|deme": "give me",
}  # fmt: skip
_GALICIAN_SAID = (
    r"(?:dix(?:o|eron|era)|declarou|afirmou|comentou|explicou|sinalou|manifestou|falou|contou|asegurou|destacou"
    r"|engadiu|respondeu)"
)
_GALICIAN_MET = (
    r"(?:(?:se\s+)?(?:reuniron|reuniu|xuntaron|xuntou|atoparon|atopou|encontraron|encontrou|viron|viu)"
    r"|reunironse|reuniuse|xuntaronse|xuntouse|atoparonse|atopouse|encontraronse|encontrouse|vironse|conversaron)"
)
_GALICIAN_TOOK_PLACE = (
    r"(?:foi|tivo\s+lugar|se\s+celebrou|celebrouse|se\s+fixo|fixose|se\s+realizou|realizouse|ocorreu|aconteceu"
    r"|se\s+desenvolveu|estivo)"
)
# What was done, asked how many times, which or whether
_GALICIAN_DONE = {
    "propuxo": "propose", "propuxeron": "propose", "mencionou": "mention", "citou": "mention", "asinou": "sign",
    "visitou": "visit", "anunciou": "announce", "preguntou": "ask", "pediu": "ask for", "agardaba": "hope",
    "esperaba": "hope", "escribiu": "write", "discutiu": "discuss", "discutiron": "discuss", "presentou": "present",
}  # fmt: skip
# A verb in a clause after a noun, by its stem, in the past or pluperfect ("acordaran": they had agreed on)
_GALICIAN_IN_A_CLAUSE = {"acord": "agreed on", "asin": "signed", "discut": "discussed", "anunci": "announced"}
_GALICIAN_CLAUSE_ENDINGS = r"(?:aran|aron|ara|ou|iran|iron|ira|iu)"
_GALICIAN_NUMBERS = {"un|unha": "one", "dous|duas": "two", "tres": "three", "catro": "four", "cinco": "five"}
_GALICIAN_ASKED = {"cando": "when", "onde": "where", "en que cidade": "in which city", "que dia": "on which day"}
_GALICIAN_ASKING = r"(?:cando|onde|en\s+que\s+cidade|que\s+dia)"


def _galician_clause(match: re.Match[str]) -> str:
    """ "que acordaran os presidentes": that the presidents had agreed on, the doer put before its verb."""
    verb = next(e for stem, e in _GALICIAN_IN_A_CLAUSE.items() if match.group("verb").lower().startswith(stem))
    return f"that {match.group('doer')} {verb}"


def _galician_asked(asked: str) -> str:
    """ "cando": when; "onde": where; "en que cidade": in which city."""
    return _GALICIAN_ASKED[" ".join(asked.lower().split())]


@cache
def _galician() -> _Shapes:
    done = "|".join(_GALICIAN_DONE)
    numbers = "|".join(_GALICIAN_NUMBERS)
    name = r"(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?"
    return (
        _after_the_question(),
        (re.compile(r"^[¿¡]\s*"), ""),
        *_plain_letters(_GALICIAN_MARKED),
        (
            re.compile(
                r"^(?:e|pero|entón|enton|logo)\s*,?\s+(?=(?:que|quen|cando|onde|canto|cantos|cantas|por\s*que|con)\b)",
                re.I,
            ),
            "",
        ),
        # "E despois da xuntanza, que dixo …?": what did … say, after the meeting (the phrase put after the question)
        (
            re.compile(
                r"^(?:e\s+)?(?P<lead>(?:despois|antes)\s+d[aoe]s?\s+[^,]+|durante\s+[^,]+)\s*,\s*"
                r"(?P<q>(?:que|quen|cando|onde|canto|cantos|cantas)\b[^,]+)$",
                re.I,
            ),
            r"\g<q>, \g<lead>",
        ),
        # "E Wang Yi, que lle dixo a Blinken?", "E o ministro Wang, …": what did Wang Yi say to Blinken
        (
            re.compile(
                rf"^(?:e|and)\s+(?P<who>(?:(?:o|a)\s+[a-z]+\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s*,\s*que\s+(?P<lle>(?:lle|lles)\s+)?"
                rf"(?P<said>{_GALICIAN_SAID})\b",
                re.I,
            ),
            r"que \g<lle>\g<said> \g<who>",
        ),
        *_word_for_word(_GALICIAN_NAMES),
        *_word_for_word(_GALICIAN_THINGS),
        # "Segundo Blinken, …": according to Blinken; "dixo Xi dos asuntos": Xi said about the issues; "os asuntos que
        # acordaran os presidentes": the issues that the presidents had agreed on
        (re.compile(r"^segundo\s+(?=(?-i:[A-Z])|the\s)", re.I), "according to "),
        (
            re.compile(rf"\b(?P<said>{_GALICIAN_SAID})\s+(?P<who>{name})\s+d(?:o|a|os|as)\s+", re.I),
            r"\g<said> \g<who> about the ",
        ),
        (
            re.compile(
                rf"\bque\s+(?P<verb>(?:{'|'.join(_GALICIAN_IN_A_CLAUSE)}){_GALICIAN_CLAUSE_ENDINGS})\s+(?P<doer>the\s+\w+|{name})\b",
                re.I,
            ),
            _galician_clause,
        ),
        # "Xi e Blinken": Xi and Blinken; "a Blinken", "ao ministro": to Blinken, to the minister
        (
            re.compile(r"(?P<a>\b(?!(?:Quen|Que|Cando|Onde|Cal|Canto)\b)(?-i:[A-Z])[\w-]*)\s+e\s+(?=(?-i:[A-Z]))"),
            r"\g<a> and ",
        ),
        (re.compile(r"\ba\s+(?=(?-i:[A-Z])|the\b)"), "to "),
        (re.compile(r"\bao\s+(?=\w)", re.I), "to the "),
        *_word_for_word(
            {
                "sobre|acerca\\s+d[eoa]s?|respecto\\s+d[eoa]s?": "about",
                "con|co|coa(?=\\s+the)": "with",
                "en|no|na(?=\\s+(?-i:[A-Z]))": "in",
                "despois\\s+de": "after",
                "antes\\s+de": "before",
                "durante": "during",
                "entre": "between",
            }
        ),
        _according_to_last(),
        # "Que dixo Xi exactamente?": what exactly did Xi say
        (
            re.compile(rf"^(?:o\s+)?que\s+{_GALICIAN_SAID}\s+(?P<who>[^,?]+?)\s*,?\s+exactly$", re.I),
            r"what exactly did \g<who> say",
        ),
        # "Segundo Blinken, para que teñen que ser os dous países …?": according to Blinken, why should the two
        # countries be …
        (
            re.compile(
                rf"^(?P<lead>according\s+to\s+[^,]+,\s*)?para\s+que\s+should\s+be\s+(?P<who>the\s+(?:two\s+)?\w+|{name})"
                r"\s+(?P<rest>[^,?]+)$",
                re.I,
            ),
            lambda match: f"{match.group('lead') or ''}why should {match.group('who')} be {match.group('rest')}",
        ),
        # "Que posto ocupan China e os EUA entre …?": what position do China and the US hold among …
        (
            re.compile(
                r"^(?:que|cal)\s+title\s+(?P<verb>ocupan?)\s+(?P<who>[^,?]+?)\s+between\s+(?P<among>[^,?]+)$", re.I
            ),
            lambda match: (
                f"what position {'do' if match.group('verb').lower().endswith('n') else 'does'} {match.group('who')} "
                f"hold among {_with_the(match.group('among'))}"
            ),
        ),
        # "Pensa Xi que …?": does Xi think that …
        (
            re.compile(
                rf"^(?P<verb>pensa|pensan|cre|cren|opina|opinan)\s+(?P<who>{name}|the\s+\w+)\s+que\s+(?P<rest>.+)$",
                re.I,
            ),
            lambda match: (
                f"{'do' if match.group('verb').lower().endswith('n') else 'does'} {match.group('who')} think that "
                f"{match.group('rest')}"
            ),
        ),
        # "Que dixo Blinken sobre Taiwán?", "Que lle dixo Wang Yi a Blinken?": what did … say (about, to)
        *_what_said(r"(?:o\s+)?que(?:\s+(?:lle|lles))?", _GALICIAN_SAID, "about", before_who=""),
        # "Quen dixo que …?": who said …
        (
            re.compile(rf"^quen\s+(?:o\s+)?{_GALICIAN_SAID}\s*,?\s+(?:que\s+|that\s+)?(?P<said>.+)$", re.I),
            r"who said \g<said>",
        ),
        # whom someone met, and who met someone: "Con quen se reuniu Blinken?", "Quen se reuniu con Blinken?"
        (
            re.compile(
                rf"^with\s+quen\s+{_GALICIAN_MET}\s+(?P<who>[^,?]+?)(?P<where>\s+(?:in|at|after|during)\s+[^,?]+)?$",
                re.I,
            ),
            r"who did \g<who> meet\g<where>",
        ),
        (re.compile(rf"^quen\s+{_GALICIAN_MET}\s+(?:with\s+)?(?P<whom>[^,?]+)$", re.I), r"who met \g<whom>"),
        # "Cando se reuniron Xi e Blinken?", "Onde se reuniu Blinken con Xi?": when (where) did … meet
        (
            re.compile(
                rf"^(?P<asked>{_GALICIAN_ASKING})\s+{_GALICIAN_MET}\s+(?P<who>[^,?]+?)(?:\s+with\s+(?P<whom>[^,?]+?))?"
                r"(?P<where>\s+(?:in|at|after|during)\s+[^,?]+)?$"
                rf"|^(?P<asked2>{_GALICIAN_ASKING})\s+(?P<who2>[^,?]+?)\s+{_GALICIAN_MET}(?:\s+with\s+(?P<whom2>[^,?]+?))?"
                r"(?P<where2>\s+(?:in|at|after|during)\s+[^,?]+)?$",
                re.I,
            ),
            lambda match: (
                f"{_galician_asked(match.group('asked') or match.group('asked2'))} did "
                f"{match.group('who') or match.group('who2')} meet"
                + (
                    f" {match.group('whom') or match.group('whom2')}"
                    if match.group("whom") or match.group("whom2")
                    else ""
                )
                + (match.group("where") or match.group("where2") or "")
            ),
        ),
        # "Cando se publicou o artigo?", "Cando foi publicado o artigo?": when was the article published
        (
            re.compile(
                r"^cando\s+(?:se\s+|foi\s+)?(?P<done>publicou|publicad[oa]|actualizou|actualizad[oa]|escribiu|escrit[oa])"
                r"(?:se)?(?:\s+(?P<what>[^,?]+))?$",
                re.I,
            ),
            lambda match: (
                f"when was {match.group('what') or 'the article'} "
                + {"p": "published", "a": "updated", "e": "written"}[match.group("done")[0].lower()]
            ),
        ),
        # "Onde foi a reunión?", "Cando tivo lugar a xuntanza?": where (when) did the meeting take place
        (
            re.compile(rf"^(?P<asked>{_GALICIAN_ASKING})\s+{_GALICIAN_TOOK_PLACE}\s+(?P<what>[^,?]+)$", re.I),
            lambda match: f"{_galician_asked(match.group('asked'))} did {_with_the(match.group('what'))} take place",
        ),
        # "Canto tempo duraron as conversas?", "Cantas horas durou a reunión?": how long (how many hours) did … last
        (
            re.compile(
                r"^(?P<asked>canto\s+tempo|canto|cantas\s+hours|cantos\s+minutes)\s+(?:duraron|durou|levaron|levou)"
                r"\s+(?P<what>[^,?]+)$"
                r"|^(?P<thing>[^,?]+?)\s+(?:duraron|durou)\s+(?P<asked2>canto\s+tempo|canto|cantas\s+hours)$",
                re.I,
            ),
            lambda match: (
                ("how many hours" if "hours" in (match.group("asked") or match.group("asked2")) else "how long")
                + f" did {_with_the(match.group('what') or match.group('thing'))} last"
            ),
        ),
        # "Cantos principios propuxo Xi?": how many principles did Xi propose; "Que tres principios …": which
        (
            re.compile(
                rf"^(?P<asked>cantos|cantas|que|cales|cal)\s+(?:(?P<count>{numbers})\s+)?(?P<thing>\S+)\s+(?:(?P<who>{name})\s+)?"
                rf"(?P<done>{done})(?:\s+(?P<after>{name}|the\s+[^,?]+))?$",
                re.I,
            ),
            lambda match: (
                ("how many" if match.group("asked").lower().startswith("cant") else "which")
                + (
                    " " + next(e for n, e in _GALICIAN_NUMBERS.items() if re.fullmatch(n, match.group("count"), re.I))
                    if match.group("count")
                    else ""
                )
                + f" {match.group('thing')} did {match.group('who') or match.group('after')} "
                + _GALICIAN_DONE[match.group("done").lower()]
            ),
        ),
        # "Canto custa a subscrición?": how much does the subscription cost
        (
            re.compile(r"^canto\s+(?:custa|custan|vale|valen)\s+(?P<what>[^,?]+)$", re.I),
            lambda match: f"how much does {_with_the(match.group('what'))} cost",
        ),
        # "Quen escribiu o artigo?": who wrote the article; "Quen é Wang Yi?": who is Wang Yi
        (
            re.compile(rf"^quen\s+(?P<done>{done})\s+(?P<what>[^,?]+)$", re.I),
            lambda match: f"who {_past_tense(_GALICIAN_DONE[match.group('done').lower()])} {match.group('what')}",
        ),
        (re.compile(r"^quen\s+(?:e|era|foi)\s+(?P<who>[^,?]+)$", re.I), r"who is \g<who>"),
        # "Cal é o cargo de Wang Yi?", "Que cargo ten Wang Yi?": what is Wang Yi's title
        (
            re.compile(
                r"^(?:cal|que)\s+(?:e|era)\s+title\s+(?:de|of)\s+(?P<of>[^,?]+)$"
                r"|^(?:que|cal)\s+title\s+(?:ten|ocupa|tina)\s+(?P<who>[^,?]+?)(?P<where>\s+in\s+[^,?]+)?$",
                re.I,
            ),
            _title_asked,
        ),
        # "De que trata o artigo?": what is the article about
        (
            re.compile(r"^(?:de|about)\s+que\s+(?:trata|fala|vai)\s+(?P<what>[^,?]+)$", re.I),
            lambda match: f"what is {_with_the(match.group('what'))} about",
        ),
        # "Por que foi Blinken a Pequín?": why did Blinken go to Beijing
        (
            re.compile(
                rf"^por\s*que\s+(?:(?P<who>{name})\s+)?(?:foi|viaxou|veu|chegou)\s+(?:(?P<subject>{name})\s+)?"
                r"(?:to|in|a)\s+(?P<place>[^,?]+)$",
                re.I,
            ),
            lambda match: f"why did {match.group('who') or match.group('subject')} go to {match.group('place')}",
        ),
        # yes or no: "Mencionouse Taiwán?" (was Taiwan mentioned), "Dixo Xi algo sobre Taiwán?" (did Xi say anything
        # about Taiwan), "Reuniuse Blinken con Putin?" (did Blinken meet Putin), "É certo que …" (is it true that …)
        (re.compile(r"^(?:e|é)\s+(?:certo|verdade)\s+(?:que\s+)?", re.I), "is it true that "),
        (
            re.compile(
                r"^(?:mencionouse|mencionaronse|citouse|falouse\s+(?:de|about)|foi\s+mencionad[oa]|foron\s+mencionad[oa]s)"
                r"\s+(?P<what>[^,?]+?)(?P<where>\s+in\s+the\s+\w+)?$",
                re.I,
            ),
            r"was \g<what> mentioned\g<where>",
        ),
        (
            re.compile(
                rf"^(?:(?P<said>{_GALICIAN_SAID})|(?P<met>{_GALICIAN_MET})|(?P<done>{done}))\s+(?P<who>{name}|the\s+\w+(?:\s+\w+)?)"
                r"(?P<any>\s+(?:algo|algunha\s+cousa))?(?:\s+with)?(?P<rest>\s+[^,?]+)?$",
                re.I,
            ),
            lambda match: (
                f"did {match.group('who')} "
                + (
                    "say"
                    if match.group("said")
                    else "meet"
                    if match.group("met")
                    else _GALICIAN_DONE[match.group("done").lower()]
                )
                + (" anything" if match.group("any") else "")
                + (match.group("rest") or "")
            ),
        ),
        *_word_for_word(
            {
                "(?-i:e)": "and",
                "(?-i:ou)": "or",
                "que": "that",
                "non": "not",
                "tamen": "also",
                "so|soamente": "only",
                "todos|todas": "all",
            }
        ),
        _the_the(),
        *_in_english_at_last(),
    )


# Galician's own words ("dixo", "quen", "cando", "canto tempo", "xuntanza", "reuníronse", "a reunión", "unha", "dous",
# "teñen", "xuntos", "xornal", "posto ocupan"), none
# of them Spanish's ("dijo", "quién", "cuándo", "cuánto tiempo", "la reunión") or Portuguese's ("disse", "quem",
# "quando", "quanto tempo", "a reunião", "uma")
_GALICIAN_WORDS = _lazy_pattern(
    r"\b(?:dix(?:o|eron|era|ese|esen)|quen|cando|cant[oa]s?\s+(?:tempo|horas|minutos|custa|custan|duraron|durou)"
    r"|xuntanza\w*|xunt[aá]ronse|xuntouse|reun[ií]ronse|reuniron|reuniuse|tam[eé]n|unha|propuxo|propuxeron"
    r"|preguntou|voceir[oa]|cal\s+(?:[eé]|foi|era)|cales|escribiu|publicouse|mencionouse|falouse|citouse"
    r"|(?:a|na|da)\s+reuni[oó]n|dereitos\s+humanos|subscrici[oó]n|estranxeiros|dous|teñen|diferenzas|xunt[oa]s"
    r"|xornal\w*|posto\s+ocupan)\b",
    re.I,
)

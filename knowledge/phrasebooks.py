"""Questions asked in other languages and dialects, put into the English the question parser reads."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

# A language's question shapes, each with its English. Each set is compiled the first time a question needs it
# (cached): most questions need none, and compiling every language's shapes at import slowed start-up.
_Shapes = tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...]


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

# How readers ask in Swahili or Sheng: "Xi alisema nini kuhusu Taiwan?" (what did Xi say about Taiwan), "nani
# alisema …" (who said …), "Taiwan ilitajwa?" (was Taiwan mentioned), "kiongozi wa China" (China's leader). Read
# only when such a question's words are there; the topic's other words stay as typed.
_SWAHILI_ROLES = (
    (r"waziri\s+wa\s+mambo\s+ya\s+nje", "foreign minister"),
    (r"waziri", "minister"),
    (r"kiongozi", "leader"),
    (r"rais", "president"),
    (r"msemaji", "spokesperson"),
    *(
        (english, english) for english in ("foreign minister", "minister", "leader", "president")
    ),  # "Foreign Minister wa"
)


@cache
def _swahili() -> _Shapes:
    return (
        *(
            (re.compile(rf"\b{role}\s+wa\s+(?P<owner>[A-Z][\w-]*)", re.I), rf"\g<owner>'s {english}")
            for role, english in _SWAHILI_ROLES
        ),
        (re.compile(r"\s+(?:kuhusu|juu\s+ya)\s+", re.I), " about "),
        (re.compile(r"\s+baada\s+ya\s+mkutano\b", re.I), " after the meeting"),
        (
            re.compile(
                r"^(?:na\s+)?(?:nani|ni\s+nani|who)\s+(?:alisema|amesema|anasema)\s+(?:kwamba\s+|kuwa\s+)?", re.I
            ),
            "who said ",
        ),
        (
            re.compile(
                r"^(?:na\s+)?(?P<who>.+?)\s+(?:alisema|amesema|anasema|alisemaje)(?:\s+nini)?(?P<rest>.*)$", re.I
            ),
            r"what did \g<who> say\g<rest>",
        ),
        (re.compile(r"^(?P<who>.+?)\s+alikutana\s+na\s+nani\b.*$", re.I), r"who did \g<who> meet"),
        (
            re.compile(r"^(?P<topic>.+?)\s+(?:ilitajwa|imetajwa|ilizungumziwa|alitajwa)\b.*$", re.I),
            r"was \g<topic> mentioned",
        ),
        (re.compile(r"^(?P<who>.+?)\s+ni\s+nani\b.*$", re.I), r"who is \g<who>"),
    )


_SWAHILI_WORDS = re.compile(
    r"\b(?:alisema|amesema|anasema|alisemaje|nani|ilitajwa|imetajwa|ilizungumziwa|alitajwa|alikutana|kuhusu)\b", re.I
)


# How readers ask in Nigerian Pidgin: "wetin Xi talk about Taiwan?" (what did Xi say about Taiwan), "na who talk
# say …" (who said …), "Oga Blinken, wetin im talk?".
@cache
def _pidgin() -> _Shapes:
    return (
        (re.compile(r"\boga\s+", re.I), ""),
        (re.compile(r"^(?:abeg,?\s+)?(?:na\s+)?who\s+(?:talk|yarn|tok|say)\s+(?:say\s+|about\s+)?", re.I), "who said "),
        (
            re.compile(
                r"^(?P<who>[^,]+?),?\s+wetin\s+(?:im|him|e|she|dem|una)\s+(?:talk|yarn|tok|say)\b(?P<rest>.*)$", re.I
            ),
            r"what did \g<who> say\g<rest>",
        ),
        (
            re.compile(
                r"^(?:abeg,?\s+)?wetin\s+(?P<who>.+?)\s+(?:talk|yarn|tok|say)(?:\s+give\s+\S+)?(?P<rest>.*)$", re.I
            ),
            r"what did \g<who> say\g<rest>",
        ),
        (re.compile(r"\bdi\b", re.I), "the"),
        (re.compile(r"\bdem\b", re.I), "they"),
    )


_PIDGIN_WORDS = re.compile(r"\b(?:wetin|abeg|oga|na\s+who)\b|^who\s+(?:talk|tok)\b", re.I)


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


def _word_for_word(table: dict[str, str]) -> tuple[tuple[re.Pattern[str], str], ...]:
    """A phrasebook's words, each a whole word (or phrase) put into its English."""
    return tuple((re.compile(rf"\b(?:{words})\b", re.I), english) for words, english in table.items())


# How readers ask in Jamaican Patois: "wah Xi seh bout Taiwan?" (what did Xi say about Taiwan), "a who seh dem fi
# be partners?" (who said they should be partners), "how long di meeting did tek?".
_PATOIS_ENGLISH = {
    "wah": "what", "di": "the", "seh": "say", "bout": "about", "pon": "on", "inna": "in", "afta": "after",
    "tek": "take", "mek": "make", "wid": "with", "dat": "that", "dis": "this", "tree": "three", "weh": "that",
    "dem": "they", "fi": "to",
}  # fmt: skip


@cache
def _patois() -> _Shapes:
    return (
        (re.compile(r"^a\s+(?=(?:who|which|wah|weh)\b)", re.I), ""),  # "a who …": the focus, not an article
        (re.compile(r"^who\s+(?:did\s+)?(?:seh|sey|say)\s+(?:dat\s+|that\s+)?", re.I), "who said "),
        (
            re.compile(r"^wah\s+(?P<who>.+?)\s+(?:did\s+)?(?:seh|sey|say|tell)\b(?P<rest>.*)$", re.I),
            r"what did \g<who> say\g<rest>",
        ),
        *_word_for_word(_PATOIS_ENGLISH),
    )


_PATOIS_WORDS = re.compile(r"\b(?:wah|seh|weh|pon|inna|afta)\b|^a\s+(?:who|which)\b", re.I)
# How readers ask in romanised Persian: "Xi dar mored Taiwan chi goft?" (what did Xi say about Taiwan), "ki goft
# …" (who said …), "Blinken ba ki molaghat kard?" (whom did Blinken meet), "koja" (where), "che roozi" (what day).
_PERSIAN_ENGLISH = {
    "maghame\\s+chini": "Chinese official", "va": "and", "jalase": "meeting", "Amrika": "America", "Chin": "China",
    "Chini": "Chinese", "chand\\s+saat": "how many hours", "tool\\s+keshid": "last", "oon|in": "the",
    "maghame|maghaam": "official", "rabete|rabeteh": "relationship",
}  # fmt: skip


@cache
def _persian() -> _Shapes:
    return (
        *_word_for_word(_PERSIAN_ENGLISH),
        (re.compile(r"^and\s+", re.I), ""),
        (
            re.compile(
                r"^(?P<who>[^?]+?)\s+(?:dar\s+mored(?:-e)?|darbare(?:ye|h)?)\s+(?P<topic>[^?]+?)\s+chi\s+(?:goft|gofte|gof)\b",
                re.I,
            ),
            r"what did \g<who> say about \g<topic>",
        ),
        (re.compile(r"^ki\s+(?:be\s+\S+\s+)?(?:goft|gofte)\s+(?:ke\s+)?", re.I), "who said "),
        (
            re.compile(
                r"^(?P<who>[^?]+?)\s+(?:(?:too|tu|the|maghale|daghighan|daghighan)\s+)*chi\s+(?:goft|gofte|gof)\b", re.I
            ),
            r"what did \g<who> say",
        ),
        (re.compile(r"^(?P<who>[^?]+?)\s+ba\s+ki\s+molaghat\s+kard\w*", re.I), r"who did \g<who> meet"),
        (re.compile(r"^(?P<who>[^?]+?)\s+koja\s+(?:ba\s+ham\s+)?molaghat\s+kard\w*", re.I), r"where did \g<who> meet"),
        (re.compile(r"^molaghat(?:-e)?\s+(?P<who>[^?]+?)\s+che\s+roozi\s+bood\b", re.I), r"what day did \g<who> meet"),
        (re.compile(r"\bmolaghat\b", re.I), "meeting"),
    )


_PERSIAN_WORDS = re.compile(r"\b(?:goft|gofte|molaghat|darbare|darbareye|koja|chi\s+bood)\b", re.I)
# How readers ask in romanised Greek: "ti eipe o Xi gia tin Taiwan?" (what did Xi say about Taiwan), "poios eipe
# oti …" (who said …), "poion synantise o Blinken?" (whom did Blinken meet), "poso kratise i synantisi?" (how
# long did the meeting last).
_GREEK_ENGLISH = {
    "poses|posa|posoi": "how many", "pote": "when", "pou": "where", "kai": "and",
    "prepei\\s+na\\s+einai": "should be", "oxi": "not", "oti": "that", "me\\s+ton|me\\s+tin": "with",
    "gia": "about", "i\\s+Kina|tin\\s+Kina|tis\\s+Kinas": "China", "tin\\s+Ameriki|Ameriki": "America",
    "synantisi": "meeting", "synomilia": "talks", "arxes": "principles",
}  # fmt: skip


@cache
def _greek() -> _Shapes:
    return (
        (
            re.compile(r"^(?:kai\s+)?(?:o|i)\s+(?P<who>[^,?]+?),\s+ti\s+eipe(?:\s+oti)?(?:\s+(?P<topic>[^?]+))?", re.I),
            r"what did \g<who> say about \g<topic>",
        ),
        (
            re.compile(
                r"^ti\s+eipe\s+(?:o\s+|i\s+)?(?P<who>[^?]+?)\s+(?:gia|schetika\s+me)\s+(?:t[oihn]+\s+)?(?P<topic>[^?]+)",
                re.I,
            ),
            r"what did \g<who> say about \g<topic>",
        ),
        (re.compile(r"^ti\s+eipe\s+(?:o\s+|i\s+)?(?P<who>[^?]+)", re.I), r"what did \g<who> say"),
        (re.compile(r"^poi(?:os|a)\s+eipe\s+(?:oti\s+|pos\s+)?", re.I), "who said "),
        (re.compile(r"^poi(?:on|a)\s+synantise\s+(?:o\s+|i\s+)?(?P<who>[^?]+)", re.I), r"who did \g<who> meet"),
        (
            re.compile(
                r"^poia\s+thesi\s+(?:exei|eixe)\s+(?:o\s+|i\s+)?(?P<who>[^?]+?)(?:\s+stin\s+[^?]*)?(?=\?|$)", re.I
            ),
            r"who is \g<who>",
        ),
        (
            re.compile(
                r"^poso\s+kratise\s+(?:i|o|to)\s+(?:synantisi|synomilia|syzitisi)\s+(?:tou\s+|tis\s+)?(?P<one>[^?]+?)\s+me\s+"
                r"(?:ton|tin)\s+(?P<other>[^?]+)",
                re.I,
            ),
            r"how long did the talks between \g<one> and \g<other> last",
        ),
        (
            re.compile(r"^poso\s+kratise\s+(?:i|o|to)\s+(?:synantisi|synomilia|syzitisi)\b", re.I),
            "how long did the meeting last",
        ),
        (
            re.compile(r"^pos(?:es|a|oi)\s+(?P<thing>[^?]+?)\s+protine\s+(?:o\s+|i\s+)?(?P<who>[^?]+)", re.I),
            r"how many \g<thing> did \g<who> propose",
        ),
        *_word_for_word(_GREEK_ENGLISH),
    )


_GREEK_WORDS = re.compile(r"\b(?:eipe|poios|poion|poia|poso|poses|posa|synantise|kratise)\b", re.I)
# How readers ask in Scots: "Whit did Xi say aboot Taiwan?", "Wha did Blinken meet wi' in Beijing?", "Hoo lang
# did the meetin' gang on?", "Wha said they should be pairtners?".
_SCOTS_ENGLISH = {
    "whit": "what", "wha": "who", "whaur": "where", "aboot": "about", "wis": "was", "tae": "to", "hae": "have",
    "twa": "two", "mony": "many", "ony": "any", "onything": "anything", "naething": "nothing", "doon": "down",
    "oot": "out", "heid-bummer|heid\\s+bummer|heid\\s+yin": "leader", "heid": "head", "chiel": "man",
    "wance": "once", "efter": "after", "afore": "before", "frae": "from", "telt": "told", "lang": "long",
    "gang|gaun": "go", "mair": "more", "yon": "that", "hisel|hissel": "himself", "didnae": "did not",
    "wisnae": "was not", "isnae": "is not", "pairtners": "partners",
}  # fmt: skip


@cache
def _scots() -> _Shapes:
    return (
        (re.compile(r"\b(?:hoo|who)\s+(?=mony\b|lang\b|muckle\b)", re.I), "how "),  # "hoo" read as texting's "who"
        (re.compile(r"\bhoo\b", re.I), "how"),
        (re.compile(r"\bwi['’](?!\w)", re.I), "with"),
        (re.compile(r"\bo['’](?!\w)", re.I), "of"),
        (re.compile(r"\ba['’](?!\w)", re.I), "all"),
        (re.compile(r"(?<=\w)fu['’](?!\w)", re.I), "ful"),  # "hopefu'"
        (re.compile(r"(?<=\w)['’](?!\w)"), ""),  # "hisel'"
        *_word_for_word(_SCOTS_ENGLISH),
    )


_SCOTS_WORDS = re.compile(r"\b(?:whit|wha|hoo|aboot|whaur|onything|didnae|wisnae|telt|frae|heid)\b", re.I)
# How readers ask in romanised Hebrew: "ma Xi amar al Taiwan?" (what did Xi say about Taiwan), "mi amar she-…"
# (who said …), "im mi Blinken nifgash?" (whom did Blinken meet), "kama zman ha-pgisha nimshecha?" (how long
# did the meeting last).
_HEBREW_ENGLISH = {
    "ha-pgisha|pgisha": "the meeting", "ha-sichot|sichot": "the talks", "matai": "when", "eifo|efo|heichan": "where",
    "kama": "how many", ",?\\s*bdiyuk": "", "Artzot\\s+ha-Brit": "the United States", "ha-nasi": "the president",
    "sar\\s+ha-chutz": "foreign minister",
}  # fmt: skip
_HEBREW_SAID = r"(?:amar|amra|amru|tagid|hetziya)"


@cache
def _hebrew() -> _Shapes:
    return (
        (re.compile(r"^(?:ve-|u-)", re.I), ""),
        (re.compile(rf"^mi\s+{_HEBREW_SAID}\s+(?:she-?|ki\s+)?", re.I), "who said "),
        (
            re.compile(rf"^ma\s+(?P<who>[^,?]+?)\s+{_HEBREW_SAID}\s+(?:al|odot)\s+(?:ha-)?(?P<topic>[^,?]+)", re.I),
            r"what did \g<who> say about \g<topic>",
        ),
        (
            re.compile(rf"^ma\s+(?P<who>[^,?]+?)\s+{_HEBREW_SAID}\s+(?:le-|l['’]|la-)(?P<whom>[^,?]+)", re.I),
            r"what did \g<who> say to \g<whom>",
        ),
        (re.compile(rf"^ma\s+(?P<who>[^,?]+?)\s+{_HEBREW_SAID}\b", re.I), r"what did \g<who> say"),
        (
            re.compile(r"^(?:im|et)\s+mi\s+(?P<who>[^,?]+?)\s+nifga(?:sh|shah|shu|sha)\b.*$", re.I),
            r"who did \g<who> meet",
        ),
        (
            re.compile(r"^kama\s+zman\s+(?P<what>[^,?]+?)\s+nimsh(?:echa|ach|chu)\b.*$", re.I),
            r"how long did \g<what> last",
        ),
        *_word_for_word(_HEBREW_ENGLISH),
    )


_HEBREW_WORDS = re.compile(r"\b(?:amar|amra|amru|nifgash|nifgesha|nimshecha|nimshach|kama|matai|eifo|bdiyuk)\b", re.I)
# How readers ask in Haitian Creole: "Kisa Xi di sou Taiwan?" (what did Xi say about Taiwan), "Kiyès ki di …" (who
# said …), "Ki moun Blinken te rankontre?" (whom did Blinken meet), "Konbyen tan reyinyon an te dire?" (how long did
# the meeting last).
_KREYOL_ENGLISH = {
    "reyinyon\\s+an|reyinyon": "the meeting", "Lachin": "China", "Etazini": "the United States", "sou": "about",
    "ak": "and", "kilè|kile": "when", "ki\\s+kote|kote": "where", "konbyen": "how many", "atik\\s+la": "the article",
    "ofisyèl|ofisyel": "official", "chinwa": "Chinese", "ameriken": "American", "prezidan": "president",
    "minis": "minister",
}  # fmt: skip


@cache
def _kreyol() -> _Shapes:
    return (
        (
            re.compile(r"\b(?P<noun>\w+)\s+(?P<adjective>chinwa|ameriken)\s+(?:a|an|la)\b", re.I),
            r"the \g<adjective> \g<noun>",
        ),
        (re.compile(r"\b(?P<role>(?:[A-Z]\w+\s+)*[A-Z]\w+)\s+Lachin(?:\s+(?:nan|an|la))?\b"), r"China's \g<role>"),
        (re.compile(r"^(?:kiyès|kiyes|ki\s+moun)\s+ki\s+(?:te\s+)?di\s+(?:ke\s+)?", re.I), "who said "),
        (
            re.compile(r"^(?:kiyès|kiyes|ki\s+moun)\s+(?P<who>.+?)\s+(?:te\s+)?rankontre\b.*$", re.I),
            r"who did \g<who> meet",
        ),
        (re.compile(r"^(?:kiyès|kiyes)\s+ki\s+", re.I), "who is "),
        (
            re.compile(r"^kisa\s+(?P<who>.+?)\s+(?:te\s+)?di\s+(?:sou|konsènan|konsenan)\s+(?P<topic>.+)$", re.I),
            r"what did \g<who> say about \g<topic>",
        ),
        (re.compile(r"^kisa\s+(?P<who>.+?)\s+(?:te\s+)?di\s+(?P<whom>.+)$", re.I), r"what did \g<who> say to \g<whom>"),
        (re.compile(r"^kisa\s+(?P<who>.+?)\s+(?:te\s+)?di$", re.I), r"what did \g<who> say"),
        (re.compile(r"^konbyen\s+tan\s+(?P<what>.+?)\s+(?:te\s+)?dire\b.*$", re.I), r"how long did \g<what> last"),
        *_word_for_word(_KREYOL_ENGLISH),
    )


_KREYOL_WORDS = re.compile(r"\b(?:kisa|kiyès|kiyes|konbyen|kilè|rankontre|ki\s+moun)\b", re.I)


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


_JOUAL_WORDS = re.compile(
    r"\b(?:kess[ée]|c['’]est\s+(?:qui\s+qui|quel)|a\s+dit\s+quoi|a\s+rencontré\s+qui|a\s+duré\s+combien|y['’]é\s+bas)",
    re.I,
)
# What an American foreign minister is called in English: "the American foreign minister" (Swedish "den amerikanska
# utrikesministern", Welsh "y gweinidog tramor Americanaidd") is the Secretary of State.
_US_FOREIGN_MINISTER = (
    re.compile(r"\b(?P<us>American|America['’]s|the\s+US['’]s|US|USA['’]s)\s+foreign\s+minister\b", re.I),
    r"\g<us> secretary of state",
)
# "Gweinidog Tramor Tsieina", "ministr zakordonnykh sprav Kytaiu", "Aare China": a title before the country it
# serves, as Welsh, Ukrainian and Yoruba put it, read as "China's Foreign Minister".
_TITLE_OF_COUNTRY = (
    re.compile(
        r"\b(?:(?i:the|yr|y)\s+)?"
        r"(?P<title>(?i:(?:foreign\s+|prime\s+)?minister|president|leader|secretary\s+of\s+state))\s+"
        r"(?P<country>China|America|Russia|Taiwan|Ukraine|Israel|Iran|India|Japan|Britain|Wales|Nigeria)\b(?!['’])"
    ),
    r"\g<country>'s \g<title>",
)
# How readers ask in Swedish: "Vad sa Xi om Taiwan?" (what did Xi say about Taiwan), "Vem sa att …" (who said …),
# "Vem träffade Blinken i Beijing?" (whom did Blinken meet in Beijing), "Hur länge höll mötet på?" (how long did the
# meeting last), "Vad sa den amerikanska utrikesministern?" (what did the American foreign minister say). Its verbs
# are read typed without å, ä and ö as well ("Nar traffades de?").
_SWEDISH_ENGLISH = {
    "den\\s+här\\s+artikeln|denna\\s+artikel": "this article", "artikeln": "the article", "artikel": "article",
    "m[öo]tet": "the meeting", "möte": "meeting", "samtalen": "the talks", "samtal": "talks",
    "utrikesministern": "the foreign minister", "utrikesminister": "foreign minister", "presidenten": "the president",
    "ministern": "the minister", "ledaren": "the leader", "ledare": "leader", "tjänstemannen": "the official",
    "tjänsteman": "official", "talespersonen|talesmannen": "the spokesperson", "talesperson|talesman": "spokesperson",
    "journalisten": "the journalist", "reportern": "the reporter", "amerikansk[ae]?": "American",
    "kinesisk[ae]?": "Chinese", "Kinas": "China's", "Kina": "China", "Förenta\\s+staterna": "the United States",
    "Ryssland": "Russia", "landet": "the country", "land": "country", "staden": "the city", "stad": "city",
    "vilken|vilket|vilka": "which", "vem": "who", "vad": "what", "många": "many", "mycket": "much", "och": "and",
    "med": "with", "om": "about", "till": "to", "från": "from", "efter": "after", "före|innan": "before",
    "de": "they", "han": "he", "hon": "she", "borde": "should", "måste": "must", "skulle": "would", "ska": "will",
    "vara": "be", "är": "is", "var": "was", "har": "has", "hade": "had", "inte": "not", "något": "anything",
    "att": "that", "sagt": "said", "träffade|mötte": "met", "träffat|mött": "met", "två": "two", "tre": "three",
    "timmar": "hours", "principer": "principles",
}  # fmt: skip
_SWEDISH_SAID = r"(?:sa|sade)"


@cache
def _swedish() -> _Shapes:
    return (
        (re.compile(r"^(?:och|men)\s+", re.I), ""),
        (re.compile(r"(?<=\w):s\b"), "'s"),  # "USA:s utrikesminister"
        (re.compile(rf"^vem\s+(?:{_SWEDISH_SAID}|har\s+sagt|hade\s+sagt)\s*,?\s+(?:att\s+)?", re.I), "who said "),
        (
            re.compile(rf"^vad\s+{_SWEDISH_SAID}\s+(?P<who>.+?)\s+om\s+(?P<topic>.+)$", re.I),
            r"what did \g<who> say about \g<topic>",
        ),
        (
            re.compile(rf"^vad\s+{_SWEDISH_SAID}\s+(?P<who>.+?)\s+till\s+(?P<whom>.+)$", re.I),
            r"what did \g<who> say to \g<whom>",
        ),
        (re.compile(rf"^vad\s+{_SWEDISH_SAID}\s+(?P<who>.+)$", re.I), r"what did \g<who> say"),
        (re.compile(r"^vad\s+(?:har|hade)\s+(?P<who>.+?)\s+sagt\b", re.I), r"what did \g<who> say"),
        (re.compile(r"^vad\s+(?:säger|tycker|anser)\s+(?P<who>.+?)(?=\s+om\s|$)", re.I), r"what does \g<who> say"),
        (
            re.compile(
                r"^(?:vem|vilka)\s+(?:tr[äa]ffade|m[öo]tte)\s+(?P<who>.+?)(?=\s+(?:i|på|under|efter|före)\s|$)", re.I
            ),
            r"who did \g<who> meet",
        ),
        (re.compile(r"^(?:vem|vilka)\s+har\s+(?P<who>.+?)\s+(?:tr[äa]ffat|m[öo]tt)\b", re.I), r"who did \g<who> meet"),
        (re.compile(r"^(?:vem|vilka)\s+(?:skrev|har\s+skrivit)\s+", re.I), "who wrote "),
        (re.compile(r"^vem\s+[äa]r\s+", re.I), "who is "),
        (re.compile(r"^vem\s+var\s+", re.I), "who was "),
        (
            re.compile(
                r"^hur\s+(?:l[äa]nge|l[åa]ng\s+tid)\s+(?:h[öo]ll|varade|p[åa]gick|tog)\s+(?P<what>.+?)(?:\s+p[åa])?$",
                re.I,
            ),
            r"how long did \g<what> last",
        ),
        (
            re.compile(
                r"^hur\s+m[åa]nga\s+(?P<thing>\S+)\s+(?:h[öo]ll|varade|p[åa]gick)\s+(?P<what>.+?)(?:\s+p[åa])?$", re.I
            ),
            r"how many \g<thing> did \g<what> last",
        ),
        *(
            rule
            for swedish, english in (("n[äa]r", "when"), ("var", "where"))
            for rule in (
                (
                    re.compile(rf"^{swedish}\s+(?:tr[äa]ffade|m[öo]tte)\s+(?P<who>\S+)\s+(?P<whom>.+)$", re.I),
                    rf"{english} did \g<who> meet \g<whom>",
                ),
                (
                    re.compile(rf"^{swedish}\s+(?:tr[äa]ffades|m[öo]ttes)\s+(?P<who>.+)$", re.I),
                    rf"{english} did \g<who> meet",
                ),
                (re.compile(rf"^{swedish}\s+h[öo]lls\s+(?P<what>.+)$", re.I), rf"{english} was \g<what> held"),
            )
        ),
        (re.compile(r"^hur\s+l[äa]nge\b", re.I), "how long"),
        (re.compile(r"^hur\s+m[åa]nga\b", re.I), "how many"),
        (re.compile(r"^hur\s+mycket\b", re.I), "how much"),
        (re.compile(r"^hur\s+gammal\b", re.I), "how old"),
        (re.compile(r"^hur\b", re.I), "how"),
        (re.compile(r"^n[äa]r\b", re.I), "when"),
        (re.compile(r"^var\s+(?=(?:ligger|låg|bor|finns|fanns|är|var|skedde|ägde|arbetar|jobbar)\b)", re.I), "where "),
        (re.compile(r"^(?:nämndes|omnämndes)\s+(?P<what>.+?)(?=\s+i\s|$)", re.I), r"was \g<what> mentioned"),
        (re.compile(r"^(?:nämns|omnämns)\s+(?P<what>.+?)(?=\s+i\s|$)", re.I), r"is \g<what> mentioned"),
        (re.compile(r"\bi\b"), "in"),  # "i Beijing"; a capital "I" is English
        *_word_for_word(_SWEDISH_ENGLISH),
        # "den amerikanska utrikesministern": the adjective between "den" and the noun's own "the"
        (re.compile(r"\b(?:den|det|de|they)\s+(?P<adjective>American|Chinese)\s+the\s+", re.I), r"the \g<adjective> "),
        (re.compile(r"\b(?:den|det)\s+(?=American\b|Chinese\b)", re.I), "the "),
        _US_FOREIGN_MINISTER,
    )


_SWEDISH_WORDS = re.compile(
    r"^(?:(?:och|men)\s+)?"
    r"(?:vad|vem|hur|vilken|vilket|vilka|n[äa]r|var\s+(?:h[öo]lls|tr[äa]ffades|m[öo]ttes|ligger|låg|bor|finns))\b"
    r"|\b(?:tr[äa]ffade|tr[äa]ffades|nämndes|nämns|utrikesministern|mötet|samtalen|artikeln)\b",
    re.I,
)
# How readers ask in Welsh: "Beth ddwedodd Xi am Taiwan?" (what did Xi say about Taiwan), "Pwy ddwedodd y …" (who
# said …), "Pwy wnaeth Blinken gyfarfod yn Beijing?" (whom did Blinken meet in Beijing), "Pa mor hir oedd y
# cyfarfod?" (how long was the meeting), "Dwed wrtha i am …" (tell me about …), "yr Arlywydd Xi" (President Xi).
_WELSH_ENGLISH = {
    "gweinidog\\s+tramor|weinidog\\s+tramor|ysgrifennydd\\s+tramor": "foreign minister",
    "ysgrifennydd\\s+gwladol": "secretary of state", "prif\\s+weinidog": "prime minister",
    "gweinidog|weinidog": "minister", "arlywydd": "president", "arweinydd": "leader", "swyddog": "official",
    "llefarydd": "spokesperson", "newyddiadurwr|newyddiadurwraig": "journalist", "awdur": "author",
    "Tsieineaidd": "Chinese", "Americanaidd": "American", "Tsieina|Tseina": "China", "Rwsia": "Russia",
    "yr\\s+Unol\\s+Daleithiau|Unol\\s+Daleithiau|UDA": "the United States",
    "yr\\s+erthygl\\s+hon|['’]r\\s+erthygl\\s+hon": "this article", "yr\\s+erthygl|['’]r\\s+erthygl": "the article",
    "erthygl": "article", "y\\s+cyfarfod|['’]r\\s+cyfarfod": "the meeting", "cyfarfod": "meeting",
    "y\\s+trafodaethau|['’]r\\s+trafodaethau|y\\s+sgyrsiau": "the talks", "trafodaethau|sgyrsiau": "talks",
    "dyl(?:en|ent|sen)\\s+nhw\\s+fod(?:\\s+yn)?": "they should be", "dyl(?:en|ai|ent|sen)": "should",
    "fod\\s+yn|bod\\s+yn": "be", "nhw": "they", "oedd|roedd": "was", "mae|ydy|ydi|yw": "is",
    "wnaeth|gwnaeth|naeth|nath": "did", "gyfarfod|gwrdd|cwrdd": "meet", "gyrraedd|cyrraedd": "arrive",
    "gynnig|cynnig": "propose", "ddim": "not", "ac": "and", "gyda|efo|â|ag": "with", "wrth": "to",
    "ar\\s+[oô]l": "after", "cyn": "before", "yn\\s+ystod": "during", "dau|dwy": "two", "tri|tair": "three",
    "oriau": "hours", "awr": "hour", "gwlad|wlad": "country", "dinas|ddinas": "city", "egwyddorion": "principles",
}  # fmt: skip
_WELSH_SAID = r"(?:(?:d{0,2}y?wed|d{1,2}eud|d{1,2}ud)(?:odd|on|son|sant)|wedws)"


@cache
def _welsh() -> _Shapes:
    return (
        (re.compile(r"^(?:a|ac|ond)\s+(?=(?:beth|be|pwy|pryd|ble|lle|pa|faint)\b)", re.I), ""),
        (re.compile(r"\byear\s+(?=[aeiouwyhAEIOUWYH])"), "yr "),  # "yr Arlywydd", spelled out as texting's "yr"
        # "Beth wnaeth Xi ddweud …", "Pwy wnaeth ddweud …": "did … say", read as "said"
        (
            re.compile(r"^(?P<question>beth|be)\s+(?:wnaeth|naeth|nath)\s+(?P<who>.+?)\s+(?:dd?weud|dd?eud)\b", re.I),
            r"\g<question> ddwedodd \g<who>",
        ),
        (re.compile(r"\b(?:wnaeth|naeth|nath)\s+(?:ddweud|ddeud)\b", re.I), "ddwedodd"),
        (
            re.compile(
                rf"^pwy\s+{_WELSH_SAID}\s*,?\s+(?:(?:y|fod|bod)\s+(?=dyl|ddyl|bydd|gall|mae|oedd)|mai\s+|taw\s+)?", re.I
            ),
            "who said ",
        ),
        (
            re.compile(
                rf"^(?:beth|be)\s+{_WELSH_SAID}\s+(?P<who>.+?)\s+(?:am|ynglŷn\s+â|ynglyn\s+a|ynghylch)\s+(?P<topic>.+)$",
                re.I,
            ),
            r"what did \g<who> say about \g<topic>",
        ),
        (
            re.compile(rf"^(?:beth|be)\s+{_WELSH_SAID}\s+(?P<who>.+?)\s+wrth\s+(?P<whom>.+)$", re.I),
            r"what did \g<who> say to \g<whom>",
        ),
        (re.compile(rf"^(?:beth|be)\s+{_WELSH_SAID}\s+(?P<who>.+)$", re.I), r"what did \g<who> say"),
        (
            re.compile(
                r"^pwy\s+(?:(?:wnaeth|naeth|nath)\s+)?(?:gyfarfod|gwrdd|gyfarfu|gwrddodd)\s+(?:â|ag|a|gyda|efo)\s+",
                re.I,
            ),
            "who met ",
        ),
        (
            re.compile(
                r"^(?:pwy|gyda\s+phwy|â\s+phwy|a\s+phwy|efo\s+pwy)\s+(?:y\s+)?(?:wnaeth|naeth|nath|gwnaeth)\s+"
                r"(?P<who>.+?)\s+"
                r"(?:gyfarfod|cyfarfod|gwrdd|cwrdd)(?:\s+(?:â|ag|gyda|efo)(?=\s|$))?",
                re.I,
            ),
            r"who did \g<who> meet",
        ),
        (
            re.compile(
                r"^(?:gyda\s+phwy|â\s+phwy|a\s+phwy|efo\s+pwy)\s+(?:y\s+)?(?:gyfarfu|cyfarfu|gwrddodd|cwrddodd)\s+"
                r"(?P<who>.+?)(?=\s+yn\s|$)",
                re.I,
            ),
            r"who did \g<who> meet",
        ),
        (
            re.compile(
                r"^pwy\s+(?:ysgrifennodd|sgwennodd|sgrifennodd"
                r"|(?:wnaeth|naeth|nath)\s+(?:ysgrifennu|sgwennu|sgrifennu))\s+",
                re.I,
            ),
            "who wrote ",
        ),
        (re.compile(r"^pwy\s+(?:yw|ydy|ydi|di)\s+", re.I), "who is "),
        (re.compile(r"^pwy\s+oedd\s+", re.I), "who was "),
        (re.compile(r"^(?:beth|be)\s+(?:yw|ydy|ydi)\s+", re.I), "what is "),
        (re.compile(r"^(?:beth|be)\s+oedd\s+", re.I), "what was "),
        (
            re.compile(
                r"^(?:pa\s+mor\s+hir|am\s+ba\s+hyd|am\s+faint(?:\s+o\s+amser)?)\s+(?:oedd|roedd|barodd|parodd|fuodd|fu)\s+"
                r"(?P<what>.+?)(?:\s+(?:yn\s+)?(?:para|bara|parhau|barhau))?$",
                re.I,
            ),
            r"how long did \g<what> last",
        ),
        (
            re.compile(r"^faint\s+o\s+(?P<thing>\S+)\s+(?:barodd|parodd|fuodd|fu)\s+(?P<what>.+)$", re.I),
            r"how many \g<thing> did \g<what> last",
        ),
        (re.compile(r"^(?:pa\s+mor\s+hir|am\s+ba\s+hyd)\b", re.I), "how long"),
        (
            re.compile(
                r"^(?:dwed|dweda|dywed|dwedwch|dywedwch|deud|deuda|deudwch)\s+(?:wrtha\s*i|wrtha\s*fi|wrthon\s+ni)\s+am\s+",
                re.I,
            ),
            "tell me about ",
        ),
        (re.compile(r"^faint\s+o\s+", re.I), "how many "),
        (re.compile(r"^faint\b", re.I), "how much"),
        (re.compile(r"^pryd\b", re.I), "when"),
        (re.compile(r"^(?:ble|lle)\b", re.I), "where"),
        (re.compile(r"^pa\s+(?!mor\b)", re.I), "which "),
        (re.compile(r"^sut\b", re.I), "how"),
        (re.compile(r"^pam\b", re.I), "why"),
        (re.compile(r"\b(?i:yr\s+)?(?i:arlywydd)\s+(?=[A-Z])"), "President "),  # "yr Arlywydd Xi"
        *_word_for_word(_WELSH_ENGLISH),
        _TITLE_OF_COUNTRY,  # "Gweinidog Tramor Tsieina": China's Foreign Minister
        (
            re.compile(r"\b(?:yr|y)\s+(?P<noun>\w+(?:\s+\w+){0,2}?)\s+(?P<adjective>Chinese|American)\b", re.I),
            r"the \g<adjective> \g<noun>",
        ),
        (re.compile(r"\byn\s+(?=the\b|[A-Z])"), "in "),  # "yn Beijing"
        (re.compile(r"\b(?:yr|y)\b(?=\s+\w)", re.I), "the"),
        _US_FOREIGN_MINISTER,
    )


_WELSH_WORDS = re.compile(
    rf"\b(?:{_WELSH_SAID}|pwy|pryd|arlywydd|gyfarfod|cyfarfod|erthygl|wrtha)\b"
    rf"|^(?:beth|be)\s+(?:{_WELSH_SAID}|wnaeth|naeth|nath|yw|ydy|ydi|oedd)\b"
    r"|^(?:ble|lle)\s+(?:oedd|mae|roedd|wnaeth|gwnaeth|naeth|nath|cafodd|gafodd|ddigwyddodd|fydd)\b"
    r"|^(?:pa\s+mor|am\s+(?:faint|ba\s+hyd)|faint\s+(?:o|oedd|wnaeth|mae|yw|ydy))\b",
    re.I,
)
# How readers ask in Yoruba, or in Nigerian English with Yoruba question words: "Kini Xi so nipa Taiwan?" (what did Xi
# say about Taiwan), "Ta lo so pe …" (who said …), "Ta ni Blinken meet for Beijing?" (whom did Blinken meet in
# Beijing), "Bawo ni meeting yen se gun to?" or "How long ni meeting yen take?" (how long did the meeting last). Read
# without tone marks and under-dots ("Kí ni Xi sọ nípa Taiwan?"), which readers type or leave out.
_YORUBA_MARKED = (("a", "áàā"), ("e", "éèẹ"), ("i", "íì"), ("o", "óòọ"), ("u", "úù"), ("n", "ńǹ"), ("s", "ṣ"))
_YORUBA_ENGLISH = {
    "won\\s+gbodo\\s+je": "they must be", "gbodo\\s+je": "must be", "won\\s+gbodo": "they must", "gbodo": "must",
    "won\\s+yoo": "they will", "yoo": "will", "nipa": "about", "ati": "and", "pelu": "with",
    "minisita\\s+(?:oro\\s+)?(?:ile\\s+)?(?:okeere|ajeji)": "foreign minister", "minisita": "minister",
    "aare": "President", "olori": "leader", "akowe": "secretary", "oniroyin": "journalist",
    "(?:ara|omo)\\s+Ameri[kc]a": "American", "(?:ara|omo)\\s+(?:Saina|China)": "Chinese", "Amerika": "America",
    "Saina": "China", "won(?=\\s+(?:meet|take|talk|say|so|ti|fe))": "they", "ipade": "meeting", "iroyin": "article",
    "wakati": "hours",
}  # fmt: skip
_YORUBA_WHO = r"(?:ta\s+ni|tani)"
_YORUBA_WHO_IT_IS = r"(?:ta\s+lo|ta\s+ni\s+o|tani\s+o)"  # "ta lo so" (who is it that said)
_YORUBA_SAY = r"(?:so|talk|say|tok|said)"


@cache
def _yoruba() -> _Shapes:
    return (
        (re.compile("[\u0300\u0301\u0304\u0323]"), ""),  # tone marks and under-dots typed as marks of their own
        *((re.compile(f"[{marked}]"), plain) for plain, marked in _YORUBA_MARKED),
        *((re.compile(f"[{marked.upper()}]"), plain.upper()) for plain, marked in _YORUBA_MARKED),
        (
            re.compile(rf"^(?:{_YORUBA_WHO_IT_IS}|{_YORUBA_WHO})\s+{_YORUBA_SAY}\s+(?:pe\s+|that\s+|say\s+)?", re.I),
            "who said ",
        ),
        (re.compile(rf"^{_YORUBA_WHO_IT_IS}\s+(?:meet|met|pade)\s+", re.I), "who met "),
        (re.compile(rf"^(?:{_YORUBA_WHO_IT_IS}|{_YORUBA_WHO})\s+(?:ko|write|wrote)\s+", re.I), "who wrote "),
        (re.compile(rf"^{_YORUBA_WHO}\s+(?P<who>.+?)\s+(?:meet|met|pade)\b", re.I), r"who did \g<who> meet"),
        (re.compile(r"(?<=\bmeet)\s+(?:for|ni)\s+", re.I), " in "),  # "meet for Beijing"
        (
            re.compile(rf"^ki\s*ni\s+(?P<who>.+?)\s+{_YORUBA_SAY}\s+(?:nipa|about|lori)\s+(?P<topic>.+)$", re.I),
            r"what did \g<who> say about \g<topic>",
        ),
        (
            re.compile(rf"^ki\s*ni\s+(?P<who>.+?)\s+{_YORUBA_SAY}\s+(?:fun|to|give)\s+(?P<whom>.+)$", re.I),
            r"what did \g<who> say to \g<whom>",
        ),
        (re.compile(rf"^ki\s*ni\s+(?P<who>.+?)\s+{_YORUBA_SAY}$", re.I), r"what did \g<who> say"),
        (
            re.compile(
                r"^(?:how\s+long|bawo\s+ni)\s+(?:ni\s+)?(?P<what>.+?)\s+"
                r"(?:(?:se\s+|ti\s+|fi\s+)?gun\s+to|take|took|last|lasted)$",
                re.I,
            ),
            r"how long did \g<what> last",
        ),
        (re.compile(r"^bawo\s+ni\b", re.I), "how"),
        *(
            rule
            for yoruba, english in ((r"(?:nibo|ibo(?=\s+ni\b))", "where"), (r"n?igba\s*wo", "when"))
            for rule in (
                (
                    re.compile(
                        rf"^{yoruba}\s+(?:ni\s+|lo\s+)?(?P<who>(?!ti\s).+?)\s+(?:ti\s+)?(?:meet|met|pade)\b", re.I
                    ),
                    rf"{english} did \g<who> meet",
                ),
                (
                    re.compile(
                        rf"^{yoruba}\s+(?:ni\s+)?(?P<what>(?!ti\s).+?)\s+"
                        r"(?:ti\s+)?(?:waye|sele|happen|take\s+place|hold)\b",
                        re.I,
                    ),
                    rf"{english} did \g<what> take place",
                ),
                (re.compile(rf"^{yoruba}\s+(?:ni\s+|lo\s+)?", re.I), f"{english} "),
            )
        ),
        (re.compile(r"^(?P<thing>\S+(?:\s+\S+)?)\s+meloo?\s+(?:ni\s+)?", re.I), r"how many \g<thing> "),
        (re.compile(r"^meloo?\s+(?:ni\s+)?", re.I), "how many "),
        # "how many principles Xi propose": the "did" Nigerian English leaves out
        (
            re.compile(
                r"^how\s+many\s+(?P<thing>\S+)\s+(?:ti\s+)?(?P<who>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+(?:ti\s+)?(?=[a-z])"
            ),
            r"how many \g<thing> did \g<who> ",
        ),
        (re.compile(rf"^{_YORUBA_WHO}\s+", re.I), "who is "),
        *_word_for_word(_YORUBA_ENGLISH),
        (
            re.compile(
                r"\b(?P<noun>(?i:(?:foreign\s+)?minister|president|leader|official|secretary|journalist))\s+"
                r"(?P<adjective>American|Chinese)(?:\s+(?i:yen|naa|yi|yii))?\b"
            ),
            r"the \g<adjective> \g<noun>",
        ),
        (re.compile(r"\b(?P<noun>[A-Za-z]+)\s+(?:yen|naa)\b"), r"the \g<noun>"),  # "meeting yen": that meeting
        (re.compile(r"\b(?P<noun>[A-Za-z]+)\s+(?:yi|yii)\b"), r"this \g<noun>"),  # "article yi"; not "Wang Yi"
        _TITLE_OF_COUNTRY,
        _US_FOREIGN_MINISTER,
    )


_YORUBA_WORDS = re.compile(
    r"^(?:k[ií]\s*n[ií]|t[aá]\s*(?:n[ií]|l[oóọ])|n[ií]b[oọ]|[ií]b[oọ]\s+n[ií]|n?[iíì]gb[aà]\s*w[oóọ]|b[aá]w[oọ]\s+n[ií]"
    r"|how\s+long\s+n[ií]|m[eé]l[oòọ][oóọ]?)(?!\w)"
    r"|(?<!\w)(?:n[ií]pa|gb[oọ]d[oọ]|[aà][aà]r[eẹ]|m[eé]l[oòọ][oóọ]?\s+n[ií])(?!\w)",
    re.I,
)
# How readers ask in Ukrainian typed in Latin letters: "Shcho Xi skazav pro Taiwan?" (what did Xi say about Taiwan),
# "Khto skazav, shcho …" (who said …), "Z kym zustrivsia Blinken u Beijing?" (whom did Blinken meet in Beijing),
# "Skilky tryvala zustrich?" (how long did the meeting last), "Khto avtor tsiiei statti?" (who wrote this article).
_UKRAINIAN_ENGLISH = {
    "ministr\\w*\\s+zakordonnykh\\s+sprav|(?:ministr|holov)\\w*\\s+MZS": "foreign minister",
    "derzh\\w*\\s+sekretar\\w*|derzhsekretar\\w*": "secretary of state", "ministr\\w*": "minister",
    "prezydent\\w*": "president", "lider\\w*": "leader", "posadov\\w*": "official", "rechnyk\\w*": "spokesperson",
    "zhurnalist\\w*": "journalist", "dyplomat\\w*": "diplomat", "amerykansk\\w*": "American",
    "kyta[iy]sk\\w*": "Chinese", "Kyta[iy]\\w*": "China", "SShA|SSHA": "the US", "Ameryk\\w*": "America",
    "Rosi(?:ia|ya|i|iu|yu|ieiu)": "Russia",
    "ts(?:iiei|iyeyi|iei|ieyi|ijeji)\\s+stat+[iy]|tsiu\\s+stat+[iy]u": "this article",
    "stat+(?:ia|ya|i|iu|yu)": "the article", "zustrich\\w*": "the meeting", "perehovor\\w*": "the talks",
    "pro|shchodo": "about", "ta": "and", "z|iz|zi": "with", "pislia|pislya": "after", "pid\\s+chas": "during",
    "pered": "before", "ne": "not", "vony": "they", "vin": "he", "vona": "she", "povynni|maiut|mayut": "should",
    "buty": "be", "partneramy|partnery": "partners", "supernykamy|suprotyvnykamy": "rivals", "hodyn\\w*": "hours",
    "pryntsyp\\w*": "principles", "dva|dvi": "two",
}  # fmt: skip
_UKRAINIAN_WHAT = r"(?:shcho|shco|scho|sho|shto)"
_UKRAINIAN_SAID = r"(?:s?kaza(?:v|la|ly|lo)|za(?:ia|ya|ja)vy(?:v|la|ly)|[hg]ovory(?:v|la|ly)|povidomy(?:v|la|ly))"
_UKRAINIAN_MET = (
    r"(?:zustri(?:vsia|vsya|vsja|lasia|lasya|lysia|lysya|chavsia|chavsya|v|la|ly)|bachy(?:vsia|vsya|lysia|lysya))"
)


@cache
def _ukrainian() -> _Shapes:
    return (
        (re.compile(r"^(?:a|i|ta)\s+(?=(?:shcho|khto|koly|de|skilky|z\s+kym)\b)", re.I), ""),
        (re.compile(r"\b(?:u|v|you)\s+(?=[A-Z])"), "in "),  # "u Beijing", spelled out as texting's "u"
        (re.compile(rf"^khto\s+{_UKRAINIAN_SAID}\s*,?\s+(?:{_UKRAINIAN_WHAT}\s+|that\s+)?", re.I), "who said "),
        (
            re.compile(r"^khto\s+(?:avtor(?:ka)?|napysa(?:v|la))\s+(?:ts\w+\s+)?stat+[iy]\w*$", re.I),
            "who wrote the article",
        ),
        (re.compile(r"^khto\s+avtor(?:ka)?\b", re.I), "who is the author"),
        (
            re.compile(rf"^khto\s+{_UKRAINIAN_MET}\s+(?:z|iz|zi)\s+(?P<whom>.+?)(?:(?<=\w{{4}})(?:om|em|ym))?$", re.I),
            r"who met \g<whom>",
        ),
        (
            re.compile(
                rf"^(?:(?:z|iz|zi)\s+kym|koho|kogo)\s+{_UKRAINIAN_MET}\s+"
                r"(?P<who>.+?)(?=\s+(?:in|na|pid\s+chas|pislia)\s|$)",
                re.I,
            ),
            r"who did \g<who> meet",
        ),
        (
            re.compile(rf"^(?:(?:z|iz|zi)\s+kym|koho|kogo)\s+(?P<who>.+?)\s+{_UKRAINIAN_MET}\b", re.I),
            r"who did \g<who> meet",
        ),
        (
            re.compile(
                rf"^{_UKRAINIAN_WHAT}\s+(?P<who>.+?)\s+{_UKRAINIAN_SAID}\s+(?:pro|shchodo)\s+(?P<topic>.+)$", re.I
            ),
            r"what did \g<who> say about \g<topic>",
        ),
        (
            re.compile(
                rf"^{_UKRAINIAN_WHAT}\s+{_UKRAINIAN_SAID}\s+(?P<who>.+?)\s+(?:pro|shchodo)\s+(?P<topic>.+)$", re.I
            ),
            r"what did \g<who> say about \g<topic>",
        ),
        # "Shcho Wang Yi skazav Blinkenu?": whom it was said to, named without the ending of "to"
        (
            re.compile(
                rf"^{_UKRAINIAN_WHAT}\s+(?P<who>.+?)\s+{_UKRAINIAN_SAID}\s+(?P<whom>.+?)(?:(?<=\w{{4}})(?:ovi|evi|u))?$",
                re.I,
            ),
            r"what did \g<who> say to \g<whom>",
        ),
        (re.compile(rf"^{_UKRAINIAN_WHAT}\s+(?P<who>.+?)\s+{_UKRAINIAN_SAID}$", re.I), r"what did \g<who> say"),
        (re.compile(rf"^{_UKRAINIAN_WHAT}\s+{_UKRAINIAN_SAID}\s+(?P<who>.+)$", re.I), r"what did \g<who> say"),
        (
            re.compile(r"^skilky\s+hod[iy]n\s+tryva\w*\s+(?P<what>.+)$", re.I),
            r"how many hours did \g<what> last",
        ),
        (
            re.compile(r"^(?:skilky(?:\s+chasu)?|[iy]ak\s+dov[hg]o)\s+tryva\w*\s+(?P<what>.+)$", re.I),
            r"how long did \g<what> last",
        ),
        (re.compile(r"^(?:skilky\s+chasu|[iy]ak\s+dov[hg]o)\b", re.I), "how long"),
        (re.compile(r"^skilky\b", re.I), "how many"),
        *(
            rule
            for ukrainian, english in (("koly", "when"), ("de", "where"))
            for rule in (
                (
                    re.compile(rf"^{ukrainian}\s+(?:vidbu\w*|prokhody\w*|bula|buv|buly|bulo)\s+(?P<what>.+)$", re.I),
                    rf"{english} was \g<what>",
                ),
                (re.compile(rf"^{ukrainian}\s+{_UKRAINIAN_MET}\s+(?P<who>.+)$", re.I), rf"{english} did \g<who> meet"),
                (
                    re.compile(rf"^{ukrainian}\s+(?P<who>.+?)\s+{_UKRAINIAN_MET}\b", re.I),
                    rf"{english} did \g<who> meet",
                ),
            )
        ),
        (re.compile(r"^koly\b", re.I), "when"),
        (re.compile(r"^de\s+(?=(?:vin|vona|vony|bula|buv|buly|zhyve|znakhodyt\w*|perebuva\w*)\b)", re.I), "where "),
        (re.compile(r"^chomu\b", re.I), "why"),
        (re.compile(r"^(?:[iy]akyi|[iy]akyy|[iy]aka|[iy]ake|[iy]aki|kotryi|kotra|kotre)\b", re.I), "which"),
        (re.compile(r"^[iy]ak\b", re.I), "how"),
        (re.compile(r"^khto\s+(?:takyi|takyy|taka|taki|tse|ye|ie)\s+", re.I), "who is "),
        (re.compile(r"^khto\b", re.I), "who"),
        (re.compile(r"\bi\b"), "and"),  # "Blinken i Wang"; a capital "I" is English
        *_word_for_word(_UKRAINIAN_ENGLISH),
        (
            re.compile(
                r"(?<!\bthe )\b(?P<adjective>American|Chinese)\s+(?=(?:foreign\s+minister|minister|president|secretary"
                r"|leader|official|spokesperson|journalist|diplomat)\b)"
            ),
            r"the \g<adjective> ",
        ),
        _TITLE_OF_COUNTRY,
        _US_FOREIGN_MINISTER,
    )


_UKRAINIAN_WORDS = re.compile(
    rf"\b(?:shcho|shco|scho|khto|koly|skilky|{_UKRAINIAN_SAID}|z\s+kym|{_UKRAINIAN_MET}|zustrich\w*|tryva(?:la|ly|v))\b"
    r"|^(?:sho|shto)\s.*\b(?:s?kaza(?:v|la|ly))\b"
    r"|^de\s+(?:\w+\s+)?(?:vidbu\w*|zustri\w*|bula|buv|buly|zhyve|znakhodyt\w*|perebuva\w*|prokhody\w*)\b",
    re.I,
)
# What the phrasebooks below share once their words are English: a title and the country it serves ("the foreign
# minister of China", Romanian "ministrul de externe al Chinei", Māori "te minita o Haina": China's foreign minister;
# of the US, the US one), and a nationality put after its title ("the foreign minister Chinese").
_OFFICE = r"(?:(?:foreign\s+|prime\s+)?minister|president|leader|secretary\s+of\s+state|spokesperson|official)"
_TITLE_OF_A_COUNTRY = (
    re.compile(
        rf"\b(?:(?i:the)\s+)?(?P<title>(?i:{_OFFICE}))\s+(?i:of|from)\s+"
        r"(?P<country>China|America|Russia|Taiwan|Ukraine|Israel|Iran|India|Japan|Britain|Nigeria|South\s+Africa"
        r"|New\s+Zealand|Australia|Romania|Czechia)\b(?!['’])"
    ),
    r"\g<country>'s \g<title>",
)
_TITLE_OF_THE_US = (
    re.compile(
        rf"\b(?:(?i:the)\s+)?(?P<title>(?i:{_OFFICE}))\s+(?:(?i:of|from)\s+)?(?:(?i:the)\s+)?(?:US|USA|United\s+States)\b"
    ),
    r"the US \g<title>",
)
_NATIONALITY_AFTER_TITLE = (
    re.compile(
        rf"\b(?:(?i:the)\s+)?(?P<title>(?i:{_OFFICE}|journalist|diplomat))\s+(?P<nationality>American|Chinese|Russian)\b"
    ),
    r"the \g<nationality> \g<title>",
)
_NATIONALITY_WITHOUT_THE = (
    re.compile(rf"(?<!\bthe )\b(?P<nationality>American|Chinese|Russian)\s+(?=(?i:{_OFFICE}|journalist|diplomat)\b)"),
    r"the \g<nationality> ",
)
_IN_ENGLISH_AT_LAST = (
    (re.compile(r",?\s+please$", re.I), ""),  # "Dej mi jeho citaty prosim": give me his quotes
    _TITLE_OF_A_COUNTRY,
    _TITLE_OF_COUNTRY,
    _TITLE_OF_THE_US,
    _NATIONALITY_AFTER_TITLE,
    _NATIONALITY_WITHOUT_THE,
    _US_FOREIGN_MINISTER,
    # "the president Xi" (Romanian "președintele Xi"): President Xi
    (
        re.compile(
            r"\b(?i:the)\s+(?P<title>(?i:president|(?:prime\s+|foreign\s+)?minister|secretary\s+of\s+state))\s+(?=[A-Z][a-z])"
        ),
        lambda match: f"{match.group('title').title().replace(' Of ', ' of ')} ",
    ),
)
_NAMED = r"(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)"  # "Blinken", "Wang Yi", "Antony Blinken"
_ANSWER_WORDS = r"(?P<rest>\s*[,?].*)?$"  # what follows the question itself: ", exact words please"


def _plain_letters(marked_letters: tuple[tuple[str, str], ...]) -> _Shapes:
    """A language's accented letters typed plain, in both cases ("întâlnit": "intalnit")."""
    return tuple(
        (re.compile(f"[{marked if lower else marked.upper()}]"), plain if lower else plain.upper())
        for plain, marked in marked_letters
        for lower in (True, False)
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


def _how_many_done(done: dict[str, str]) -> Callable[[re.Match[str]], str]:
    """A language's "how many principles did Xi propose", its verb of what was done put into English."""

    def how_many(match: re.Match[str]) -> str:
        """ "how many principii did Xi propose" (the thing put into English after)."""
        rest = match.groupdict().get("rest") or ""
        return f"how many {match.group('thing')} did {match.group('who')} {done[match.group('done').lower()]}{rest}"

    return how_many


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
        *_IN_ENGLISH_AT_LAST,
    )


_ROMANIAN_WORDS = re.compile(
    r"^(?:(?:si|și|iar|dar)\s+)?(?:ce\s+(?:a|au|i-a|le-a)\s|cine\s|cu\s+cine\b|pe\s+cine\b|c[aâ]nd\s|unde\s"
    r"|c[aâ]t(?:e|i|ă|ț?i)?\s|de\s+ce\s)"
    r"|\b(?:spus|zis|durat|[iî]nt[aâ]lni(?:t|re|rea|rii)|despre|men[tțţ]ionat[aă]?|citatele|(?:te|v[aă])\s+rog)\b"
    r"|\b(?:d[aă]|spune|arat[aă])-mi\b",
    re.I,
)
# How readers ask in Czech, often without its accents and with English words: "Co řekl Xi o Taiwanu?" (what did Xi
# say about Taiwan), "Kdo řekl, že …" (who said …), "S kým se Blinken setkal v Pekingu?" (whom did Blinken meet in
# Beijing), "Jak dlouho trvala schůzka?" (how long did the meeting last), "ministr zahraničí Číny" (China's foreign
# minister), "Dej mi všechny jeho citáty" (give me all his quotes). A capitalised name declined after a preposition
# or as the one spoken to is read in its own form ("s Blinkenem", "o Taiwanu", "Blinkenovi": with Blinken, about
# Taiwan, to Blinken; "Blinkenovy citáty": Blinken's quotes), and Czech names of places as English ones ("Peking").
_CZECH_MARKED = (
    ("a", "á"), ("c", "č"), ("d", "ď"), ("e", "éě"), ("i", "í"), ("n", "ň"), ("o", "ó"), ("r", "ř"), ("s", "š"),
    ("t", "ť"), ("u", "úů"), ("y", "ý"), ("z", "ž"),
)  # fmt: skip
_CZECH_PLACES = {
    "(?-i:Si\\s+Tin-?pching\\w*)": "Xi Jinping", "(?-i:Peking\\w*)": "Beijing", "(?-i:Tchaj-?wan\\w*)": "Taiwan",
    "(?-i:Cin(?:a|y|e|u|ou))": "China", "(?-i:Ameri(?:ka|ky|ce|ku|kou))": "America",
    "(?-i:Spojen\\w*\\s+stat\\w*|USA)": "the United States", "(?-i:Rusk(?:o|a|u|em))": "Russia",
    "(?-i:Ukrajin(?:a|y|e|u|ou))": "Ukraine", "(?-i:Moskv(?:a|y|e|u|ou))": "Moscow", "cinsk\\w*": "Chinese",
    "americk\\w*": "American", "rusk\\w*": "Russian",
}  # fmt: skip
_CZECH_ENGLISH = {
    "ministr\\w*\\s+zahranic\\w*(?:\\s+vec\\w*)?": "the foreign minister",
    "statni\\w*\\s+tajemn\\w*": "the secretary of state", "ministr\\w*": "the minister",
    "prezident\\w*": "the president", "premier\\w*": "the prime minister", "lidr\\w*": "the leader",
    "mluvc\\w*": "the spokesperson", "uredni\\w*|predstavitel\\w*": "the official", "novinar\\w*": "the journalist",
    "diplomat\\w*": "the diplomat", "autor\\w*": "the author",
    "(?:ten|tento|tenhle|tohoto|tomto|tom)\\s+clan(?:ek|ku)": "this article", "clan(?:ek|ku|kem)": "the article",
    "schuz(?:ka|ky|ce|ku|kou)|setkani": "the meeting", "jednani|rozhovory|rozhovoru": "the talks",
    "hodin(?:y|u|a)?": "hours", "principy|principu|principi|zasady|zasad": "principles",
    "by\\s+meli\\s+byt|meli\\s+by\\s+byt|maji\\s+byt|musi\\s+byt": "they should be", "by\\s+meli|meli\\s+by": "should",
    "byt": "be", "partneri|partnery|partnerami|partnerem": "partners", "souperi|soupere|rivalove|rivaly": "rivals",
    "vztah(?:y|u|ich|um)": "relations", "vztah": "relationship", "predplatne\\w*": "the subscription",
    "cen(?:a|u|y)": "the price", "oni|ony": "they", "jeho": "his", "jeji": "her", "jejich": "their",
    "vsechny|vsechna|vsech|vse": "all", "citaty|citace|citaci": "quotes", "vyroky|vyjadreni|prohlaseni": "statements",
    "presna\\s+slova": "the exact words", "slova": "words", "presn\\w*": "exact", "prosim": "please",
    "dej(?:te)?\\s+mi": "give me", "rekni(?:te)?\\s+mi|povez(?:te)?\\s+mi": "tell me", "ukaz(?:te)?\\s+mi": "show me",
    "a": "and", "nebo": "or", "o|ohledne": "about", "(?<!['’])(?:s|se(?=\\s+(?-i:[SZ])))": "with", "se": "",
    "v|ve": "in", "na": "at", "(?:z|ze)(?=\\s+(?-i:[A-Z]))": "from", "ze": "that", "do": "to", "k|ke": "to",
    "po": "after", "pred": "before", "behem": "during", "ne": "not", "dva|dve": "two", "tri": "three", "je": "is",
    "jsou": "are", "byl|byla|bylo": "was", "byli|byly": "were",
    "you(?=\\s+(?-i:[A-Z]))": "at",  # "u Blinkena", spelled out as texting's "u"
}  # fmt: skip
_CZECH_NAME = r"[A-Z][a-z-]{2,}[bcdfghjklmnpqrstvwxz]"  # "Blinken", "Taiwan": a name its case ending is put on
_CZECH_FIRST_NAME = r"(?P<first>(?:[A-Z][\w-]*\s+)?)"  # "s Antony Blinkenem": only the last name is declined
_CZECH_SAID = r"(?:rekl[aiy]?|rikal[aiy]?|prohlasil[aiy]?|uvedl[aiy]?|tvrdil[aiy]?|sdelil[aiy]?|said)"
_CZECH_MET = r"(?:setkal[aiy]?|sesel|sesl[aiy]|potkal[aiy]?|met)"
# What was done, asked how many times: "Kolik principů navrhl Xi?" (how many principles did Xi propose)
_CZECH_DONE = {
    "navrhl": "propose", "zminil": "mention", "podepsal": "sign", "oznamil": "announce", "navstivil": "visit",
    "rekl": "say", "uvedl": "state", "prodal": "sell", "koupil": "buy", "ztratil": "lose",
}  # fmt: skip
_CZECH_DONE_WORDS = "|".join(_CZECH_DONE)


@cache
def _czech() -> _Shapes:
    return (
        *_plain_letters(_CZECH_MARKED),
        *_word_for_word(_CZECH_PLACES),
        (re.compile(rf"\b(?P<name>{_CZECH_NAME})(?:ovy|ova|ovo|uv|ovych)\b"), r"\g<name>'s"),  # "Blinkenovy citaty"
        (
            re.compile(
                rf"\b(?P<by>(?i:o|v|ve|na|z|ze|do|k|ke|u|you|po|od|pri|bez|podle|kolem))\s+{_CZECH_FIRST_NAME}"
                rf"(?P<name>{_CZECH_NAME})u\b"
            ),
            r"\g<by> \g<first>\g<name>",
        ),
        (
            re.compile(rf"\b(?P<by>(?i:s|se|za|pred|nad|pod|mezi))\s+{_CZECH_FIRST_NAME}(?P<name>{_CZECH_NAME})em\b"),
            r"\g<by> \g<first>\g<name>",
        ),
        (re.compile(rf"\b(?i:o)\s+{_CZECH_FIRST_NAME}(?P<name>{_CZECH_NAME})ovi\b"), r"about \g<first>\g<name>"),
        (re.compile(rf"\b(?i:k|ke)\s+{_CZECH_FIRST_NAME}(?P<name>{_CZECH_NAME})ovi\b"), r"to \g<first>\g<name>"),
        (re.compile(rf"\b(?P<name>{_CZECH_NAME})ovi\b"), r"to \g<name>"),  # "Co rekl Wang Yi Blinkenovi?"
        (
            re.compile(
                r"^(?:(?:a|ale|tak|no)\s+|(?:rekni|reknete|povez|povezte)\s+mi,?\s+)"
                r"(?=(?:co|kdo|kdy|kde|jak|kolik|koho|s\s+kym)\b)",
                re.I,
            ),
            "",
        ),
        (re.compile(rf"^kdo\s+{_CZECH_SAID}\s*,?\s+(?:ze\s+|that\s+)?", re.I), "who said "),
        (
            re.compile(r"^kdo\s+(?:napsal\w*|je\s+autor\w*)(?:\s+(?:ten|tento|tenhle|tohoto)?\s*clan\w*)?$", re.I),
            "who wrote the article",
        ),
        (re.compile(r"^kdo\s+napsal\w*\s+", re.I), "who wrote "),
        (re.compile(rf"^kdo\s+se\s+{_CZECH_MET}\s+(?:s|se|with)\s+", re.I), "who met "),
        (
            re.compile(
                rf"^(?:s|se)\s+k[yi]m\s+se\s+{_CZECH_MET}\s+(?P<who>.+?)(?=\s+(?:v|ve|na|po|pred|behem|in)\s|$)", re.I
            ),
            r"who did \g<who> meet",
        ),
        (re.compile(rf"^(?:s|se)\s+k[yi]m\s+se\s+(?P<who>.+?)\s+{_CZECH_MET}\b", re.I), r"who did \g<who> meet"),
        (
            re.compile(
                r"^koho\s+(?:potkal\w*|navstivil\w*|prijal\w*)\s+(?P<who>.+?)(?=\s+(?:v|ve|na|po|in)\s|$)", re.I
            ),
            r"who did \g<who> meet",
        ),
        (re.compile(rf"^(?P<who>.+?)\s+se\s+{_CZECH_MET}\s+(?:s|se)\s+k[yi]m\b", re.I), r"who did \g<who> meet"),
        (re.compile(r"^kdo\s+je\s+", re.I), "who is "),
        (re.compile(r"^kdo\s+byl[a]?\s+", re.I), "who was "),
        *(
            rule
            for said in (rf"{_CZECH_SAID}\s+(?P<who>[^,?]+?)", rf"(?P<who>[^,?]+?)\s+{_CZECH_SAID}")
            for rule in (
                (
                    re.compile(rf"^co\s+{said}\s+(?:o|ohledne|about)\s+(?P<topic>[^,?]+){_ANSWER_WORDS}", re.I),
                    r"what did \g<who> say about \g<topic>\g<rest>",
                ),
                (
                    re.compile(rf"^co\s+{said}\s+to\s+(?P<whom>[^,?]+){_ANSWER_WORDS}", re.I),
                    r"what did \g<who> say to \g<whom>\g<rest>",
                ),
                (re.compile(rf"^co\s+{said}{_ANSWER_WORDS}", re.I), r"what did \g<who> say\g<rest>"),
            )
        ),
        (
            re.compile(r"^kolik\s+hodin\s+(?:trval[aoy]?|probihal[aoy]?)\s+(?P<what>.+)$", re.I),
            r"how many hours did \g<what> last",
        ),
        (
            re.compile(r"^(?:jak\s+dlouho|kolik\s+casu)\s+(?:trval[aoy]?|probihal[aoy]?)\s+(?P<what>.+)$", re.I),
            r"how long did \g<what> last",
        ),
        (re.compile(r"^(?P<what>.+?)\s+trval[aoy]?\s+jak\s+dlouho$", re.I), r"how long did \g<what> last"),
        (re.compile(r"^jak\s+dlouh[aeyo]\s+byl[aoy]?\s+", re.I), "how long was "),
        *(
            rule
            for czech, english in (("kdy", "when"), ("kde", "where"))
            for rule in (
                (
                    re.compile(rf"^{czech}\s+se\s+{_CZECH_MET}\s+(?P<who>.+?)\s+(?:s|se)\s+(?P<whom>.+)$", re.I),
                    rf"{english} did \g<who> meet \g<whom>",
                ),
                (re.compile(rf"^{czech}\s+se\s+{_CZECH_MET}\s+(?P<who>.+)$", re.I), rf"{english} did \g<who> meet"),
                (re.compile(rf"^{czech}\s+se\s+{_CZECH_MET}$", re.I), rf"{english} did they meet"),
                (
                    re.compile(rf"^{czech}\s+se\s+(?P<who>.+?)\s+{_CZECH_MET}\b(?P<rest>.*)$", re.I),
                    rf"{english} did \g<who> meet\g<rest>",
                ),
                (
                    re.compile(
                        rf"^{czech}\s+se\s+(?:konal[aoy]?|odehral[aoy]?|uskutecnil[aoy]?)\s+(?P<what>.+)$", re.I
                    ),
                    rf"{english} was \g<what> held",
                ),
                (re.compile(rf"^{czech}\s+(?:byl[aoy]?)\s+(?P<what>.+)$", re.I), rf"{english} was \g<what>"),
            )
        ),
        (
            re.compile(rf"^kolik\s+(?P<thing>\S+)\s+(?P<done>{_CZECH_DONE_WORDS})[aiy]?\s+(?P<who>.+)$", re.I),
            _how_many_done(_CZECH_DONE),
        ),
        (re.compile(r"^kolik\s+stoj[ií]\s+(?P<what>.+)$", re.I), r"how much does \g<what> cost"),
        (re.compile(r"^kolik\b", re.I), "how many"),
        (re.compile(r"^kdy\b", re.I), "when"),
        (re.compile(r"^kde\b", re.I), "where"),
        (re.compile(r"^proc\b", re.I), "why"),
        (re.compile(r"^jak\b", re.I), "how"),
        (re.compile(r"^(?:ktery|ktera|ktere|kteri)\b", re.I), "which"),
        (re.compile(r"^co\s+je\s+", re.I), "what is "),
        (
            re.compile(
                r"^(?:byl[aoy]?|je)\s+(?:v\s+clanku\s+)?(?:zminen|zminovan)[aoy]?\s+(?P<what>.+?)(?:\s+v\s+clanku)?$",
                re.I,
            ),
            r"was \g<what> mentioned",
        ),
        (
            re.compile(r"^(?P<what>.+?)\s+(?:byl[aoy]?|je)\s+(?:zminen|zminovan)[aoy]?\b.*$", re.I),
            r"was \g<what> mentioned",
        ),
        (
            re.compile(
                r"^(?:zminuje|zminil)\s+(?:se\s+)?(?:clanek\s+)?(?:o\s+)?(?P<what>.+?)(?:\s+v\s+clanku)?$", re.I
            ),
            r"is \g<what> mentioned",
        ),
        *_word_for_word(_CZECH_ENGLISH),
        (re.compile(r"\b(?P<nationality>American|Chinese|Russian)\s+the\s+"), r"the \g<nationality> "),  # "cinsky"
        *_IN_ENGLISH_AT_LAST,
    )


_CZECH_WORDS = re.compile(
    r"^(?:(?:a|ale|tak)\s+)?(?:co|kdo|kdy|kde|jak|kolik|koho|s\s+k[yý]m|se\s+k[yý]m|pro[cč])\s"
    r"|\b(?:[rř]ekl[aiy]?|[rř][ií]kal[aiy]?|setkal[aiy]?|trval[aoy]?|sch[uů]z(?:ka|ky|ce|ku)|[cč]l[aá]n(?:ek|ku)"
    r"|napsal[aiy]?|zm[ií]n[eě]n[aoy]?|zm[ií]nil[aiy]?|dlouho|pros[ií]m|cit[aá]ty)\b",
    re.I,
)
# How readers ask in isiZulu mixed with South African English: "Uthini u-Xi nge-Taiwan?" (what did Xi say about
# Taiwan), "Ubani othe …" (who said …), "U-Blinken uhlangane nobani e-Beijing?" (whom did Blinken meet in Beijing),
# "Umhlangano uthathe isikhathi esingakanani?" (how long did the meeting last), "ungqongqoshe wezangaphandle
# wase-China" (China's foreign minister), "Ngicela ungiphe zonke izingcaphuno zakhe" (please give me all his
# quotes). The prefixes put on a name or an English word are read as what they say: "u-Xi" (Xi), "no-Blinken" (and
# Blinken), "nge-Taiwan" (about Taiwan), "e-Beijing" (in Beijing), "ku-Blinken" (to Blinken), "ka-Xi" (of Xi),
# "i-article" (the article), "ama-partners" (partners), typed with the hyphen or without it before a capital
# ("uXi", "eBeijing").
_ZULU_PREFIXES = (
    (r"(?:u|o|ngu)", ""), (r"(?:nge|ngo|nga)", "about "), (r"(?:kwa|ku)", "to "), (r"ka", "of "),
    (r"(?:wase|yase|base|lase|zase|ase)", "of "), (r"(?:se|e)", "in "),
)  # fmt: skip
_ZULU_ENGLISH = {
    "ungqongqoshe\\s+wezangaphandle|ungqongqoshe\\s+wezindaba\\s+zangaphandle": "the foreign minister",
    "ungqongqoshe|ongqongqoshe": "the minister", "umongameli|omongameli": "the president",
    "unobhala\\s+wezwe|unobhala\\s+wombuso": "the secretary of state", "umholi|omholi": "the leader",
    "isikhulu": "the official", "umkhulumeli": "the spokesperson", "intatheli": "the journalist",
    "i?Shayina": "China", "i?Melika": "America", "izingcaphuno|izicaphuno|ama-?quotes": "quotes",
    "amazwi\\s+(?:akhe\\s+)?ngqo|amagama\\s+(?:akhe\\s+)?ngqo": "the exact words", "amazwi|amagama": "words",
    "umhlangano|emhlanganweni": "the meeting", "izingxoxo|ezingxoxweni": "the talks",
    "le\\s+ndaba|lesi\\s+sihloko|le-?article": "this article", "udaba|indaba|isihloko|i-article": "the article",
    "amahora": "hours", "izimiso|imigomo": "principles",
    "(?:kumele|kufanele)\\s+babe|mabe": "they should be", "(?:kumele|kufanele)\\s+(?:a|zi|i)be": "should be",
    "amazwe\\s+(?:amabili|womabili)": "the two countries", "amazwe": "the countries", "kumele|kufanele": "should",
    "ama-?partners|ozakwethu|abalingani": "partners", "izimbangi|izitha": "rivals", "futhi|kanye\\s+na": "and",
    "noma": "or", "ngemuva\\s+kw?e-?|emva\\s+kw?e-?": "after ", "ngaphambi\\s+kw?e-?": "before ",
    "zonke|wonke|konke": "all", "ngicela": "please", "u?(?:ngiphe|nginike)": "give me",
    "u?ngitshele": "tell me", "u?ngikhombise": "show me",
}  # fmt: skip
_ZULU_SAYS = r"(?:[uwb]a?thini|[uwb]a?the\s+ini|[uwb]a?shoni|[uwb]a?shilo\s+ini)"
_ZULU_MET = r"(?:[uwb]a?|be|o|aba)?hlangan[ae]\w*"
_ZULU_WHO = r"(?:ngu|u)?bani"


@cache
def _zulu() -> _Shapes:
    return (
        (re.compile(r"\byou\s+(?=[A-Z])"), ""),  # "u Xi", spelled out as texting's "u"
        (re.compile(r"(?<=hlangan[ae])\s+(?:no-?|na\s+)(?=[A-Z])"), " with "),  # "uhlangane no-Blinken"
        (re.compile(r"\bno-?(?=[A-Z])"), "and "),  # "u-Xi no-Blinken"
        *(
            (re.compile(rf"\b{zulu}(?:-(?=\w)|(?=(?-i:[A-Z][a-z])))", re.I), english)
            for zulu, english in _ZULU_PREFIXES
        ),
        (re.compile(r"\b(?:[zlsybkw]i)?ka-?(?=(?-i:[A-Z]))"), "of "),  # "izingcaphuno zika-Blinken": Blinken's
        (re.compile(r"\bi-(?=\w)", re.I), "the "),  # "i-meeting": the meeting
        (re.compile(r"\b(?:ama|izi|aba|ezi|ema)-(?=\w)", re.I), ""),  # "ama-partners"
        (re.compile(r"\bMongameli\s+(?=[A-Z])"), "President "),  # "uMongameli Xi"
        (re.compile(r"^(?:ngicela\s+)?u?(?:ngitshele|ngichazele)\s+(?:ukuthi\s+)?", re.I), ""),
        (re.compile(rf"^{_ZULU_WHO}\s+o(?:the|thi|shilo|shile)\s+(?:ukuthi\s+|that\s+)?", re.I), "who said "),
        (re.compile(rf"^{_ZULU_WHO}\s+o(?:hlangan[ae]\w*)\s+(?:with\s+)?", re.I), "who met "),
        (re.compile(rf"^{_ZULU_WHO}\s+o(?:bhal[ae]\w*)\s+", re.I), "who wrote "),
        (
            re.compile(rf"^(?P<who>.+?)\s+{_ZULU_MET}\s+(?:no|na\s+)bani\b(?P<rest>.*)$", re.I),
            r"who did \g<who> meet\g<rest>",
        ),
        *(
            rule
            for zulu, english in ((r"nini", "when"), (r"k[ue]phi", "where"))
            for rule in (
                (
                    re.compile(rf"^(?P<who>.+?)\s+{_ZULU_MET}\s+with\s+(?P<whom>.+?)\s+{zulu}$", re.I),
                    rf"{english} did \g<who> meet \g<whom>",
                ),
                (re.compile(rf"^(?P<who>.+?)\s+{_ZULU_MET}\s+{zulu}$", re.I), rf"{english} did \g<who> meet"),
                (re.compile(rf"^{_ZULU_MET}\s+{zulu}$", re.I), rf"{english} did they meet"),
                (
                    re.compile(rf"^(?P<what>.+?)\s+(?:\w*enzek\w*|\w*bamb\w*)\s+{zulu}$", re.I),
                    rf"{english} did \g<what> take place",
                ),
                (re.compile(rf"^(?P<what>.+?)\s+(?:ubu|bu|u|be|bek?u)?{zulu}$", re.I), rf"{english} was \g<what>"),
            )
        ),
        (
            re.compile(rf"^{_ZULU_SAYS}\s+(?P<who>[^,?]+?)(?P<topic>\s+(?:about|to)\s+[^,?]+)?{_ANSWER_WORDS}", re.I),
            r"what did \g<who> say\g<topic>\g<rest>",
        ),
        (re.compile(rf"^(?P<who>[^,?]+?)\s+{_ZULU_SAYS}\b(?P<rest>.*)$", re.I), r"what did \g<who> say\g<rest>"),
        (
            re.compile(r"^yini\s+(?P<who>[^,?]+?)\s+a(?:kushilo|kusho|shilo|the)\b(?P<rest>.*)$", re.I),
            r"what did \g<who> say\g<rest>",
        ),
        (re.compile(r"^(?:ku|kwa)(?:thiwani|shiwoni)\b", re.I), "what was said"),
        (
            re.compile(r"^(?P<what>.+?)\s+\w*thath\w*\s+isikhathi\s+esi(?:ngakanani|nganani)\b.*$", re.I),
            r"how long did \g<what> last",
        ),
        (
            re.compile(r"^(?P<what>.+?)\s+\w*thath\w*\s+amahora\s+amangaki\b.*$", re.I),
            r"how many hours did \g<what> last",
        ),
        (re.compile(r"^isikhathi\s+esi(?:ngakanani|nganani)\b", re.I), "how long"),
        (re.compile(r"^(?P<thing>\S+)\s+\w+ngaki\b", re.I), r"how many \g<thing>"),  # "izimiso ezingaki"
        (re.compile(r"^(?P<what>.+?)\s+(?:i|u|ku|li|si)?biza\s+malini$", re.I), r"how much does \g<what> cost"),
        (re.compile(r"^(?:ku|i|u)?biza\s+malini\s+(?P<what>.+)$", re.I), r"how much does \g<what> cost"),
        (re.compile(r"^malini\b", re.I), "how much"),
        (re.compile(r"^u?ngubani\s+", re.I), "who is "),
        (re.compile(r"^(?P<who>.+?)\s+u?ngubani$", re.I), r"who is \g<who>"),
        (re.compile(r"^ubani\s+(?=[A-Z])"), "who is "),
        (
            re.compile(
                r"^(?:ingabe\s+)?(?:kukhulunywe|kushiwo|kwashiwo|kubalulwe|kuphawulwe)\s+(?:about\s+)?(?P<what>.+?)"
                r"(?:\s+(?:in|to)\s+the\s+article)?$",
                re.I,
            ),
            r"was \g<what> mentioned",
        ),
        (
            re.compile(
                r"^(?:ingabe\s+)?(?P<what>.+?)\s+(?:u|i|ku|wa|ba)?(?:khulunyiwe|shiwo|balulwe|phawulwe)\b.*$", re.I
            ),
            r"was \g<what> mentioned",
        ),
        (re.compile(r"^kanjani\b", re.I), "how"),
        (re.compile(r"^(?:kungani|ngani)\b", re.I), "why"),
        # "izingcaphuno zakhe" (his quotes), "amazwi abo" (their words)
        (re.compile(r"\b(?P<noun>\S+)\s+(?:z|y|w|l|s|b)?akhe\b", re.I), r"his \g<noun>"),
        (re.compile(r"\b(?P<noun>\S+)\s+(?:z|y|w|l|s|b)?abo\b", re.I), r"their \g<noun>"),
        *_word_for_word(_ZULU_ENGLISH),
        (re.compile(rf"\b(?P<words>(?:exact\s+)?(?:quotes|words))\s+of\s+(?P<who>{_NAMED})"), r"\g<who>'s \g<words>"),
        *_IN_ENGLISH_AT_LAST,
    )


_ZULU_WORDS = re.compile(
    rf"\b(?:{_ZULU_SAYS}|[uwo]the|othi|{_ZULU_WHO}|ungubani|n[oa]bani|\w*hlangan[aeo]\w*|isikhathi|(?-i:nini)\W*$|k[ue]phi"
    r"|malini|kanjani|ngicela|ngitshele|u?ngiphe|u?nginike|ku(?:mele|fanele)|\w+ngaki|\w*khulunyiwe|kukhulunywe"
    r"|kushiwo|[ou]bhal[ae]|yini|kwathiwani)\b",
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
        *_IN_ENGLISH_AT_LAST,
    )


_MAORI_WORDS = re.compile(
    r"^(?:(?:a|ā)\s+)?(?:he\s+aha|ko\s+wai|n(?:a|ā|aa|o|ō|oo)\s+wai|p(?:e|ē|ee)hea|e\s+hia|(?:i|kei|ki)\s+hea"
    r"|(?:n(?:o|ō|oo)nahea|inahea|(?:a|ā|aa)hea)|i\s+t(?:u|ū|uu)taki|i\s+(?:k(?:o|ō|oo)rerotia|whakahuatia)"
    r"|h(?:o|ō|oo)mai)\b|\bt(?:e|ē|ee)n(?:a|ā|aa)\s+koa\b|\bki\s+a\s+wai\b",
    re.I,
)
# How London readers type Cockney on a phone: "wot did Xi say abaht Taiwan innit" (what did Xi say about Taiwan), "oo
# did Blinken go an' meet in Beijing then" (whom did Blinken meet in Beijing), "ow long was the meetin' goin on for"
# (how long did the meeting last), "oo reckoned they oughta be partners" (who said they ought to be partners), "give
# us all 'is quotes" (give me all his quotes). Read before texting's shorthand is spelled out ("wot's", "guv"), with
# the h a Londoner drops ("'is", "'e", "'ave"), "go an' meet" (meet) and a tag at the end ("then", "innit", "or wot")
# set aside; the dropped g ("meetin'") and "reckoned" (said) are read in intent.py.
_COCKNEY_ENGLISH = {
    "oo": "who", "ow": "how", "wot": "what", "(?-i:woz)": "was", "wiv": "with", "abaht": "about", "a?rahnd": "around",
    "dahn": "down", "aht": "out", "(?-i:fink)": "think", "(?-i:finks)": "thinks", "nuffink|nuffin": "nothing",
    "somefink|summink|summat": "something", "anyfink|anyfin": "anything", "oughta": "ought to", "geezer": "bloke",
    "goin": "going",
}  # fmt: skip
_COCKNEY_DROPPED_H = r"(?:is|im|er|e|ave|avin|ad|as|ere|ow|ome|eld|appen\w*|alf|eard)"


@cache
def _cockney() -> _Shapes:
    return (
        (re.compile(rf"(?<![\w’'])['’](?={_COCKNEY_DROPPED_H}(?:['’]s)?(?![\w’'-]))", re.I), "h"),  # "'is": his
        (re.compile(r"(?<![\w’'])['’]oo(?=['’]s|(?![\w’'-]))", re.I), "who"),
        (
            re.compile(r"^(?P<asked>did|does|has|have)\b(?P<between>.*?)\bnuff(?:ink|in)\b", re.I),
            r"\g<asked>\g<between>anything",
        ),
        *_word_for_word(_COCKNEY_ENGLISH),
        (re.compile(r"\b(?P<verb>give|tell|show|read)\s+us\b", re.I), r"\g<verb> me"),  # "give us": give me
        (re.compile(r"(?:,?\s+(?:innit|init|then|or\s+what|yeah|eh|mate|bruv|guv|governor|love))+$", re.I), ""),
        (re.compile(r",?\s+when\s+(?:he|she|they)['’]?s\s+at\s+home$", re.I), ""),  # "oo's Wang Yi when 'e's at 'ome"
        (re.compile(r"\b(?:go|goes|went|gone)\s+an(?:d|['’])?\s+(?=[a-z])", re.I), ""),  # "go an' meet": meet
        (re.compile(r"\ban['’](?=\s|$)", re.I), "and"),
        (re.compile(r"\bain['’]?t\s+(?=(?:said|got|been|told|done|met|mentioned|had|seen)\b)", re.I), "hasn't "),
        (re.compile(r"\bain['’]?t\b", re.I), "isn't"),
        (
            re.compile(
                r"\bthem\s+(?=(?:quotes|words|lines|principles|talks|comments|remarks|issues|blokes|people)\b)", re.I
            ),
            "those ",
        ),
        (
            re.compile(r"^what\s+(?:was|were|is)\s+(?P<who>.+?)\s+(?:going\s+)?on\s+about\b(?P<rest>.*)$", re.I),
            r"what did \g<who> say\g<rest>",
        ),  # "wot woz Xi on abaht": what he said
        (
            re.compile(
                r"^how\s+long\s+(?:was|were|did|has|had)\s+(?P<what>.+?)\s+(?:going\s+on|go\s+on|gone\s+on|last|lasting"
                r"|run|running)(?:\s+for)?$",
                re.I,
            ),
            r"how long did \g<what> last",
        ),
        _US_FOREIGN_MINISTER,
    )


_COCKNEY_WORDS = re.compile(
    r"\b(?:oo|ow|wot|(?-i:woz|finks?)|wiv|abaht|a?rahnd|dahn|aht|nuffink|nuffin|somefink|summink|summat|anyfink"
    r"|anyfin|innit|oughta|bruv|geezer)\b",
    re.I,
)
# How readers ask in Hawai'i Pidgin: "Wat Xi wen say about Taiwan?" (what did Xi say about Taiwan), "Blinken wen go
# meet who in Beijing?" (whom did Blinken meet in Beijing), "How long da meeting wen go?" (how long did the meeting
# last), "Who wen say dey gotta be partners?" (who said they must be partners), "Wea dey wen meet, brah?" (where
# did they meet). Pidgin's "wen" after its subject and before a verb is the past ("Xi wen say": Xi said), read
# before texting's shorthand is spelled out, where "wen" is "when" ("wen did it open", "wen dey wen meet").
_HAWAII_VERBS = (
    "say|tell|talk|tok|meet|go|come|write|take|give|get|have|see|hold|make|do|speak|leave|ask|call|visit|mention"
    "|sign|agree|warn|propose|announce|promise|happen|start|end|last|pay|buy|sell|win|lose|find|show|send|bring"
    "|try|want|need|like|tink|think|know|put|cut|run|arrive|land|fly|move|push|raise|cost|spend|discuss|stop|build"
)
_HAWAII_PAST = {
    "say": "said", "tell": "told", "talk": "talked", "tok": "talked", "meet": "met", "go": "went", "come": "came",
    "write": "wrote", "take": "took", "give": "gave", "get": "got", "have": "had", "see": "saw", "hold": "held",
    "make": "made", "do": "did", "speak": "spoke", "leave": "left", "pay": "paid", "buy": "bought", "sell": "sold",
    "win": "won", "lose": "lost", "find": "found", "send": "sent", "bring": "brought", "try": "tried",
    "tink": "thought", "think": "thought", "know": "knew", "put": "put", "cut": "cut", "run": "ran", "fly": "flew",
    "cost": "cost", "spend": "spent", "stop": "stopped", "build": "built",
}  # fmt: skip
_HAWAII_ENGLISH = {
    "dat": "that", "dis": "this", "(?-i:dem)": "them", "(?<!\\ba\\s)(?<!\\bthe\\s)bout": "about", "fo": "for",
    "(?-i:ting)": "thing", "(?-i:tings)": "things", "(?-i:tink)": "think", "togedda": "together", "wea": "where",
    "wit": "with", "gotta|gatta": "must",
}  # fmt: skip
_HAWAII_WEN = rf"(?-i:wen)\s+(?:go\s+)?(?P<verb>{_HAWAII_VERBS})\b"  # not "what did Tay Li Wen say"
_HAWAII_ASKED = {"wen": "when", "when": "when", "wea": "where", "where": "where", "wat": "what", "wot": "what",
                 "what": "what", "who": "who", "hoo": "who", "why": "why", "how come": "why"}  # fmt: skip


def _hawaii_the(match: re.Match[str]) -> str:
    """ "da meeting", "bout da South China Sea": the; not a name's "da" ("Lula da Silva")."""
    before = match.group("before")
    if before[:1].isupper() and before.split()[0].lower() not in _HAWAII_ASKED:
        return match.group()
    return f"{before}the"


def _hawaii_past(match: re.Match[str]) -> str:
    """ "Xi wen say": "Xi said"; "Blinken wen visit": "Blinken visited"."""
    verb = match.group("verb").lower()
    past = _HAWAII_PAST.get(verb) or (f"{verb}d" if verb.endswith("e") else f"{verb}ed")
    return f"{match.group('before')}{past}"


def _hawaii_asked(match: re.Match[str]) -> str:
    """ "wea dey wen meet" (where did they meet), "Blinken wen go meet who in Beijing" (whom did Blinken meet in
    Beijing), "Xi wen tell Blinken wat" (what did Xi tell Blinken)."""
    asked = " ".join(match.group("asked").lower().split())
    done = f"{match.group('verb')}{match.groupdict().get('object') or ''}{match.groupdict().get('to') or ''}"
    return f"{_HAWAII_ASKED.get(asked, asked)} did {match.group('who')} {done}{match.group('rest')}"


@cache
def _hawaii() -> _Shapes:
    return (
        (
            re.compile(
                r"(?:^|,)\s*(?:eh\s+|howzit\s+)?(?:brah|bruddah|braddah|sistah|cuz)\s*,?\s*|^howzit\s*,?\s*"
                r"|,?\s+(?:k|yeah|ah|eh)$",
                re.I,
            ),
            " ",
        ),
        (re.compile(r"^\s+|\s+$"), ""),
        (re.compile(r"^try\s+(?=(?:give|tell|show|look|check)\b)", re.I), "please "),  # "try give me": please
        (re.compile(r"(?P<before>^|\b\w+\s+)(?-i:[Dd]a)(?=\s+\w)"), _hawaii_the),
        *_word_for_word(_HAWAII_ENGLISH),
        (re.compile(r"(?<=[A-Za-z])\s+o\s+(?=[A-Z])"), " or "),  # "Xi o Wang"
        (re.compile(rf"\b(?:that|this)\s+(?P<who>{_NAMED})\s+(?:guy|bruddah|braddah|lady|wahine)\b"), r"\g<who>"),
        # "dey" the subject ("wen dey wen meet", "who wen say dey gotta …"), not Nigerian Pidgin's "e dey" (it is)
        (re.compile(r"^dey\b", re.I), "they"),
        (
            re.compile(
                r"\b(?P<before>say|tink|think|that|if|wen|when|where|how|why|who|wat|what|and|but|so)\s+dey\b", re.I
            ),
            r"\g<before> they",
        ),
        (
            re.compile(r"^how\s+long\s+(?P<what>.+?)\s+(?-i:wen)\s+(?:go|last|take|stay)(?:\s+(?:on|for))?$", re.I),
            r"how long did \g<what> last",
        ),
        (
            re.compile(
                r"^(?P<asked>wen|when|wea|where|why|how\s+come|how(?:\s+(?:long|much|many(?:\s+\w+)?))?|wat|wot|what)"
                rf"\s+(?!(?:did|does|do)\s)(?P<who>.+?)\s+{_HAWAII_WEN}(?P<rest>.*)$",
                re.I,
            ),
            _hawaii_asked,
        ),
        (
            re.compile(
                rf"^(?P<who>.+?)\s+{_HAWAII_WEN}(?P<object>\s+{_NAMED})?(?P<to>\s+(?:to|with|about))?\s+"
                r"(?P<asked>who|hoo|wat|wot|what|wea|where|wen|when)\b(?P<rest>.*)$",
                re.I,
            ),
            _hawaii_asked,
        ),
        (
            re.compile(
                r"^(?P<what>.+?)\s+(?-i:wen)\s+(?:go|last|take)(?:\s+(?:on|for))?\s+(?:for\s+)?how\s+long$", re.I
            ),
            r"how long did \g<what> last",
        ),
        (
            re.compile(rf"^(?P<who>.+?)\s+{_HAWAII_WEN}(?P<rest>.*?)\s+(?:for\s+)?how\s+long$", re.I),
            r"how long did \g<who> \g<verb>\g<rest>",
        ),  # "dey wen talk fo how long"
        (re.compile(r"^how\s+much\s+(?P<what>the\s+.+?)\s+cost$", re.I), r"how much does \g<what> cost"),
        (
            re.compile(rf"^(?:wat|wot|what)\s+(?P<who>.+?)\s+stay\s+(?P<verb>{_HAWAII_VERBS})\b", re.I),
            r"what does \g<who> \g<verb>",
        ),
        (re.compile(r"^(?:wea|where)\s+(?P<who>.+?)\s+stay$", re.I), r"where is \g<who>"),
        (re.compile(rf"^(?i:who|hoo)\s+(?:(?i:this|that)\s+)?(?P<who>{_NAMED})(?:\s+guy)?$"), r"who is \g<who>"),
        (
            re.compile(rf"^(?:who|hoo)\s+(?P<who>the\s+(?:(?-i:[A-Z])\w*\s+)*{_OFFICE})$", re.I),
            r"who is \g<who>",
        ),  # "Who da American foreign minister?"
        (
            re.compile(r"^had\s+(?P<what>.+?)\s+(?:inside|in)\s+(?:the|this)\s+(?:article|story)$", re.I),
            r"was \g<what> mentioned",
        ),  # "Had Taiwan inside da article?": there was
        (re.compile(rf"(?<=\w)(?P<before>\s+){_HAWAII_WEN}", re.I), _hawaii_past),
        _US_FOREIGN_MINISTER,
    )


_HAWAII_WORDS = re.compile(
    rf"^(?:(?!\b(?:did|does|do)\b).)*?\S\s+{_HAWAII_WEN}|\bstay\s+(?:{_HAWAII_VERBS})\b|\b(?:[Dd]a|dat|dey)\s+(?-i:[a-z])"
    r"|^(?:who|hoo|wat|wea|how)\s+(?:da|dat|dis)\s|\b(?:togedda|bruddah|braddah|brah|howzit|wea)\b|,\s*k\s*\??\s*$",
    re.I,
)
# A country named before the title it gives, as Hungarian and Lithuanian put it ("Kína külügyminisztere", "Kinijos
# užsienio reikalų ministras"): China's foreign minister; the American one, "the US foreign minister".
_COUNTRY_BEFORE_TITLE = (
    re.compile(
        r"\b(?P<country>China|America|Russia|Taiwan|Ukraine|Hungary|Serbia|Lithuania|Somalia|India|Japan|Britain"
        rf"|the\s+United\s+States|the\s+US)\s+(?:(?i:the)\s+)?(?=(?i:{_OFFICE})\b)"
    ),
    lambda match: "the US " if match.group("country").startswith("the") else f"{match.group('country')}'s ",
)
# "the" put in twice, by a rule and by a word's own article, or after "this" or an owner: "Biden's the meeting"
_THE_THE = (
    re.compile(
        r"\b(?P<before>the|this|(?!(?:Who|What|Where|When|How|That|It|There|Here|He|She)\b)(?-i:[A-Z])[\w-]*['’]s)\s+the\b",
        re.I,
    ),
    r"\g<before>",
)


# What follows a question's "?" ("…? Daj mi sve citate": give me all the quotes), which clean_question sets aside in
# the end; set aside first, so that it is not read as part of the question's last words.
_AFTER_THE_QUESTION = (re.compile(r"\s*\?\s+\S.*$"), "")


# A place or time said after the one asked about ("Šta je Xi rekao u Pekingu?": what did Xi say in Beijing)
_PLACE_OR_TIME = r"(?P<where>\s+(?:in|at|from|after|during|before|u|na|posle|tokom)\s+[^,?]+)?"


def _with_the(what: str) -> str:
    """A thing asked about, with "the" before it when it has no article or owner: "meeting" -> "the meeting"."""
    if what[:1].isupper() or re.match(r"(?:the|this|that|these|those|his|her|their|its|they|all)\b", what, re.I):
        return what
    return f"the {what}"


def _how_long(match: re.Match[str]) -> str:
    """ "how long did the meeting last", or "how many hours", as asked; "it" when nothing is named."""
    asked = "how many hours" if match.groupdict().get("hours") else "how long"
    what = match.groupdict().get("what")
    return f"{asked} did {_with_the(what) if what else 'it'} last"


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
        _AFTER_THE_QUESTION,
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
        *(
            rule
            for said in (rf"{_HUNGARIAN_SAID}\s+(?P<who>[^,?]+?)", rf"(?P<who>[^,?]+?)\s+{_HUNGARIAN_SAID}")
            for rule in (
                (
                    re.compile(rf"^mit\s+{said}\s+about\s+(?P<topic>[^,?]+){_ANSWER_WORDS}", re.I),
                    r"what did \g<who> say about \g<topic>\g<rest>",
                ),
                (
                    re.compile(rf"^mit\s+{said}\s+to\s+(?P<whom>[^,?]+){_ANSWER_WORDS}", re.I),
                    r"what did \g<who> say to \g<whom>\g<rest>",
                ),
                (
                    re.compile(rf"^mit\s+{said}{_PLACE_OR_TIME}{_ANSWER_WORDS}", re.I),
                    r"what did \g<who> say\g<where>\g<rest>",
                ),
            )
        ),
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
        _THE_THE,
        _COUNTRY_BEFORE_TITLE,
        *_IN_ENGLISH_AT_LAST,
    )


_HUNGARIAN_WORDS = re.compile(
    r"^(?:(?:[eé]s|de)\s+)?(?:mit\s+(?!(?:wem|dem|der|den|einem|einer|ihm|ihr)\b)|mi\s+t[oö]rt[eé]nt|kivel|kikkel|kit"
    r"|kinek|mikor|hol|h[aá]ny|mennyi\w*|meddig|mi[eé]rt|melyik|hogyan|mir[oő]l|ki\s+(?=(?-i:[A-Z])|az\b|a\b|volt\b))"
    r"|\b(?:mondott|mondta|mondtak|nyilatkozott|tal[aá]lkoz(?:ott|tak|[oó]\w*)|tartott(?:ak)?|sz[oó]ba\s+ker[uü]lt"
    r"|cikk(?:et|ben)?|[ií]rta|k[uü]l[uü]gyminiszter\w*|szerint)\b",
    re.I,
)


# How readers ask in Serbian (or Croatian and Bosnian) typed in Latin letters, often without č, ć, š and ž and with
# English words: "Šta je Xi rekao o Tajvanu?" (what did Xi say about Taiwan), "Ko je rekao da …" (who said …), "S kim
# se Blinken sastao u Pekingu?" (whom did Blinken meet in Beijing), "Koliko je trajao sastanak?" (how long did the
# meeting last), "ministar spoljnih poslova Kine" (China's foreign minister), "predsednik Si" (President Xi). A name
# declined after a preposition, or as the one spoken to, is read in its own form ("o Tajvanu": about Taiwan, "sa
# Blinkenom": with Blinken, "Blinkenu": to Blinken), as the Czech book reads its names, and Serbian names of places
# and people as the English ones ("Peking", "Si Đinping"). Read before texting's shorthand is spelled out ("u
# Pekingu": in Beijing, not "you") and before Hawai'i Pidgin, whose "da" (the) is Serbian's "that" ("rekao da …").
_SERBIAN_MARKED = (("c", "čć"), ("s", "š"), ("z", "ž"))
_SERBIAN_PLACES = {
    "(?-i:Si\\s+(?:Dj|D|Dz)inping\\w*)": "Xi Jinping", "(?-i:Si(?:ja|ju|jem)?)": "Xi",
    "(?-i:Vang\\s+Ji\\w*)": "Wang Yi", "(?-i:Tajvan\\w*)": "Taiwan", "(?-i:Peking\\w*)": "Beijing",
    "(?-i:Juzn\\w*\\s+kinesk\\w*\\s+mor\\w*)": "the South China Sea", "(?-i:Kin(?:a|e|i|u|om))": "China",
    "(?-i:Ameri(?:k(?:a|e|i|u|om)|ci))": "America",
    "(?-i:SAD|Sjedinjen\\w*\\s+(?:Americk\\w*\\s+)?Drzav\\w*)": "the United States",
    "(?-i:Rusij(?:a|e|i|u|om))": "Russia", "(?-i:Ukrajin(?:a|e|i|u|om))": "Ukraine",
    "(?-i:Vasington\\w*)": "Washington", "(?-i:Bajden\\w*)": "Biden", "(?-i:Kalifornij\\w*)": "California",
    "(?-i:Srbij\\w*)": "Serbia", "(?-i:Sangaj\\w*)": "Shanghai", "(?-i:Japan\\w*)": "Japan",
    "(?-i:Moskv\\w*)": "Moscow", "(?-i:Evrop\\w*|Europ\\w*)": "Europe", "(?-i:Severn\\w*\\s+Kore\\w*)": "North Korea",
    "(?-i:Juzn\\w*\\s+Kore\\w*)": "South Korea",
}  # fmt: skip
_SERBIAN_ENGLISH = {
    "ministr?\\w*\\s+(?:spoljnih|vanjskih)\\s+poslova|sef\\w*\\s+diplomatije": "the foreign minister",
    "drzavn\\w*\\s+sekretar\\w*": "the secretary of state", "ministar|ministra|ministru|ministrom": "the minister",
    "predsednik\\w*|predsjednik\\w*": "the president", "premijer\\w*": "the prime minister",
    "lider\\w*|vodj\\w*": "the leader", "portparol\\w*": "the spokesperson", "zvanicnik\\w*": "the official",
    "novinar\\w*": "the journalist", "diplomat\\w*": "the diplomat", "autor\\w*": "the author",
    "kinesko-americk\\w*": "China-US", "americko-kinesk\\w*": "US-China", "kinesk\\w*": "Chinese",
    "americk\\w*": "American", "rusk\\w*": "Russian",
    "(?:ovaj|ovom|ovog|taj|tom|tog)\\s+(?:clan\\w*|tekst\\w*)": "this article",
    "ovaj|ovom|ovog|ovoj|ovu|ove|ovi": "this", "taj|tom|tog|toj|ta": "the", "raspolozenj\\w*": "mood",
    "pozitivn?\\w*": "positive", "stav\\w*": "position", "paket\\w*": "plan", "godin\\w*": "years",
    "mesec\\w*": "months", "mogu|moze": "can", "stvarno": "really", "stabiliz\\w*": "stabilise",
    "resi|resen\\w*": "solved", "kad|kada": "when", "clan(?:ak|ku|ka|kom)|tekst(?:u|a)?": "the article",
    "sastan(?:ak|ka|ku|kom)|susret\\w*": "the meeting", "razgovor\\w*|pregovor\\w*": "the talks",
    "sati|sata|casova": "hours", "princip(?!al)\\w*|nacel\\w*": "principles",
    "treba\\s+da\\s+budu|trebalo\\s+bi\\s+da\\s+budu|trebaju\\s+biti|trebali\\s+bi\\s+biti|moraju\\s+(?:da\\s+budu|biti)":
        "they should be",
    "treba\\s+da|trebalo\\s+bi\\s+da": "should", "budu|biti": "be", "partner\\w*": "partners",
    "rival\\w*|suparnic\\w*|protivnic\\w*": "rivals", "odnos\\w*": "relations", "zemlje|zemalja|drzave": "countries",
    "trgovin\\w*": "trade", "ljudsk\\w*\\s+prava": "human rights", "pretplat\\w*": "the subscription",
    "stabiln\\w*": "stable", "dve|dva|dvije": "two", "tri": "three", "svi|sve|svih": "all",
    "citat\\w*|izjav\\w*": "quotes", "molim(?:\\s+te|\\s+vas)?": "please", "daj(?:te)?\\s+mi": "give me",
    "(?:reci|kazi)(?:te)?\\s+mi": "tell me", "tacn\\w*\\s+reci": "the exact words", "reci": "words",
    "o|povodom|u\\s+vezi\\s+sa?": "about", "(?-i:i)": "and", "ili": "or", "(?<!['’])(?:sa|s)": "with", "se": "",
    "tek": "only", "u": "in", "na": "at", "posle|nakon": "after", "pre|prije": "before", "tokom|za\\s+vreme": "during",
    "iz|od": "from", "ne": "not", "je": "is", "su": "are", "bio|bila|bilo|bili": "was", "oni|one": "they", "da": "that",
}  # fmt: skip
_SERBIAN_SAID = (
    r"(?:rekao|rekla|rekli|kazao|kazala|kazali|izjavio|izjavila|izjavili|porucio|porucila|govorio|govorila|tvrdio"
    r"|tvrdila|naveo|navela|rece|kaze|kazu)"
)
_SERBIAN_MET = r"(?:sastao|sastala|sastali|sastale|susreo|susrela|susreli|sreo|srela|sreli|nasao|nasla|nasli)"
_SERBIAN_TALKED = r"(?:razgovarao|razgovarala|razgovarali|pricao|pricala|pricali|pregovarao|pregovarali)"
_SERBIAN_LASTED = r"(?:trajao|trajala|trajalo|trajali|trajale|potrajao|potrajala|potrajali)"
_SERBIAN_ASKED = r"(?P<asked>kada|kad|gde|gdje)"
_SERBIAN_HELPER = r"(?:(?:je|su|se|sve|tacno|to)\s+)*"  # "se je", "su se", "je sve": the small words around a verb
_SERBIAN_WHY_DONE = {
    "otisao": "go", "otisla": "go", "dosao": "come", "dosla": "come", "putovao": "travel", "rekao": "say",
    "posetio": "visit", "sastao": "meet", "predlozio": "propose", "upozorio": "warn", "izjavio": "say",
}  # fmt: skip
_SERBIAN_DONE = {
    "predlozio": "propose", "predlozila": "propose", "predlozili": "propose", "pomenuo": "mention",
    "spomenuo": "mention", "naveo": "mention", "potpisao": "sign", "posetio": "visit", "izneo": "present",
    "najavio": "announce", "rekao": "say",
}  # fmt: skip


@cache
def _serbian() -> _Shapes:
    return (
        _AFTER_THE_QUESTION,
        *_plain_letters(_SERBIAN_MARKED),
        (re.compile("đ"), "dj"),
        (re.compile("Đ"), "Dj"),
        *_word_for_word(_SERBIAN_PLACES),
        (
            re.compile(rf"\b(?P<by>(?i:o|u|na|po|prema|k|ka|pri))\s+{_CZECH_FIRST_NAME}(?P<name>{_CZECH_NAME})u\b"),
            r"\g<by> \g<first>\g<name>",
        ),
        (
            re.compile(
                rf"\b(?P<by>(?i:sa|s|za|pred|nad|pod|medju|izmedju))\s+{_CZECH_FIRST_NAME}(?P<name>{_CZECH_NAME})(?:om|em)\b"
            ),
            r"\g<by> \g<first>\g<name>",
        ),
        (
            re.compile(
                r"\b(?P<by>(?i:od|do|iz|kod|bez|protiv|posle|nakon|tokom|oko|umesto))\s+"
                rf"{_CZECH_FIRST_NAME}(?P<name>{_CZECH_NAME})a\b"
            ),
            r"\g<by> \g<first>\g<name>",
        ),
        (re.compile(rf"\b(?P<name>{_CZECH_NAME})u\b"), r"to \g<name>"),  # "Šta je Vang Ji rekao Blinkenu?"
        (
            re.compile(r"\b(?P<by>(?i:sa|s))\s+(?P<name>(?:[A-Z][\w-]*\s+)?[A-Z][a-z]*[aeiouy])jem\b"),
            r"\g<by> \g<name>",
        ),
        (re.compile(rf"\b(?P<name>{_CZECH_NAME})(?:ov|ova|ovo|ove|ovi|ovog|ovom|ovu|ev|eva|evo|eve)\b"), r"\g<name>'s"),
        (re.compile(r",?\s+je\s*l(?:i)?\b.*$", re.I), ""),  # "…, je l bio pozitivan": a tag, "was it positive"
        (re.compile(r"\b(?:uopste|uopce|ustvari|zapravo|inace)\b,?\s*", re.I), " "),
        (re.compile(r"^\s+|\s+$"), ""),
        (
            re.compile(r"^(?:kakav|kakva|kakvo|kakvi|kakve)\s+(?:je|su)\s+(?:bio|bila|bilo|bili)\s+", re.I),
            "what was ",
        ),
        (re.compile(r"^(?:kakav|kakva|kakvo|kakvi|kakve)\s+(?:je|su)\s+", re.I), "what is "),
        (re.compile(r"^(?:kog|kojeg)\s+dana\b", re.I), "what day"),
        (
            re.compile(r"^(?:a|i|pa)\s+(?=(?:sta|sto|ko|tko|s|sa|koga|kada|kad|gde|gdje|koliko|zasto|kako)\b)", re.I),
            "",
        ),
        (
            re.compile(
                rf"^t?ko\s+{_SERBIAN_HELPER}{_SERBIAN_SAID}(?:\s+je)?\s*,?\s+(?:da\s+(?:su\s+|je\s+)?|that\s+)?", re.I
            ),
            "who said ",
        ),
        (
            re.compile(
                r"^t?ko\s+(?:je\s+)?(?:napisao|napisala|pise|autor)\s+(?:ovaj\s+|ovog\s+|taj\s+|tog\s+)?(?:clan|tekst)\w*$"
                r"|^t?ko\s+je\s+autor\w*(?:\s+(?:ovog\s+|tog\s+)?(?:clanka|teksta))?$",
                re.I,
            ),
            "who wrote the article",
        ),
        (re.compile(rf"^t?ko\s+{_SERBIAN_HELPER}{_SERBIAN_MET}\s+(?:sa|s|with)\s+", re.I), "who met "),
        (
            re.compile(
                r"^t?ko\s+je\s+(?:sreo|srela|primio|primila|video|videla|posetio|upoznao)\s+(?P<whom>.+?)(?:(?<=\w{4})a)?$",
                re.I,
            ),
            r"who met \g<whom>",
        ),
        (
            re.compile(
                rf"^(?:sa|s)\s+kim\s+{_SERBIAN_HELPER}{_SERBIAN_MET}\s+{_SERBIAN_HELPER}(?P<who>.+?)"
                r"(?=\s+(?:u|na|in|posle|nakon|tokom|pre)\s|$)",
                re.I,
            ),
            r"who did \g<who> meet",
        ),
        (
            re.compile(rf"^(?:sa|s)\s+kim\s+{_SERBIAN_HELPER}(?P<who>.+?)\s+{_SERBIAN_HELPER}{_SERBIAN_MET}\b", re.I),
            r"who did \g<who> meet",
        ),
        (
            re.compile(
                r"^koga\s+je\s+(?P<who>.+?)\s+(?:sreo|srela|video|videla|primio|primila|posetio|upoznao)\b", re.I
            ),
            r"who did \g<who> meet",
        ),
        (
            re.compile(
                r"^koga\s+je\s+(?:sreo|srela|video|videla|primio|primila|posetio|upoznao)\s+(?P<who>.+?)"
                r"(?=\s+(?:u|na|in)\s|$)",
                re.I,
            ),
            r"who did \g<who> meet",
        ),
        (
            re.compile(rf"^(?P<who>.+?)\s+{_SERBIAN_HELPER}{_SERBIAN_MET}\s+(?:sa|s)\s+kim\b", re.I),
            r"who did \g<who> meet",
        ),
        (
            re.compile(
                rf"^(?:sa|s)\s+kim\s+{_SERBIAN_HELPER}(?:{_SERBIAN_TALKED}\s+{_SERBIAN_HELPER}(?P<who>.+?)"
                rf"|(?P<subject>.+?)\s+{_SERBIAN_HELPER}{_SERBIAN_TALKED})(?=\s+(?:u|na|in|posle|nakon|tokom|pre)\s|$)",
                re.I,
            ),
            lambda match: f"who did {match.group('who') or match.group('subject')} talk with",
        ),  # "Sa kim je razgovarao Blinken?": who did Blinken talk with
        (
            re.compile(r"^kako\s+(?:je|su)\s+(?:prosao|prosla|proslo|prosli)\s+(?P<what>.+)$", re.I),
            r"how did \g<what> go",
        ),
        (
            re.compile(r"^(?:koji|koja|koje)\s+(?P<what>.+?)\s+(?:su|je)\s+(?:pomenut|spomenut)\w*$", re.I),
            r"which \g<what> were mentioned",
        ),
        (re.compile(r"^t?ko\s+(?:je\s+)?(?:bio|bila)\s+", re.I), "who was "),
        (re.compile(r"^t?ko\s+je\s+(?:taj|ta|to)\s+", re.I), "who is "),
        *(
            rule
            for said in (
                rf"{_SERBIAN_HELPER}{_SERBIAN_SAID}\s+(?P<who>[^,?]+?)",
                rf"{_SERBIAN_HELPER}(?P<who>[^,?]+?)\s+{_SERBIAN_HELPER}{_SERBIAN_SAID}",
            )
            for rule in (
                (
                    re.compile(
                        rf"^(?:sta|sto)\s+{said}\s+(?:o|about|povodom|u\s+vezi\s+sa?)\s+(?P<topic>[^,?]+){_ANSWER_WORDS}",
                        re.I,
                    ),
                    r"what did \g<who> say about \g<topic>\g<rest>",
                ),
                (
                    re.compile(rf"^(?:sta|sto)\s+{said}\s+to\s+(?P<whom>[^,?]+){_ANSWER_WORDS}", re.I),
                    r"what did \g<who> say to \g<whom>\g<rest>",
                ),
                (
                    re.compile(rf"^(?:sta|sto)\s+{said}{_PLACE_OR_TIME}{_ANSWER_WORDS}", re.I),
                    r"what did \g<who> say\g<where>\g<rest>",
                ),
            )
        ),
        (
            re.compile(rf"^(?P<who>[^,?]+?),?\s+(?:sta|sto)\s+(?:je\s+)?{_SERBIAN_SAID}\b(?P<rest>.*)$", re.I),
            r"what did \g<who> say\g<rest>",
        ),
        (
            re.compile(
                rf"^koliko\s+{_SERBIAN_HELPER}(?P<hours>sati|casova)\s+{_SERBIAN_HELPER}{_SERBIAN_LASTED}"
                r"(?:\s+(?P<what>.+))?$",
                re.I,
            ),
            _how_long,
        ),
        (
            re.compile(
                rf"^koliko\s+{_SERBIAN_HELPER}(?:dugo\s+|vremena\s+)?{_SERBIAN_HELPER}{_SERBIAN_LASTED}"
                r"(?:\s+(?P<what>.+))?$",
                re.I,
            ),
            _how_long,
        ),
        (
            re.compile(rf"^koliko\s+{_SERBIAN_HELPER}(?:dugo\s+)?(?P<what>.+?)\s+{_SERBIAN_LASTED}$", re.I),
            _how_long,
        ),
        (
            re.compile(
                rf"^{_SERBIAN_ASKED}\s+{_SERBIAN_HELPER}{_SERBIAN_MET}\s+(?P<who>.+?)\s+(?:sa|s|with)\s+(?P<whom>.+)$",
                re.I,
            ),
            r"\g<asked> did \g<who> meet \g<whom>",
        ),
        (re.compile(rf"^{_SERBIAN_ASKED}\s+{_SERBIAN_HELPER}{_SERBIAN_MET}$", re.I), r"\g<asked> did they meet"),
        (
            re.compile(rf"^{_SERBIAN_ASKED}\s+{_SERBIAN_HELPER}{_SERBIAN_MET}\s+(?P<who>.+)$", re.I),
            r"\g<asked> did \g<who> meet",
        ),
        (
            re.compile(
                rf"^{_SERBIAN_ASKED}\s+{_SERBIAN_HELPER}(?P<who>.+?)\s+{_SERBIAN_HELPER}{_SERBIAN_MET}\s+(?:sa|s|with)\s+"
                r"(?P<whom>.+)$",
                re.I,
            ),
            r"\g<asked> did \g<who> meet \g<whom>",
        ),
        (
            re.compile(rf"^{_SERBIAN_ASKED}\s+{_SERBIAN_HELPER}(?P<who>.+?)\s+{_SERBIAN_HELPER}{_SERBIAN_MET}$", re.I),
            r"\g<asked> did \g<who> meet",
        ),
        (
            re.compile(
                rf"^{_SERBIAN_ASKED}\s+{_SERBIAN_HELPER}(?:odrzan[aoi]?|odrzao|odrzala|odrzali)\s+(?:se\s+)?(?P<what>.+)$",
                re.I,
            ),
            r"\g<asked> was \g<what> held",
        ),
        (
            re.compile(rf"^{_SERBIAN_ASKED}\s+{_SERBIAN_HELPER}(?:bio|bila|bilo|bili)\s+(?P<what>.+)$", re.I),
            r"\g<asked> was \g<what>",
        ),
        (re.compile(r"^(?:kada|kad)\b", re.I), "when"),
        (re.compile(r"^(?:gde|gdje)\b", re.I), "where"),
        (
            re.compile(
                rf"^koliko\s+(?P<thing>\S+)\s+(?:je\s+)?(?P<done>{'|'.join(_SERBIAN_DONE)})\s+(?P<who>.+)$", re.I
            ),
            _how_many_done(_SERBIAN_DONE),
        ),
        (re.compile(r"^koliko\s+(?:kosta|je\s+cena|iznosi)\s+(?P<what>.+)$", re.I), r"how much does \g<what> cost"),
        (re.compile(r"^koliko\b", re.I), "how many"),
        (
            re.compile(
                rf"^zasto\s+(?:je|su)\s+(?P<who>.+?)\s+(?:se\s+)?(?P<verb>{'|'.join(_SERBIAN_WHY_DONE)})\b(?P<rest>.*)$",
                re.I,
            ),
            lambda match: (
                f"why did {match.group('who')} {_SERBIAN_WHY_DONE[match.group('verb').lower()]}"
                + re.sub(r"^\s+u\s+", " to ", match.group("rest"))
            ),
        ),  # "Zašto je Blinken otišao u Peking?": why did Blinken go to Beijing
        (re.compile(r"^zasto\b", re.I), "why"),
        (re.compile(r"^kako\b", re.I), "how"),
        (re.compile(r"^(?:koji|koja|koje|koju|kojim)\b", re.I), "which"),
        (re.compile(r"^(?:sta|sto)\s+(?:se\s+)?(?:desilo|dogodilo|desava|dogadja|zbilo)\b", re.I), "what happened"),
        (re.compile(r"^(?:sta|sto)\s+je\s+bilo\b", re.I), "what happened"),
        (
            re.compile(r"^o\s+cemu\s+(?:je|se\s+radi\s+u|govori|pise(?:\s+u)?)\s+(?P<what>.+)$", re.I),
            r"what is \g<what> about",
        ),
        (
            re.compile(r"^o\s+cemu\s+su\s+(?:razgovarali|pricali|govorili)\s+(?P<who>.+)$", re.I),
            r"what did \g<who> talk about",
        ),
        (
            re.compile(
                r"^(?:da\s+li\s+(?:je|se|su)\s+)?(?:u\s+(?:clanku|tekstu)\s+)?(?:pomenut|spomenut|pominje|spominje)\w*\s+"
                r"(?P<what>.+?)(?:\s+u\s+(?:clanku|tekstu))?$",
                re.I,
            ),
            r"was \g<what> mentioned",
        ),
        (
            re.compile(
                r"^(?:da\s+li\s+(?:je|se)\s+)?(?P<what>.+?)\s+(?:je\s+|se\s+|su\s+)?(?:pomenut|spomenut|pominje|spominje)\w*"
                r"(?:\s+u\s+(?:clanku|tekstu))?$",
                re.I,
            ),
            r"was \g<what> mentioned",
        ),
        (re.compile(r"^t?ko\s+je\s+", re.I), "who is "),
        (re.compile(r"^(?:sta|sto)\s+je\s+", re.I), "what is "),
        (re.compile(r"^(?:sta|sto)\b", re.I), "what"),
        (re.compile(r"^t?ko\b", re.I), "who"),
        *_word_for_word(_SERBIAN_ENGLISH),
        (re.compile(r"\s{2,}"), " "),
        (
            re.compile(
                rf"\b(?P<noun>talks|meeting|words|quotes|visit|relations|position|mood)\s+(?P<name>{_CZECH_NAME})a\b"
            ),
            r"\g<noun> of \g<name>",
        ),
        (re.compile(r"\b(?P<nationality>American|Chinese|Russian)\s+the\s+"), r"the \g<nationality> "),
        _THE_THE,
        *_IN_ENGLISH_AT_LAST,
    )


_SERBIAN_WORDS = re.compile(
    r"^(?:(?:a|i|pa)\s+)?(?:[sš]ta|[sš]to|t?ko|s(?:a)?\s+kim|koga|kada|kad|gd(?:j)?e|koliko|za[sš]to|kako"
    r"|o\s+[cč]emu|da\s+li|kakav|kakva|kakvo|kakvi|kakve|kog\s+dana|koji|koja|koje)\s+"
    r"(?=(?:.*\s)?(?:je|se|li|ko[sš]ta|ka[zž]e|ka[zž]u|re[cč]e|su\s+(?:se\s+)?\w+(?:li|le|ti|ni))\b)"
    r"|\b(?:rekao|rekla|rekli|izjavio|izjavila|sastao|sastala|sastali|sastan(?:ak|ku|ka)|trajao|trajala|trajali"
    r"|razgovarao|razgovarali"
    r"|trajalo|[cč]lan(?:ak|ku|ka)|pomenut\w*|spomenut\w*|pominje|spominje)\b",
    re.I,
)


# How readers ask in Lithuanian, often without its ą, č, ę, ė, į, š, ų, ū and ž and with English words: "Ką Xi pasakė
# apie Taivaną?" (what did Xi say about Taiwan), "Kas pasakė, kad …" (who said …), "Su kuo Blinkenas susitiko Pekine?"
# (whom did Blinken meet in Beijing), "Kiek laiko truko susitikimas?" (how long did the meeting last), "Kinijos
# užsienio reikalų ministras" (China's foreign minister). A foreign name takes Lithuanian endings, read off as the
# Czech book reads its names (a capitalised name of four letters or more ending in a consonant): "Blinkenas" (Blinken),
# "Blinkenui" (to Blinken), "su Blinkenu" (with Blinken), "apie Bideną" (about Biden), "Blinkeno citatos" (Blinken's
# quotes); Lithuanian names of places as the English ones, in or out of their case ("Pekine": in Beijing).
_LITHUANIAN_MARKED = (("a", "ą"), ("c", "č"), ("e", "ęė"), ("i", "į"), ("s", "š"), ("u", "ųū"), ("z", "ž"))
_LITHUANIAN_PLACES = {
    "(?-i:(?:Si|Xi)\\s+(?:Dzinping|Jinping|Czinping)\\w*)": "Xi Jinping", "(?-i:Vang\\s+I)": "Wang Yi",
    "(?-i:Pietu\\s+Kinijos\\s+jur\\w*)": "the South China Sea", "(?-i:Pekine)": "in Beijing",
    "(?-i:Taivane)": "in Taiwan", "(?-i:Kinijoje)": "in China", "(?-i:Rusijoje)": "in Russia",
    "(?-i:Amerikoje)": "in America", "(?-i:Vasingtone)": "in Washington", "(?-i:Kalifornijoje)": "in California",
    "(?-i:Ukrainoje)": "in Ukraine", "(?-i:Lietuvoje)": "in Lithuania", "(?-i:Kinijai)": "to China",
    "(?-i:Amerikai)": "to America", "(?-i:Rusijai)": "to Russia", "(?-i:Ukrainai)": "to Ukraine",
    "(?-i:Japonij\\w*)": "Japan", "(?-i:Europ\\w*)": "Europe", "(?-i:Siaures\\s+Korej\\w*)": "North Korea",
    "(?-i:Pietu\\s+Korej\\w*)": "South Korea", "(?-i:Pekin\\w*)": "Beijing", "(?-i:Taivan\\w*)": "Taiwan",
    "(?-i:Kinij\\w*)": "China", "(?-i:Rusij\\w*)": "Russia", "(?-i:Amerik\\w*)": "America", "(?-i:JAV)": "the US",
    "(?-i:Jungtin\\w*\\s+Amerikos\\s+Valstij\\w*)": "the United States", "(?-i:Ukrain\\w*)": "Ukraine",
    "(?-i:Vasington\\w*)": "Washington", "(?-i:Kalifornij\\w*)": "California", "(?-i:Lietuv\\w*)": "Lithuania",
    "(?-i:Baiden\\w*)": "Biden",
}  # fmt: skip
_LITHUANIAN_ENGLISH = {
    "uzsienio\\s+reikalu\\s+ministr\\w*": "the foreign minister",
    "valstybes\\s+sekretori\\w*": "the secretary of state",
    "ministr\\w*\\s+pirminink\\w*|premjer\\w*": "the prime minister", "ministr\\w*": "the minister",
    "prezident\\w*": "the president", "lyder\\w*|vadov\\w*": "the leader", "atstov\\w*\\s+spaudai": "the spokesperson",
    "pareigun\\w*": "the official", "zurnalist\\w*": "the journalist", "diplomat\\w*": "the diplomat",
    "autori\\w*": "the author", "kinu|kiniet\\w*|kinisk\\w*": "Chinese", "amerikiec\\w*|amerikiet\\w*": "American",
    "rusu": "Russian", "(?:sis|si|sio|siame|sitas|sita|sitame)\\s+straipsn\\w*": "this article",
    "straipsnyje|tekste": "in the article", "straipsn\\w*|tekst\\w*": "the article", "susitikime": "at the meeting",
    "susitikim\\w*": "the meeting", "derybose": "in the talks",
    "derybos|derybu|derybas|pokalbi\\w*|pasitarim\\w*": "the talks", "stabilizuo\\w*|stabilizuot\\w*": "stabilise",
    "valand\\w*": "hours", "princip(?!al)\\w*": "principles", "partneri\\w*": "partners",
    "varzov\\w*|konkurent\\w*|priesinink\\w*": "rivals", "santyki\\w*": "relations",
    "turetu\\s+buti|turi\\s+buti|privalo\\s+buti": "should be", "abi\\s+salys|dvi\\s+salys": "the two countries",
    "sal(?:ys|iu|ims)": "countries", "prekyb\\w*": "trade", "zmogaus\\s+teis\\w*": "human rights",
    "prenumerat\\w*": "the subscription", "kain\\w*": "price", "visas|visos|visus|visi": "all", "citat\\w*": "quotes",
    "tikslius\\s+zodzius|tikslus\\s+zodziai": "the exact words", "zodzi\\w*": "words", "prasau|prasom": "please",
    "duok(?:ite)?\\s+man|parodyk(?:ite)?\\s+man": "give me", "pasakyk(?:ite)?\\s+man": "tell me", "apie|del": "about",
    "ir": "and", "ar": "or", "su\\s+puse": "and a half", "su": "with", "per\\s+menesi": "a month",
    "per\\s+metus": "a year", "per\\s+diena": "a day", "po": "after", "pries": "before", "per": "during", "kad": "that",
    "jie|jos": "they", "jis": "he", "ji": "she", "ne": "not", "nera": "is not", "vien(?:as|a|u)": "one",
    "du|dvi": "two", "trys|tris": "three", "keturi\\w*": "four", "penk\\w*": "five", "buvo": "was", "yra": "is",
    "tas|ta|tie|tos|tuo": "the", "sis|si|sia|sita|sitas|sio|sios|siame|sioje": "this", "politik\\w*": "politician",
    "kalbejosi|kalbejo|kalbasi|kalbesis|diskutavo": "talked", "parama": "support", "jau": "already",
    "pradeda|pradejo": "beginning", "savait\\w*": "week", "dien\\w*": "day", "menes\\w*": "months",
    "metus|metai|metu": "years", "kuris|kuri|kurie|kurios": "who",
}  # fmt: skip
# The small words before a name in its genitive ("iš Blinkeno": from Blinken), put into English with it
_LITHUANIAN_BEFORE_NAME = {
    "is": "from", "nuo": "from", "be": "without", "del": "about", "iki": "until", "tarp": "between", "prie": "at",
    "vietoj": "instead of",
}  # fmt: skip
_LITHUANIAN_SAID = (
    r"(?:pasake|sake|teige|pareiske|kalbejo|pamine|minejo|atsake|sako|teigia|pasakojo|nurode|pabreze|uzsimine)"
)
_LITHUANIAN_MET = r"(?:susitiko|susitike|susitikdavo|buvo\s+susitikes|susitikes|susitiks)"
_LITHUANIAN_LASTED = r"(?:truko|tesesi|uztruko|vyko)"
_LITHUANIAN_ASKED = r"(?P<asked>kada|kur)"
_LITHUANIAN_WHICH = r"(?:kokius|kokias|kokie|kokios|kokia|koks|kuriuos|kurias|kurie|kurios)"
_LITHUANIAN_WHY_DONE = {
    "nuvyko": "go", "atvyko": "come", "keliavo": "travel", "pasake": "say", "susitiko": "meet", "pasiule": "propose",
    "aplanke": "visit", "ispejo": "warn",
}  # fmt: skip
_LITHUANIAN_DONE = {
    "pasiule": "propose", "pamine": "mention", "pasake": "say", "pasirase": "sign", "aplanke": "visit",
    "paskelbe": "announce", "isvardijo": "list", "iskele": "raise",
}  # fmt: skip


@cache
def _lithuanian() -> _Shapes:
    return (
        _AFTER_THE_QUESTION,
        *_plain_letters(_LITHUANIAN_MARKED),
        (
            re.compile(rf"\b(?i:su)\s+{_CZECH_FIRST_NAME}(?P<name>{_CZECH_NAME})(?:u|a|ais)\b"),
            r"with \g<first>\g<name>",
        ),
        (
            re.compile(rf"\b(?P<by>(?i:apie|pas|per|i|uz|po))\s+{_CZECH_FIRST_NAME}(?P<name>{_CZECH_NAME})a\b"),
            r"\g<by> \g<first>\g<name>",
        ),
        (
            re.compile(
                rf"\b(?P<by>(?i:is|nuo|be|del|iki|tarp|prie|vietoj))\s+{_CZECH_FIRST_NAME}(?P<name>{_CZECH_NAME})o\b"
            ),
            lambda match: (
                f"{_LITHUANIAN_BEFORE_NAME[match.group('by').lower()]} {match.group('first')}{match.group('name')}"
            ),
        ),
        (re.compile(rf"\b(?P<name>{_CZECH_NAME})ui\b"), r"to \g<name>"),  # "Blinkenui": to Blinken
        (re.compile(rf"\b(?P<name>{_CZECH_NAME})o(?=\s+(?-i:[a-z]))"), r"\g<name>'s"),  # "Blinkeno citatos"
        (re.compile(rf"\b(?P<name>{_CZECH_NAME})as\b"), r"\g<name>"),  # "Blinkenas": Blinken
        # "iš" (from) and "į" (to) typed plain are English "is" and "I": read before the shapes put English in
        (re.compile(r"\b(?i:is|iš)\s+(?=(?-i:[A-Z]))"), "from "),
        (re.compile(r"\b(?:i|į)\s+(?=(?-i:[A-Z]))"), "to "),
        *_word_for_word(_LITHUANIAN_PLACES),
        (re.compile(r"^(?:kuria|kuri|kokia)\s+(?:savaites\s+)?dien[aą]\b", re.I), "kada"),  # "kurią dieną": which day
        (re.compile(r"\b(?P<what>\w+)\s+metu\b", re.I), r"per \g<what>"),  # "susitikimo metu": during the meeting
        (re.compile(r"^(?:o|ir|tai|bet)\s+(?=(?:ka|kas|su|kada|kur|kiek|kodel|kaip|apie)\b)", re.I), ""),
        (re.compile(rf"^kas\s+{_LITHUANIAN_SAID}\s*,?\s+(?:kad\s+|that\s+)?", re.I), "who said "),
        (
            re.compile(
                r"^ka\s+(?:straipsn\w*|tekst\w*)\s+(?:sako|raso|teigia|mini|pasakoja)\s+(?:apie\s+)?(?P<topic>.+)$",
                re.I,
            ),
            r"what does the article say about \g<topic>",
        ),
        # "Ką pasakė tas kinų politikas, kuris su Blinkenu kalbėjosi …?": the one who did it, said as English does
        (
            re.compile(
                rf"^ka\s+{_LITHUANIAN_SAID}\s+(?P<who>[^,?]+?),\s+(?:kuris|kuri|kurie)\s+(?P<did>[^?]+?){_ANSWER_WORDS}",
                re.I,
            ),
            r"what did \g<who> who \g<did> say\g<rest>",
        ),
        (
            re.compile(
                r"^kas\s+(?:parase|yra\s+(?:sio\s+|to\s+)?straipsnio\s+autorius|yra\s+autorius)"
                r"(?:\s+(?:si|ta|sita)?\s*straipsn\w*)?$|^kas\s+(?:sio\s+|to\s+)?straipsnio\s+autorius$",
                re.I,
            ),
            "who wrote the article",
        ),
        (re.compile(rf"^kas\s+{_LITHUANIAN_MET}\s+(?:su|with)\s+", re.I), "who met "),
        (
            re.compile(rf"^(?:su\s+kuo|ka)\s+{_LITHUANIAN_MET}\s+(?P<who>.+?)(?=\s+(?:in|per|po|pries)\s|$)", re.I),
            r"who did \g<who> meet",
        ),
        (
            re.compile(rf"^(?:su\s+kuo|ka)\s+(?P<who>.+?)\s+{_LITHUANIAN_MET}(?P<rest>.*)$", re.I),
            r"who did \g<who> meet\g<rest>",
        ),
        (
            re.compile(rf"^(?P<who>.+?)\s+su\s+kuo\s+{_LITHUANIAN_MET}(?P<rest>.*)$", re.I),
            r"who did \g<who> meet\g<rest>",
        ),
        (re.compile(r"^kas\s+(?:yra|toks|tokia)\s+", re.I), "who is "),
        (re.compile(r"^kas\s+buvo\s+(?=(?-i:[A-Z]))", re.I), "who was "),
        *(
            rule
            for said in (rf"{_LITHUANIAN_SAID}\s+(?P<who>[^,?]+?)", rf"(?P<who>[^,?]+?)\s+{_LITHUANIAN_SAID}")
            for rule in (
                (
                    re.compile(rf"^ka\s+{said}\s+(?:apie|about|del)\s+(?P<topic>[^,?]+){_ANSWER_WORDS}", re.I),
                    r"what did \g<who> say about \g<topic>\g<rest>",
                ),
                (
                    re.compile(rf"^ka\s+{said}\s+to\s+(?P<whom>[^,?]+){_ANSWER_WORDS}", re.I),
                    r"what did \g<who> say to \g<whom>\g<rest>",
                ),
                (
                    re.compile(rf"^ka\s+{said}{_PLACE_OR_TIME}{_ANSWER_WORDS}", re.I),
                    r"what did \g<who> say\g<where>\g<rest>",
                ),
            )
        ),
        (
            re.compile(rf"^(?P<who>[^,?]+?),?\s+ka\s+{_LITHUANIAN_SAID}\b(?P<rest>.*)$", re.I),
            r"what did \g<who> say\g<rest>",
        ),
        (
            re.compile(r"^apie\s+ka\s+(?:kalbejo|kalbejosi|diskutavo|taresi)\s+(?P<who>.+)$", re.I),
            r"what did \g<who> talk about",
        ),
        (re.compile(rf"^apie\s+ka\s+{_LITHUANIAN_SAID}\s+(?P<who>.+)$", re.I), r"what did \g<who> say"),
        (
            re.compile(rf"^kiek\s+(?P<hours>valandu)\s+{_LITHUANIAN_LASTED}(?:\s+(?P<what>.+))?$", re.I),
            _how_long,
        ),
        (
            re.compile(
                rf"^(?:kiek\s+(?:laiko|ilgai)|kaip\s+ilgai|kiek)\s+{_LITHUANIAN_LASTED}(?:\s+(?P<what>.+))?$", re.I
            ),
            _how_long,
        ),
        (
            re.compile(rf"^(?P<what>.+?)\s+(?:kiek\s+laiko|kiek|kaip\s+ilgai)\s+{_LITHUANIAN_LASTED}$", re.I),
            _how_long,
        ),
        (
            re.compile(rf"^{_LITHUANIAN_ASKED}\s+{_LITHUANIAN_MET}\s+(?P<who>.+?)\s+(?:su|with)\s+(?P<whom>.+)$", re.I),
            r"\g<asked> did \g<who> meet \g<whom>",
        ),
        (re.compile(rf"^{_LITHUANIAN_ASKED}\s+{_LITHUANIAN_MET}$", re.I), r"\g<asked> did they meet"),
        (
            re.compile(rf"^{_LITHUANIAN_ASKED}\s+{_LITHUANIAN_MET}\s+(?P<who>.+)$", re.I),
            r"\g<asked> did \g<who> meet",
        ),
        (
            re.compile(rf"^{_LITHUANIAN_ASKED}\s+(?P<who>.+?)\s+{_LITHUANIAN_MET}\s+(?:su|with)\s+(?P<whom>.+)$", re.I),
            r"\g<asked> did \g<who> meet \g<whom>",
        ),
        (
            re.compile(rf"^{_LITHUANIAN_ASKED}\s+(?P<who>.+?)\s+{_LITHUANIAN_MET}$", re.I),
            r"\g<asked> did \g<who> meet",
        ),
        (
            re.compile(
                rf"^{_LITHUANIAN_ASKED}\s+(?:vyko|ivyko|vyks|buvo\s+surengt\w*|surengt\w*)\s+(?P<what>.+)$", re.I
            ),
            r"\g<asked> did \g<what> take place",
        ),
        (re.compile(rf"^{_LITHUANIAN_ASKED}\s+buvo\s+(?P<what>.+)$", re.I), r"\g<asked> was \g<what>"),
        (re.compile(r"^kada\b", re.I), "when"),
        (re.compile(r"^kur\b", re.I), "where"),
        (
            re.compile(rf"^kiek\s+(?P<thing>\S+)\s+(?P<done>{'|'.join(_LITHUANIAN_DONE)})\s+(?P<who>.+)$", re.I),
            _how_many_done(_LITHUANIAN_DONE),
        ),
        (
            re.compile(
                rf"^{_LITHUANIAN_WHICH}\s+(?P<thing>.+?)\s+(?P<done>{'|'.join(_LITHUANIAN_DONE)})\s+(?P<who>.+)$", re.I
            ),
            lambda match: (
                f"which {match.group('thing')} did {match.group('who')} {_LITHUANIAN_DONE[match.group('done').lower()]}"
            ),
        ),
        (re.compile(r"^kiek\s+kainuoja\s+(?P<what>.+)$", re.I), r"how much does \g<what> cost"),
        (re.compile(r"^(?P<what>.+?)\s+kiek\s+kainuoja$", re.I), r"how much does \g<what> cost"),
        (re.compile(r"^kiek\b", re.I), "how many"),
        (
            re.compile(rf"^kodel\s+(?P<who>.+?)\s+(?P<verb>{'|'.join(_LITHUANIAN_WHY_DONE)})\b(?P<rest>.*)$", re.I),
            lambda match: (
                f"why did {match.group('who')} {_LITHUANIAN_WHY_DONE[match.group('verb').lower()]}{match.group('rest')}"
            ),
        ),  # "Kodėl Blinkenas nuvyko į Pekiną?": why did Blinken go to Beijing
        (re.compile(r"^kodel\b", re.I), "why"),
        (re.compile(r"^kaip\b", re.I), "how"),
        (re.compile(r"^(?:kuris|kuri|kurie|kurios|kuria)\b", re.I), "which"),
        (re.compile(r"^(?:koks|kokia|kokie|kokios)\b", re.I), "what"),
        (re.compile(r"^kas\s+(?:nutiko|atsitiko|ivyko|vyko|vyksta)\b", re.I), "what happened"),
        (re.compile(r"^apie\s+ka\s+(?:yra\s+|buvo\s+)?(?P<what>.+)$", re.I), r"what is \g<what> about"),
        (re.compile(r"^(?P<what>.+?)\s+(?:yra\s+)?apie\s+ka$", re.I), r"what is \g<what> about"),
        (
            re.compile(
                r"^ar\s+(?:straipsnyje\s+)?(?:buvo\s+|yra\s+)?(?:paminet|minim|minet)\w*\s+(?P<what>.+?)"
                r"(?:\s+(?:straipsnyje|tekste))?$",
                re.I,
            ),
            r"was \g<what> mentioned",
        ),
        (
            re.compile(r"^(?:ar\s+)?(?P<what>.+?)\s+(?:buvo\s+|yra\s+)?(?:paminet|minim|minet)\w*\b.*$", re.I),
            r"was \g<what> mentioned",
        ),
        (
            re.compile(r"^ar\s+(?:straipsnyje\s+)?(?:kalbama|rasoma|kalbejo)\s+apie\s+(?P<what>.+)$", re.I),
            r"is \g<what> mentioned",
        ),
        (re.compile(r"^ka\s+(?:reiskia|yra)\s+", re.I), "what is "),
        (re.compile(r"^ka\b", re.I), "what"),
        (re.compile(r"^kas\b", re.I), "who"),
        *_word_for_word(_LITHUANIAN_ENGLISH),
        (re.compile(r"\b(?P<nationality>American|Chinese|Russian)\s+the\s+"), r"the \g<nationality> "),
        _THE_THE,
        _COUNTRY_BEFORE_TITLE,
        *_IN_ENGLISH_AT_LAST,
    )


_LITHUANIAN_WORDS = re.compile(
    r"^(?:(?:o|ir|tai)\s+)?(?:k[aą]|kas|su\s+kuo|kam|kada|kur|kiek|kod[eė]l|kaip|apie\s+k[aą]|ar|kokius|kokias"
    r"|kokie|kokia|koks|kuri[aą]|kuriuos|kurias)\s+"
    r"(?=(?:.*\s)?(?:pasak[eė]|sak[eė]|teig[eė]|susitik\w*|truk[oę]|t[eę]s[eė]si|vyko|[iį]vyko|yra|buvo|toks|tokia"
    r"|laiko|valand\w*|pamin[eė]\w*|minim\w*|straipsn\w*|kainuoja|para[sš][eė]|pasi[uū]l[eė]|kalb[eė]jo|sako"
    r"|dien[aą]|nuvyko|atvyko|keliavo|nutiko|atsitiko)\b)"
    r"|\b(?:pasak[eė]|susitik(?:o|ė|e|imas|imo|ime)|truko|t[eę]s[eė]si|u[zž]truko|para[sš][eė]|pasi[uū]l[eė]"
    r"|straipsn(?:is|į|i|yje|io)|kalb[eė]jo|parei[sš]k[eė])\b",
    re.I,
)


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


# How readers ask in Somali, often with English words: "Muxuu Xi ka yiri Taiwan?" (what did Xi say about Taiwan), "Yaa
# yiri …" (who said …), "Blinken yuu la kulmay Beijing?" (whom did Blinken meet in Beijing), "Intee le'eg ayuu socday
# kulanku?" (how long did the meeting last), "wasiirka arrimaha dibadda Shiinaha" (China's foreign minister). Somali
# joins its question word to the pronoun of the verb ("muxuu": what did he, "yuu": whom did he, "goormay": when did
# they) and puts its small words before the verb, not the noun: "ka" (about, from), "ku" (in, to), "u" (to, for), "la"
# (with). Read before texting's shorthand is spelled out ("u" is not "you") and before Cockney's, whose "oo" (who) is
# Somali's "and".
_SOMALI_SAID = r"(?:yiri|yidhi|yiraahdeen|yidhaahdeen|yiraahday|tiri|tidhi|sheegay|sheegtay|sheegeen|hadlay)"
_SOMALI_WHAT = r"(?:muxuu|maxuu|maxay|maxaa(?:\s+(?:uu|ay))?|waa\s+maxay)\s+(?:ayuu\s+|ayay\s+)?"
_SOMALI_WHO = r"(?:yaa|kuma|kumaa|yaa\s+ayaa|kuma\s+ayaa)"
_SOMALI_MET = r"(?:kulmay|kulantay|kulmeen|kulmey)"
_SOMALI_LASTED = (
    r"(?:ayuu|ayay|buu|bay|ayey|ayaa|uu|ay)?\s*(?:socday|socotay|socdeen|qaatay|qaadatay|qaateen|jiray|soconayay)"
)
_SOMALI_HOW_LONG = (
    r"(?:intee|intee\s+(?:in\s+)?le['’]?eg|muddo\s+intee\s+le['’]?eg|waqti\s+intee\s+le['’]?eg|ilaa\s+intee)"
)
_SOMALI_ASKED = {"goorma": "when", "goormuu": "when", "goormay": "when", "goorta": "when", "xaggee": "where",
                 "xagee": "where", "halkee": "where", "halkeed": "where", "meeday": "where", "maalintee": "what day",
                 "maalinma": "what day", "saacadee": "what time"}  # fmt: skip
_SOMALI_ASKING = "(?P<asked>" + "|".join(_SOMALI_ASKED) + r")\s+(?:ayay\s+|ayuu\s+|bay\s+|buu\s+|ayaa\s+)?"
_SOMALI_WHY_DONE = {
    "tagay": "go to", "aaday": "go to", "safray": "travel to", "yimid": "come to", "yimaaday": "come to",
    "booqday": "visit", "sheegay": "say", "yiri": "say", "digay": "warn",
}  # fmt: skip
_SOMALI_DONE = {
    "soo jeediyay": "propose", "soo jeedisay": "propose", "soo bandhigay": "present", "sheegay": "mention",
    "xusay": "mention", "saxiixay": "sign", "booqday": "visit", "qoray": "write",
}  # fmt: skip
_SOMALI_ENGLISH = {
    "wasiirka\\s+(?:arrimaha|arimaha)\\s+(?:dibadda|dibada|debedda)|wasiirka\\s+khaarijiga": "the foreign minister",
    "xoghayaha\\s+(?:arrimaha|arimaha)\\s+(?:dibadda|dibada)|xoghayaha\\s+gobolka": "the secretary of state",
    "ra['’]iisul\\s+wasaaraha|ra['’]iisal\\s+wasaare": "the prime minister", "wasiirka|wasiir": "the minister",
    "madaxweynaha|madaxweyne": "the president", "hoggaamiyaha|hogaamiyaha|hogaamiye|madaxa": "the leader",
    "afhayeenka|afhayeen": "the spokesperson", "saxafiga|wariyaha|weriyaha": "the journalist",
    "mas['’]uulka|masuulka": "the official", "Shiinaha|Shiinaah|Shiino|Shiina": "China",
    "shiinees\\w*|shiinays\\w*": "Chinese", "Mareykanka|Maraykanka|Ameerika|Mareykan": "America",
    "mareykan\\w*|maraykan\\w*": "American", "Ruushka|Ruushku|Ruush|Ruushya": "Russia", "Taywaan|Taywan": "Taiwan",
    "Beyjing|Beejing": "Beijing", "Muqdisho": "Mogadishu", "Jabaan|Jaban": "Japan", "Yurub": "Europe",
    "maqaalkan|warbixintan|warkan|qoraalkan": "this article", "maqaalka|maqaalku|warbixinta|qoraalka": "the article",
    "kulanka|kulanku|kulankii|kulankan|shirka|shirku": "the meeting", "kulan|shir": "meeting",
    "wada-?hadallada|wada-?hadalladu|wada-?hadalka|wada-?hadallo": "the talks",
    "saacadood|saacadaha|saacad|saac": "hours", "mabaadi['’]?da|mabaadi['’]?|mabaadii|mabda['’]?": "principles",
    "(?:waa\\s+)?in\\s*ay\\s+(?:noqdaan|ahaadaan)": "they should be", "noqdaan|ahaadaan": "be",
    "siyaasiga|siyaasi": "the politician", "diblomaasiga|dublamaasiga": "the diplomat", "dhaqaale": "economy",
    "adduunka|caalamka": "the world", "ugu\\s+weyn": "largest",
    "la\\s+daabacay|daabacay|la\\s+soo\\s+saaray": "published",
    "la\\s+cusboonaysiiyay|la\\s+cusbooneysiiyay": "updated",
    "markii\\s+ugu\\s+horreysay|markii\\s+ugu\\s+horeysay": "first",
    "booqan\\s+doonaa|booqanayaa|booqday|booqasho": "visit", "la\\s+hadlay|hadlay": "talked with",
    "saaxiibo|shuraako|wada-?shaqeeyayaal|lammaane": "partners", "cadaw|xafiiltamayaal|tartamayaal": "rivals",
    "xiriirk[au]|xidhiidhk[au]": "relations", "deganaan\\w*|degganaan\\w*|xasil\\w*": "stabilise",
    "labada\\s+(?:dal|dawladood|waddan)": "the two countries", "ganacsiga": "trade",
    "xuquuqda\\s+aadanaha": "human rights", "dhammaan|oo\\s+dhan": "all",
    "hadalladiisa|erayadiisa|odhaahyadiisa": "his quotes", "hadallada|erayada": "words", "fadlan": "please",
    "i\\s+sii|ii\\s+keen": "give me", "ii\\s+sheeg": "tell me", "iyo": "and", "ama": "or", "laba": "two",
    "saddex": "three", "kadib|ka\\s+dib|kaddib": "after", "ka\\s+hor": "before", "inta\\s+lagu\\s+jiray": "during",
    "(?:ayaa|ayuu|ayay|baa|buu|waa|ma|oo|uu)(?=\\s|$)": "",
}  # fmt: skip


_SOMALI_NATIONALITY = {"China": "Chinese", "America": "American", "Russia": "Russian", "Japan": "Japanese"}


def _somali_met(match: re.Match[str]) -> str:
    """ "Blinken yuu la kulmay Beijing": who did Blinken meet in Beijing (a name after the verb is the place)."""
    where = match.group("where")
    return f"who did {match.group('who')} meet" + (f" in {where}" if where else "") + match.group("rest")


def _somali_asked(match: re.Match[str]) -> str:
    """ "Goorma ayay kulmeen Xi iyo Blinken": when did Xi iyo Blinken meet ("where" for "xaggee")."""
    who, whom = match.groupdict().get("who") or "they", match.groupdict().get("whom")
    return f"{_SOMALI_ASKED[match.group('asked').lower()]} did {who} meet" + (f" {whom}" if whom else "")


@cache
def _somali() -> _Shapes:
    return (
        _AFTER_THE_QUESTION,
        (re.compile(r"^(?:oo|ee|haddaba|hadaba)\s+(?=\w)", re.I), ""),
        (
            re.compile(r"\b(?P<word>[A-Za-z][\w]*)-(?:ka|ga|ta|da|ha|kii|gii|tii|dii|kan|gan|tan|ku|gu|tu|du)\b"),
            r"\g<word>",
        ),
        (re.compile(r"(?<=\w)['’](?=\s|$)"), ""),  # "mabaadi'", "mabda'": the glottal stop a word ends on
        # "Foreign Minister Shiinaha ee Blinken la hadlay": … whom Blinken talked with
        (
            re.compile(r"\bee\s+(?P<who>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)*)\s+la\s+(?:hadlay|kulmay)\b", re.I),
            r"who talked with \g<who>",
        ),
        (
            re.compile(
                r"^(?:immisa|imisa)\s+jir\s+(?:ayuu\s+|ayay\s+|buu\s+|bay\s+)?(?:yahay|tahay|ahaa)\s+(?P<who>.+)$", re.I
            ),
            r"how old is \g<who>",
        ),
        (
            re.compile(
                rf"^{_SOMALI_WHAT}(?P<who>[^,?]+?)\s+ka\s+{_SOMALI_SAID}\s+(?P<topic>[^,?]+){_ANSWER_WORDS}", re.I
            ),
            r"what did \g<who> say about \g<topic>\g<rest>",
        ),
        (
            re.compile(
                rf"^(?P<who>[^,?]+?)\s+{_SOMALI_WHAT}ka\s+{_SOMALI_SAID}\s+(?P<topic>[^,?]+){_ANSWER_WORDS}", re.I
            ),
            r"what did \g<who> say about \g<topic>\g<rest>",
        ),
        (
            re.compile(
                rf"^(?P<topic>[^,?]+?)\s+{_SOMALI_WHAT}(?P<who>[^,?]+?)\s+ka\s+{_SOMALI_SAID}{_ANSWER_WORDS}", re.I
            ),
            r"what did \g<who> say about \g<topic>\g<rest>",
        ),
        (
            re.compile(
                rf"^{_SOMALI_WHAT}(?P<who>[^,?]+?)\s+(?:u|ku|la)\s+{_SOMALI_SAID}\s+(?P<whom>[^,?]+){_ANSWER_WORDS}",
                re.I,
            ),
            r"what did \g<who> say to \g<whom>\g<rest>",
        ),
        (
            re.compile(rf"^{_SOMALI_WHAT}(?P<who>[^,?]+?)\s+(?:ka\s+)?{_SOMALI_SAID}{_ANSWER_WORDS}", re.I),
            r"what did \g<who> say\g<rest>",
        ),
        (
            re.compile(rf"^(?P<who>[^,?]+?)\s+{_SOMALI_WHAT}(?:ka\s+)?{_SOMALI_SAID}(?P<rest>.*)$", re.I),
            r"what did \g<who> say\g<rest>",
        ),
        (
            re.compile(rf"^{_SOMALI_WHAT}(?:ka\s+)?{_SOMALI_SAID}\s+(?P<who>[^,?]+){_ANSWER_WORDS}", re.I),
            r"what did \g<who> say\g<rest>",
        ),
        (
            re.compile(rf"^{_SOMALI_WHO}\s+(?:{_SOMALI_SAID}|ku\s+dhawaaqay)\s*,?\s+(?:in\s+|inuu\s+|that\s+)?", re.I),
            "who said ",
        ),
        (
            re.compile(
                r"^(?:yaa|kuma)\s+(?:ayaa\s+)?(?:qoray|qortay)\s+(?:maqaal|warbixin|war|qoraal|the\s+article|article)\w*$",
                re.I,
            ),
            "who wrote the article",
        ),
        (
            re.compile(
                rf"^(?P<who>.+?)\s+(?:yuu|kuma|kumuu|ayuu|yay|kumay)\s+la\s+{_SOMALI_MET}\b"
                r"(?:\s+(?:magaalada\s+|gudaha\s+|ku\s+)?(?P<where>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)*))?(?P<rest>.*)$",
                re.I,
            ),
            _somali_met,
        ),
        (
            re.compile(
                rf"^(?P<who>.+?)\s+(?:wuxuu|wuxay|waxuu)\s+la\s+{_SOMALI_MET}\s+(?:yaa|kuma)\b(?P<rest>.*)$", re.I
            ),
            r"who did \g<who> meet\g<rest>",
        ),
        (
            re.compile(rf"^(?:yuu|kuma|kumuu)\s+(?:ayuu\s+)?la\s+{_SOMALI_MET}\s+(?P<who>.+)$", re.I),
            r"who did \g<who> meet",
        ),
        (re.compile(rf"^(?:yaa|yaa\s+ayaa|kuma\s+ayaa)\s+la\s+{_SOMALI_MET}\s+", re.I), "who met "),
        (
            re.compile(rf"^(?P<who>.+?)\s+ma\s+la\s+{_SOMALI_MET}\s+(?P<whom>.+)$", re.I),
            r"did \g<who> meet \g<whom>",
        ),
        (
            re.compile(rf"^(?:imisa|immisa|meeqa)\s+(?P<hours>saac\w*)\s+{_SOMALI_LASTED}(?:\s+(?P<what>.+))?$", re.I),
            _how_long,
        ),
        (re.compile(rf"^{_SOMALI_HOW_LONG}\s+{_SOMALI_LASTED}(?:\s+(?P<what>.+))?$", re.I), _how_long),
        (re.compile(rf"^(?P<what>.+?)\s+{_SOMALI_HOW_LONG}\s+{_SOMALI_LASTED}$", re.I), _how_long),
        (
            re.compile(rf"^{_SOMALI_ASKING}(?P<who>.+?)\s+la\s+{_SOMALI_MET}\s+(?P<whom>.+)$", re.I),
            _somali_asked,
        ),
        (
            re.compile(rf"^{_SOMALI_ASKING}(?:ku\s+)?(?:la\s+)?{_SOMALI_MET}(?:\s+(?P<who>.+))?$", re.I),
            _somali_asked,
        ),
        (
            re.compile(rf"^(?P<who>.+?)\s+{_SOMALI_ASKING}(?:ku\s+)?(?:la\s+)?{_SOMALI_MET}$", re.I),
            _somali_asked,
        ),
        (
            re.compile(
                rf"^{_SOMALI_ASKING}(?:(?:lagu|la|ku)\s+)?(?:qabtay|qabsoomay|dhacay|ka\s+dhacay|ahaa)\s+(?P<what>.+)$",
                re.I,
            ),
            lambda match: f"{_SOMALI_ASKED[match.group('asked').lower()]} was {match.group('what')} held",
        ),
        (re.compile(r"^(?:goorma|goormuu|goormay|goorta)\b", re.I), "when"),
        (re.compile(r"^(?:xaggee|xagee|halkee|halkeed|meeday)\b", re.I), "where"),
        (
            re.compile(
                rf"^(?:imisa|immisa)\s+(?P<thing>\S+)\s+(?:ayuu\s+|ayay\s+|buu\s+|bay\s+)?(?P<done>{'|'.join(_SOMALI_DONE)})"
                r"\s+(?P<who>.+)$",
                re.I,
            ),
            _how_many_done(_SOMALI_DONE),
        ),
        (
            re.compile(
                r"^(?:meeqa|intee)\s+(?:ayuu\s+|ayay\s+|buu\s+|bay\s+)?(?:ku\s+)?(?:kacayaa|kacaysaa|yahay|tahay)\s+(?P<what>.+)$",
                re.I,
            ),
            lambda match: f"how much does {_with_the(match.group('what'))} cost",
        ),
        (re.compile(r"^(?:imisa|immisa)\b", re.I), "how many"),
        (re.compile(r"^meeqa\b", re.I), "how much"),
        (
            re.compile(r"^(?:maxaa|maxay|muxuu)\s+(?:ka\s+)?dhacay\s+(?P<where>.+)$", re.I),
            r"what happened in \g<where>",
        ),
        (re.compile(r"^(?:maxaa|maxay|muxuu)\s+(?:ka\s+)?dhacay\b", re.I), "what happened"),
        (
            re.compile(
                r"^(?P<what>.+?)\s+(?:maxuu|maxay|muxuu|maxaa)\s+(?:ku\s+saabsan\s+(?:yahay|tahay|yihiin)|ka\s+hadlayaa"
                r"|ka\s+warramayaa|ku\s+saabsanaa)$",
                re.I,
            ),
            r"what is \g<what> about",
        ),
        (
            re.compile(r"^(?:maxuu|maxay)\s+(?:ku\s+saabsan\s+(?:yahay|tahay)|ka\s+hadlayaa)\s+(?P<what>.+)$", re.I),
            r"what is \g<what> about",
        ),
        (
            re.compile(r"^(?:maxay|muxuu|maxuu|maxaa)\s+(?P<who>.+?)\s+u\s+(?P<verb>\S+)(?P<rest>.*)$", re.I),
            lambda match: (
                f"why did {match.group('who')} "
                f"{_SOMALI_WHY_DONE.get(match.group('verb').lower(), match.group('verb'))}{match.group('rest')}"
            ),
        ),  # "Maxuu Blinken u tagay Beijing?": why did Blinken go to Beijing
        (re.compile(r"^(?:sababta|waa\s+maxay\s+sababta|maxay\s+sababtu)\b", re.I), "why"),
        (
            re.compile(
                r"^(?P<what>.+?)(?:\s+wax)?\s+ma\s+(?:lagu\s+|laga\s+|la\s+)?(?:sheegay|xusay|soo\s+qaaday|magacaabay"
                r"|soo\s+hadal\s+qaaday)\b.*$",
                re.I,
            ),
            r"was \g<what> mentioned",
        ),
        (
            re.compile(
                r"^ma\s+(?:lagu\s+|laga\s+|la\s+)?(?:sheegay|xusay|soo\s+qaaday)\s+(?P<what>.+?)(?:\s+(?:maqaal|warbixin)\w*)?$",
                re.I,
            ),
            r"was \g<what> mentioned",
        ),
        (re.compile(r"^(?:waa\s+)?(?:kuma|kumaa|yaa|yuu)\s+(?:waa\s+)?(?=(?-i:[A-Z]))", re.I), "who is "),
        (re.compile(r"^(?P<who>.+?)\s+(?:waa\s+)?(?:kuma|kumaa|yaa)$", re.I), r"who is \g<who>"),
        (re.compile(r"^(?:muxuu|maxuu|maxay|maxaa)\b", re.I), "what"),
        (re.compile(r"^(?:yaa|kuma|kumaa)\b", re.I), "who"),
        (re.compile(r"\b(?i:madaxweyne(?:ha)?)\s+(?=(?-i:[A-Z]))"), "President "),  # "Madaxweyne Xi"
        (re.compile(r"\b(?P<what>\S+)\s+(?P<after>kadib|ka\s+dib|kaddib|ka\s+hor)\b", re.I), r"\g<after> \g<what>"),
        *_word_for_word(_SOMALI_ENGLISH),
        (re.compile(r"\s{2,}"), " "),
        _THE_THE,
        (
            re.compile(r"\bthe\s+(?P<title>politician|diplomat|official)\s+(?P<country>China|America|Russia|Japan)\b"),
            lambda match: f"the {_SOMALI_NATIONALITY[match.group('country')]} {match.group('title')}",
        ),  # "siyaasiga Shiinaha" (the politician of China): the Chinese politician
        *_IN_ENGLISH_AT_LAST,
    )


_SOMALI_WORDS = re.compile(
    r"^(?:muxuu|maxuu|maxay|maxaa|yaa|kuma|kumaa|goorma|goormuu|goormay|xaggee|halkee|imisa|immisa|meeqa|intee"
    r"|waa\s+kuma|sababta|maalintee|maalinma|saacadee)\b|\b(?:meeqa|imisa|immisa)\b|\b(?:waa\s+)?kumaa?\W*$"
    r"|\b(?:yiri|yidhi|yiraahdeen|sheegay|sheegtay|kulmay|kulmeen|kulantay|socday|socotay|kulanka|kulanku"
    r"|wada-?hadal\w*|noqdaan|maqaal\w*|yuu\s+la)\b",
    re.I,
)


# How Liverpool readers type Scouse on a phone: "wha did Xi say bout Taiwan la" (what did Xi say about Taiwan), "who
# did Blinken go an meet in Beijing like" (whom did Blinken meet in Beijing), "how long was de meetin on for" (how
# long did the meeting last), "who sed dey shud be partners la" (who said they should be partners), "gis all his
# quotes" (give me all his quotes). Its words are other readers' too ("la" closes a Singlish question, "de Blasio",
# "what was it like", Scots "wha" is who, Patois "dem" is they), so it is read only when a question holds two signs
# of Scouse, one of them its own, and none of Scots, Patois or Pidgin, after Cockney's book (which reads "wot", "ow").
_SCOUSE_ENGLISH = {
    "wha|wharr|worr|warr": "what", "(?-i:de)(?=\\s+(?-i:[a-z]))": "the", "dey": "they", "dem": "them", "dat": "that",
    "dis": "this", "dese": "these", "dose": "those", "der|dere": "there", "ders|derz": "there's", "shud": "should",
    "wud": "would", "cud": "could", "(?<!\\ba\\s)(?<!\\bthe\\s)bout": "about", "sed": "said", "wid": "with",
    "youse|yous|ya": "you", "yer": "your", "gis|giz|gizza": "give me", "wuz|woz": "was", "tings": "things",
    "ting": "thing", "(?-i:ow)(?=\\s+(?:long|many|much|did|was|come)\\b)": "how",
}  # fmt: skip
_SCOUSE_DROPPED_G = (
    r"(?:meet|talk|say|go|do|tell|happen|com|gett|last|mention|ask|visit|sitt|hav|speak|runn|mak|tak|leav|hold|plann"
    r"|sort|calm|pil|fight|argu|work|try|think|buy|sell|push|build|open|clos|start|stopp|writ|read|look|help|wait"
    r"|play|stay|mov|feel|kill|sign|publish|agre|improv|promis|warn|propos|discuss|stabilis|stabiliz|increas|pay)"
)
_SCOUSE_TAG = r"(?:la|lar|lad|like|den|eh|ey|yeah|mate)"
_SCOUSE_LAST = rf"(?=(?:\W+{_SCOUSE_TAG})*\W*$)"  # a tag closing the question, or before another one ("like, la")
# Signs of Scouse: its own ("wha", "de", "dey", "la" at the end) and those any texter may type ("bout", "sed", "sayin"),
# which count only beside one of its own
_SCOUSE_OWN_SIGN = (
    r"\b(?:wha|wharr|worr|warr|dey|dem|der|dere|dese|dose|youse|gis|giz|gizza|(?:go|goes|went)\s+an|our\s+kid"
    r"|(?-i:de)(?=\s+(?-i:[a-z]))(?!\s+(?:facto|jure|minimis|novo|la|los|las)\b)"
    rf"|(?:la|lar|lad|like|den|or\s+wha){_SCOUSE_LAST})\b"
)
_SCOUSE_SIGN = (
    rf"(?:{_SCOUSE_OWN_SIGN}|\b(?:shud|wud|cud|sed|bout|dat|dis|yer|wuz|tings|wid|{_SCOUSE_DROPPED_G}in"
    r"|ya(?=\s+(?-i:[a-z]))|an(?=\s+(?-i:[bcdfgjklmnpqrstvwxyz])))\b)"
)
# What a "like" at the end is part of: "what was it like", "what did it look like" (not Scouse's tag)
_LIKE_ASKED = re.compile(
    r"^(?:what|how)\s+(?:was|were|is|are|['’]s)\b|\b(?:look|looks|looked|feel|feels|felt|sound|sounds|seem|seems|be)\s+like\W*$",
    re.I,
)


# What an article "an" follows: "is an ally", "for an hour"; elsewhere Scouse's "an" is "and" ("china an america")
_BEFORE_AN_ARTICLE = frozenset(
    "is was be been are were of in for to with had has have got get take took give gave such quite about as on at by "
    "from into like than make made what it's there's that's".split()
)


def _scouse_and(match: re.Match[str]) -> str:
    """ "china an america": china and america; "for an hour" keeps its article."""
    before = match.string[: match.start()].split()
    return match.group() if before and before[-1].lower() in _BEFORE_AN_ARTICLE else "and"


def _scouse_tag(match: re.Match[str]) -> str:
    """ "… in Beijing like": the tag set aside; "what was the meeting like" keeps its "like"."""
    if match.group("tag").lower() == "like" and _LIKE_ASKED.search(match.string):
        return match.group()
    return ""


@cache
def _scouse() -> _Shapes:
    return (
        (re.compile(r"^(?:ey|eh|ere|oi|alright)\s*,?\s*(?:la|lad|lar)?\s*,?\s*(?=\w)", re.I), ""),
        (re.compile(r"(?:,?\s+(?:la|lar|lad|eh|ey|yeah|mate|den|kidda|our\s+kid|soft\s+lad|or\s+wha))+\W*$", re.I), ""),
        (re.compile(r",?\s+(?P<tag>like)\W*$", re.I), _scouse_tag),
        (re.compile(r"(?:,?\s+(?:la|lar|lad|eh|ey|yeah|mate))+\W*$", re.I), ""),  # "… la like la": a tag each side
        (re.compile(r"\s+den(?=\s*,)", re.I), ""),  # "where's dis great hall den, wha city": "then", a tag
        # "de Philippines", "de Great Hall": "the"; "de Blasio", "de Gaulle" keep theirs
        (
            re.compile(
                r"\bde\s+(?=(?:Philippines|Netherlands|United|US|UK|USA|UN|EU|Great|South|North|East|West|White|Kremlin"
                r"|Pentagon|Chinese|American|President|Foreign|Secretary|Prime)\b)"
            ),
            "the ",
        ),
        (re.compile(rf"\b(?P<stem>{_SCOUSE_DROPPED_G})in\b", re.I), r"\g<stem>ing"),
        (re.compile(r"\b(?:go|goes|went|gone)\s+an(?:d|['’])?\s+(?=[a-z])", re.I), ""),  # "go an meet": meet
        (re.compile(r"(?<=\w\s)an(?=\s+\w)", re.I), _scouse_and),
        *_word_for_word(_SCOUSE_ENGLISH),
        (
            re.compile(
                r"\bthem\s+(?=(?:quotes|words|lines|principles|talks|comments|remarks|issues|people|two)\b)", re.I
            ),
            "those ",
        ),
        (
            re.compile(r"^what\s+(?:was|were|is)\s+(?P<who>.+?)\s+(?:going\s+)?on\s+about\b(?P<rest>.*)$", re.I),
            r"what did \g<who> say\g<rest>",
        ),
        (
            re.compile(
                r"^how\s+(?P<asked>long|many\s+hours)\s+(?:was|were|did|has|had)\s+(?P<what>.+?)\s+(?:on|going\s+on"
                r"|go\s+on|gone\s+on|last|lasting|run|running|going)(?:\s+for)?$",
                re.I,
            ),
            r"how \g<asked> did \g<what> last",
        ),
    )


_SCOUSE_WORDS = re.compile(
    r"^(?!.*\b(?:wah|seh|weh|pon|inna|afta|di|fi|wetin|abeg|oga|aboot|whit|hoo|didnae|wisnae|frae|telt|oot|ken|lah"
    rf"|leh|lor|meh)\b)(?=.*?{_SCOUSE_OWN_SIGN}).*?{_SCOUSE_SIGN}.*?{_SCOUSE_SIGN}",
    re.I,
)


# Pidgin, Bengali, Swahili, Patois, Persian, Greek, Scots, Hebrew, Haitian Creole, Quebec French, Swedish, Welsh,
# Yoruba, Ukrainian, Romanian, Czech, isiZulu, te reo Māori, Hungarian and Lithuanian, each read in full when a
# question holds one of its words: a cue word of its, looked up among the question's words first (most questions hold
# none), then its pattern. A cue is a word's run of letters a to z ("träffade" is looked up as "tr" and "ffade", "Kí
# ni" as "k" and "ni", "întâlnit" as "nt" and "lnit").
_Phrasebooks = tuple[tuple[frozenset[str], re.Pattern[str], Callable[[], _Shapes]], ...]
_PHRASEBOOKS: _Phrasebooks = (
    (frozenset("wetin abeg oga na talk tok".split()), _PIDGIN_WORDS, _pidgin),
    (frozenset("bolechhe bolechen bollo boleche niye".split()), _BANGLA_WORDS, _bangla),
    (
        frozenset(
            "alisema amesema anasema alisemaje nani ilitajwa imetajwa ilizungumziwa alitajwa alikutana kuhusu".split()
        ),
        _SWAHILI_WORDS,
        _swahili,
    ),
    (frozenset("wah seh weh pon inna afta a".split()), _PATOIS_WORDS, _patois),
    (frozenset("goft gofte molaghat darbare darbareye koja bood".split()), _PERSIAN_WORDS, _persian),
    (frozenset("eipe poios poion poia poso poses posa synantise kratise".split()), _GREEK_WORDS, _greek),
    (frozenset("whit wha hoo aboot whaur onything didnae wisnae telt frae heid".split()), _SCOTS_WORDS, _scots),
    (
        frozenset("amar amra amru nifgash nifgesha nimshecha nimshach kama matai eifo bdiyuk".split()),
        _HEBREW_WORDS,
        _hebrew,
    ),
    (frozenset("kisa kiy kiyes konbyen kile kil rankontre moun".split()), _KREYOL_WORDS, _kreyol),
    (frozenset("kess kesse qui quoi quel rencontr dur bas".split()), _JOUAL_WORDS, _joual),
    (
        frozenset(
            "vad vem hur vilken vilket vilka och men r nar var ffade ffades traffade traffades mndes mns "
            "utrikesministern tet samtalen artikeln".split()
        ),
        _SWEDISH_WORDS,
        _swedish,
    ),
    (
        frozenset(
            "beth pwy pryd ble lle pa faint hyd oedd arlywydd gyfarfod cyfarfod erthygl wrtha dywedodd ddywedodd "
            "dwedodd ddwedodd wedodd deudodd ddeudodd dudodd ddudodd wedws dywedon ddywedon dwedon ddwedon".split()
        ),
        _WELSH_WORDS,
        _welsh,
    ),
    (
        frozenset(
            "kini ni ta tani lo pa nipa bo nibo ibo igba nigba igbawo nigbawo wo gb melo meloo bawo gbodo aare "
            "r".split()
        ),
        _YORUBA_WORDS,
        _yoruba,
    ),
    (
        frozenset(
            "shcho shco scho sho shto khto koly skilky kym koho kogo de skazav skazala skazaly skazalo kazav kazala "
            "zaiavyv zaiavyla zayavyv zayavyla hovoryv hovoryla govoryv povidomyv zustriv zustrivsia zustrivsya "
            "zustrilasia zustrilysia zustrich zustrichi tryvala tryvaly tryvav".split()
        ),
        _UKRAINIAN_WORDS,
        _ukrainian,
    ),
    (
        frozenset(
            "ce cine spus zis declarat durat intalnit ntalnit lnit intalnire intalnirea lnire lnirea cand nd unde cat "
            "cate cati c te despre mentionat ionat scris citatele rog mi".split()
        ),
        _ROMANIAN_WORDS,
        _romanian,
    ),
    (
        frozenset(
            "co kdo kdy kde jak kolik kym koho rekl rekla rekli ekl ekla ekli rikal setkal setkala setkali trvala "
            "trval trvalo trvaly schuzka schuzky schuzce schuzku zka zky zce zku clanek clanku nek nku napsal zminen "
            "zminil zm dlouho prosim pros citaty cit proc pro".split()
        ),
        _CZECH_WORDS,
        _czech,
    ),
    (
        frozenset(
            "uthini wathini bathini uthe wathe bathe othe othi ushoni washoni bashoni ushilo ubani ngubani ungubani "
            "nobani nabani uhlangane bahlangane wahlangana bahlangana ohlangane abahlangane behlangane hlangane "
            "umhlangano isikhathi esingakanani nini kuphi kephi malini kanjani ngicela ngitshele ngiphe ungiphe "
            "nginike unginike kumele kufanele ukhulunyiwe kukhulunywe kushiwo kwashiwo obhale obhala ubhale ezingaki "
            "amangaki abangaki zingaki mangaki yini kwathiwani".split()
        ),
        _ZULU_WORDS,
        _zulu,
    ),
    (
        frozenset(
            "aha wai korero koorero rero tutaki tuutaki taki pehea peehea hea hia tena teenaa koa katoa ahea aahea "
            "nonahea noonahea inahea whakahuatia korerotia rerotia tuhi homai hoomai mai".split()
        ),
        _MAORI_WORDS,
        _maori,
    ),
    (
        frozenset(
            "mit mi ki kivel kikkel kit kinek mikor hol hany h ny mennyi mennyibe meddig miert rt melyik hogyan mirol "
            "mir l mondott mondta mondtak nyilatkozott talalkozott talalkoztak tal lkozott lkoztak lkoz tartott "
            "tartottak szoba sz ba kerult ker lt cikk cikket cikkben irta rta kulugyminiszter gyminiszter".split()
        ),
        _HUNGARIAN_WORDS,
        _hungarian,
    ),
    (
        frozenset(
            "ka kas kuo kam kada kur kiek kodel kod kaip apie ar pasake pasak sake sak teige teig susitiko susitik "
            "susitikimas susitikimo susitikime truko tesesi si uztruko parase para pasiule pasi straipsnis straipsni "
            "straipsnio straipsnyje kalbejo kalb jo pareiske parei kokius kokias kokie kokia koks kuria kuriuos kurias "
            "sako diena".split()
        ),
        _LITHUANIAN_WORDS,
        _lithuanian,
    ),
)
# Serbian, Tanglish, Somali, Hawai'i Pidgin, Cockney and Scouse, read before texting's shorthand is spelled out:
# Serbian's and Somali's "u" (in, to) is texting's "you", Pidgin's "wen" after a subject is the past ("Xi wen say")
# where texting's "wen" is "when", Cockney's "wot" and Scouse's "sed" are cue words of their own. The first three are
# read before Pidgin and Cockney, which would take Serbian's "da" (that) and Tamil's "da" for "the", and Somali's "oo"
# (and) for "who".
_BEFORE_TEXTING: _Phrasebooks = (
    (
        frozenset(
            "sta sto ta to ko tko kim koga kada kad gde gdje koliko zasto za kako cemu emu li rekao rekla rekli "
            "izjavio izjavila sastao sastala sastali sastanak sastanku sastanka trajao trajala trajali trajalo clanak "
            "clanku clanka lanak lanku lanka pomenut spomenut pominje spominje kakav kakva kakvo kakvi kakve kog "
            "kosta koji koja koje kaze kazu rece razgovarao razgovarali".split()
        ),
        _SERBIAN_WORDS,
        _serbian,
    ),
    (
        frozenset(
            "enna yaaru yaru yaara yaarai yarai evlo evvalavu ethana ethanai eppo enga pathi paththi patthi yen "
            "sonnaru sonnar sonnaar sonnaaru sonnanga sonnaanga sonnaga sonnadhu sonnathu chonnaru solli nadanthuchu "
            "nadandhuchu irukanum irukkanum pannaru pannar pannaanga pannanga panninaru pannunaaru panninaanga "
            "pannunanga ezhuthunaanga eluthunaanga santhichaaru mention eppadi epdi solliruku irunthuchu ponaaru "
            "ponaanga ponanga vanthaaru vandhaaru pesinaaru pesinaanga edhukku ethukku".split()
        ),
        _TANGLISH_WORDS,
        _tanglish,
    ),
    (
        frozenset(
            "muxuu maxuu maxay maxaa yaa kuma kumaa goorma goormuu goormay xaggee halkee imisa immisa meeqa intee waa "
            "sababta yiri yidhi yiraahdeen sheegay sheegtay kulmay kulmeen kulantay socday socotay kulanka kulanku "
            "wadahadal wadahadallada noqdaan maqaal maqaalka yuu maalintee maalinma saacadee jir".split()
        ),
        _SOMALI_WORDS,
        _somali,
    ),
    (frozenset("wen da dat dey wat wea togedda bruddah braddah brah howzit k".split()), _HAWAII_WORDS, _hawaii),
    (
        frozenset(
            "oo ow wot woz wiv abaht arahnd rahnd dahn aht fink finks nuffink nuffin somefink summink summat anyfink "
            "anyfin innit oughta bruv geezer".split()
        ),
        _COCKNEY_WORDS,
        _cockney,
    ),
    (
        frozenset(
            "wha wharr worr warr shud wud cud sed bout dey dem dat dis dese dose der dere youse yer gis giz gizza wuz "
            "meetin talkin sayin goin doin tellin happenin comin gettin lastin mentionin askin visitin sittin havin "
            "speakin runnin makin takin leavin holdin plannin sortin calmin an kid de la lar lad like tings ya den "
            "wid".split()
        ),
        _SCOUSE_WORDS,
        _scouse,
    ),
)
_LOWER_WORD = re.compile(r"[a-z]+")
_TAGLISH_OPENINGS = frozenset(
    "ano anong ano-ano anu-ano sino magkano ilan ilang saan san kailan na-mention nabanggit".split()
)


def in_english(text: str) -> str:
    """The question with another language's question shapes and words put into English ("ano sabi ni X",
    "X ne kya kaha", "Vad sa X om Y?"); a question in English comes back as it was."""
    if text.split(" ", 1)[0].lower() in _TAGLISH_OPENINGS:  # most questions: none of them to try
        for taglish, english in _taglish():
            text = taglish.sub(english, text, count=1)
    if _HINDUSTANI_WORDS.search(text):
        for hindustani, english in _hindustani():
            text = hindustani.sub(english, text.rstrip("?!. "), count=1)
        text = _HINDUSTANI_PARTICLE.sub(lambda m: _HINDUSTANI_ENGLISH.get(m.group().lower(), ""), text)
    return _read(text, _PHRASEBOOKS)


def in_english_before_texting(text: str) -> str:
    """The question in a language or dialect whose words texting's shorthand would misread, put into English ("Xi
    wen say": what Xi said, not when; "u Pekingu": in Beijing); a question in English comes back as it was."""
    return _read(text, _BEFORE_TEXTING)


def _read(text: str, phrasebooks: _Phrasebooks) -> str:
    """The question read by each phrasebook it holds a cue word of and whose pattern it matches."""
    words = set(_LOWER_WORD.findall(text.lower()))
    for cues, pattern, phrasebook in phrasebooks:  # read only when a question holds their words
        if not cues.isdisjoint(words) and pattern.search(text):
            text = text.rstrip("?!. ")
            for shape, english in phrasebook():
                text = shape.sub(english, text)
    return text


def european_in_english(text: str) -> str:
    """The question's Spanish, French, German or Portuguese shape put into English ("¿Qué dijo X?")."""
    if text.split(" ", 1)[0].lower() in _EUROPEAN_OPENINGS:
        for european, in_english in _european():
            text = european.sub(in_english, text, count=1)
    return text

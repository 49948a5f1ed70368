"""Phrasebooks of Africa south of the Sahara: Swahili, Yoruba, isiZulu and Hausa."""

from __future__ import annotations

import re
from functools import cache

from knowledge.phrasebooks.shapes import (
    _ANSWER_WORDS,
    _NAMED,
    _TWO_WORD_NAME,
    _after_the_question,
    _gloss_said_again,
    _in_english_at_last,
    _lazy_pattern,
    _plain_letters,
    _Shapes,
    _title_of_country,
    _us_foreign_minister,
    _with_the,
    _word_for_word,
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


_SWAHILI_WORDS = _lazy_pattern(
    r"\b(?:alisema|amesema|anasema|alisemaje|nani|ilitajwa|imetajwa|ilizungumziwa|alitajwa|alikutana|kuhusu)\b", re.I
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
        _title_of_country(),
        _us_foreign_minister(),
    )


_YORUBA_WORDS = _lazy_pattern(
    r"^(?:k[ií]\s*n[ií]|t[aá]\s*(?:n[ií]|l[oóọ])|n[ií]b[oọ]|[ií]b[oọ]\s+n[ií]|n?[iíì]gb[aà]\s*w[oóọ]|b[aá]w[oọ]\s+n[ií]"
    r"|how\s+long\s+n[ií]|m[eé]l[oòọ][oóọ]?)(?!\w)"
    r"|(?<!\w)(?:n[ií]pa|gb[oọ]d[oọ]|[aà][aà]r[eẹ]|m[eé]l[oòọ][oóọ]?\s+n[ií])(?!\w)",
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
        *_in_english_at_last(),
    )


_ZULU_WORDS = _lazy_pattern(
    rf"\b(?:{_ZULU_SAYS}|[uwo]the|othi|{_ZULU_WHO}|ungubani|n[oa]bani|\w*hlangan[aeo]\w*|isikhathi|(?-i:nini)\W*$|k[ue]phi"
    r"|malini|kanjani|ngicela|ngitshele|u?ngiphe|u?nginike|ku(?:mele|fanele)|\w+ngaki|\w*khulunyiwe|kukhulunywe"
    r"|kushiwo|[ou]bhal[ae]|yini|kwathiwani)\b",
    re.I,
)


# How readers ask in Hausa, with English words and with or without its hooked letters (ɓ, ɗ, ƙ, ƴ typed b, d, k, y):
# "Me Xi ya ce game da Taiwan?" (what did Xi say about Taiwan), "Da wa Blinken ya gana a Beijing?" (whom did Blinken
# meet in Beijing), "Har yaushe taron ya dauka?" (how long did the meeting last), "Wa ya ce ya kamata mu zama abokan
# hulda?" (who said we should be partners). Hausa opens on its question word as English does ("me": what, "wa": who,
# "yaushe": when, "ina": where, "nawa": how many), said before the one asked about; that one is followed by a pronoun
# that carries the verb's tense ("Xi ya ce": Xi, he said; "suka gana": they met), which English leaves off. Its nouns
# take their article on their end ("taro", a meeting, "taron", the meeting; "labarin": the article) and are put into
# English with it, its small words before the shapes read the question ("game da": about, "da": with or, between two
# names, and; "a": in). Its "da" (with, and) is Hawai'i Pidgin's "the" and its "na" (of) Pidgin's "is": read before
# those books and before texting's shorthand is spelled out, only when a word of Hausa's own is there ("ya ce", "gana",
# "yaushe", "taron").
_HAUSA_MARKED = (("b", "ɓ"), ("d", "ɗ"), ("k", "ƙ"), ("y", "ƴ"), ("a", "àáâ"), ("e", "èéê"), ("i", "ìíî"),
                 ("o", "òóô"), ("u", "ùúû"))  # fmt: skip
_HAUSA_NAMES = {
    "(?:kasar\\s+)?(?-i:Sin|Chana|Caina)(?![\\w-])": "China", "(?:kasar\\s+)?(?-i:Amurka|Amirka)": "America",
    "(?:kasar\\s+)?(?-i:Rasha)": "Russia", "(?:kasar\\s+)?(?-i:Ukraine|Yukren)": "Ukraine",
    "(?:kasar\\s+)?(?-i:Japan|Jafan)": "Japan", "(?:kasar\\s+)?(?-i:Najeriya)": "Nigeria",
    "(?:kasar\\s+)?(?-i:Switzerland|Suwizalan)": "Switzerland", "(?-i:Bejin|Baijin)": "Beijing",
    "(?:kasar\\s+)?(?=(?-i:China|Taiwan|India)\\b)": "", "(?-i:Tekun\\s+Kudancin\\s+China)": "the South China Sea",
}  # fmt: skip
# Its titles, nouns and phrases, with their article, put into English before its question shapes are read
_HAUSA_THINGS = {
    "a\\s+cewar\\s+labarin|bisa\\s+ga\\s+labarin|kamar\\s+yadda\\s+labarin\\s+ya\\s+(?:ce|nuna)":
        "according to the article",
    "sakataren\\s+harkokin\\s+wajen\\s+(?:Amurka|America|Amirka)": "the US secretary of state",
    "ministan\\s+harkokin\\s+wajen\\s+(?=(?-i:[A-Z]))": "the foreign minister of ",
    "ministan\\s+harkokin\\s+waje[n]?": "the foreign minister",
    "sakataren\\s+harkokin\\s+waje[n]?|sakataren\\s+gwamnati": "the secretary of state",
    "firayim\\s+minista|pirayim\\s+minista": "the prime minister", "minista[n]?": "the minister",
    "shugaban\\s+kasar\\s+(?=(?-i:[A-Z]))|shugaban\\s+(?=(?-i:[A-Z])(?!i\\b))": "the president of ",
    "shugaban\\s+kasa|shugaba[n]?": "the president", "kakaki[n]?|mai\\s+magana\\s+da\\s+yawun\\w*": "the spokesperson",
    "jami'?i[n]?\\s+(?=(?-i:[A-Z]))": "the official of ", "jami'?i[n]?|jami'?ai[n]?": "the official",
    "[dɗ]an\\s+jarida|'?yan\\s+jarida": "the journalist",
    "jakada[n]?|jami'?in\\s+diflomasiyya": "the diplomat", "marubuci[n]?|marubucin\\s+labarin": "the author",
    "ba[kƙ]o[n]?": "the guest", "[dɗ]an\\s+(?:China|kasar\\s+Sin)|basine|na\\s+China": "Chinese",
    "ba'?amurke|na\\s+Amurka|[dɗ]an\\s+Amurka": "American",
    "a\\s+farkon\\s+tattaunawa[r]?": "at the start of the talks",
    "a\\s+farkon\\s+taro[n]?": "at the start of the meeting",
    "a\\s+karshen\\s+tattaunawa[r]?": "at the end of the talks",
    "kafin\\s+wannan\\s+(?:taro[n]?|ganawa[r]?)": "before this meeting",
    "bayan\\s+wannan\\s+(?:taro[n]?|ganawa[r]?)": "after this meeting",
    "wannan\\s+(?:taro[n]?|ganawa[r]?)": "this meeting",
    "taro[n]?|ganawa[r]?": "the meeting", "tattaunawa[r]?|shawarwari[n]?": "the talks", "ziyara[r]?": "the visit",
    "wannan\\s+labari[n]?|labarin\\s+nan": "this article", "labari[n]?|rahoto[n]?|makala[r]?": "the article",
    "ha[kƙ][kƙ]in\\s+[dɗ]an\\s+adam|'?yancin\\s+[dɗ]an\\s+adam|ha[kƙ][kƙ]o[kƙ]in\\s+[dɗ]an\\s+adam"
    "|ha[kƙ][kƙ]o[kƙ]in\\s+bil\\s+adama": "human rights",
    "kasuwanci|cinikayya": "trade", "awanni|awowi|awa|sa'?o'?i|sa'?a": "hours",
    "ka'?idoji|ka'?idodi|ka'?ida|manufofi": "principles", "kasashen\\s+biyu|[kƙ]asashen\\s+biyu": "the two countries",
    "[kƙ]asashe[n]?": "the countries",
    "kudin\\s+(?:rajista|biyan\\s+ku[dɗ]i|subscription)|subscription": "the subscription",
    "abokan\\s+(?:hul[dɗ]a|tarayya|aiki)|abokan\\s+juna": "partners", "abokan\\s+(?:hamayya|gaba|gasa)": "rivals",
    "dangantakar": "the relationship", "dangantaka": "relations", "bambance-?bambance[n]?|sabani": "differences",
    "samu\\s+ci\\s+gaba": "make progress", "ci\\s+gaba": "progress",
    "mukami[n]?|matsayi[n]?": "title",
    "ya\\s+kamata\\s+mu\\s+(?:zama|kasance)|dole\\s+mu\\s+(?:zama|kasance)": "we should be",
    "ya\\s+kamata\\s+su\\s+(?:zama|kasance)|dole\\s+su\\s+(?:zama|kasance)|ya\\s+kamata\\s+(?:a\\s+)?(?:zama|kasance)":
        "should be",
    "wani\\s+abu|komai": "anything", "akwai\\s+sauran": "there are still",
    "(?<=\\s)akwai(?!\\s+(?:wani|komai|game|dangane|about)\\b)": "there are", "batutuwa[n]?|al'?amura[n]?": "issues",
    "matsaloli[n]?": "problems", "(?:da\\s+)?(?:ake|aka|ke)\\s+bu[kƙ]atar": "that need to be",
    "warware\\w*|magance\\w*|sasanta\\w*": "resolved", "mafi\\s+girman\\s+tattalin\\s+arziki": "the largest economies",
    "mafi\\s+girma[n]?": "the largest", "a\\s+duniya": "in the world", "zan\\s+iya|zan\\s+samu\\s+damar": "can I",
    "za[mn]u\\s+iya": "can we", "karanta": "read", "a\\s+(?:kan\\s+)?waya": "on a phone", "waya": "phone",
    "kwamfuta": "computer", "jarida[r]?": "newspaper", "tallace-?tallace|talla": "ads",
    "a\\s+baya|kafin\\s+wannan|da\\s+farko": "previously",
    # words of the news, so that the words said match the article's
    "abubuwa\\s+marasa\\s+kyau|abubuwan\\s+da\\s+ba\\s+su\\s+da\\s+kyau": "negative factors",
    "(?:na|suna)\\s+(?:karuwa|[kƙ]aruwa|[kƙ]ara\\s+yawa)": "are increasing", "har\\s+yanzu": "still",
    "(?:na|tana|yana)\\s+daidaitawa|(?:ta|ya)\\s+fara\\s+daidaita\\w*|(?:na|tana)\\s+daidaituwa":
        "is beginning to stabilise", "daidaitawa|daidaita": "stabilise",
    "ci\\s+gaban\\s+tattalin\\s+arziki|tattalin\\s+arziki": "economy",
    "hadin\\s+gwiwa|ha[dɗ]in\\s+kai": "cooperation", "mutunta\\s+juna|girmamawa": "respect", "duniya": "world",
    "yaki": "war", "zaman\\s+lafiya": "peace", "takunkumi": "sanctions",
    "fata\\s+mai\\s+kyau|kyakkyawan\\s+fata": "optimism",
}  # fmt: skip
_HAUSA_PERSON = r"(?:ya|ta|sun|suka|za\s+ta|za\s+ya|yake|take)"  # the pronoun after the one who did it ("Xi ya ce")
_HAUSA_SAID = r"(?:ce|fa[dɗ]a|fa[dɗ]i|furta|bayyana|yi\s+magana|gaya|sanar)"
_HAUSA_MET = r"(?:gana|ha[dɗ]u|tattauna|zauna|tarbi|gamu)"
_HAUSA_WHAT = r"(?:me|mene|menene|mine|mi|mece|mecece)(?:\s+(?:ne|ce))?"
_HAUSA_WHO = r"(?:wa|wane|wace|wanene|wacece|waye|su\s+wa)(?:\s+(?:ne|ce))?"
_HAUSA_DONE = {"gabatar|gabatas|bayar|ba\\s+da\\s+shawara\\w*": "propose", "ambata|ambaci": "mention",
               "sanya\\s+hannu": "sign", "kai\\s+ziyara": "visit", "sanar": "announce"}  # fmt: skip
_HAUSA_NUMBERS = {"daya": "one", "biyu": "two", "uku": "three", "hudu|hu[dɗ]u": "four", "biyar": "five"}
_HAUSA_WHICH = {"rana": "on which day", "birni|gari": "in which city", "gini|gida": "in which building",
                "wata": "in which month", "shekara": "in which year", "lokaci": "at what time",
                "taron\\s+koli|summit": "at which summit"}  # fmt: skip
_HAUSA_ENGLISH = {
    "(?-i:da)": "and", "ko": "or", "kuma": "and", "sosai": "exactly", "duka|duk|dukan": "all", "kawai": "only",
    "don\\s+allah|pls": "please", "(?-i:su)": "they", "(?-i:mu)": "we", "(?-i:shi)": "he", "(?-i:ita)": "she",
}  # fmt: skip
_HAUSA_PLACE_OR_TIME = r"(?P<where>\s+(?:in|at|from|after|during|before|between)\s+[^,?]+)?"


def _hausa_asked(asked: str) -> str:
    """ "yaushe": when; "ina", "a ina": where; "a wace rana": on which day."""
    asked = " ".join(asked.lower().split())
    if asked.startswith(("yaushe", "a yaushe")):
        return "when"
    if asked in ("ina", "a ina", "in ina"):
        return "where"
    noun = re.sub(r"^(?:a|in|at|on)\s+(?:wace|wane|wanne|wacce)\s+", "", asked)
    return next(e for n, e in _HAUSA_WHICH.items() if re.fullmatch(n, noun))


def _hausa_counted(match: re.Match[str]) -> str:
    """ "how many principles did Xi propose", "which three principles did Xi propose"."""
    verb = next(e for m, e in _HAUSA_DONE.items() if re.fullmatch(m, match.group("verb"), re.I))
    if match.group("whom"):
        verb = f"{verb} to {match.group('whom')}"
    if match.groupdict().get("which"):
        count = match.group("count")
        number = next(e for n, e in _HAUSA_NUMBERS.items() if re.fullmatch(n, count, re.I)) + " " if count else ""
        return f"which {number}{match.group('thing')} did {match.group('who')} {verb}"
    return f"how many {match.group('thing')} did {match.group('who')} {verb}"


_HAUSA_NATIONALITY = {"China": "Chinese", "America": "American", "Russia": "Russian"}


def _hausa_thing(thing: str) -> str:
    """A thing asked which of, put into English: "the president of America": American president; "the countries":
    countries."""
    thing = re.sub(r"^the\s+", "", thing)
    owned = re.fullmatch(r"(?P<title>\w+(?:\s+\w+)?)\s+of\s+(?P<country>China|America|Russia)", thing)
    if owned:
        return f"{_HAUSA_NATIONALITY[owned.group('country')]} {owned.group('title')}"
    return thing


def _hausa_said_anything(match: re.Match[str]) -> str:
    """ "did Xi say anything about Taiwan"; "didn't Xi say anything about Taiwan" ("bai ce komai ba")."""
    did = "didn't" if match.group("not") else "did"
    return f"{did} {match.group('who')} say anything {match.group('topic')}"


_HAUSA_ASKED = (
    r"(?:a\s+)?yaushe(?:\s+ne)?|(?:a\s+|in\s+)?ina(?:\s+ne)?|(?:a|in|at|on)\s+(?:wace|wane|wanne|wacce)\s+"
    r"(?:rana|birni|gari|gini|gida|wata|shekara|lokaci)"
)


@cache
def _hausa() -> _Shapes:
    return (
        _after_the_question(),
        *_plain_letters(_HAUSA_MARKED),
        (re.compile("[’`´]"), "'"),
        (re.compile(r"^(?:shin|to|toh|wai|kuma|amma|yauwa|ok)\b,?\s*(?=\S)", re.I), ""),
        # the focus a question word takes ("Da wa ne …", "Har yaushe ne …"), which English leaves off
        (
            re.compile(
                r"^(?P<asked>(?:har\s+)?yaushe|(?:da|ga|tare\s+da)\s+wa|tsawon\s+wane\s+lokaci|lokaci\s+nawa|(?:a\s+)?ina)\s+"
                r"(?:ne|ce)\b",
                re.I,
            ),
            r"\g<asked>",
        ),
        # "Kuma Wang Yi fa?": what about Wang Yi
        (re.compile(r"^(?P<who>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+fa$"), r"what about \g<who>"),
        *_word_for_word(_HAUSA_NAMES),
        (re.compile(r"\s{2,}"), " "),
        *_word_for_word(_HAUSA_THINGS),
        # its small words: "game da" (about), "da wa" (with whom), "a Beijing" (in Beijing), "ga" (to)
        (re.compile(r"\b(?:game\s+da|dangane\s+da|a\s+kan|akan|kan|gameda)\b", re.I), "about"),
        (re.compile(r"\b(?:bayan)\b", re.I), "after"),
        (re.compile(r"\b(?:kafin)\b", re.I), "before"),
        (re.compile(r"\b(?:a\s+lokacin|yayin|a\s+yayin|lokacin)\b(?!\s+nawa)", re.I), "during"),
        (re.compile(r"\btsakanin\b", re.I), "between"),
        (re.compile(r"\b(?:a\s+cikin|cikin|(?i:a))\s+(?=(?-i:[A-Z])|the\s+(?:meeting|talks|visit|article)\b)"), "in "),
        (re.compile(r"\b(?:a\s+)?cikin\b", re.I), "in"),
        (re.compile(r"\bin\s+the\s+meeting\b"), "at the meeting"),
        (
            re.compile(r"^(?P<according>according\s+to\s+the\s+article),?\s+(?P<rest>\S.*)$", re.I),
            r"\g<rest> \g<according>",
        ),
        _gloss_said_again(),
        # "batutuwa da dama" (issues with many): many issues; "da subscription daya" (with one subscription)
        (re.compile(r"\b(?P<what>issues|problems|countries|things|questions)\s+da\s+dama\b"), r"many \g<what>"),
        (re.compile(r"\bda\s+(?:the\s+)?(?P<what>\w+)\s+(?:daya|guda\s+daya)\b", re.I), r"with one \g<what>"),
        # "before this meeting, da wane shugaban Amurka Xi ya hadu previously": which American president did Xi
        # previously meet before this meeting
        (
            re.compile(
                rf"^(?P<lead>[^,?]+,\s*)?(?:da|tare\s+da)\s+(?:wane|wace|wanne|wacce|wadanne)\s+(?P<thing>[^,?]+?)\s+"
                rf"(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+{_HAUSA_PERSON}\s+{_HAUSA_MET}"
                r"(?P<before>\s+previously)?$"
            ),
            lambda match: (
                f"{match.group('lead') or ''}which {_hausa_thing(match.group('thing'))} did {match.group('who')}"
                f"{' previously' if match.group('before') else ''} meet"
            ),
        ),
        # "Wane jami'in China ne ya ce …": which Chinese official said …
        (
            re.compile(
                r"^(?:wane|wace|wanne|wacce|wadanne)\s+(?P<who>[^,?]+?)\s+(?:ne|ce)\s+(?:ya|ta|suka|sun)\s+"
                rf"{_HAUSA_SAID}\s+"
                r"(?:cewa\s+|wai\s+)?(?P<said>[^?]+)$",
                re.I,
            ),
            lambda match: (
                f"which {_hausa_thing(match.group('who'))} said "
                + re.sub(
                    r"\b(?:za\s+(?:ta|ya|su)|zai|zata)\s+",
                    "will ",
                    re.sub(r"^za\s+su\b", "they will", match.group("said")),
                )
            ),
        ),
        # "in the article, wadanne the countries ne the largest economies in the world": which countries are …
        (
            re.compile(
                r"^(?P<lead>[^,?]+,\s*)?(?:wadanne|wa[dɗ]anne|wane|wace|wanne|wacce)\s+(?P<thing>[^,?]+?)\s+"
                r"(?:ne|ce)\s+"
                rf"(?![^,?]*\b(?:{_HAUSA_PERSON}|aka|an)\s)(?P<what>[^,?]+)$",
                re.I,
            ),
            lambda match: (
                f"{match.group('lead') or ''}which {_hausa_thing(match.group('thing'))} "
                f"{'are' if match.group('thing').endswith('s') else 'is'} {match.group('what')}"
            ),
        ),
        # "Xi da Blinken": Xi and Blinken (with, between two names)
        (
            re.compile(
                rf"\b(?P<one>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+da\s+(?P<other>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)"
            ),
            r"\g<one> and \g<other>",
        ),
        # "the talks Blinken and Wang Yi": the talks between Blinken and Wang Yi
        (
            re.compile(
                rf"\b(?P<thing>the\s+talks|the\s+meeting)\s+(?P<pair>(?:{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+and\s+"
                rf"(?:{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*))"
            ),
            r"\g<thing> between \g<pair>",
        ),
        # "Me ya sa Blinken ya je Beijing?": why did Blinken go to Beijing
        (
            re.compile(
                rf"^(?:me\s+ya\s+sa|meyasa|me\s+yasa|don\s+me|domin\s+me|saboda\s+me)\s+(?P<who>[^,?]+?)\s+{_HAUSA_PERSON}\s+"
                r"(?:je|tafi|kai\s+ziyara|ziyarci|zo)\s+(?:in\s+|zuwa\s+|to\s+)?(?P<place>[^,?]+)$",
                re.I,
            ),
            r"why did \g<who> go to \g<place>",
        ),
        # "Me ya faru a taron?": what happened at the meeting
        (
            re.compile(r"^(?:me|mene)\s+(?:ne\s+)?ya\s+(?:faru|auku|gudana)\b\s*(?P<where>.*)$", re.I),
            r"what happened \g<where>",
        ),
        # "Me aka ce game da kasuwanci?": what was said about trade
        (
            re.compile(rf"^{_HAUSA_WHAT}\s+(?:aka|an)\s+{_HAUSA_SAID}\s+(?P<topic>about\s+.+)$", re.I),
            r"what was said \g<topic>",
        ),
        # "Me Xi ya ce game da Taiwan?", "Xi me ya ce …": what did Xi say about Taiwan (to Blinken, in Beijing)
        (
            re.compile(rf"^(?P<who>(?-i:[A-Z])[^,?]*?)\s+{_HAUSA_WHAT}\s+(?={_HAUSA_PERSON}\s+{_HAUSA_SAID}\b)", re.I),
            r"me \g<who> ",
        ),
        (
            re.compile(
                rf"^{_HAUSA_WHAT}\s+(?P<who>[^,?]+?)\s+{_HAUSA_PERSON}\s+{_HAUSA_SAID}(?:\s+(?:wa|ga|to)\s+(?P<whom>[^,?]+?))?"
                rf"(?P<topic>\s+about\s+[^,?]+?)?{_HAUSA_PLACE_OR_TIME}{_ANSWER_WORDS}",
                re.I,
            ),
            lambda match: (
                f"what did {match.group('who')} say"
                + (f" to {match.group('whom')}" if match.group("whom") else "")
                + (match.group("topic") or "")
                + (match.group("where") or "")
                + (match.group("rest") or "")
            ),
        ),
        # "Wa ya ce …": who said …
        (
            re.compile(rf"^{_HAUSA_WHO}\s+(?:ya|ta|suka|sun)\s+{_HAUSA_SAID}\s+(?:cewa\s+|wai\s+|that\s+|,\s*)?", re.I),
            "who said ",
        ),
        (
            re.compile(rf"^(?P<said>.+?)\s+{_HAUSA_WHO}\s+(?:ya|ta|suka|sun)\s+{_HAUSA_SAID}$", re.I),
            r"who said \g<said>",
        ),
        # "Da wa Blinken ya gana a Beijing?", "Blinken ya gana da wa?": whom did Blinken meet (in Beijing)
        (
            re.compile(
                rf"^(?:da|tare\s+da|ga)\s+wa\s+(?P<who>[^,?]+?)\s+{_HAUSA_PERSON}\s+{_HAUSA_MET}{_HAUSA_PLACE_OR_TIME}$",
                re.I,
            ),
            r"who did \g<who> meet\g<where>",
        ),
        (
            re.compile(rf"^(?P<who>[^,?]+?)\s+{_HAUSA_PERSON}\s+{_HAUSA_MET}\s+da\s+wa{_HAUSA_PLACE_OR_TIME}$", re.I),
            r"who did \g<who> meet\g<where>",
        ),
        (
            re.compile(rf"^{_HAUSA_WHO}\s+(?:ya|ta|suka|sun)\s+{_HAUSA_MET}\s+(?:da|with)\s+(?P<whom>[^,?]+)$", re.I),
            r"who met \g<whom>",
        ),
        # "Blinken ya gana da Li Qiang?": did Blinken meet Li Qiang
        (
            re.compile(
                rf"^(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+{_HAUSA_PERSON}\s+{_HAUSA_MET}\s+(?:da|with)\s+(?P<whom>[^,?]+)$"
            ),
            r"did \g<who> meet \g<whom>",
        ),
        # "Yaushe Xi da Blinken suka gana?", "A ina Blinken ya gana da Xi?": when (where) did … meet
        (
            re.compile(
                rf"^(?P<asked>{_HAUSA_ASKED})\s+(?P<who>[^,?]+?)\s+{_HAUSA_PERSON}\s+{_HAUSA_MET}"
                r"(?:\s+(?:da|with)\s+(?P<whom>[^,?]+))?$",
                re.I,
            ),
            lambda match: (
                f"{_hausa_asked(match.group('asked'))} did {match.group('who')} meet"
                + (f" {match.group('whom')}" if match.group("whom") else "")
            ),
        ),
        # "Ina aka yi taron?", "Yaushe taron ya gudana?": where (when) did the meeting take place
        (
            re.compile(
                rf"^(?P<asked>{_HAUSA_ASKED})\s+(?:aka|an)\s+(?:yi|gudanar\s+da|gudanar)\s+(?P<what>[^,?]+)$", re.I
            ),
            lambda match: f"{_hausa_asked(match.group('asked'))} did {_with_the(match.group('what'))} take place",
        ),
        (
            re.compile(rf"^(?P<asked>{_HAUSA_ASKED})\s+(?P<what>[^,?]+?)\s+(?:ya|ta)\s+(?:gudana|faru|kasance)$", re.I),
            lambda match: f"{_hausa_asked(match.group('asked'))} did {_with_the(match.group('what'))} take place",
        ),
        # "Yaushe aka wallafa labarin?": when was the article published (updated)
        (
            re.compile(
                rf"^(?P<asked>{_HAUSA_ASKED})\s+(?:aka|an)\s+(?P<done>wallafa|buga|fitar|sabunta|rubuta)\s+(?P<what>[^,?]+)$",
                re.I,
            ),
            lambda match: (
                f"{_hausa_asked(match.group('asked'))} was {_with_the(match.group('what'))} "
                + {"sabunta": "updated", "rubuta": "written"}.get(match.group("done").lower(), "published")
            ),
        ),
        # "Har yaushe taron ya dauka?", "Awa nawa tattaunawar ta dauka?": how long (how many hours) did … last
        (
            re.compile(
                r"^(?:har\s+yaushe|tsawon\s+(?:wane\s+)?lokaci(?:\s+nawa)?|lokaci\s+nawa|(?P<hours>hours\s+nawa))\s+"
                r"(?P<what>[^,?]+?)\s+(?:ya|ta|suka|sun)\s+(?:dauka|dauki|dau|dade|kai|ci|yi)$",
                re.I,
            ),
            lambda match: (
                f"{'how many hours' if match.group('hours') else 'how long'} did {_with_the(match.group('what'))} last"
            ),
        ),
        (
            re.compile(
                r"^(?P<what>[^,?]+?)\s+(?:ya|ta|suka|sun)\s+(?:dauka|dauki|dau|dade|kai|ci|yi)\s+"
                r"(?:(?:tsawon\s+)?(?:lokaci|wani\s+lokaci)\s+nawa|(?P<hours>hours\s+nawa)|har\s+yaushe)$",
                re.I,
            ),
            lambda match: (
                f"{'how many hours' if match.group('hours') else 'how long'} did {_with_the(match.group('what'))} last"
            ),
        ),
        # "Ka'idoji nawa Xi ya gabatar?": how many principles did Xi propose; "Wadanne ka'idoji uku …": which three
        (
            re.compile(
                rf"^(?P<thing>\S+)\s+nawa\s+(?:ne\s+)?(?P<who>[^,?]+?)\s+{_HAUSA_PERSON}\s+"
                rf"(?P<verb>{'|'.join(_HAUSA_DONE)})"
                r"(?:\s+(?:wa|ga|to)\s+(?P<whom>[^,?]+))?$",
                re.I,
            ),
            _hausa_counted,
        ),
        (
            re.compile(
                rf"^(?P<which>wadanne|wa[dɗ]anne|wanne|wacce|wane|wace)\s+(?P<thing>\S+)\s+(?:(?P<count>{'|'.join(_HAUSA_NUMBERS)})\s+)?"
                rf"(?:ne\s+)?(?P<who>[^,?]+?)\s+{_HAUSA_PERSON}\s+(?P<verb>{'|'.join(_HAUSA_DONE)})"
                r"(?:\s+(?:wa|ga|to)\s+(?P<whom>[^,?]+))?$",
                re.I,
            ),
            _hausa_counted,
        ),
        (
            re.compile(
                r"^(?:wace|wane|wacce|wanne)\s+jarida\s+(?:ce\s+|ne\s+)?ta\s+(?:wallafa|buga)\s+(?P<what>[^,?]+)$", re.I
            ),
            r"which newspaper published \g<what>",
        ),
        # "Nawa ne kudin subscription?": how much does the subscription cost
        (re.compile(r"^nawa\s+(?:ne\s+)?(?:kudin\s+)?(?P<what>[^,?]+)$", re.I), r"how much is \g<what>"),
        (re.compile(r"^(?P<what>[^,?]+?)\s+nawa\s+ne$", re.I), r"how much is \g<what>"),
        # "Mene ne mukamin Wang Yi?": what is Wang Yi's title
        (
            re.compile(rf"^(?:{_HAUSA_WHAT}\s+)?title\s+(?P<who>(?-i:[A-Z])[^,?]*?)(?:\s+(?:ne|ce))?$", re.I),
            r"what is \g<who>'s title",
        ),
        # "Wane mukami Blinken yake da shi a Amurka?": what position does Blinken hold in America
        (
            re.compile(
                rf"^(?:wane|wace|menene|mene|me)\s+(?:ne\s+)?title\s+(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+"
                r"(?:yake|take|ke|ya|ta)\s+(?:da\s+(?:shi|ita)|rike(?:\s+da)?)?(?P<where>\s+in\s+[^,?]+)?$",
                re.I,
            ),
            lambda match: f"what position does {match.group('who')} hold{match.group('where') or ''}",
        ),
        # "Yaya tattaunawar Blinken da Wang Yi ta kasance?": how did the talks between Blinken and Wang Yi go
        (
            re.compile(
                r"^(?:ta\s+)?yaya\s+(?P<what>[^,?]+?)\s+(?:ta|ya|suka|sun)\s+(?:kasance|gudana|kaya|tafi|wakana)$", re.I
            ),
            lambda match: f"how did {_with_the(match.group('what'))} go",
        ),
        # "Wane ne Wang Yi?", "Wang Yi wanene?": who is Wang Yi
        (re.compile(r"^(?:wane|wace|wanene|wacece|waye)\s+(?:ne\s+|ce\s+)?(?P<who>[^,?]+)$", re.I), r"who is \g<who>"),
        (
            re.compile(r"^(?P<who>[^,?]+?)\s+(?:wane|wace|wanene|wacece|waye)(?:\s+(?:ne|ce))?$", re.I),
            r"who is \g<who>",
        ),
        # "Labarin game da me ne?", "Labarin yana magana ne game da me?": what is the article about
        (
            re.compile(
                rf"^(?P<what>[^,?]+?)\s+(?:(?:yana|tana)\s+(?:magana\s+)?(?:ne\s+)?)?about\s+{_HAUSA_WHAT}$", re.I
            ),
            lambda match: f"what is {_with_the(match.group('what'))} about",
        ),
        # "An ambaci Taiwan?": was Taiwan mentioned; "An yi maganar Rasha a labarin?"
        (
            re.compile(
                r"^(?:an|aka|shin\s+an)\s+(?:ambaci|ambata|ambato|tabo|yi\s+maganar|yi\s+magana\s+about)\s+(?P<what>[^,?]+?)"
                r"(?:\s+in\s+(?:the|this)\s+article)?$",
                re.I,
            ),
            r"was \g<what> mentioned",
        ),
        # "Akwai wani abu game da Rasha a labarin?": is there anything about Russia
        (
            re.compile(
                r"^(?:akwai|da)\s+(?:anything\s+)?(?P<topic>about\s+[^,?]+?)(?:\s+in\s+(?:the|this)\s+article)?$", re.I
            ),
            r"is there anything \g<topic>",
        ),
        # "Wa ya rubuta labarin?": who wrote the article
        (re.compile(rf"^{_HAUSA_WHO}\s+(?:ya|ta|suka)\s+rubuta\s+(?P<what>[^,?]+)$", re.I), r"who wrote \g<what>"),
        # "Xi ya ce anything game da Taiwan?": did Xi say anything about Taiwan; "Xi bai ce komai ba": didn't he
        (
            re.compile(
                rf"^(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+(?P<not>bai|ba\s+ta|basu)?\s*(?:{_HAUSA_PERSON}\s+)?{_HAUSA_SAID}\s+"
                r"anything\s+(?P<topic>about\s+[^,?]+?)(?:\s+ba)?$",
                re.I,
            ),
            _hausa_said_anything,
        ),
        # "Xi ya ce China da Amurka ya kamata su zama abokan hulda?": did Xi say that China and America should be …
        (
            re.compile(
                rf"^(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+{_HAUSA_PERSON}\s+{_HAUSA_SAID}\s+(?:cewa\s+|wai\s+)?(?P<claim>.+)$"
            ),
            r"did \g<who> say that \g<claim>",
        ),
        (re.compile(r"^(?P<start>who\s+said\s+)should\s+be\b", re.I), r"\g<start>they should be"),
        (re.compile(r"^(?:me|mene|menene)\b", re.I), "what"),
        (re.compile(r"^yaushe\b", re.I), "when"),
        (re.compile(r"^(?:a\s+)?ina\b", re.I), "where"),
        (re.compile(r"^(?:ta\s+)?yaya\b", re.I), "how"),
        *_word_for_word(_HAUSA_ENGLISH),
        (re.compile(r"\s{2,}"), " "),
        *_in_english_at_last(),
    )


# Hausa's own words ("ya ce", "game da", "gana", "yaushe", "taron"), none of them Swahili's, Yoruba's or isiZulu's
_HAUSA_WORDS = _lazy_pattern(
    r"\b(?:(?:ya|ta|sun|suka|aka|an)\s+(?:ce|fa[dɗ]a|gana|ha[dɗ]u|rubuta|wallafa|ambaci|ambata|dauka|dauki|gudana|faru)"
    r"|game\s+da|dangane\s+da|yaushe|nawa|taron|ganawa[r]?|tattaunawa[r]?|labarin|ya\s+kamata|wane\s+ne|wanene"
    r"|waye|ministan|harkokin|shugaban|sakataren|dangantaka[r]?|kasuwanci|ka'?idoji|abokan|mukami[n]?|me\s+ya\s+sa"
    r"|meyasa|akwai|marubuci[n]?|hakkin|ha[kƙ][kƙ]in|'?yancin|amurka|yake\s+da\s+shi|ta\s+kasance"
    r"|zan\s+iya|karanta|wa[dɗ]anne|mafi"
    r")\b|^(?:kuma|shin)\s+\S+(?:\s+(?-i:[A-Z])\w*)?\s+fa\W*$",
    re.I,
)

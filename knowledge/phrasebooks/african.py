"""Phrasebooks of Africa south of the Sahara: Swahili, Yoruba, isiZulu, Hausa, Igbo, Kinyarwanda, Shona and Sesotho."""

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
    _in_english_at_last,
    _lazy_pattern,
    _past_tense,
    _plain_letters,
    _Shapes,
    _the_the,
    _title_of_country,
    _us_foreign_minister,
    _with_the,
    _with_the_named,
    _with_the_own_noun,
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


# How readers ask in Igbo, with Nigerian English words and often without its dots and tone marks (ị, ọ, ụ, ṅ typed i,
# o, u, n): "Gini ka Xi kwuru banyere Taiwan?" (what is it Xi said about Taiwan), "Onye ka Blinken zutere na Beijing?"
# (who is it Blinken met in Beijing), "Ogologo oge ole ka nzuko ahu were?" (how long a time did that meeting take),
# "Onye bu Wang Yi?" (who is Wang Yi). Igbo opens on its question word, put in focus with "ka" (that) before the one
# asked about and the verb ("Gini ka Xi kwuru": what did Xi say), or leaves it where the answer stands ("Xi kwuru
# gini?"); "ahụ" (that) and "a" (this) follow the noun they point at ("nzukọ ahụ": the meeting, "akụkọ a": this
# article), and "na" is "in", "and" or "that" by what follows it. Its words are Yoruba's and Hausa's neighbours' and
# its "na" Pidgin's and Swahili's: read before texting's shorthand is spelled out, only when a word of Igbo's own is
# there ("gini", "onye", "kwuru", "banyere", "zutere", "nzuko").
# Titles typed in English, after Igbo's "onye" (person): "onye diplomat ahụ" (that diplomat)
_IGBO_ROLES = (
    r"(?:diplomat|spokesperson|spokesman|minister|foreign\s+minister|official|journalist|reporter|leader|president"
    r"|premier|secretary\s+of\s+state|secretary|ambassador|envoy|author|writer)"
)
_IGBO_MARKED = (("i", "ịíìī"), ("o", "ọóòō"), ("u", "ụúùū"), ("n", "ṅńǹ"), ("a", "áàā"), ("e", "éèē"), ("m", "ḿ"))
_IGBO_NAMES = {
    "(?-i:Chaịna|Chaina|Chayna)": "China", "(?-i:Amerịka|Amerika|Amẹrịka)": "America",
    "(?-i:Rọshịa|Roshia|Rọsịa|Rosia)": "Russia", "(?-i:Naịjirịa|Naijiria|Naijiriya)": "Nigeria",
    "(?-i:Bejin|Beijin)(?!\\w)": "Beijing", "(?-i:Taịwan)": "Taiwan",
}  # fmt: skip
# Its titles, nouns and phrases, with the words pointing at them, put into English before its shapes are read
_IGBO_THINGS = {
    # an English title with "onye" (person) before it and "ahụ" (that) or "a" (this) after ("onye diplomat ahụ": the
    # diplomat)
    f"onye\\s+(?P<role>{_IGBO_ROLES})(?:\\s+(?:ahu|a))?(?!\\w)": "the \\g<role>",
    # an English noun with Igbo's words around it ("na mbido talks ahu": at the start of the talks)
    "na\\s+mbido\\s+(?:the\\s+)?(?P<n>meeting|talks|visit|summit)(?:\\s+(?:ahu|a))?": "at the start of the \\g<n>",
    "na\\s+njedebe\\s+(?:the\\s+)?(?P<n>meeting|talks|visit|summit)(?:\\s+(?:ahu|a))?": "at the end of the \\g<n>",
    "mgbe\\s+(?:the\\s+)?(?P<n>meeting|talks|visit|summit)(?:\\s+(?:ahu|a))?\\s+(?:gachara|gasiri|biri|bisiri|mechara)":
        "after the \\g<n>",
    "tupu\\s+(?:the\\s+)?(?P<n>meeting|talks|visit|summit)(?:\\s+(?:ahu|a))?": "before the \\g<n>",
    "akwukwo\\s+akuko": "newspaper", "mmekorita\\s+ahu": "the relationship",
    "tupu\\s+nzuko\\s+(?:a|nke\\s+a)": "before this meeting", "nzuko\\s+(?:a|nke\\s+a)(?=\\s|$)": "this meeting",
    "dika\\s+akuko\\s+(?:a|ahu)\\s+si\\s+kwuo|dika\\s+akuko\\s+(?:a|ahu)\\s+si\\s+di|n'?akuko\\s+a\\s+(?:si|kwuru)":
        "according to the article",
    "(?:onye\\s+)?(?:minista|onye\\s+ozi)\\s+(?:na-ahu\\s+maka\\s+|maka\\s+|nke\\s+)?(?:mba\\s+ofesi|mba\\s+ozo|ihe\\s+gbasara\\s+mba\\s+ofesi)":
        "the foreign minister",
    "odeakwukwo\\s+(?:ala|steeti|obodo)|odeakwukwo\\s+nke\\s+ala": "the secretary of state",
    "onye\\s+isi\\s+ala|onye\\s+isi\\s+obodo|president": "the president",
    "onye\\s+isi\\s+ochichi": "the prime minister",
    "ndi\\s+isi\\s+ala": "the presidents",
    "onye\\s+ndu|onye\\s+isi": "the leader", "minista|onye\\s+ozi": "the minister",
    "onye\\s+na-ekwuchite|onye\\s+nkwuchite|onye\\s+ekwuchite": "the spokesperson",
    "onye\\s+oru\\s+gọọmentị|onye\\s+oru\\s+gomenti|onye\\s+oru\\s+ochichi|onye\\s+ochichi|official": "the official",
    "kwa\\s+onwa|n'?onwa\\s+(?:o\\s+bula|obula)": "a month", "na\\s+mbu|na\\s+mbụ|tupu\\s+mgbe\\s+a|mbu": "previously",
    "(?:amalitela|amaliela|na-amalite|malitere)\\s+(?:ido|kwusi|iguzosi)\\s+ike": "are beginning to stabilise",
    "onye\\s+nta\\s+akuko": "the journalist", "onye\\s+nnochite\\s+anya": "the diplomat",
    "(?<=\\bbu\\s)onye\\s+dere\\s+akuko(?:\\s+a|\\s+ahu)?": "the author of the article",
    "onye\\s+(?=China\\b|America\\b)|ndi\\s+(?=China\\b|America\\b)": "",
    "na\\s+mbido\\s+mkparita\\s+uka|mgbe\\s+mkparita\\s+uka\\s+malitere": "at the start of the talks",
    "na\\s+mbido\\s+nzuko|mgbe\\s+nzuko\\s+(?:ahu\\s+)?malitere": "at the start of the meeting",
    "na\\s+njedebe\\s+mkparita\\s+uka|mgbe\\s+mkparita\\s+uka\\s+(?:ahu\\s+)?gwusiri": "at the end of the talks",
    "na\\s+njedebe\\s+nzuko|mgbe\\s+nzuko\\s+(?:ahu\\s+)?gwusiri": "at the end of the meeting",
    "mgbe\\s+nzuko\\s+(?:ahu\\s+)?(?:gachara|gasịrị|gasiri|biri|bisiri|mechara)|emechaa\\s+nzuko(?:\\s+ahu)?"
    "|ka\\s+nzuko\\s+(?:ahu\\s+)?(?:gachara|gasiri)": "after the meeting",
    "tupu\\s+nzuko(?:\\s+ahu)?": "before the meeting",
    "n'oge\\s+nzuko(?:\\s+ahu)?|na\\s+oge\\s+nzuko(?:\\s+ahu)?|mgbe\\s+nzuko\\s+(?:ahu\\s+)?na-aga":
        "during the meeting",
    "(?:na|n')\\s*nzuko(?:\\s+ahu)?": "at the meeting", "nzuko(?:\\s+ahu)?|ogbako(?:\\s+ahu)?": "the meeting",
    "(?:na|n')\\s*mkparita\\s+uka(?:\\s+ahu)?": "in the talks", "mkparita\\s+uka(?:\\s+ahu)?|mkparitauka": "the talks",
    "nleta(?:\\s+ahu)?": "the visit",
    "(?:na|n')\\s*akuko(?:\\s+a|\\s+ahu)?": "in the article", "akuko\\s+a|edemede\\s+a|article\\s+a": "this article",
    "akuko(?:\\s+ahu)?|edemede(?:\\s+ahu)?|ozi\\s+ahu": "the article",
    "(?:na|n')\\s*(?:gomenti|goomenti)\\s+(?=China\\b|America\\b|Nigeria\\b|Russia\\b)": "in the government of ",
    "(?:na|n')\\s*(?:gomenti|goomenti)": "in the government", "gomenti|goomenti": "the government",
    "ikike\\s+(?:ndi\\s+)?mmadu": "human rights", "azumahia|ahia": "trade", "awa": "hours",
    "kachasi\\s+(?:ukwuu|ibu|elu)|kacha\\s+(?:ukwuu|ibu)": "the largest",
    "(?:n'|na\\s+)uwa|n'ụwa": "in the world", "(?:a\\s+)?ka\\s+nwere|ka\\s+di": "there are still",
    "otutu|ọtụtụ|otụtụ": "many", "nsogbu": "problems",
    "a\\s+ga-edozi|a\\s+ga-edozi\\s+edozi|a\\s+ga-azoputa|ichota\\s+ngwọta":
        "to be resolved",
    "ga-eguzosi\\s+ike|ga-adi\\s+n'?udo|ga-akwusi\\s+ike": "will stabilise", "onye\\s+oru\\s+goomenti": "the official",
    "ukpuru|iwu\\s+ndi\\s+ahu": "principles", "mba\\s+abuo": "the two countries", "mba\\s+ndi\\s+a": "the countries",
    "ndi\\s+mmeko|ndi\\s+enyi|ndi\\s+otu|ndi\\s+mmekọ": "partners",
    "ndi\\s+iro|ndi\\s+mgba|ndi\\s+asọmpi|ndi\\s+asompi":
        "rivals", "mmekorita|mmeko": "relations", "odiiche|ihe\\s+di\\s+iche": "differences",
    "oganihu|ihe\\s+oma": "progress", "okwu\\s+ya\\s+niile|okwu\\s+ya": "his words", "okwu": "words",
    "okwa|ọkwa": "title",
    "onwa": "months", "afo": "years", "ubochi": "days", "izu": "weeks", "obodo": "city",
    # words of the news, so that the words said match the article's
    "ihe\\s+ojoo|ihe\\s+na-adighi\\s+mma": "negative factors", "ka\\s+na-abawanye|na-abawanye|na-amuba": "increasing",
    "(?:economy|akụ\\s+na\\s+ụba|aku\\s+na\\s+uba)\\s+the\\s+largest": "the largest economies",
    "ka\\s+na|ka\\s+di": "still", "ido\\s+ike|kwusi\\s+ike|guzosie\\s+ike": "stabilise", "mmepe": "development",
    "nkwado": "support", "imekorita\\s+aka|nkwekorita": "cooperation", "nsopuru": "respect",
    "akụ\\s+na\\s+uba|aku\\s+na\\s+uba": "economy", "uwa": "world", "agha": "war", "udo": "peace",
    "olileanya": "hope",
}  # fmt: skip
_IGBO_SAID = r"(?:kwuru|kwuwara|siri|kwupụtara|kwuputara|kowara|kọwara|gwara|gwaara)"
_IGBO_MET = r"(?:zutere|zuru|zụrụ|huru|hụrụ|gakwuru|kpakoritara|kparitara\s+uka)"
_IGBO_FOCUS = r"(?:\s+ka|\s+ka\s+o|\s+ka\s+ha)?"
# What was done, asked how many times or which: "Ukpuru ole ka Xi tuputara?" (how many principles did Xi propose)
_IGBO_DONE = {
    "tuputara|tụpụtara|wepụtara|weputara|kwuputara": "propose", "kpoturu|kpọtụrụ": "mention", "binyere": "sign",
    "gara\\s+leta|letara": "visit", "kwupụtara": "announce",
}  # fmt: skip
_IGBO_NUMBERS = {"otu": "one", "abuo|abụọ": "two", "ato|atọ": "three", "ano|anọ": "four", "ise": "five"}
_IGBO_WHICH = {
    "ubochi": "on which day", "city": "in which city", "ulo": "in which building", "months": "in which month",
    "years": "in which year", "oge|awa": "at what time",
}  # fmt: skip
_IGBO_ENGLISH = {
    "(?-i:na)(?=\\s+(?-i:[A-Z]))": "and", "ma\\s+obu|maobu|ka\\s+obu": "or", "ozo": "also", "naani": "only",
    "(?-i:ha)": "they", "anyi": "we", "niile|nile": "all", "biko": "please", "(?-i:ya)": "him",
    "nye\\s+m|nyem": "give me",
    "gwa\\s+m|gwam": "tell me", "(?-i:na)\\s+(?=the\\b)": "in ", "n'etiti": "between",
}  # fmt: skip
_IGBO_PLACE_OR_TIME = r"(?P<where>\s+(?:in|at|to|from|after|during|before|between)\s+[^,?]+)?"


_IGBO_WHY_DONE = {"nwee": "have", "nwe": "have", "nwere": "have", "kwuo": "say", "kwuru": "say", "zute": "meet",
                  "zutere": "meet"}  # fmt: skip
_IGBO_NATIONALITY = {"China": "Chinese", "America": "American", "US": "American"}


def _igbo_which(what: str) -> str:
    """A thing asked which of: "America's president": American president; "the countries": countries."""
    owned = re.fullmatch(r"(?P<country>China|America|Russia|US)'s\s+(?P<title>.+)", what) or re.fullmatch(
        r"(?:the\s+)?(?P<title>\w+(?:\s+\w+)?)\s+(?P<country>China|America|Russia|US)", what
    )
    if owned:
        return f"{_IGBO_NATIONALITY[owned.group('country')]} {owned.group('title')}"
    return re.sub(r"^the\s+", "", what)


def _igbo_asked(asked: str) -> str:
    """ "ebee": where; "kedu mgbe": when; "n'obodo ole": in which city; "ubochi ole": on which day."""
    asked = " ".join(asked.lower().split())
    if re.fullmatch(r"(?:n')?ebee|n'?ebe\s+ole|olee\s+ebe|ebe\s+ole|kedu\s+ebe", asked):
        return "where"
    if re.search(r"mgbe", asked):
        return "when"
    noun = re.sub(r"^(?:in|at|n')?\s*(?:kedu|olee)?\s*|\s+ole$", "", asked)
    return next((e for n, e in _IGBO_WHICH.items() if re.fullmatch(n, noun)), f"in which {noun}")


# What is done by an unnamed one ("a chọrọ": one needs), read as English's passive or its "-ing" ("mgbe a na-edozi":
# when resolving)
_IGBO_ONE_DOES = {
    "a\\s+choro|a\\s+chọrọ|e\\s+choro": "is needed", "a\\s+kwesiri|e\\s+kwesiri": "is needed",
    "a\\s+na-edozi|e\\s+na-edozi|a\\s+ga-edozi": "resolving", "a\\s+na-eme|e\\s+na-eme": "doing",
    "a\\s+na-ekwu|e\\s+na-ekwu": "saying", "a\\s+na-akparita\\s+uka|a\\s+na-akparịta\\s+ụka": "talking",
    "a\\s+na-azuta|a\\s+na-ere": "trading", "mgbe": "when", "tupu": "before",
}  # fmt: skip
_IGBO_PRONOUNS = {"ha": "they", "o": "he", "anyi": "we"}
# Its small words, which "ahụ" (that) and "ndị a" (these) never point back at
_IGBO_NOT_NOUNS = (
    r"(?!(?:na|ka|ma|bu|ha|nke|maka|banyere|gbasara|ndi|ya|anyi|o|e|a|n|kwuru|zutere|mere|gini|kedu|onye|the)\b)"
)


def _igbo_clause(clause: str) -> str:
    """ "a chọrọ mgbe a na-edozi key issues": is needed when resolving key issues."""
    for igbo, english in _IGBO_ONE_DOES.items():
        clause = re.sub(rf"\b{igbo}\b", english, clause, flags=re.I)
    return clause


def _igbo_done(done: str) -> str:
    """ "tuputara": "propose"; a verb the book does not know stays as typed."""
    return next((e for m, e in _IGBO_DONE.items() if re.fullmatch(m, done, re.I)), done)


def _igbo_should_be(match: re.Match[str]) -> str:
    """ "anyi kwesiri ibu partners": we should be partners; "ha kwesiri ibu …": they should be …"""
    return f"{'we' if match.group('who').lower() == 'anyi' else 'they'} should be {match.group('what')}"


@cache
def _igbo() -> _Shapes:
    done = "|".join(_IGBO_DONE)
    numbers = "|".join(_IGBO_NUMBERS)
    asked = (
        r"(?P<asked>(?:n')?ebee|n'?ebe\s+ole|olee\s+ebe|ebe\s+ole|kedu\s+ebe|(?:kedu|olee)\s+mgbe|mgbe\s+ole"
        r"|(?:in|at|n')?\s*(?:(?:kedu|olee)\s+)?(?:city|ubochi|ulo)(?:\s+ole)?)"
    )
    return (
        _after_the_question(),
        (re.compile("[\u0300\u0301\u0304\u0323\u0307]"), ""),  # tone marks and under-dots typed as marks of their own
        *_plain_letters(_IGBO_MARKED),
        (re.compile("[’`´]"), "'"),
        (re.compile(r"\bn'\s*(?=ime\b|isi\b|ihi\b|oge\b|etiti\b)", re.I), "n'"),
        # "Ma Wang Yi kwanu?", "Wang Yi kwanu?": what about Wang Yi
        (
            re.compile(
                r"^(?:(?i:ma|na|ma\s+ka)\s+)?(?P<who>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+(?i:kwanu|kwa\s+nu|kwanụ)$"
            ),
            r"what about \g<who>",
        ),
        (re.compile(r"^(?:ma|biko|ehee|oya|ngwa)\b,?\s+(?=\S)", re.I), ""),
        *_word_for_word(_IGBO_NAMES),
        # "anyi kwesiri ibu ndi mmeko" (we ought to be partners): we should be partners
        (
            re.compile(
                r"\b(?P<who>anyi|ha)\s+(?:kwesiri|ga-abu|ga\s+abu|kwesiri\s+ka|ga-eme)\s+(?:ibu|bu|buru|ka\s+(?:anyi|ha)\s+buru)\s+"
                r"(?P<what>ndi\s+\w+|\S+)",
                re.I,
            ),
            lambda match: f"{match.group('who').lower()} kwesiri ibu {match.group('what')}",
        ),
        *_word_for_word(_IGBO_THINGS),
        _gloss_said_again(),
        (re.compile(r"\b(?P<who>anyi|ha)\s+kwesiri\s+ibu\s+(?P<what>\S+)", re.I), _igbo_should_be),
        # "ahụ" (that), "ndị a" (these), "ndị ahụ" (those), "abụọ ahụ" (those two) after the noun they point at
        (re.compile(rf"\b{_IGBO_NOT_NOUNS}(?P<noun>(?-i:[a-z])[\w-]*)\s+(?:abuo|two)\s+ahu\b"), r"the two \g<noun>"),
        (re.compile(rf"\b{_IGBO_NOT_NOUNS}(?P<noun>(?-i:[a-z])[\w-]*)\s+ndi\s+a(?!\w)"), r"these \g<noun>"),
        (re.compile(rf"\b{_IGBO_NOT_NOUNS}(?P<noun>(?-i:[a-z])[\w-]*)\s+ndi\s+ahu\b"), r"those \g<noun>"),
        (re.compile(r"\b(?P<the>the\s+(?:\w+\s+)?\w+)\s+ahu\b"), r"\g<the>"),
        (re.compile(r"\b(?:kwesiri|ga-abu)\s+(?:ibu|bu|buru)\s+(?P<what>\S+)", re.I), r"should be \g<what>"),
        # "kwuru na …" (said that …): "na" a verb of saying's "that", not "in" nor "and"
        (re.compile(rf"\b(?P<said>{_IGBO_SAID})\s+na\s+(?=\S+\s+\S)", re.I), r"\g<said> that "),
        # "mmekorita China na US" (relations China and US): relations between China and the US
        (
            re.compile(r"\brelations\s+(?P<one>(?-i:[A-Z])[\w-]*)\s+(?:na|and)\s+(?P<other>(?-i:[A-Z])[\w-]*)"),
            r"relations between \g<one> and \g<other>",
        ),
        # "Obodo ole ka onye dere akuko a si dee ya?" (in which city did the one who wrote this article write it): where
        # is the author based
        (
            re.compile(
                r"^(?:(?:n['’]?\s*)?(?:city|ebe)\s+ole|(?:n['’]?\s*)?ebee|(?:olee|kedu)\s+ebe)\s+(?:ka\s+)?"
                r"(?:onye\s+dere\s+(?:this\s+article|the\s+article|\S+(?:\s+(?:a|ahu))?)"
                r"|the\s+(?:author|writer|journalist)(?:\s+of\s+(?:the|this)\s+article)?"
                r"|this\s+article|the\s+article)\s+(?:si\s+)?(?:dee|dere|no|bi|na-ede|na-edee)(?:\s+(?:ya|him))?$",
                re.I,
            ),
            "where is the author based",
        ),
        # "onye ochichi China" (official China): the Chinese official; "mkparita uka Blinken na Wang Yi": the talks
        # between them
        (
            re.compile(
                r"\bthe\s+(?P<title>official|diplomat|spokesperson|journalist)\s+(?P<country>China|America|US)\b"
            ),
            lambda match: f"the {_IGBO_NATIONALITY[match.group('country')]} {match.group('title')}",
        ),
        (
            re.compile(
                rf"\b(?P<thing>the\s+talks|the\s+meeting)\s+(?P<pair>(?:{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+(?:na|and)\s+"
                rf"(?:{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*))"
            ),
            lambda match: f"{match.group('thing')} between {match.group('pair').replace(' na ', ' and ')}",
        ),
        # "Kedu aha X?" (what is X's name): who is X
        (re.compile(r"^(?:kedu|gini\s+bu|olee)\s+aha\s+(?P<who>[^,?]+)$", re.I), r"onye bu \g<who>"),
        # "Xi na Blinken": Xi and Blinken ("na" between two names; before a place, "in")
        (
            re.compile(
                rf"\b(?P<one>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+na\s+"
                rf"(?P<other>(?!(?:Beijing|China|America|Washington|Taiwan|Russia|California|Nigeria|Lagos|Abuja)\b)"
                rf"(?:{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*))"
            ),
            r"\g<one> and \g<other>",
        ),
        (
            re.compile(
                r"\b(?P<noun>subscription|article|plan|story|newspaper|website|epaper|newsletter)\s+(?:a|ahu)\b"
            ),
            r"the \g<noun>",
        ),
        # its small words: "banyere", "gbasara" (about), "na Beijing" (in Beijing), "nye Blinken" (to Blinken)
        (re.compile(r"\b(?:banyere|gbasara|gbara\s+ka|maka|n'ihe\s+gbasara)\b(?!\s+gini\b)", re.I), "about"),
        (
            re.compile(
                r"\b(?:na|n')\s*(?=(?-i:[A-Z])(?!the\b)[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?(?:\s+(?:kwuru|zutere|di|no)\b|$))"
            ),
            "in ",
        ),
        (
            re.compile(r"\b(?:na|n')\s*(?=(?:Beijing|China|America|Washington|Taiwan|Russia|California|Nigeria)\b)"),
            "in ",
        ),
        (re.compile(r"\bnye\s+(?=(?-i:[A-Z]))"), "to "),
        (re.compile(r"\btupu\s+", re.I), "before "),
        (
            re.compile(r"^(?P<according>according\s+to\s+the\s+article),?\s+(?P<rest>\S.*)$", re.I),
            r"\g<rest> \g<according>",
        ),
        # "Wang Yi, gini ka o kwuru?": the one asked about named first, put after the question word
        (
            re.compile(
                rf"^(?P<who>(?-i:[A-Z])[^,?]*?|the\s+[^,?]+?),?\s+(?:gini|kedu\s+ihe)\s+ka\s+(?:o|ha)\s+(?P<said>{_IGBO_SAID})\b",
                re.I,
            ),
            r"gini ka \g<who> \g<said>",
        ),
        # who said: "Onye kwuru na …", "Onye siri na …"
        (
            re.compile(
                r"^(?:onye|kedu\s+onye|olee\s+onye)\s+(?:bu\s+onye\s+)?(?:kwuru|siri|kwuwara)\s*,?\s+(?:na\s+|that\s+|si\s+)?",
                re.I,
            ),
            "who said ",
        ),
        (re.compile(r"^(?P<said>.+?)\s+(?:onye|kedu\s+onye)\s+(?:kwuru|siri)\s*(?:ya)?$", re.I), r"who said \g<said>"),
        (re.compile(r"^(?P<start>who\s+said\s+)should\s+be\b", re.I), r"\g<start>they should be"),
        # "Gini ka e kwuru banyere azumahia?": what was said about trade
        (
            re.compile(rf"^(?:gini|kedu\s+ihe)\s+ka\s+(?:e|a)\s+{_IGBO_SAID}\s+(?P<topic>about\s+[^,?]+)$", re.I),
            r"what was said \g<topic>",
        ),
        # "Gini ka Blinken kwuru na a chọrọ …?" (what did Blinken say that one needs …): what did Blinken say is needed
        # …, the impersonal "a" (one) of what is done read as English's passive or its "-ing"
        (
            re.compile(
                rf"^(?:gini|kedu\s+ihe)\s+ka\s+(?P<who>[^,?]+?)\s+(?:{_IGBO_SAID})\s+that\s+(?P<clause>(?:a|e)\s+[^,?]+)$",
                re.I,
            ),
            lambda match: f"what did {match.group('who')} say {_igbo_clause(match.group('clause'))}",
        ),
        # "Wang Yi, kedu ọrụ o na-arụ?", "Kedu ọrụ Wang Yi na-arụ na gọọmentị China?": what job does Wang Yi do (in the
        # government of China); "Wang Yi, gini bu ọkwa ya?": what is his title
        (
            re.compile(
                r"^(?P<who>(?-i:[A-Z])[^,?]*?),?\s+(?:kedu|gini\s+bu|olee)\s+oru\s+(?:ka\s+)?(?:o|ya)\s+(?:na-aru|na-eme|ji|na-aru\s+oru)"
                r"(?P<where>\s+in\s+[^,?]+)?$"
                r"|^(?:kedu|olee)\s+oru\s+(?:ka\s+)?(?P<whose>(?-i:[A-Z])[^,?]*?)\s+(?:na-aru|na-eme|ji)(?P<at>\s+in\s+[^,?]+)?$",
                re.I,
            ),
            lambda match: (
                f"what job does {match.group('who') or match.group('whose')} do"
                f"{match.group('where') or match.group('at') or ''}"
            ),
        ),
        (
            re.compile(r"^(?P<who>(?-i:[A-Z])[^,?]*?),?\s+(?:kedu|gini\s+bu|olee)\s+title\s+(?:ya|nke\s+ya)$", re.I),
            r"what is \g<who>'s title",
        ),
        (
            re.compile(
                rf"^(?:(?P<what>gini|kedu\s+ihe)|{asked})\s+(?:ka\s+)?(?P<who>[^,?]+?)\s+(?:kwekoritara|kwenyere)"
                r"(?:\s+(?:na|on)\s+(?P<on>[^,?]+))?$",
                re.I,
            ),
            lambda match: (
                f"what did {_IGBO_PRONOUNS.get(match.group('who').lower(), match.group('who'))} agree on"
                if match.group("what")
                else f"{_igbo_asked(match.group('asked'))} did "
                f"{_IGBO_PRONOUNS.get(match.group('who').lower(), match.group('who'))} agree"
                + (
                    f" on {match.group('on')}"
                    if match.group("on") and match.group("on").lower() not in ("ya", "ha")
                    else ""
                )
            ),
        ),
        # what someone said: "Gini ka Xi kwuru banyere Taiwan?", "Gini ka Wang Yi gwara Blinken?"
        (
            re.compile(
                rf"^(?:gini|kedu\s+ihe|olee\s+ihe)(?:\s+bu\s+ihe)?\s+(?:ka\s+)?(?P<who>[^,?]+?)\s+(?P<said>{_IGBO_SAID})"
                rf"(?:\s+(?:to\s+)?(?P<whom>(?-i:[A-Z])(?!the\b)[^,?]*?))?(?:\s+na)?(?P<topic>\s+about\s+[^,?]+?)?{_IGBO_PLACE_OR_TIME}"
                rf"{_ANSWER_WORDS}",
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
        # "Xi kwuru gini banyere Taiwan?": what left where the answer stands
        (
            re.compile(
                rf"^(?P<who>[^,?]+?)\s+(?:o\s+)?{_IGBO_SAID}\s+(?:gini|kedu\s+ihe)(?P<topic>\s+about\s+[^,?]+?)?"
                rf"{_IGBO_PLACE_OR_TIME}{_ANSWER_WORDS}",
                re.I,
            ),
            lambda match: (
                f"what did {match.group('who')} say{match.group('topic') or ''}{match.group('where') or ''}"
                f"{match.group('rest') or ''}"
            ),
        ),
        # whom someone met, and who met someone: "Onye ka Blinken zutere na Beijing?"
        (
            re.compile(
                rf"^(?:onye|ndi|kedu\s+onye|olee\s+onye|ndi\s+ole)\s+ka\s+(?P<who>[^,?]+?)\s+{_IGBO_MET}{_IGBO_PLACE_OR_TIME}{_ANSWER_WORDS}",
                re.I,
            ),
            r"who did \g<who> meet\g<where>\g<rest>",
        ),
        (
            re.compile(
                rf"^(?P<who>(?-i:[A-Z])[^,?]*?)\s+{_IGBO_MET}\s+(?:onye|ndi)(?:\s+ole)?{_IGBO_PLACE_OR_TIME}$", re.I
            ),
            r"who did \g<who> meet\g<where>",
        ),
        (
            re.compile(rf"^(?:onye|kedu\s+onye|olee\s+onye)\s+{_IGBO_MET}\s+(?P<whom>[^,?]+)$", re.I),
            r"who met \g<whom>",
        ),
        # "Blinken o zutere Li Qiang?": did Blinken meet Li Qiang
        (
            re.compile(
                rf"^(?!(?:Ha|O|Anyi|Onye|Gini|Kedu|Olee|Ebee|Ndi)\b)(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+(?:(?i:o)\s+)?"
                rf"{_IGBO_MET}\s+(?P<whom>(?!(?i:onye|ndi)\b)[^,?]+?)"
                r"(?:\s+(?P<before>previously))?$"
            ),
            lambda match: (
                f"did {match.group('who')} {'previously ' if match.group('before') else ''}meet {match.group('whom')}"
            ),
        ),
        # "Kedu mgbe Xi na Blinken zutere?", "Ebee ka Blinken zutere Xi?": when (where) did … meet
        (
            re.compile(
                rf"^{asked}\s+(?:ka\s+)?(?P<who>[^,?]+?)\s+{_IGBO_MET}(?:\s+(?P<whom>(?-i:[A-Z])[^,?]*))?$", re.I
            ),
            lambda match: (
                f"{_igbo_asked(match.group('asked'))} did {match.group('who')} meet"
                + (f" {match.group('whom')}" if match.group("whom") else "")
            ),
        ),
        # "Gini ka Blinken na Wang Yi kparitara?": what did Blinken and Wang Yi discuss; "Ha kparitara uka ruo awa
        # ole?": how many hours did the talks last
        (
            re.compile(
                r"^(?:gini|kedu\s+ihe)\s+ka\s+(?P<who>[^,?]+?)\s+(?:kparitara|kpara|kwuritara|kparịtara)(?:\s+uka)?(?:\s+about)?$",
                re.I,
            ),
            r"what did \g<who> discuss",
        ),
        (
            re.compile(
                r"^(?P<who>[^,?]+?)\s+(?:kparitara|kpara|kwuritara)(?:\s+uka)?\s+(?:ruo\s+)?(?P<asked>awa\s+ole|hours\s+ole|ogologo\s+oge\s+ole"
                r"|oge\s+ole)$",
                re.I,
            ),
            lambda match: (
                ("how many hours" if match.group("asked").lower().startswith(("awa", "hours")) else "how long")
                + " did the talks"
                + (f" between {match.group('who')}" if " and " in match.group("who") else "")
                + " last"
            ),
        ),
        # "Akuko a o kwuru maka Russia?" (does this article speak of Russia): was Russia mentioned
        (
            re.compile(
                r"^(?:this|the)\s+article\s+(?:o\s+)?(?:kwuru|kwuputara|kwuru\s+okwu)\s+about\s+(?P<what>[^,?]+)$", re.I
            ),
            r"was \g<what> mentioned",
        ),
        # "Kedu mgbe e biputara akuko a?": when was this article published
        (
            re.compile(
                rf"^{asked}\s+(?:ka\s+)?(?:e|a)\s+(?P<done>biputara|bipụtara|dere|deputara|melitere|meghariri)(?:\s+(?P<what>[^,?]+))?$",
                re.I,
            ),
            lambda match: (
                f"{_igbo_asked(match.group('asked'))} was "
                f"{_with_the(re.sub(r'^(?:ya|ha)$', 'article', match.group('what') or 'article'))} "
                + (
                    "written"
                    if match.group("done").lower().startswith("de")
                    else "updated"
                    if match.group("done").lower().startswith("me")
                    else "published"
                )
            ),
        ),
        # "Ebee ka nzuko ahu mere?", "N'obodo ole ka e mere nzuko ahu?": where (in which city) did the meeting take
        # place
        (
            re.compile(
                rf"^{asked}\s+(?:ka\s+)?(?:(?:e|a)\s+(?:mere|nwere|kporo)\s+(?P<what>[^,?]+)|(?P<thing>[^,?]+?)\s+(?:mere|no|di|weere\s+ọnọdụ|weere\s+onodu))$",
                re.I,
            ),
            lambda match: (
                f"{_igbo_asked(match.group('asked'))} did "
                f"{_with_the(match.group('what') or match.group('thing'))} take place"
            ),
        ),
        # how long something lasted: "Ogologo oge ole ka nzuko ahu were?", "Awa ole ka mkparita uka ahu were?"
        (
            re.compile(r"^(?:hours|awa)\s+ole\s+(?:ka\s+)?(?P<what>[^,?]+?)\s+(?:were|diri|gara|noro)$", re.I),
            lambda match: f"how many hours did {_with_the(match.group('what'))} last",
        ),
        (
            re.compile(
                r"^(?:(?:ruo\s+)?ogologo\s+oge\s+ole|oge\s+ole|ogologo\s+ole|ruo\s+ole)\s+(?:ka\s+)?(?P<what>[^,?]+?)\s+(?:were|diri|gara|noro)$"
                r"|^(?P<thing>[^,?]+?)\s+(?:were|diri|gara)\s+(?:ogologo\s+oge\s+ole|oge\s+ole|ogologo\s+ole)$",
                re.I,
            ),
            lambda match: f"how long did {_with_the(match.group('what') or match.group('thing'))} last",
        ),
        (
            re.compile(
                r"^(?P<unit>months|years|days|weeks)\s+ole\s+(?:ka\s+)?(?P<what>[^,?]+?)\s+(?:na-ewe|ga-ewe|were|na-adi)$",
                re.I,
            ),
            lambda match: f"how many {match.group('unit')} does {_with_the_named(match.group('what'))} last",
        ),
        # "Ukpuru ole ka Xi tuputara?": how many principles did Xi propose; "Kedu ukpuru ato Xi tuputara?": which
        (
            re.compile(
                rf"^(?P<thing>\S+)\s+ole\s+(?:ka\s+)?(?P<who>[^,?]+?)\s+(?P<done>{done})$"
                rf"|^(?:kedu|olee)\s+(?P<which>\S+)\s+(?:(?P<count>{numbers})\s+)?(?:ka\s+)?(?P<whose>[^,?]+?)\s+(?P<did>{done})"
                r"(?:\s+(?P<to>to\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?))?$",
                re.I,
            ),
            lambda match: (
                f"how many {match.group('thing')} did {match.group('who')} {_igbo_done(match.group('done'))}"
                if match.group("thing")
                else "which "
                + (
                    next(e for n, e in _IGBO_NUMBERS.items() if re.fullmatch(n, match.group("count"), re.I)) + " "
                    if match.group("count")
                    else ""
                )
                + f"{match.group('which')} did {match.group('whose')} {_igbo_done(match.group('did'))}"
                + (f" {match.group('to')}" if match.group("to") else "")
            ),
        ),
        (
            re.compile(rf"^(?:gini|kedu\s+ihe)\s+ka\s+(?P<who>[^,?]+?)\s+(?P<done>{done})$", re.I),
            lambda match: f"what did {match.group('who')} {_igbo_done(match.group('done'))}",
        ),
        # "Ego ole ka subscription a bu?": how much does the subscription cost
        (
            re.compile(
                r"^(?:ego\s+ole|ole)\s+(?:ka\s+)?(?P<what>[^,?]+?)\s+(?:bu|na-efu|ruru|na-akwu|di)(?P<per>\s+a\s+month)?$"
                r"|^(?P<thing>[^,?]+?)\s+(?:bu|na-efu)\s+ego\s+ole$",
                re.I,
            ),
            lambda match: (
                f"how much does {_with_the_named(match.group('what') or match.group('thing'))} cost"
                + (" a month" if match.group("per") else "")
            ),
        ),
        # "Onye bu Wang Yi?", "Wang Yi bu onye?": who is Wang Yi
        (
            re.compile(r"^(?:onye|kedu\s+onye|olee\s+onye)\s+(?:ka\s+)?(?:bu|bụ)\s+(?P<who>[^,?]+)$", re.I),
            r"who is \g<who>",
        ),
        (re.compile(r"^onye\s+ka\s+(?P<who>[^,?]+?)\s+(?:bu|bụ)$", re.I), r"who is \g<who>"),
        (re.compile(r"^(?P<who>[^,?]+?)\s+(?:o\s+)?(?:bu|bụ)\s+onye$", re.I), r"who is \g<who>"),
        # "Kedu okwa Wang Yi?", "Gini bu okwa Wang Yi?": what is Wang Yi's title
        (
            re.compile(
                r"^(?:kedu|gini\s+bu|olee)\s+title\s+(?:nke\s+)?(?P<who>(?-i:[A-Z])[^,?]*?)(?P<where>\s+in\s+[^,?]+)?$"
                r"|^title\s+(?:gini|ole)\s+ka\s+(?P<holder>[^,?]+?)\s+(?:nwere|ji|no)(?P<at>\s+in\s+[^,?]+)?$",
                re.I,
            ),
            lambda match: (
                f"what position does {match.group('who') or match.group('holder')} hold"
                f"{match.group('where') or match.group('at')}"
                if match.group("where") or match.group("at")
                else f"what is {match.group('who') or match.group('holder')}'s title"
            ),
        ),
        # "Kedu ka mkparita uka ahu si gaa?": how did the talks go
        (
            re.compile(r"^(?:kedu|olee)\s+ka\s+(?P<what>[^,?]+?)\s+(?:si\s+)?(?:gaa|gara|si\s+di)$", re.I),
            lambda match: f"how did {_with_the(match.group('what'))} go",
        ),
        # "Gini mere Blinken ji nwee olileanya?" (what made Blinken have hope): why did Blinken have hope
        (
            re.compile(
                r"^(?:gini\s+mere|n'?ihi\s+gini|maka\s+gini|about\s+gini)\s+(?:ka\s+)?(?P<who>[^,?]+?)\s+(?:ji|jiri)\s+"
                r"(?P<verb>nwee|nwe|nwere|kwuo|kwuru|zute|zutere)\s+(?P<rest>[^,?]+)$",
                re.I,
            ),
            lambda match: (
                f"why did {match.group('who')} {_IGBO_WHY_DONE[match.group('verb').lower()]} {match.group('rest')}"
            ),
        ),
        # "Tupu nzuko a, onye isi ala America ole ka Xi zutere na mbu?" (before this meeting, which American president
        # did Xi meet before): which American president did Xi previously meet
        (
            re.compile(
                r"^(?P<occasion>[^,?]+,\s*)?(?P<what>[^,?]+?)\s+ole\s+ka\s+(?P<who>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+"
                rf"{_IGBO_MET}(?:\s+(?P<before>previously))?$",
                re.I,
            ),
            lambda match: (
                f"which {_igbo_which(match.group('what'))} did {match.group('who')}"
                f"{' previously' if match.group('before') else ''} meet"
                + (f" {match.group('occasion').strip(' ,')}" if match.group("occasion") else "")
            ),
        ),
        # "Kedu mba abuo nwere the largest economy in the world?": which two countries have the largest economy …
        (
            re.compile(r"^(?:kedu|olee)\s+(?P<what>[^,?]+?)\s+(?:nwere|nwe)\s+(?P<thing>[^,?]+)$", re.I),
            lambda match: f"which {re.sub(r'^the ', '', match.group('what'))} have {match.group('thing')}",
        ),
        # "Kedu the official China kwuru na …?": which Chinese official said …
        (
            re.compile(
                rf"^(?:kedu|olee)\s+(?P<who>the\s+[^,?]+?)\s+(?:{_IGBO_SAID})\s+(?:that|na)\s+(?P<said>.+)$", re.I
            ),
            lambda match: f"which {re.sub(r'^the ', '', match.group('who'))} said that {match.group('said')}",
        ),
        # "Kedu newspaper biputara akuko a?": which newspaper published this article
        (
            re.compile(
                r"^(?:kedu|olee)\s+(?:the\s+)?newspaper\s+(?:biputara|bipụtara|deputara|weputara)\s+(?P<what>[^,?]+)$",
                re.I,
            ),
            r"which newspaper published \g<what>",
        ),
        # "there are still many problems to be resolved", as said: its "to be resolved" after the problems
        (
            re.compile(r"\bthere\s+are\s+still\s+(?P<what>many\s+problems|problems)\s+(?:a\s+)?to\s+be\s+resolved\b"),
            r"there are still \g<what> to be resolved",
        ),
        # "Gini mere Blinken ji gaa Beijing?", "N'ihi gini ka Blinken jiri gaa Beijing?": why did Blinken go to Beijing
        (
            re.compile(
                r"^(?:gini\s+mere|n'?ihi\s+gini|maka\s+gini|about\s+gini)\s+(?:ka\s+)?(?P<who>[^,?]+?)\s+(?:ji|jiri)\s+"
                r"(?:gaa|gara|bia|biara|je|jee)\s+(?:in\s+|na\s+|to\s+)?(?P<place>[^,?]+)$",
                re.I,
            ),
            r"why did \g<who> go to \g<place>",
        ),
        # "Gini mere na nzuko ahu?": what happened at the meeting
        (
            re.compile(r"^(?:gini|kedu\s+ihe)\s+(?:mere|mere\s+emere|mezuru)\b\s*(?P<where>.*)$", re.I),
            r"what happened \g<where>",
        ),
        # "Akuko a bu maka gini?", "Gini ka akuko a bu maka ya?": what is this article about
        (
            re.compile(
                r"^(?P<what>[^,?]+?)\s+(?:bu|na-ekwu|kwuru)\s+(?:about|maka)\s+gini$"
                r"|^(?:gini|kedu\s+ihe)\s+ka\s+(?P<thing>[^,?]+?)\s+(?:bu|na-ekwu|kwuru)\s+about(?:\s+ya)?$",
                re.I,
            ),
            lambda match: f"what is {_with_the(match.group('what') or match.group('thing'))} about",
        ),
        # "A kpoturu Taiwan aha?", "E kwuru about Taiwan?": was Taiwan mentioned
        (
            re.compile(
                r"^(?:(?:a|e)\s+)?(?:kpoturu|kpọtụrụ|kporo)\s+(?P<what>[^,?]+?)\s+aha(?:\s+in\s+the\s+article)?$"
                r"|^(?:(?:a|e|ha)\s+)?(?:kwuru|kwuputara|kparitara\s+uka)\s+about\s+(?P<of>[^,?]+?)"
                r"(?P<where>\s+(?:in|at)\s+the\s+(?:talks|meeting))?(?:\s+in\s+the\s+article)?$",
                re.I,
            ),
            lambda match: f"was {match.group('what') or match.group('of')} mentioned{match.group('where') or ''}",
        ),
        (
            re.compile(r"^(?P<what>(?-i:[A-Z])[^,?]*?)\s+(?:o\s+)?(?:putara|pụtara|di)\s+in\s+the\s+article$", re.I),
            r"was \g<what> mentioned",
        ),
        # "O di ihe obula about Russia in the article?": is there anything about Russia
        (
            re.compile(
                r"^(?:o\s+)?(?:di|enwere)\s+(?:ihe\s+(?:o\s*bula|obula)|ihe)\s+(?P<what>about\s+[^,?]+?)(?:\s+in\s+the\s+article)?$",
                re.I,
            ),
            r"is there anything \g<what>",
        ),
        # "Onye dere akuko a?": who wrote this article
        (re.compile(r"^(?:onye|kedu\s+onye)\s+(?:dere|deere)\s+(?P<what>[^,?]+)$", re.I), r"who wrote \g<what>"),
        # "Xi o kwuru ihe obula about Taiwan?": did Xi say anything about Taiwan; "… o nweghi ihe o kwuru …": didn't
        (
            re.compile(
                rf"^(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+(?:(?i:o)\s+)?(?:(?P<not>(?i:ekwughi|ekwughị|ekwuteghi|ekwutughi|enweghi\s+ihe\s+o\s+kwuru))"
                rf"|{_IGBO_SAID})\s*(?:(?i:ihe\s+(?:o\s*bula|obula|o\s+bụla)|ihe\s+o\s+bula|ihe)\s+)?(?P<topic>(?i:about)\s+[^,?]+)$"
            ),
            lambda match: (
                ("didn't" if match.group("not") else "did")
                + f" {match.group('who')} say anything {match.group('topic')}"
            ),
        ),
        # "Blinken o gosiri olileanya …?" (did Blinken show hope …): did Blinken express hope …
        (
            re.compile(
                rf"^(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+(?:(?i:o)\s+)?(?i:gosiri|nwere|kwupụtara|kwuputara)\s+(?P<what>.+)$"
            ),
            r"did \g<who> express \g<what>",
        ),
        # "Xi kwuru na …?": did Xi say that …
        (
            re.compile(
                rf"^(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+(?:(?i:o)\s+)?(?i:kwuru|siri)\s+(?i:na|that)\s+(?P<claim>.+)$"
            ),
            r"did \g<who> say that \g<claim>",
        ),
        (re.compile(r"^(?:gini|kedu\s+ihe)\s+(?:bu|bụ)\s+", re.I), "what is "),
        (re.compile(r"^(?:gini|kedu\s+ihe)\b", re.I), "what"),
        (re.compile(r"^(?:kedu|olee)\s+mgbe\b|^mgbe\s+ole\b", re.I), "when"),
        (re.compile(r"^(?:n')?ebee\b", re.I), "where"),
        (re.compile(r"^(?:gini\s+mere|n'?ihi\s+gini)\b", re.I), "why"),
        (re.compile(r"^(?:kedu|olee)\s+ka\b", re.I), "how"),
        (re.compile(r"^(?:onye|kedu\s+onye)\b", re.I), "who"),
        *_word_for_word(_IGBO_ENGLISH),
        (re.compile(r"\s{2,}"), " "),
        _according_to_last(),
        _the_the(),
        *_in_english_at_last(),
    )


# Igbo's own words ("gini", "onye", "kwuru", "banyere", "zutere", "nzuko", "kedu"), none of them Yoruba's ("kini", "ta
# ni"), Hausa's ("me", "wa") or Swahili's ("nini", "nani")
_IGBO_WORDS = _lazy_pattern(
    r"\b(?:g[iị]n[iị]|onye|kwuru|kwuwara|gwara|banyere|gbasara|zutere|z[uụ]r[uụ]|nz[uụ]k[oọ]|ogologo|kedu|olee|ebee"
    r"|mgbe|ak[uụ]k[oọ]|dere|b[iị]p[uụ]tara|t[uụ]p[uụ]tara|[uụ]kp[uụ]r[uụ]|[oọ]kwa|kp[oọ]t[uụ]r[uụ]|mkp[aạ]r[iị]ta|kp[aạ]r[iị]tara"
    r"|mmek[oọ]r[iị]ta|ah[uụ]|kwes[iị]r[iị]|kwan[uụ]|n['’]ihi|onye\s+isi|ego\s+ole|kwek[oọ]r[iị]tara"
    r"|(?:[oọ]nwa|af[oọ]|ub[oọ]ch[iị]|izu)\s+ole|[oọ]r[uụ]\s+(?:\S+\s+)?na-ar[uụ])\b",
    re.I,
)


# How readers ask in Kinyarwanda, with English words: "Blinken yavuze iki kuri Taiwan?" (Blinken said what about
# Taiwan), "Ni ryari Xi na Blinken bahuye?" (it is when that Xi and Blinken met), "Inama yabereye he?" (the meeting
# took place where), "Ni nde wavuze ko …?" (who is it who said that …), "Ibiganiro byamaze igihe kingana iki?" (the
# talks lasted a time of what size). Its question word stands where the answer would ("iki": what, "he": where,
# "ryari": when, "angahe": how many) or opens the question after "ni" (it is); a verb carries its doer's prefix and its
# tense ("ya-vuze": he said, "ba-huye": they met, "bya-maze": they, the talks, lasted; "-we" makes it done to one:
# "yavuzwe", was mentioned), so the book reads a verb by its stem. "na" is "and" between two names and "with" after a
# verb of meeting, "kuri" or "ku" (to, on) "about" after a verb of saying, "i" before a place "in", and a noun's owner
# follows it after "wa", "ya", "w'" (of: "Minisitiri w'Ububanyi n'Amahanga w'Ubushinwa", China's foreign minister);
# "ese" opens a yes-or-no question. Its "na" is Swahili's, Igbo's and Pidgin's and its "ese" Spanish's: the book is
# read only when a word of Kinyarwanda's own is there ("yavuze", "ryari", "bahuye", "ibiganiro", "inkuru").
_KINYARWANDA_OF = "(?:(?:w|y|z|rw|ry|cy|by|bw|kw)['’]|(?:wa|ya|za|rya|cya|bya|bwa|kwa|rwa)\\s+)"
_KINYARWANDA_NAMES = {
    f"{_KINYARWANDA_OF}(?:(?-i:U)|u)?(?-i:[Bb]ushinwa)": "of China",
    f"{_KINYARWANDA_OF}(?-i:[Aa]merika|Leta\\s+[Zz]unze\\s+[Uu]bumwe\\s+z['’][Aa]merika|USA)": "of the US",
    f"{_KINYARWANDA_OF}(?:(?-i:U)|u)?(?-i:[Bb]urusiya)": "of Russia",
    "(?:(?-i:U)|u)?(?-i:[Bb]ushinwa)": "China", "(?:(?-i:U)|u)?(?-i:[Bb]urusiya)": "Russia",
    "(?-i:Leta\\s+[Zz]unze\\s+[Uu]bumwe\\s+z['’][Aa]merika)": "the US", "(?-i:Amerika)": "America",
    "(?-i:Tayiwani|Tayiwan)": "Taiwan", "(?:(?-i:U)|u)?(?-i:[Bb]uyapani)": "Japan",
    "(?-i:Pekin|Bejingi|Beijingi)": "Beijing", "(?-i:Kaliforuniya|Kaliforniya)": "California",
}  # fmt: skip
# Its titles and nouns, with the words around them, put into English before its shapes are read
_KINYARWANDA_THINGS = {
    "nk['’]uko\\s+(?:iyi\\s+)?(?:inkuru|ingingo)\\s+(?:ibivuga|ibigaragaza|ivuga)|(?:u|du)kurikije\\s+(?:iyi\\s+)?inkuru"
    "|hakurikijwe\\s+inkuru": "according to the article",
    "mu(?:ri)?\\s+(?:iyi\\s+)?nkuru": "in the article", "iyi\\s+nkuru|inkuru\\s+iyi": "this article",
    "(?:i|u)?nkuru|(?:i|u)?ngingo\\s+(?:y['’]|ya\\s+)?(?:ikinyamakuru|amakuru)": "the article",
    "umwanditsi\\s+w['’]iyi\\s+nkuru|umwanditsi\\s+w['’]inkuru": "the author of the article",
    "(?:u?mu)?minisitiri\\s+w['’]ububanyi\\s+n['’]amahanga|ububanyi\\s+n['’]amahanga": "foreign minister",
    "(?:u?mu)?nyamabanga\\s+wa\\s+leta": "secretary of state", "(?:u?mu)?minisitiri\\s+w['’]intebe": "prime minister",
    "perezida|prezida": "president", "(?:u?mu)?minisitiri": "minister", "(?:u?mu)?vugizi": "spokesperson",
    "(?:u?mu)?yobozi": "leader", "(?:u?mu)?di(?:p|pl)[ou]mate|(?:u?mu)?dipolomate": "diplomat",
    "(?:u?mu)?nyamakuru": "journalist", "(?:u?mu)?nditsi": "author",
    "(?:w['’]|wa\\s+)?(?:u|a)?(?:mu|ba)shinwa": "Chinese", "(?:w['’]|wa\\s+)?(?:u|a)?(?:mu|ba)nyamerika": "American",
    "(?:w['’]|wa\\s+)?(?:u|a)?(?:mu|ba)rusiya": "Russian",
    # the meeting and the talks, with the words before them that say when ("nyuma y'inama": after the meeting)
    "nyuma\\s+y['’]\\s*inama|inama\\s+imaze\\s+kurangira": "after the meeting",
    "mbere\\s+y['’]\\s*inama": "before the meeting", "mu\\s+gihe\\s+cy['’]\\s*inama": "during the meeting",
    "mu\\s+nama": "at the meeting", "nyuma\\s+y['’]\\s*ibiganiro": "after the talks",
    "mu\\s+ntangiriro\\s+z['’]\\s*ibiganiro": "at the start of the talks", "mu\\s+biganiro": "in the talks",
    "(?:iyo|iyi)\\s+nama|inama(?:\\s+(?:yabo|iyo|yo))?|(?:i|u)?guhura|ihura": "the meeting",
    "(?:i|ibi|iki)?biganiro|(?:i|iki)?kiganiro|imishyikirano": "the talks", "uruzinduko": "the visit",
    "u?burenganzira\\s+bwa\\s+muntu|uburenganzira\\s+bw['’]ikiremwamuntu": "human rights", "u?bucuruzi": "trade",
    "a?mahame|i?hame": "principles", "abafatanyabikorwa|abafatanya(?:-|\\s+)?bikorwa": "partners",
    "abanywanyi|abahanganyi|abanzi|abahatanira": "rivals", "u?mubano": "relations", "i?terambere": "progress",
    "u?bufatanye": "cooperation", "kubahana|icyubahiro": "respect", "itandukaniro|ibitandukanya": "differences",
    "i?bibazo": "issues", "amasaha": "hours", "iminota": "minutes", "ifatabuguzi|kwiyandikisha": "the subscription",
    "igiciro": "the price", "(?:y)?ari\\s+afite\\s+(?:icyizere|ibyiringiro)": "was hopeful",
    "icyizere|ibyiringiro": "hope", "gusobanura": "explain",
    "(?:bi|ba|a|i|u|ki|ka)zagira\\s+umusaruro": "would be productive", "umusaruro": "results",
    "ibihugu\\s+byombi": "the two countries", "ibihugu": "countries", "igihugu": "country",
    "(?:bi|ba|a|tu|i|u)gomba(?!\\s+kuba)": "should",
    "kugira\\s+ngo": "so as to", "(?:bi|ba|a|tu)?rinde|kwirinda": "avoid",
    "kwibeshya|kutumvikana": "misunderstandings", "inyubako": "building", "umunsi": "day",
    "bwa\\s+mbere": "first", "amagambo\\s+ye\\s+yose|amagambo\\s+ye": "his quotes", "amagambo": "words",
    "(?:tu|du)(?:kwiye|gomba|kagombye)\\s+kuba": "we should be",
    "(?:ba)?(?:kwiye|gomba|kagombye)\\s+kuba": "should be", "yose|byose|bose": "all",
    "mbwira|mbwire": "tell me", "mpa|mpe": "give me", "ndakwinginze|nyamuneka": "please",
}  # fmt: skip
_KINYARWANDA_SAID = r"(?:y|b|w|a)?a?(?:vuze|vuga|vugiye|vuganye|tangaje|gize\s+ati|ti)"
_KINYARWANDA_MET = r"(?:y|b|w)a(?:huye|huriye|bonanye|bonye)"
# What was done, asked how many times, which or whether, by its stem ("yatanze": he gave, proposed)
_KINYARWANDA_DONE = {
    "tanze": "propose", "sabye": "ask for", "bajije": "ask", "vuzwe": "mention", "suye": "visit", "anditse": "write",
    "izeye": "hope", "iringiye": "hope", "ganiriye": "talk", "sinye": "sign", "tangaje": "announce", "giye": "go",
    "vuze": "say", "huye": "meet", "bwiye": "tell",
}  # fmt: skip
_KINYARWANDA_DONE_WORDS = (
    r"(?:y|b|w|a)a(?:tanze|sabye|bajije|suye|anditse|nditse|izeye|iringiye|ganiriye|sinye|tangaje|giye)"
)
_KINYARWANDA_WHICH = r"(?:uwuhe|iyihe|ayahe|izihe|ibihe|irihe|ikihe|urwuhe|ubuhe|akahe|ahe|bahe)"
# a number after its noun's class prefix ("amahame atatu": three principles; "ibihugu bibiri": two countries)
_KINYARWANDA_NUMBERS = {"biri": "two", "tatu": "three", "ne": "four", "tanu": "five"}
_KINYARWANDA_COUNT = r"(?:a|i|e|bi|ba|tu|u)(?:biri|tatu|ne|tanu)"
_KINYARWANDA_HOW_MANY = r"(?:angahe|zingahe|bingahe|ingahe|bangahe|kangahe|ingana\s+iki)"


def _kinyarwanda_done(done: str) -> str:
    """ "yatanze": "propose", read by the verb's stem after its prefixes."""
    return next((e for stem, e in _KINYARWANDA_DONE.items() if done.lower().endswith(stem)), done)


def _kinyarwanda_said(match: re.Match[str]) -> str:
    """ "what did Blinken say about Taiwan", "… to Xi": "kuri", "ku" after the verb is "about", before "iki" the one
    spoken to."""
    rest = re.sub(
        r"^\s+(?:kuri|ku|ku\s+bijyanye\s+na|ku\s+byerekeye|ibyerekeye)\s+", " about ", match.group("rest") or ""
    )
    whom = match.groupdict().get("whom")
    return f"what did {match.group('who')} say" + (f" to {whom}" if whom else "") + rest


def _kinyarwanda_which(match: re.Match[str]) -> str:
    """ "which three principles did Xi propose": the number read by its stem after the class's prefix."""
    count = match.group("count") or ""
    number = next((e for stem, e in _KINYARWANDA_NUMBERS.items() if count.lower()[1:].lstrip("aiu") == stem), "")
    number = number or next((e for stem, e in _KINYARWANDA_NUMBERS.items() if count.lower().endswith(stem)), "")
    return (
        f"which{' ' + number if number else ''} {match.group('thing')} did {match.group('who')} "
        f"{_kinyarwanda_done(match.group('done'))}"
    )


def _kinyarwanda_cost(match: re.Match[str]) -> str:
    """ "how much does the subscription cost", asked of the thing or of its price ("igiciro cy'ifatabuguzi")."""
    what = re.sub(r"^the\s+price\s+(?:cy|ry|by)?['’]?\s*", "", match.group("what"), flags=re.I)
    return f"how much does {_with_the_own_noun(what)} cost"


@cache
def _kinyarwanda() -> _Shapes:
    name = r"(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?"
    asked = r"(?P<asked>ryari|he|hehe|hantu\s+he)"
    return (
        _after_the_question(),
        (re.compile("[\u0300\u0301\u0302\u030c]"), ""),
        *_plain_letters((("a", "áàâ"), ("e", "éèê"), ("i", "íìî"), ("o", "óòô"), ("u", "úùû"))),
        (re.compile("[’`´]"), "'"),
        (re.compile(r"^(?:naho\s+se|naho|none\s+se|none)\s+(?P<who>[^,?]+)$", re.I), r"what about \g<who>"),
        *_word_for_word(_KINYARWANDA_NAMES),
        *_word_for_word(_KINYARWANDA_THINGS),
        # "Xi na Blinken": Xi and Blinken; "i Beijing", "mu Bushinwa": in Beijing, in China
        (re.compile(r"(?P<a>\b(?-i:[A-Z])[\w-]*)\s+na\s+(?=(?-i:[A-Z]))"), r"\g<a> and "),
        (re.compile(r"\b(?:i|mu)\s+(?=(?-i:[A-Z]))"), "in "),
        (re.compile(r"\bnyuma\s+y['’]?\s*(?=the\b)", re.I), "after "),
        _according_to_last(),
        # "Ni iki Blinken yavuze kuri Taiwan?", "Blinken yavuze iki kuri Taiwan?": what did Blinken say about Taiwan
        (
            re.compile(rf"^(?:ni\s+)?iki\s+(?P<who>[^,?]+?)\s+{_KINYARWANDA_SAID}(?P<rest>\s+[^,?]+)?$", re.I),
            _kinyarwanda_said,
        ),
        (
            re.compile(
                rf"^(?P<who>[^,?]+?)\s+(?:{_KINYARWANDA_SAID}|(?:y|b)abwiye)\s+(?:(?P<whom>{name})\s+)?iki(?P<rest>\s+[^,?]+)?$",
                re.I,
            ),
            _kinyarwanda_said,
        ),
        # "Ni nde wavuze ko …?": who said …
        (
            re.compile(
                r"^(?:ni\s+nde|ninde|nde)\s+(?:wavuze|uvuga|wagize\s+ati|wavugiye|wavuga)\s*,?\s+(?:ko\s+|ngo\s+|that\s+)?"
                r"(?P<said>.+)$",
                re.I,
            ),
            r"who said \g<said>",
        ),
        # whom someone met, and who met someone: "Blinken yahuye na nde?", "Ni nde wahuye na Blinken?"
        (
            re.compile(
                rf"^(?P<who>[^,?]+?)\s+{_KINYARWANDA_MET}\s+(?:na|with)\s+(?:nde|bande)(?P<where>\s+in\s+[^,?]+)?$",
                re.I,
            ),
            r"who did \g<who> meet\g<where>",
        ),
        (
            re.compile(
                r"^(?:ni\s+nde|ninde|ni\s+bande)\s+(?:wahuye|bahuye|wabonanye)\s+(?:na|with)\s+(?P<whom>[^,?]+)$", re.I
            ),
            r"who met \g<whom>",
        ),
        # "Ni ryari Xi na Blinken bahuye?", "Xi na Blinken bahuye ryari?", "Ni he …?": when (where) did … meet
        (
            re.compile(
                rf"^(?:ni\s+)?{asked}\s+(?P<who>[^,?]+?)\s+{_KINYARWANDA_MET}(?:\s+(?:na|with)\s+(?P<whom>[^,?]+?))?$"
                rf"|^(?P<who2>[^,?]+?)\s+{_KINYARWANDA_MET}(?:\s+(?:na|with)\s+(?P<whom2>[^,?]+?))?\s+"
                rf"{asked.replace('asked', 'asked2')}$",
                re.I,
            ),
            lambda match: (
                f"{'when' if (match.group('asked') or match.group('asked2')).lower() == 'ryari' else 'where'} did "
                f"{match.group('who') or match.group('who2')} meet"
                + (
                    f" {match.group('whom') or match.group('whom2')}"
                    if match.group("whom") or match.group("whom2")
                    else ""
                )
            ),
        ),
        # "Inama yabereye he?", "Ni he inama yabereye?": where (when) did the meeting take place
        (
            re.compile(
                rf"^(?P<what>[^,?]+?)\s+[bcyzrwk]{{0,2}}a(?:bereye|baye|bere|kozwe|korewe)\s+{asked}$"
                rf"|^(?:ni\s+)?{asked.replace('asked', 'asked2')}\s+(?P<thing>[^,?]+?)\s+"
                r"[bcyzrwk]{0,2}a(?:bereye|baye|bere)$",
                re.I,
            ),
            lambda match: (
                f"{'when' if (match.group('asked') or match.group('asked2')).lower() == 'ryari' else 'where'} did "
                f"{_with_the(match.group('what') or match.group('thing'))} take place"
            ),
        ),
        # "Ibiganiro byamaze igihe kingana iki?", "… amasaha angahe?": how long (how many hours) did the talks last
        (
            re.compile(
                r"^(?P<what>[^,?]+?)\s+[bcyzrwk]{0,2}a(?:maze|tinze|tw?aye)\s+(?P<asked>igihe\s+kingana\s+(?:iki|gute)|igihe\s+kingana"
                r"|igihe\s+kinini\s+gute|hours\s+(?:angahe|zingahe)|minutes\s+(?:angahe|ingahe))$"
                r"|^(?:ni\s+)?(?P<asked2>igihe\s+kingana\s+iki|hours\s+angahe)\s+(?P<thing>[^,?]+?)\s+[bcyzrwk]{0,2}amaze$",
                re.I,
            ),
            lambda match: (
                ("how many hours" if "hours" in (match.group("asked") or match.group("asked2")) else "how long")
                + f" did {_with_the(match.group('what') or match.group('thing'))} last"
            ),
        ),
        # "Xi yatanze amahame angahe?", "Ni amahame angahe Xi yatanze?": how many principles did Xi propose
        (
            re.compile(
                rf"^(?P<who>{name}|the\s+[^,?]+?)\s+(?P<done>{_KINYARWANDA_DONE_WORDS})\s+(?P<thing>\S+)\s+{_KINYARWANDA_HOW_MANY}$"
                rf"|^(?:ni\s+)?(?P<thing2>\S+)\s+{_KINYARWANDA_HOW_MANY}\s+(?P<who2>{name})\s+(?P<done2>{_KINYARWANDA_DONE_WORDS})$",
                re.I,
            ),
            lambda match: (
                f"how many {match.group('thing') or match.group('thing2')} did "
                f"{match.group('who') or match.group('who2')} "
                f"{_kinyarwanda_done(match.group('done') or match.group('done2'))}"
            ),
        ),
        # "Amahame atatu Xi yatanze ni ayahe?": which three principles did Xi propose ("-he": which, its prefix the
        # noun's class: "ayahe", "iyihe", "izihe", "ibihe"; "-tatu": three, after the class's prefix)
        (
            re.compile(
                rf"^(?P<thing>\S+)\s+(?:(?P<count>{_KINYARWANDA_COUNT})\s+)?(?P<who>{name})\s+"
                rf"(?P<done>{_KINYARWANDA_DONE_WORDS})\s+ni\s+{_KINYARWANDA_WHICH}$",
                re.I,
            ),
            _kinyarwanda_which,
        ),
        # "Iyi nkuru yasohotse bwa mbere ryari?": when was this article first published ("-sohoka": come out)
        (
            re.compile(
                r"^(?P<what>[^,?]+?)\s+[bcyzrwk]{0,2}a(?:sohotse|sohowe|tangajwe)(?P<first>\s+first)?\s+ryari$", re.I
            ),
            lambda match: f"when was {match.group('what')}{match.group('first') or ''} published",
        ),
        # "Nyuma y'inama, Blinken yari afite icyizere ko …?": was Blinken hopeful that …
        (
            re.compile(rf"^(?P<when>[^,?]+,\s+)?(?P<who>{name})\s+was\s+hopeful(?P<rest>\s+[^?]+)?$", re.I),
            lambda match: f"{match.group('when') or ''}was {match.group('who')} hopeful{match.group('rest') or ''}",
        ),
        # "Ifatabuguzi rigura angahe?": how much does the subscription cost
        (
            re.compile(r"^(?P<what>[^,?]+?)\s+(?:\w*gura|ni)\s+(?:amafaranga\s+)?angahe$", re.I),
            _kinyarwanda_cost,
        ),
        # "Ni nde wanditse iyi nkuru?": who wrote this article; "Wang Yi ni nde?": who is Wang Yi
        (
            re.compile(r"^(?:ni\s+nde|ninde)\s+(?P<done>wa\w+)\s+(?P<what>[^,?]+)$", re.I),
            lambda match: f"who {_past_tense(_kinyarwanda_done(match.group('done')))} {match.group('what')}",
        ),
        (
            re.compile(
                r"^(?:ni\s+nde|ninde)\s+(?P<who>[^,?]+)$|^(?P<who2>[^,?]+?)\s+(?:ni\s+nde|ninde)(?P<rest>\s+in\s+[^,?]+)?$",
                re.I,
            ),
            lambda match: f"who is {match.group('who') or match.group('who2')}{match.group('rest') or ''}",
        ),
        # "Wang Yi afite uwuhe mwanya?": what is Wang Yi's title
        (
            re.compile(
                r"^(?P<who>[^,?]+?)\s+(?:afite|ari\s+ku|akora)\s+(?:uwuhe|iyihe|izihe)\s+(?:u?mwanya|nshingano|mirimo)$",
                re.I,
            ),
            r"what is \g<who>'s title",
        ),
        # "Kuki Blinken yagiye i Beijing?": why did Blinken go to Beijing
        (
            re.compile(
                rf"^(?:kuki|kubera\s+iki|ni\s+iki\s+cyatumye)\s+(?P<who>{name})\s+(?:y|a)a?(?:giye|ja|je)\s+"
                r"(?:in\s+|to\s+)?(?P<place>[^,?]+)$",
                re.I,
            ),
            r"why did \g<who> go to \g<place>",
        ),
        # "Iyi nkuru ivuga ku ki?": what is this article about
        (
            re.compile(
                r"^(?P<what>this\s+article|the\s+article)\s+(?:ivuga|ivuga\s+ku|ivuga\s+kuri)\s*(?:iki|ki|ku\s+ki)$",
                re.I,
            ),
            r"what is \g<what> about",
        ),
        # "Ese Tayiwani yavuzwe?": was Taiwan mentioned; "Ese Xi yavuze ku Taiwan?": did Xi talk about Taiwan; "Ese
        # ni ukuri ko …": is it true that …
        (re.compile(r"^(?:ese\s+)?ni\s+ukuri\s+(?:ko\s+)?", re.I), "is it true that "),
        (
            re.compile(
                r"^(?:ese\s+)?(?P<what>[^,?]+?)\s+[bcyzrwk]{0,2}a(?:vuzwe|vuzweho)(?P<where>\s+in\s+[^,?]+)?$", re.I
            ),
            r"was \g<what> mentioned\g<where>",
        ),
        (
            re.compile(
                rf"^(?:ese\s+)?(?P<who>{name}|the\s+\w+(?:\s+\w+)?)\s+(?:(?P<said>{_KINYARWANDA_SAID})|(?P<met>{_KINYARWANDA_MET})"
                rf"|(?P<done>{_KINYARWANDA_DONE_WORDS}))(?:\s+(?:na|with))?(?P<rest>\s+[^,?]+)?$",
                re.I,
            ),
            lambda match: (
                f"did {match.group('who')} "
                + (
                    "talk"
                    if match.group("said")
                    else "meet"
                    if match.group("met")
                    else _kinyarwanda_done(match.group("done"))
                )
                + re.sub(r"^\s+(?:kuri|ku)\s+", " about ", match.group("rest") or "")
            ),
        ),
        *_word_for_word({"kuri|ku": "about", "(?-i:na)": "and", "ko": "that", "cyangwa": "or", "ariko": "but"}),
        _the_the(),
        *_in_english_at_last(),
    )


# Kinyarwanda's own words ("yavuze", "ryari", "bahuye", "ibiganiro", "byamaze", "inkuru", "ninde"), none of them
# Swahili's ("alisema", "lini", "walikutana", "mazungumzo"), Shona's, isiZulu's or Luganda's
_KINYARWANDA_WORDS = _lazy_pattern(
    r"\b(?:[ybwa]a?vuz[ew]\w*|ryari|[ybw]ahu(?:ye|riye)|(?:i|ibi)?biganiro|ikiganiro|[ybcw]amaze|kingana|inkuru|ni\s+nde"
    r"|ninde|wavuze|[ybcrz]abereye|amahame|angahe|zingahe|kuki|yabwiye|yatanze|yanditse|minisitiri|umunyamabanga"
    r"|umuvugizi|ubushinwa|bushinwa|uburusiya|tayiwani|ku\s+bijyanye|ifatabuguzi|ubucuruzi|umubano|uwuhe|iyihe"
    r"|ayahe|izihe|ibihe|[ybcrz]asohotse|icyizere|ibihugu)\b"
    r"|^naho\s+(?:se\s+)?(?-i:[A-Z])",
    re.I,
)


# How readers ask in Shona, with English words: "Blinken akati chii nezve Taiwan?" (Blinken said what about Taiwan),
# "Xi naBlinken vakasangana riini?" (Xi and Blinken met when), "Musangano waitirwa kupi?" (the meeting was held
# where), "Ndiani akati …?" (who is it who said …), "Hurukuro dzakatora nguva yakareba sei?" (the talks took a time
# long how). Its question word stands where the answer would ("chii": what, "riini": when, "kupi": where, "mangani":
# how many, "marii": how much) or opens the question ("Ndiani": it is who; "Sei", "Nei": why); a verb carries its doer's
# prefix and its tense ("a-ka-ti": he said, "va-ka-sangana": they met, "dza-ka-tora": they, the talks, took; "-wa"
# makes it done to one: "yakadudzwa", was mentioned), so the book reads a verb by its stem. Its small words are glued on
# the next word, a name too: "naBlinken" (and, with Blinken), "nezveTaiwan" (about Taiwan), "kuBeijing" (to, in
# Beijing), "muChina" (in China), "weChina", "reChina" (of China: "Gurukota rezvekunze reChina", China's foreign
# minister); "here" at the end asks yes or no, "Ko" opens a question about one named. Its "sei" is Italian's and
# Portuguese's word, its "here" English's: the book is read only when a word of Shona's own is there ("chii", "akati",
# "vakasangana", "riini", "kupi", "ndiani", "hurukuro", "musangano").
_SHONA_NAMES = {
    "(?-i:Chaina|Chayina)": "China", "(?-i:Amerika)": "America", "(?-i:Rashiya|Rasha|Russia)": "Russia",
    "(?-i:Taiwani|Tayiwani)": "Taiwan", "(?-i:Bheijing|Beijingi)": "Beijing", "(?-i:Japani|Japan)": "Japan",
}  # fmt: skip
# A small word glued on a name, and its English ("naBlinken": and, with Blinken; "reChina": of China)
_SHONA_GLUED = {
    "nezve": "about", "kuna": "to", "ku": "in", "mu": "in", "pa": "at", "kwa": "to",
    "ne": "with", "we|ye|re|dze|che|va|cha|rwa|rwe|ra|dza|zva|zve|kwe|hwa|hwe|pe|se": "of",
}  # fmt: skip
# Its titles and nouns, with the words around them, put into English before its shapes are read
_SHONA_THINGS = {
    "maererano\\s+ne(?:nyaya|chinyorwa)(?:\\s+iyi)?|sekureva\\s+kwe(?:nyaya|chinyorwa)(?:\\s+iyi)?"
    "|sezvinotaurwa\\s+mu(?:nyaya|chinyorwa)(?:\\s+iyi)?": "according to the article",
    "mu(?:nyaya|chinyorwa)\\s+(?:iyi|ino|ichi)": "in this article", "mu(?:nyaya|chinyorwa|mushumo)": "in the article",
    "(?:nyaya|chinyorwa)\\s+(?:iyi|ino|ichi)": "this article",
    # "nyaya" is a matter as well as a story: with a plural's agreement ("nyaya dzakawanda") the matters, issues
    "nyaya\\s+dzakawanda|nyaya\\s+zhinji": "many issues", "nyaya\\s+(?=dz)": "issues ",
    "nyaya|chinyorwa|mushumo": "the article",
    "pachine|pachiri|pane\\s+dzimwe": "there are still", "(?:dz|z|zv|v|y|r)inoda": "that need",
    "kugadziriswa": "to be resolved", "kugadzirisa": "to resolve",
    "(?:ne)?(?:pepanhau|bepanhau)\\s+ripi": "by which newspaper", "pepanhau|bepanhau": "newspaper",
    "rutsigiro|kutsigira": "support", "tariro|tarisiro": "hope", "kusanzwisisana": "misunderstandings",
    "chivako|imba\\s+huru": "building", "zuva": "day",
    "munyori\\s+we(?:nyaya|chinyorwa)(?:\\s+iyi|\\s+ichi)?": "the author of the article",
    "gurukota\\s+re(?:zvekunze|zvenyika\\s+dzekunze|zvekune\\s+dzimwe\\s+nyika|nyika\\s+dzekunze)": "foreign minister",
    "munyori\\s+we(?:nyika|hurumende)|secretary\\s+we\\s+state": "secretary of state",
    "mutungamiri\\s+wehurumende|prime\\s+minister": "prime minister",
    "mutungamiri\\s+wenyika|purezidhendi|presidhendi|mutungamiri\\s+wenyika\\s+yose": "president",
    "mutungamiri": "leader", "gurukota|minisita": "minister", "mutauriri": "spokesperson",
    "mukuru\\s+wehurumende|mukuru": "official", "mutori\\s+wenhau|mutapi\\s+wenhau": "journalist",
    "munyori": "author", "mumiriri|diplomat": "diplomat",
    "wekuChina|weChina(?=\\s*$)": "Chinese", "wekuAmerica|wekuAmerika": "American",
    # the meeting and the talks, with the words before them that say when ("mushure memusangano": after the meeting)
    "mushure\\s+memusangano|pashure\\s+pemusangano": "after the meeting",
    "musangano\\s+usati\\s+waitwa|pamberi\\s+pemusangano": "before the meeting",
    "panguva\\s+yemusangano|mumusangano": "during the meeting", "pamusangano": "at the meeting",
    "pakutanga\\s+kwehurukuro": "at the start of the talks", "mushure\\s+mehurukuro": "after the talks",
    "(?:uyu\\s+)?musangano(?:\\s+uyu|\\s+wavo)?": "the meeting",
    "hurukuro(?:\\s+idzi|\\s+dzavo)?|nhaurirano(?:\\s+idzi|\\s+dzavo)?|kukurukurirana": "the talks",
    "kushanya": "the visit", "kodzero\\s+dzevanhu": "human rights",
    "(?:zve)?kutengeserana|(?:zve)?kutengesa": "trade", "misimboti|mitemo\\s+mikuru|nheyo": "principles",
    "vadyidzani|vashandi\\s+pamwe|shamwari": "partners", "vavengi|vanokwikwidzana|vakwikwidzi": "rivals",
    "hukama": "relations", "budiriro|kufambira\\s+mberi": "progress", "kubatana|kushandira\\s+pamwe": "cooperation",
    "ruremekedzo|kuremekedzana": "respect", "misiyano|mutsauko": "differences", "nyaya\\s+dzinonetsa": "issues",
    "maawa|maora": "hours", "maminitsi|mineti": "minutes", "mari\\s+yekunyoresa|kunyoresa": "the subscription",
    "mutengo": "the price", "mazwi\\s+ake\\s+ose|mazwi\\s+ake": "his quotes", "mazwi": "words",
    "tino(?:fanira|tarisirwa)\\s+kuva|tifanira\\s+kuva": "we should be",
    "(?:va)?no(?:fanira|tarisirwa)\\s+kuva|(?:va)?fanira\\s+kuva": "should be", "ose|zvose|vose": "all",
    "ndiudze|ndiudzei": "tell me", "ndipe|ndipei": "give me", "ndapota|ndokumbirawo": "please",
}  # fmt: skip
# the verb's doer's prefix is its noun's class ("Blinken a-ka-ti", "gurukota ra-ka-ti": the minister said), "-zo-"
# after the tense a later act ("akazoti": then said); "what" after it is "chii", "kuti chii" or "kudii" (how)
_SHONA_SAID = r"(?:a|va|ra|ri|ya|wa|i|ru|cha|zva|dza)(?:ka)?(?:zo)?(?:ti|taura|taurira|udza|tsanangura|zivisa|dudza)"
_SHONA_WHAT = r"(?:kuti\s+)?(?:chii|kudii)"
_SHONA_MET = r"(?:a|va)ka(?:sangana|sanganira|onana|ona)"
# What was done, asked how many times, which or whether, by its stem ("akakurudzira": he urged, proposed)
_SHONA_DONE = {
    "kurudzira": "propose", "ronga": "propose", "pa": "give", "dudza": "mention", "bvunza": "ask", "nyora": "write",
    "shanyira": "visit", "tarisira": "hope", "vimba": "hope", "shuvira": "hope", "kurukura": "discuss",
    "enda": "go", "taura": "talk", "sangana": "meet",
}  # fmt: skip
_SHONA_DONE_WORDS = r"(?:a|va)ka(?:kurudzira|ronga|pa|dudza|bvunza|nyora|shanyira|tarisira|vimba|shuvira|kurukura|enda)"
_SHONA_HOW_MANY = r"(?:mangani|mingani|zvingani|dzingani|vangani|ngani|ingani|mashoma\s+sei)"


def _shona_done(done: str) -> str:
    """ "akakurudzira": "propose", read by the verb's stem after its prefixes."""
    stem = re.sub(r"^(?:a|va)ka", "", done.lower())
    return _SHONA_DONE.get(stem, done)


def _shona_asked(asked: str) -> str:
    """ "riini": when; "kupi", "papi", "kwapi": where."""
    return "when" if asked.lower() in ("riini", "nguvai") else "where"


def _shona_glued(match: re.Match[str]) -> str:
    """A small word glued on a name put before it in English: "naBlinken" (after a verb): with Blinken; "nezveTaiwan":
    about Taiwan; "reChina": of China."""
    glued, name = match.group("glued").lower(), match.group("name")
    if glued == "na":
        return f"with {name}"
    return f"{next(e for g, e in _SHONA_GLUED.items() if re.fullmatch(g, glued))} {name}"


@cache
def _shona() -> _Shapes:
    name = r"(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?"
    asked = r"(?P<asked>riini|kupi|papi|kwapi|nguvai)"
    glued = "|".join(["na", *_SHONA_GLUED])
    return (
        _after_the_question(),
        (re.compile("[’`´]"), "'"),
        (
            re.compile(r"^(?:ko|zvino|saka)\s+(?P<who>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)$", re.I),
            r"what about \g<who>",
        ),
        (re.compile(r"^(?:ko|zvino|saka|nhai)\s*,?\s+(?=\S)", re.I), ""),
        *_word_for_word(_SHONA_NAMES),
        # "nezve" (about) glued on a noun: "nezverutsigiro", about support
        (re.compile(r"\bnezve(?=[a-z]{4,})"), "nezve "),
        *_word_for_word(_SHONA_THINGS),
        # "Xi naBlinken": Xi and Blinken; "nezveTaiwan", "kuBeijing", "reChina", "naBlinken" after a verb: a small word
        # glued on a name (about Taiwan, in Beijing, of China, with Blinken)
        (
            re.compile(r"(?P<a>\b(?-i:[A-Z])[\w-]*)\s+(?i:na)-?(?P<name>(?-i:[A-Z])[\w-]*)"),
            r"\g<a> and \g<name>",
        ),
        (re.compile(rf"\b(?P<glued>(?i:{glued}))-?(?P<name>(?-i:[A-Z])[\w-]*)"), _shona_glued),
        (re.compile(r"\b(?:nezve|pamusoro\s+pe)\s+(?=(?-i:[A-Z])|the\b)", re.I), "about "),
        (re.compile(r"\bkuna\s+(?=(?-i:[A-Z]))", re.I), "to "),
        (
            re.compile(
                r"\b(?P<title>president|leader|(?:foreign\s+)?minister|secretary\s+of\s+state)\s+in\s+(?=China\b|America\b|Russia\b)"
            ),
            r"\g<title> of ",
        ),
        _according_to_last(),
        # "Blinken akati chii nezve Taiwan?": what did Blinken say about Taiwan; "Blinken akaudza Xi chii?": to Xi
        (
            re.compile(
                rf"^(?P<who>[^,?]+?)\s+{_SHONA_SAID}\s+(?:(?P<whom>{name})\s+)?{_SHONA_WHAT}(?P<rest>\s+[^,?]+)?$", re.I
            ),
            lambda match: (
                f"what did {match.group('who')} say"
                + (f" to {match.group('whom')}" if match.group("whom") else "")
                + (match.group("rest") or "")
            ),
        ),
        # "Chii chakataurwa naBlinken nezve Taiwan?": what was said by Blinken, what did Blinken say
        (
            re.compile(
                r"^chii\s+chaka(?:taurwa|nzi|udzwa)\s+(?:with|by)\s+(?P<who>[^,?]+?)(?P<rest>\s+(?:about|to|in|at|after)\s+[^,?]+)?$",
                re.I,
            ),
            r"what did \g<who> say\g<rest>",
        ),
        # "Ndiani akati …?": who said …
        (
            re.compile(
                r"^(?:ndiani|ndiyani|ani)\s+(?:akati|akataura(?:\s+kuti)?|ati|akadaro)\s*,?\s+(?:kuti\s+|that\s+)?(?P<said>.+)$",
                re.I,
            ),
            r"who said \g<said>",
        ),
        # whom someone met, and who met someone: "Blinken akasangana nani?", "Ndiani akasangana naBlinken?"
        (
            re.compile(rf"^(?P<who>[^,?]+?)\s+{_SHONA_MET}\s+(?:nani|naani|navanani)(?P<where>\s+in\s+[^,?]+)?$", re.I),
            r"who did \g<who> meet\g<where>",
        ),
        (
            re.compile(rf"^(?:ndiani|ndiyani|vanaani)\s+{_SHONA_MET}\s+(?:with\s+)?(?P<whom>[^,?]+)$", re.I),
            r"who met \g<whom>",
        ),
        # "Xi naBlinken vakasangana riini?", "… kupi?": when (where) did Xi and Blinken meet
        (
            re.compile(
                rf"^(?P<who>[^,?]+?)\s+{_SHONA_MET}(?:\s+with\s+(?P<whom>[^,?]+?))?\s+{asked}(?P<where>\s+in\s+[^,?]+)?$"
                rf"|^{asked.replace('asked', 'asked2')}\s+(?P<who2>[^,?]+?)\s+{_SHONA_MET}"
                r"(?:\s+with\s+(?P<whom2>[^,?]+?))?$",
                re.I,
            ),
            lambda match: (
                f"{_shona_asked(match.group('asked') or match.group('asked2'))} "
                f"did {match.group('who') or match.group('who2')} meet"
                + (
                    f" {match.group('whom') or match.group('whom2')}"
                    if match.group("whom") or match.group("whom2")
                    else ""
                )
                + (match.group("where") or "")
            ),
        ),
        (
            re.compile(rf"^(?P<who>[^,?]+?)\s+{_SHONA_MET}\s+{asked}\s+with\s+(?P<whom>[^,?]+)$", re.I),
            lambda match: f"{_shona_asked(match.group('asked'))} did {match.group('who')} meet {match.group('whom')}",
        ),
        # "Nyaya iyi yakabudiswa nepepanhau ripi?": which newspaper published this story; "… riini?": when was it
        # published ("-budiswa": be brought out, "-nyorwa": be written, their doer after "ne-", by)
        (
            re.compile(
                r"^(?P<what>[^,?]+?)\s+(?:y|r|w|ch|zv|dz|v)?aka(?P<done>budiswa|buritswa|nyorwa)\s+by\s+which\s+(?P<by>\w+)$",
                re.I,
            ),
            lambda match: (
                f"which {match.group('by')} {'wrote' if match.group('done') == 'nyorwa' else 'published'} "
                f"{match.group('what')}"
            ),
        ),
        (
            re.compile(r"^(?P<what>[^,?]+?)\s+(?:y|r|w|ch|zv|dz|v)?aka(?:budiswa|buritswa)\s+(?:riini|rini)$", re.I),
            r"when was \g<what> published",
        ),
        # "Pane chakataurwa here nezve …?": is there anything that was said about …, was anything said about …
        (
            re.compile(r"^pane\s+(?:chakataurwa|chakadudzwa|zvakataurwa|zvakadudzwa)\s+here\s+(?P<rest>[^,?]+)$", re.I),
            r"was anything said \g<rest>",
        ),
        # "Musangano waitirwa kupi?": where (when) did the meeting take place
        (
            re.compile(
                rf"^(?P<what>[^,?]+?)\s+(?:w|y|dz|z|r)?a(?:ka)?(?:itirwa|itwa|itika|itikira|ri)\s+{asked}$",
                re.I,
            ),
            lambda match: f"{_shona_asked(match.group('asked'))} did {_with_the(match.group('what'))} take place",
        ),
        # "Hurukuro dzakatora nguva yakareba sei?", "… maawa mangani?": how long (how many hours) did the talks last
        (
            re.compile(
                r"^(?P<what>[^,?]+?)\s+(?:w|y|dz|z|r|v)a(?:ka)?(?:tora|reba|enda)\s+(?:(?:nguva|time)\s+)?"
                r"(?P<asked>(?:yakareba\s+)?(?:sei|zvakadii|yakadii)|hours\s+(?:mangani|mingani)|minutes\s+(?:mangani|mingani))$",
                re.I,
            ),
            lambda match: (
                ("how many hours" if "hours" in match.group("asked") else "how long")
                + f" did {_with_the(match.group('what'))} last"
            ),
        ),
        # "Xi akakurudzira misimboti mingani?": how many principles did Xi propose
        (
            re.compile(
                rf"^(?P<who>{name}|the\s+[^,?]+?)\s+(?P<done>{_SHONA_DONE_WORDS})\s+(?P<thing>\S+)\s+{_SHONA_HOW_MANY}$",
                re.I,
            ),
            lambda match: (
                f"how many {match.group('thing')} did {match.group('who')} {_shona_done(match.group('done'))}"
            ),
        ),
        # "Subscription inodhura marii?": how much does the subscription cost
        (
            re.compile(r"^(?P<what>[^,?]+?)\s+(?:i|ri|chi|u)?no(?:dhura|bhadharwa|ita)\s+(?:mari\s+)?marii$", re.I),
            lambda match: f"how much does {_with_the_own_noun(match.group('what'))} cost",
        ),
        # "Ndiani akanyora nyaya iyi?": who wrote this article; "Wang Yi ndiani?": who is Wang Yi
        (
            re.compile(rf"^(?:ndiani|ndiyani)\s+(?P<done>{_SHONA_DONE_WORDS})\s+(?P<what>[^,?]+)$", re.I),
            lambda match: f"who {_past_tense(_shona_done(match.group('done')))} {match.group('what')}",
        ),
        (
            re.compile(
                r"^(?:ndiani|ndiyani)\s+(?P<who>[^,?]+)$|^(?P<who2>[^,?]+?)\s+(?:ndiani|ndiyani|ndiyani\s+zvake)$", re.I
            ),
            lambda match: f"who is {match.group('who') or match.group('who2')}",
        ),
        # "Wang Yi ane chinzvimbo chei?": what is Wang Yi's title
        (
            re.compile(
                r"^(?P<who>[^,?]+?)\s+(?:ane|aine|akabata)\s+(?:chinzvimbo|basa)\s+(?:chei|chipi|ripi|rei)$", re.I
            ),
            r"what is \g<who>'s title",
        ),
        # "Sei Blinken akaenda kuBeijing?": why did Blinken go to Beijing
        (
            re.compile(
                rf"^(?:sei|nei|sei\s+zvakaita|chii\s+chakaita)\s+(?P<who>{name})\s+(?:akaenda|akashanyira|akauya)\s+"
                r"(?:in\s+|to\s+)?(?P<place>[^,?]+)$",
                re.I,
            ),
            r"why did \g<who> go to \g<place>",
        ),
        # "Nyaya iyi inotaura nezvei?": what is this article about
        (
            re.compile(
                r"^(?P<what>this\s+article|the\s+article)\s+(?:inotaura|iri)\s+(?:nezvei|nezve\s+chii|pamusoro\s+pei)$",
                re.I,
            ),
            r"what is \g<what> about",
        ),
        # "… here?": yes or no; "Russia yakadudzwa here?": was Russia mentioned; "Xi akataura nezveTaiwan here?": did
        # Xi talk about Taiwan; "Ichokwadi here kuti …": is it true that …
        (re.compile(r"^(?:i)?chokwadi\s+(?:here\s+)?(?:kuti\s+)?", re.I), "is it true that "),
        (
            re.compile(
                r"^(?P<what>[^,?]+?)\s+(?:y|r|w|a|v|dz|z|ch)a(?:ka)?(?:dudzwa|taurwa)(?P<where>\s+in\s+[^,?]+)?\s+here$",
                re.I,
            ),
            r"was \g<what> mentioned\g<where>",
        ),
        (
            re.compile(
                rf"^(?P<who>{name}|the\s+\w+(?:\s+\w+)?)\s+(?:(?P<said>{_SHONA_SAID})|(?P<met>{_SHONA_MET})"
                rf"|(?P<done>{_SHONA_DONE_WORDS}))(?P<rest>\s+[^,?]+?)?\s+here$",
                re.I,
            ),
            lambda match: (
                f"did {match.group('who')} "
                + (
                    "talk"
                    if match.group("said")
                    else "meet"
                    if match.group("met")
                    else _shona_done(match.group("done"))
                )
                + (match.group("rest") or "")
            ),
        ),
        *_word_for_word({"nezve|pamusoro\\s+pe": "about", "kuti": "that", "kana": "or", "asi": "but"}),
        _the_the(),
        *_in_english_at_last(),
    )


# Shona's own words ("chii", "akati", "vakasangana", "riini", "kupi", "ndiani", "hurukuro", "musangano"), none of them
# Kinyarwanda's, isiZulu's, Swahili's or Chichewa's
_SHONA_WORDS = _lazy_pattern(
    r"^ko\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?\W*$"
    r"|\b(?:chii|akati|vakati|(?:a|va)ka(?:taura|udza|dudza|kurudzira|sangan\w*|enda|nyora|shanyira)|riini|kupi|ndi(?:y)?ani|hurukuro"
    r"|nhaurirano|musangano|[wydz]+akatora|yakareba|nguva|waitirwa|wakaitirwa|wakaitwa|mangani|mingani|zvingani|marii"
    r"|nezve\w*|gurukota|mutungamiri|mutauriri|chinyorwa|[yrwv]aka(?:dudzwa|taurwa)|chakataurwa|misimboti"
    r"|kodzero|mushure|chinzvimbo|(?:a|va|ra)ka(?:zo)?ti|kudii|[yrwv]aka(?:budiswa|buritswa)|(?:ne)?[pb]epanhau)\b",
    re.I,
)


# How readers ask in Sesotho (Southern Sotho, as Lesotho writes it or as South Africa does), with English words:
# "Blinken o itse'ng ka Taiwan?" (Blinken said what about Taiwan), "Ke mang ea itseng hore …?" (it is who that said
# that …), "Xi le Blinken ba kopane neng?" (Xi and Blinken met when), "Kopano e bile kae?" (the meeting was where),
# "Lipuisano li nkile nako e kae?" (the talks took how much time), "Theko ea X ke bokae?" (the price of X is how much).
# Its question word stands where the answer would ("eng", glued on the verb as "-'ng": what; "neng": when; "kae":
# where, "e mekae", "tse kae": how many; "bokae": how much; "ofe", "lefe": which) or after "ke" (it is: "Ke mang …",
# "X ke mang?"); a verb carries its doer's prefix, the class of its noun ("Blinken o itse": Blinken said, "ba kopane":
# they met, "letona le itse": the minister said, "kopano e bile": the meeting was, "lipuisano li nkile": the talks
# took), "-ng" on a verb after "ea" or "ya" makes it the one who did it ("ea itseng": who said), "-oe" or "-we" done to
# one ("e boletsoe": was mentioned, "ho itsoe": it was said), "Na" opens a yes-or-no question, "hore" is "that", "le"
# between two names "and", after a verb "with", "ka" after a verb of saying "about", "ho" before a name "to", "kae kapa
# kae" (where or where) "anywhere", "ha a kopana le X" "when he met X", "ntle le X" "apart from X", "lehlakore la
# China" "the Chinese side", "… se neng se tšoaretsoe kae" (the … that was held where) asks where it was held. Its
# "le", "ka", "ho", "na" are other books' words, its "mang" Tagalog's: the book is read only when a word of Sesotho's
# own is there ("itse", "boletse", "kopane", "neng", "kae", "bokae", "lipuisano").
_SESOTHO_NAMES = {
    "(?-i:Chaena|Chaina|China)": "China", "(?-i:Amerika|Amerikha|America)": "America",
    "(?-i:Rashea|Rasia|Russia|Rusia)": "Russia", "(?-i:Taiwane|Taiwan)": "Taiwan",
    "(?-i:Beijing|Beijinge)": "Beijing", "(?-i:Afrika\\s+Boroa|Afrika\\s+Borwa)": "South Africa",
    "(?-i:Lesotho)": "Lesotho", "(?-i:Japane|Japan)": "Japan",
}  # fmt: skip
# Its titles and nouns, with the words around them, put into English before its shapes are read
_SESOTHO_THINGS = {
    "ho\\s+ea\\s+ka\\s+(?:sengoloa|sengolwa|taba\\s+ena|pale\\s+ena)(?:\\s+sena)?": "according to the article",
    "(?:sengoloeng|sengolweng|tabeng|paleng|sehloohong)\\s+(?:sena|ena|sena\\s+sa\\s+litaba)": "in this article",
    "(?:sengoloeng|sengolweng|tabeng|paleng|sehloohong)": "in the article",
    "(?:sengoloa|sengolwa|sehlooho)\\s+sena|(?:taba|pale)\\s+ena": "this article",
    "sengoloa|sengolwa|pale|sehlooho": "the article",
    "letona\\s+la\\s+(?:litaba|ditaba|merero)\\s+tsa\\s+(?:kantle|linaha\\s+tsa\\s+kantle|dinaha\\s+tsa\\s+kantle|machaba)"
    "(?:\\s+ho\\s+naha)?|letona\\s+la\\s+kantle": "foreign minister",
    "mongoli\\s+(?:oa|wa)\\s+naha|mongodi\\s+(?:oa|wa)\\s+naha|mongoli\\s+wa\\s+mmuso": "secretary of state",
    "tonakholo|tona-kholo|tona\\s+kholo": "prime minister", "mopresidente|moporesidente|presidente": "president",
    "letona|tona": "minister", "moetapele|moeta-pele|moetelli": "leader", "mmuelli|mmoleli|sebui": "spokesperson",
    "ofisiri|mohlanka|molaodi|molaoli": "official", "moqolotsi(?:\\s+(?:oa|wa)\\s+litaba)?|motlalehi": "journalist",
    "mongoli\\s+(?:oa|wa)\\s+(?:the\\s+article|this\\s+article)": "the author of the article",
    # the meeting and the talks, with the words before them that say when ("kamora kopano": after the meeting)
    "kamora\\s+(?:kopano|seboka)|ka\\s+mor'a\\s+(?:kopano|seboka)": "after the meeting",
    "pele\\s+ho\\s+(?:kopano|seboka)|pele\\s+ga\\s+kopano": "before the meeting",
    "nakong\\s+ea\\s+(?:kopano|seboka)|nakong\\s+ya\\s+kopano|kopanong": "at the meeting",
    "kamora\\s+(?:lipuisano|dipuisano)": "after the talks", "(?:lipuisanong|dipuisanong)": "in the talks",
    # "seboka" is a gathering, a conference or summit ("sebokeng se neng se tšoaretsoe California": at the summit
    # held in California), "kopano" a meeting
    "sebokeng": "at the summit", "seboka": "the summit",
    "kopano": "the meeting", "(?:lipuisano|dipuisano|puisano|lipuisaano)": "the talks",
    "bapresidente|baporesidente|mapresidente": "the presidents", "baetapele|baeta-pele": "the leaders",
    "(?:ba|o|ba\\s+ne\\s+ba)\\s+(?:lumellane|lumellana|lumelane|lumellaneng)\\s+(?:ka|hodima)": "agreed on",
    "(?:li|di)?taba\\s+tsa\\s+(?:bohlokoa|bohlokwa|sehlooho)": "important issues",
    "(?:tse|e|se|ba)\\s+(?:nang|tlisang|behang)\\s+(?:le\\s+)?(?:litholoana|ditholwana|katleho)": "productive",
    "(?:ts'episo|tshepo|tsepo)\\s+(?:ea|ya)": "hope for",
    "melao-motheo|melaometheo|melao\\s+motheo|metheo": "principles", "lihora|dihora": "hours",
    "metsotso": "minutes", "likamano|dikamano": "relations", "kamano": "the relationship",
    "balekane|bolekane": "partners",
    "bahanyetsi|baphehisani|lira|bahlodisani": "rivals",
    "litokelo\\s+tsa\\s+botho|ditokelo\\s+tsa\\s+botho": "human rights",
    "khoebo|kgwebo": "trade", "linaha|dinaha": "countries", "tšehetso|tsehetso|tshehetso": "support",
    "ts'episo|tshepo|tšepo|tsepo": "hope", "tsoelopele|tswelopele": "progress",
    "(?:li|di)\\s+(?:qala|qalile)\\s+ho": "are beginning to", "(?:e|o|se)\\s+(?:qala|qalile)\\s+ho": "is beginning to",
    "tsitsa|tsitsisa|tsitsitse|tiea": "stabilise",
    "mant(?:s|sh)(?:o|w)e\\s+a\\s+hae\\s+kaofela": "all his quotes",
    "mantsoe|mantswe|qotso|diqotso|liqotso": "quotes", "kaofela|kaufela": "all", "ke\\s+kopa": "please",
    "mpolelle|mpolelleng": "tell me", "mphe|mpheng": "give me",
}  # fmt: skip
# What a Sesotho reader asks someone works for, by its stem ("mokhatlo": organisation)
_SESOTHO_EMPLOYERS = {
    "mokhatlo": "organisation", "mokgatlo": "organisation", "lekala": "ministry", "mmuso": "government",
    "'muso": "government", "muso": "government", "khampani": "company", "k'hamphani": "company",
    "k'hampani": "company", "koranta": "newspaper",
}  # fmt: skip
# A verb's doer's prefix, the class of its noun ("o itse": he said, "le itse": the minister said, "ba kopane": they
# met), and its verbs of saying and meeting, in the past
_SESOTHO_DOER = r"(?:o|a|ba|le|e|li|di|se|re)"
_SESOTHO_SAID = (
    r"(?:itse|boletse|buile|re|ile\s+a\s+re|ile\s+a\s+bua|ile\s+a\s+bolela|itse\s+ho|boletse\s+ho|buile\s+ho)"
)
_SESOTHO_MET = r"(?:kopane|kopanne|kopana|kopanetse|kopanneng|bonane|bone|ile\s+a\s+kopana)"
# What was done, asked how many times ("o hlahisitse": he put forward, proposed)
_SESOTHO_DONE = {
    "hlahisitse": "propose", "sisintse": "propose", "hlahisa": "propose", "fanne": "give", "file": "give",
    "boletse": "mention", "buile": "mention", "ngotse": "write", "etetse": "visit",
}  # fmt: skip
_SESOTHO_HOW_MANY = r"(?:e|tse|a|ba|li|di|se)\s+(?:mekae|kae|bakae|makae|bokae)"
# Verbs asked when they were done, by their stems, and their English ("o bontšitse tšepo": expressed hope)
_SESOTHO_VERBS = {
    "bontsh": "express", "bonts": "express", "hlahis": "put forward", "sisint": "propose", "etet": "visit",
    "fihl": "arrive in", "tsamai": "travel to", "saen": "sign", "phatlalats": "announce", "bolel": "say",
}  # fmt: skip
_SESOTHO_NAME = (
    rf"(?:{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*"
    r"|(?:the\s+)?[\w' -]+?(?:minister|president|leader|state|spokesperson|official|journalist))"
)


def _sesotho_said(match: re.Match[str]) -> str:
    """ "Blinken o itse eng ka Taiwan": what did Blinken say about Taiwan; "… ho Xi": to Xi; "… kamora kopano": after
    the meeting."""
    who, by, what = match.group("who"), (match.group("by") or "").lower(), match.group("what")
    if not what:
        return f"what did {who} say"
    preposition = {"ho": "to", "": ""}.get(by.split()[0] if by else "", "about")
    return f"what did {who} say {preposition + ' ' if preposition else ''}{what}"


# What a country's side is called in English ("lehlakore la China": the Chinese side)
_SESOTHO_SIDES = {
    "China": "Chinese",
    "America": "American",
    "the US": "American",
    "US": "American",
    "Russia": "Russian",
}


def _sesotho_when_done(match: re.Match[str]) -> str:
    """ "Blinken o bontsitse hope for the talks productive neng": when did Blinken express hope for productive talks
    (a verb by its stem, a word that describes a noun after it put before it)."""
    verb = match.group("verb").lower()
    english = next((e for stem, e in _SESOTHO_VERBS.items() if verb.startswith(stem)), verb)
    what = re.sub(
        r"\b(?:the\s+)?(?P<noun>talks|meeting|summit|relations)\s+productive\b",
        r"productive \g<noun>",
        match.group("what"),
    )
    return f"when did {match.group('who')} {english} {what}"


def _sesotho_works_for(match: re.Match[str]) -> str:
    """ "Wang Yi o sebeletsa mokhatlo ofe": which organisation does Wang Yi work for."""
    word = match.group("employer").lower()
    employer = next((english for stem, english in _SESOTHO_EMPLOYERS.items() if word.startswith(stem)), word)
    return f"which {employer} does {match.group('who')} work for"


def _sesotho_where(place: str | None) -> str:
    """A place said after a verb, bare as Sesotho says it ("ba kopane Beijing"): "in Beijing"."""
    if not place:
        return ""
    place = place.strip()
    return f" {place}" if re.match(r"(?:in|at|to|after|before|during)\s", place) else f" in {place}"


@cache
def _sesotho() -> _Shapes:
    name = _SESOTHO_NAME
    return (
        _after_the_question(),
        (re.compile("[’`´‘]"), "'"),
        (re.compile("[šŠ]"), "s"),
        # "itse'ng", "re'ng", "etsahetse'ng": the verb and its "eng" (what) glued on it
        (re.compile(r"(?<=\w)'ng\b", re.I), " eng"),
        (
            re.compile(
                r"\b(?P<doer>o|ba|le|e|li|di|se)\s+(?P<verb>itse|boletse|buile)ng(?=\s+(?:ka|ho|mabapi)\b|$)", re.I
            ),
            r"\g<doer> \g<verb> eng",
        ),
        (
            re.compile(
                r"^(?:na\s+)?(?:ho\s+)?(?:thoe|thwe)\s+(?:eng\s+)?ka\s+(?P<who>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)$",
                re.I,
            ),
            r"what about \g<who>",
        ),
        # "Ho thoe'ng ka …?" (what is said of …): what about a name, what was said about anything else
        (
            re.compile(r"^(?:na\s+)?(?:ho\s+)?(?:thoe|thwe)\s+eng\s+(?:ka|mabapi\s+le)\s+(?P<what>.+)$", re.I),
            r"what was said about \g<what>",
        ),
        (re.compile(r"^(?:mme|'me|hape|joale)\s*,?\s+(?=\S)", re.I), ""),
        # "Ntle le Xi, …": apart from Xi, …; "ha a kopana le Blinken": when he met Blinken
        (re.compile(r"^(?:ntle\s+le|ntle\s+ho|ho\s+sa\s+bale)\s+", re.I), "apart from "),
        (
            re.compile(r"\bha\s+(?P<who>a|ba)\s+(?:kopana|kopane|kopanang|bonana)\s+le\s+", re.I),
            lambda match: f"when {'he' if match.group('who').lower() == 'a' else 'they'} met ",
        ),
        (re.compile(r"\s+kae\s+kapa\s+kae\b", re.I), ""),  # "kae kapa kae" (where or where): anywhere
        *_word_for_word(_SESOTHO_NAMES),
        *_word_for_word(_SESOTHO_THINGS),
        # "Xi le Blinken": Xi and Blinken (after a verb "le" is "with": "o kopane le Xi"); "kamano ea China": the
        # relationship of China; "lehlakore la China": the Chinese side
        (
            re.compile(rf"\b(?P<one>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+le\s+(?=(?-i:[A-Z])|the\s+US\b)"),
            r"\g<one> and ",
        ),
        (
            re.compile(r"\blehlakore\s+(?:la|le)\s+(?P<country>China|America|Russia|the\s+US|US)\b", re.I),
            lambda match: f"the {_SESOTHO_SIDES.get(match.group('country'), match.group('country'))} side",
        ),
        _gloss_said_again(),
        (
            re.compile(
                r"\b(?P<noun>relationship|relations|talks|meeting|support|rights|trade|side)\s+(?:ea|ya|oa|wa|la|tsa|sa|ba)\s+"
                r"(?=(?-i:[A-Z])|the\s+US\b)"
            ),
            r"\g<noun> of ",
        ),
        # "letona la China", "mopresidente oa China": the title of China, China's
        (
            re.compile(
                r"\b(?P<title>(?:foreign\s+)?minister|president|leader|secretary\s+of\s+state|spokesperson|official|prime\s+minister)"
                r"\s+(?:la|oa|wa|ea|ya)\s+(?=(?-i:[A-Z])|the\s+US\b)"
            ),
            r"\g<title> of ",
        ),
        # "ba lokela ho ba balekane": they should be partners; "re lokela": we should
        (
            re.compile(
                r"\b(?P<who>ba|re|li|di)\s+(?:lokela|tsoanela|tshwanela|tlameha)\s+ho\s+ba\s+(?P<what>\S+)", re.I
            ),
            lambda match: f"{'we' if match.group('who').lower() == 're' else 'they'} should be {match.group('what')}",
        ),
        _according_to_last(),
        # "Ke mang ea itseng hore …?": who said …; "Ke mang ea kopaneng le Blinken?": who met Blinken
        (
            re.compile(
                r"^(?:ke\s+)?mang\s+(?:ea|ya|eo|yo)\s+(?:itseng|boletseng|buileng|reng|ileng\s+a\s+re|ileng\s+a\s+bolela)"
                r"\s*,?\s+(?:hore\s+|that\s+)?(?P<said>.+)$",
                re.I,
            ),
            r"who said \g<said>",
        ),
        (
            re.compile(r"^mang\s+(?:o|a)\s+(?:itse|boletse|buile)\s*,?\s+(?:hore\s+|that\s+)?(?P<said>.+)$", re.I),
            r"who said \g<said>",
        ),
        (
            re.compile(
                r"^(?:ke\s+)?mang\s+(?:ea|ya)\s+(?:kopaneng|kopanneng|boneng)\s+(?:le\s+)?(?P<whom>[^,?]+)$", re.I
            ),
            r"who met \g<whom>",
        ),
        (
            re.compile(r"^(?:ke\s+)?mang\s+(?:ea|ya)\s+(?:ngotseng|ngolileng)\s+(?P<what>[^,?]+)$", re.I),
            r"who wrote \g<what>",
        ),
        # "Ho itsoe eng ka Taiwan?": what was said about Taiwan; "Sengoloa se re eng ka Russia?": what does the article
        # say about Russia
        (
            re.compile(
                r"^(?:ho\s+)?(?:itsoe|itswe|boletsoe|boletswe|builoe|buuoe|buuwe)\s+eng\s+(?:ka|mabapi\s+le|ka\s+ha)\s+"
                r"(?P<what>[^,?]+?)(?:\s+in\s+the\s+article)?$",
                re.I,
            ),
            r"what was said about \g<what>",
        ),
        (
            re.compile(
                r"^(?:this|the)\s+article\s+(?:se|e)\s+(?:re|bua|bolela)\s+eng\s+(?:ka|mabapi\s+le|ka\s+ha)\s+(?P<what>[^,?]+)$",
                re.I,
            ),
            r"what does the article say about \g<what>",
        ),
        (
            re.compile(r"^(?P<what>(?:this|the)\s+article)\s+(?:se|e)\s+(?:bua|mabapi)\s+(?:ka\s+)?eng$", re.I),
            r"what is \g<what> about",
        ),
        # "Ke eng seo Blinken a se itseng ka Taiwan?": what is it that Blinken said about Taiwan
        (
            re.compile(
                r"^ke\s+eng\s+(?:seo|eo)\s+(?P<who>[^,?]+?)\s+a\s+(?:se|e)\s+(?:itseng|boletseng|buileng)"
                r"(?:\s+(?P<by>ka|mabapi\s+le|ka\s+ha|ho)\s+(?P<what>[^,?]+))?$",
                re.I,
            ),
            _sesotho_said,
        ),
        # "Blinken o itse eng ka Taiwan?", "… ho Xi?", "Blinken o buile ka eng?": what did Blinken say (about, to)
        (
            re.compile(
                rf"^(?P<who>[^,?]+?)\s+{_SESOTHO_DOER}\s+{_SESOTHO_SAID}\s+eng"
                r"(?:\s+(?P<by>ka|mabapi\s+le|ka\s+ha|ka\s+taba\s+ea|ho)\s+(?P<what>[^,?]+?))?"
                r"(?P<occasion>\s+(?:after|before|during|at|in)\s+the\s+(?:meeting|talks)|\s+when\s+[^,?]+)?$",
                re.I,
            ),
            lambda match: _sesotho_said(match) + (match.group("occasion") or ""),
        ),
        (
            re.compile(rf"^(?P<who>[^,?]+?)\s+{_SESOTHO_DOER}\s+(?:buile|boletse|bua|buisane)\s+ka\s+eng$", re.I),
            r"what did \g<who> say",
        ),
        (
            re.compile(
                rf"^(?P<occasion>(?:after|before|during|at|in)\s+the\s+(?:meeting|talks)),?\s+(?P<who>[^,?]+?)\s+"
                rf"{_SESOTHO_DOER}\s+{_SESOTHO_SAID}\s+eng$",
                re.I,
            ),
            r"what did \g<who> say \g<occasion>",
        ),
        # whom someone met, and when or where they met: "Blinken o kopane le mang Beijing?", "Xi and Blinken ba kopane
        # neng?", "Ba kopane kae?"
        (
            re.compile(
                rf"^(?P<who>[^,?]+?)\s+{_SESOTHO_DOER}\s+{_SESOTHO_MET}\s+le\s+mang(?P<where>\s+[^,?]+)?$", re.I
            ),
            lambda match: f"who did {match.group('who')} meet{_sesotho_where(match.group('where'))}",
        ),
        (
            re.compile(
                rf"^(?:(?P<who>[^,?]+?)\s+)?(?:ba|o)\s+{_SESOTHO_MET}(?:\s+le\s+(?P<whom>[^,?]+?))?\s+"
                r"(?P<asked>neng|kae|ka\s+letsatsi\s+lefe|ka\s+nako\s+efe)$",
                re.I,
            ),
            lambda match: (
                {"neng": "when", "kae": "where"}.get(match.group("asked").lower(), "on which day")
                + f" did {match.group('who') or 'they'} meet"
                + (f" {match.group('whom')}" if match.group("whom") else "")
            ),
        ),
        # "Blinken o buisane le mang Chaena?": who did Blinken talk with in China
        (
            re.compile(
                rf"^(?P<apart>apart\s+from\s+[^,?]+,\s*)?(?P<who>[^,?]+?)\s+{_SESOTHO_DOER}\s+(?:buisane|buile|buisana|qoqile)\s+"
                r"le\s+mang(?P<where>\s+[^,?]+)?$",
                re.I,
            ),
            lambda match: (
                f"{match.group('apart') or ''}who did {match.group('who')} talk with"
                + _sesotho_where(match.group("where"))
            ),
        ),
        # "Bapresidente ba lumellane ka … sebokeng se neng se tšoaretsoe kae?": where was the summit held where the
        # presidents agreed on … (the thing asked of closing a clause, "se neng se …": which was …)
        (
            re.compile(
                r"^(?P<clause>[^,?]+?)\s+(?:at|in)\s+the\s+(?P<thing>summit|meeting|talks)\s+(?:se|e|tse|li)\s+neng\s+"
                r"(?:se|e|tse|li)\s+(?:tsoaretsoe|tshwerwe|tsoeroe|bile|etsahetse|entsoe|bile\s+teng)\s+(?P<asked>kae|neng)$",
                re.I,
            ),
            lambda match: (
                f"{'where' if match.group('asked').lower() == 'kae' else 'when'} was the {match.group('thing')} held "
                f"{'where' if match.group('asked').lower() == 'kae' else 'when'} {match.group('clause')}"
            ),
        ),
        # "Blinken o bontšitse tšepo … neng?": when did Blinken express hope …
        (
            re.compile(
                rf"^(?P<who>{name})\s+(?:o|ba)\s+(?P<verb>{'|'.join(_SESOTHO_VERBS)})\w*\s+(?P<what>[^,?]+?)\s+neng$",
                re.I,
            ),
            _sesotho_when_done,
        ),
        # "Kopano e bile kae?", "… e tsoeroe neng?": where (when) did the meeting take place
        (
            re.compile(
                r"^(?P<what>[^,?]+?)\s+(?:e|li|di|se)\s+(?:bile|ne\s+e\s+le|tsoeroe|tshwerwe|etsahetse|entsoe|entswe"
                r"|bile\s+teng|ne\s+e\s+tsoaretsoe|tsoaretsoe|ile\s+ea\s+eba)\s+(?P<asked>kae|neng|ka\s+letsatsi\s+lefe)$",
                re.I,
            ),
            lambda match: (
                {"neng": "when", "kae": "where"}.get(match.group("asked").lower(), "on which day")
                + f" did {_with_the(match.group('what'))} take place"
            ),
        ),
        # "Lipuisano li nkile nako e kae?", "… lihora tse kae?": how long (how many hours) did the talks last
        (
            re.compile(
                r"^(?P<what>[^,?]+?)\s+(?:li|di|e|se)\s+(?:nkile|nkuoe|ile\s+tsa\s+nka|ile\s+ea\s+nka|tsamaile|bile|bile\s+teng)\s+"
                r"(?:(?P<hours>hours)\s+(?:tse|e)\s+(?:kae|mekae)|nako\s+e\s+(?:telele\s+)?(?:kae|hakae|kakang|bokae))$",
                re.I,
            ),
            lambda match: (
                ("how many hours" if match.group("hours") else "how long")
                + f" did {_with_the(match.group('what'))} last"
            ),
        ),
        # "Xi o hlahisitse principles e mekae?": how many principles did Xi propose
        (
            re.compile(
                rf"^(?P<who>[^,?]+?)\s+{_SESOTHO_DOER}\s+(?P<done>{'|'.join(_SESOTHO_DONE)})\s+(?P<thing>\S+)\s+"
                rf"{_SESOTHO_HOW_MANY}$",
                re.I,
            ),
            lambda match: (
                f"how many {match.group('thing')} did {match.group('who')} {_SESOTHO_DONE[match.group('done').lower()]}"
            ),
        ),
        # "Theko ea Super Saver ke bokae?", "Super Saver e bitsa bokae?": how much does it cost
        (
            re.compile(r"^(?:theko|tefo|tefello|litšenyehelo)\s+(?:ea|ya)\s+(?P<what>[^,?]+?)\s+ke\s+bokae$", re.I),
            lambda match: f"how much does {_with_the_own_noun(match.group('what'))} cost",
        ),
        (
            re.compile(r"^(?P<what>[^,?]+?)\s+(?:e|se|li|di)\s+(?:bitsa|ja|lefuoa|lefuwa|rekisoa)\s+bokae$", re.I),
            lambda match: f"how much does {_with_the_own_noun(match.group('what'))} cost",
        ),
        # "Wang Yi o sebeletsa mokhatlo ofe?": which organisation does Wang Yi work for
        (
            re.compile(
                r"^(?P<who>[^,?]+?)\s+o\s+(?:sebeletsa|sebetsa|sebeletsang)\s+(?:bakeng\s+sa\s+|ho\s+)?(?P<employer>[\w']+?)"
                r"(?:ng)?\s+(?:ofe|efe|lefe|sefe|afe|ofeng|efeng|lefeng)$",
                re.I,
            ),
            _sesotho_works_for,
        ),
        # "Na Xi o buile ka Taiwan?": did Xi say anything about Taiwan; "Na Xi o itse hore …?": did Xi say that …
        (
            re.compile(
                rf"^na\s+(?P<who>{name})\s+{_SESOTHO_DOER}\s+(?:buile|boletse|itse)\s+(?:letho\s+)?(?:ka|mabapi\s+le)\s+"
                r"(?P<what>[^,?]+)$",
                re.I,
            ),
            r"did \g<who> say anything about \g<what>",
        ),
        (
            re.compile(
                rf"^na\s+(?P<who>{name})\s+{_SESOTHO_DOER}\s+(?:itse|boletse|buile)\s*,?\s+(?:hore\s+|that\s+)?(?P<said>.+)$",
                re.I,
            ),
            r"did \g<who> say that \g<said>",
        ),
        # "Na Taiwan e boletsoe?", "Na ho buuoe ka Taiwan?": was Taiwan mentioned
        (
            re.compile(
                r"^(?:na\s+)?(?:in\s+the\s+article\s+)?ho\s+(?:buuoe|builoe|boletsoe|boletswe|buuwe|builwe)\s+"
                r"(?:ka|mabapi\s+le)\s+(?P<what>[^,?]+?)(?:\s+in\s+the\s+article)?$",
                re.I,
            ),
            r"was \g<what> mentioned",
        ),
        (
            re.compile(
                r"^(?:na\s+)?(?P<what>[^,?]+?)\s+(?:e|o|li|di|se|ba)\s+(?:boletsoe|boletswe|builoe|builwe|buuoe|hlahile"
                r"|qotsitsoe|qotswe|bitsitsoe|hlahisitsoe)(?:\s+in\s+the\s+article)?$",
                re.I,
            ),
            r"was \g<what> mentioned",
        ),
        # "Hobaneng ha Blinken a ile Beijing?": why did Blinken go to Beijing
        (
            re.compile(
                r"^(?:ke\s+)?(?:hobaneng|hobane\s+eng|ka\s+lebaka\s+lang)\s+(?:ha\s+)?(?P<who>[^,?]+?)\s+(?:a|o)\s+"
                r"(?:ile|ea|ile\s+a\s+ea|etetse)\s+(?:ho\s+|to\s+)?(?P<place>[^,?]+)$",
                re.I,
            ),
            r"why did \g<who> go to \g<place>",
        ),
        # "Ho etsahetse eng at the meeting?": what happened at the meeting
        (re.compile(r"^(?:ho\s+)?etsahetse\s+eng(?P<rest>.*)$", re.I), r"what happened\g<rest>"),
        # "Wang Yi ke mang?", "Ke mang Wang Yi?": who is Wang Yi
        (
            re.compile(r"^(?P<who>[^,?]+?)\s+ke\s+mang$|^ke\s+mang\s+(?P<who2>(?-i:[A-Z])[^,?]*)$", re.I),
            lambda match: f"who is {match.group('who') or match.group('who2')}",
        ),
        *_word_for_word({"hore": "that", "kapa": "or", "hape": "also", "feela": "only", "mme": "and"}),
        _the_the(),
        *_in_english_at_last(),
    )


# Sesotho's own words ("itse", "boletse", "kopane", "neng", "kae", "bokae", "lipuisano"), none of them isiZulu's,
# Shona's, Kinyarwanda's, Swahili's or Tagalog's
_SESOTHO_WORDS = _lazy_pattern(
    r"\b(?:itse|itse['’`]ng|itseng|itsoe|itswe|boletse\w*|buile(?:ng)?|builoe|buuoe|(?:ke\s+)?mang\s+(?:ea|ya)"
    r"|(?:o|ba)\s+kopan\w*|kopano|kopanong|lipuisano|dipuisano|letona|mopresidente|sengol\w*|neng|kae|bokae|mekae"
    r"|mabapi|sebeletsa|sebetsa|nkile|hlahisitse|sisintse|hobaneng|ngotseng|etsahetse\w*|lokela|ke\s+mang"
    r"|(?:ho\s+)?thoe|sehloohong|sehlooho|buisane|lehlakore|bontsh?itse|bonts?itse|bapresidente|lumellane)\b",
    re.I,
)


# How readers ask in Wolof, with French and English words: "Lan la Blinken wax ci mbiru Taiwan?" (what is it Blinken
# said in the matter of Taiwan: what did Blinken say about Taiwan), "Kan moo wax ne …?" (who is it that said that …),
# "Kañ la Xi ak Blinken daje?" (when did Xi and Blinken meet), "Fan la ndaje mi am?" (where did the meeting take
# place), "Ñaata waxtu la waxtaan yi yàgg?" (how many hours did the talks last), "Kan mooy Wang Yi?" (who is Wang Yi).
# Its question word opens the question and is put in focus: "la" after it when the doer follows ("Lan la Blinken wax":
# what did Blinken say; "lañu": they, or one, did it), "moo" (plural "ñoo") when it is the doer itself ("Kan moo wax":
# who said; "mooy": who is); "Lu …" is "what" without "la". The verb stays bare in the past ("wax": said, "daje": met,
# "am": took place, "yàgg": lasted; "-oon" puts it further back), "na" after it marks it done ("wax na": has said,
# "Ndax Xi wax na ne …?": did Xi say that …), "ndax" opens a yes-or-no question, "ne" is "that", "ak" "and" between two
# names and "with" after a verb, "ci" "in", "at" or "on" ("ci mbiru X", "ci mbirum X": about X), a noun's article comes
# after it ("ndaje mi": the meeting, "waxtaan yi": the talks, "article bi": the article) and its owner after "-u" on it
# ("jawriñu mbiri bitim-réewu Siin": the minister of foreign affairs of China). Typed with its letters ("ñ", "ë", "à",
# "é") or without them ("gn" or "ny" for "ñ", as French writes it: "dagnou", "gnaata"). Its "la" is French's, its "ak"
# and "ci" Hausa's and Igbo's words: the book is read only when a shape of Wolof's own is there ("lan la", "kan moo",
# "kañ la", "fan la", "ñaata", "ci mbiru", "daje", "ndaje", "waxtaan", "wax na").
_WOLOF_N = "(?:ñ|gn|ny)"  # "ñ", typed "gn" (as French writes it) or "ny"
_WOLOF_MARKED = (("a", "àáâ"), ("e", "éèêë"), ("o", "óòô"), ("i", "íì"), ("u", "úù"))
_WOLOF_NAMES = {
    "(?-i:Siin|Sin|Chine)": "China", "(?-i:Etaa[-\\s]?Sini|Etats[-\\s]?Unis|Etaa[-\\s]?Uni)": "the US",
    "(?-i:Amerig|Amerik|Amerique)": "America", "(?-i:Riisi|Russie|Risi)": "Russia",
    "(?-i:Taywan|Tayiwan|Taiwan)": "Taiwan", "(?-i:Pekin|Beijing)": "Beijing",
    "(?-i:Kaliforni|Californie)": "California", "(?-i:Sapoŋ|Sapon|Japon)": "Japan",
    "(?<!the\\s)(?-i:US|USA)": "the US",
}  # fmt: skip
# Its titles and nouns, with the words around them and their articles after them, put into English before its shapes
# are read ("jawriñu mbiri bitim-réewu Siin": the foreign minister of China, read as China's foreign minister at
# last)
_WOLOF_THINGS = {
    "ni\\s+ko\\s+(?:xibaar|article|mbind)\\s+bi\\s+(?:waxe?e?|wone)|ci\\s+li\\s+(?:xibaar|article)\\s+bi\\s+wax"
    "|sel\\w*\\s+(?:xibaar|article)\\s+bi": "according to the article",
    "ci\\s+(?:xibaar|article|mbind)\\s+(?:bii|bile)": "in this article",
    "ci\\s+(?:xibaar|article|mbind)\\s+bi": "in the article",
    "(?:xibaar|article|mbind)\\s+(?:bii|bile)": "this article", "(?:xibaar|article|mbind)(?:\\s+bi)?": "the article",
    "ministre\\s+des\\s+affaires\\s+etrangeres": "foreign minister",
    "secretaire\\s+d['’]\\s*etat|sekkereteeru\\s+nguur": "secretary of state",
    f"premier\\s+ministre|jawri{_WOLOF_N}\\s+bu\\s+njekk": "prime minister", "ministar|ministre": "minister",
    "kadduwaxu|porte[-\\s]parole": "spokesperson", "(?:taskatu|bindkatu)\\s+xibaar|journaliste": "journalist",
    "bindkat(?:\\s+bi)?": "the author", "siinwa": "Chinese", "amerikeen|americain": "American",
    "riisien|russe": "Russian",
    # the meeting and the talks, with the words before them that say when ("ginnaaw ndaje mi": after the meeting)
    "ginnaaw\\s+ndaje\\s+mi|ba\\s+ndaje\\s+mi\\s+jeexee": "after the meeting",
    "bala(?:a)?\\s+ndaje\\s+mi": "before the meeting", "bi\\s+ndaje\\s+mi\\s+di\\s+dox": "during the meeting",
    "ci\\s+ndaje\\s+mi": "at the meeting", "ginnaaw\\s+waxtaan\\s+yi": "after the talks",
    "ci\\s+waxtaan\\s+yi": "in the talks",
    "(?:ndaje|reunion)(?:\\s+(?:mi|mii|moomu|bi|ba))?": "the meeting",
    "(?:waxtaan|diisoo|discussions?)(?:\\s+(?:yi|wi|bi|yii|yooyu))?": "the talks", "ndaje\\s+mu\\s+mag": "the summit",
    "aqi\\s+doomi[-\\s]aadama|droits\\s+de\\s+l['’]homme|droits\\s+humains": "human rights",
    "njaay|koom[-\\s]koom|commerce": "trade", "principes?(?:\\s+yi)?|sart(?:\\s+yi)?": "principles",
    "jokkoo|relations": "relations", "relation": "relationship", "diggante": "between",
    "partenaires?|andandoo": "partners", "rivaux|rival|bokkeef": "rivals", "sujets?|mbir\\s+yi": "topics",
    "differences?|wuute(?:y)?": "differences", "batiment|tabax": "building", "dekk": "city", "liste": "list",
    "citations?": "quotes", "officiel(?:le)?|ndawu\\s+nguur": "official", "presidente?": "president",
    "diplomate": "diplomat", "chinois(?:e)?": "Chinese",
    "ñaari\\s+reew\\s+yi|gnaari\\s+reew\\s+yi": "the two countries", "reew\\s+yi": "the countries",
    "waxtu": "hours", "simili|minit": "minutes", "diir|jamono": "time", "ab?onnement": "the subscription",
    "(?:da(?:ñu|gnu|nu)|ñu|gnu)\\s+war\\s+(?:a\\s+)?doon|war\\s+na(?:ñu|gnu|nu)\\s+(?:a\\s+)?doon": "they should be",
    "war\\s+na(?:ñu|gnu|nu)": "they should", "war\\s+(?:a\\s+)?doon": "should be",
    "ci\\s+mbir(?:u|um|i)|ci\\s+wall?u|ci\\s+lu\\s+jem\\s+ci|ci\\s+biir\\s+mbir(?:u|um)": "about",
    "ginnaaw": "after", "bala(?:a)?": "before", "lepp|yepp": "all", "dara": "anything", "itam": "also",
    "maa\\s+ngi\\s+la\\s+(?:ko\\s+)?ñaan|jerejef|s['’]il\\s+(?:te|vous)\\s+pla[iî]t": "please",
    "wax\\s+ma|waxal\\s+ma": "tell me", "may\\s+ma|joxe\\s+ma|jox\\s+ma": "give me",
}  # fmt: skip
_WOLOF_SAID = r"(?:wax(?:oon|e|ee|eel)?|ne(?:e|woon|oon)?)"
_WOLOF_MET = r"(?:daje(?:e|woon|oon)?|gis(?:oo|e|ee|oon|ewoon|ewoon)?)"
# The question word's focus, the doer after it: "la" (it is … that), "lañu" (it is … that they, or one)
_WOLOF_FOCUS = rf"(?:la|lay|la{_WOLOF_N}u|lanu)"
# What was done, asked how many or whether ("joxe": gave out, proposed; "tudd": named)
_WOLOF_DONE = {
    "joxe": "propose", "jox": "propose", "indi": "propose", "propose": "propose", "proposer": "propose",
    "tudd": "mention", "wax": "mention", "bind": "write", "siiwal": "announce",
}  # fmt: skip
_WOLOF_DONE_WORDS = r"(?:joxe|jox|indi|proposee?|proposer|tudd|wax|bind|siiwal)(?:oon|e)?"
# What a Wolof reader asks someone works for ("kurél": organisation, association)
_WOLOF_EMPLOYERS = {
    "kurel": "organisation", "organisation": "organisation", "ministeer": "ministry", "ministere": "ministry",
    "nguur": "government", "gouvernement": "government", "kompaani": "company", "entreprise": "company",
    "yeenekaay": "newspaper", "journal": "newspaper",
}  # fmt: skip
_WOLOF_NAME = r"(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?"
_WOLOF_WHO = (
    rf"(?:{_WOLOF_NAME}|the\s+[^,?]+?|(?:\w+\s+){{0,3}}?(?:minister|president|leader|state)(?:\s+of\s+[^,?]+?)?)"
)


def _wolof_done(done: str) -> str:
    """ "joxe": "propose"; "tuddoon": "mention", the verb read by its stem."""
    stem = re.sub(r"(?:oon|e)$", "", done.lower()) if done.lower() not in _WOLOF_DONE else done.lower()
    return _WOLOF_DONE.get(stem, _WOLOF_DONE.get(done.lower(), done))


def _wolof_asked(asked: str) -> str:
    """ "kañ": when; "fan": where."""
    return "where" if asked.lower() == "fan" else "when"


def _wolof_said(match: re.Match[str]) -> str:
    """ "what did Blinken say about Taiwan", "… to Xi" (a name after the verb, or after "ak", is the one spoken to)."""
    whom = match.groupdict().get("whom")
    rest = re.sub(r"^\s+ci\s+", " about ", match.groupdict().get("rest") or "")  # "wax ci …": said on, about …
    return f"what did {match.group('who')} say" + (f" to {whom}" if whom else "") + rest


# Its titles, "-u" on the last word making the next one their owner ("jawriñu mbiri bitim-réewu Siin": the minister of
# foreign affairs of China; "njiitu réewu Siin": the head of the country of China, its president)
_WOLOF_TITLES = {"foreign": "foreign minister", "president": "president", "minister": "minister", "leader": "leader"}


def _wolof_title(match: re.Match[str]) -> str:
    """ "jawriñu mbiri bitim-réewu": "foreign minister of"; "njiit": "leader"."""
    title = next(_WOLOF_TITLES[group] for group in _WOLOF_TITLES if match.group(group))
    return title + (" of" if match.group("of") else "")


def _wolof_employer(match: re.Match[str]) -> str:
    """ "Ban kurél la Wang Yi di liggéeyal?": which organisation does Wang Yi work for."""
    word = match.group("employer")
    employer = next((e for stem, e in _WOLOF_EMPLOYERS.items() if word.lower().startswith(stem)), word)
    return f"which {employer} does {match.group('who')} work for"


@cache
def _wolof() -> _Shapes:
    name, who, n = _WOLOF_NAME, _WOLOF_WHO, _WOLOF_N
    how_many = rf"(?:{n}|n)aata"
    place_or_time = r"(?P<rest>\s+(?:about|in|at|after|before|during|to|ci)\s+[^,?]+)?"
    return (
        _after_the_question(),
        (re.compile("[’`´‘]"), "'"),
        (re.compile("Ñ"), "ñ"),
        (re.compile("ŋ"), "ng"),
        *_plain_letters(_WOLOF_MARKED),
        (re.compile(r"(?<=gn)ou\b", re.I), "u"),  # "dagnou", "lagnou": "dañu", "lañu", as French writes them
        # "Te …", "Kon …" (and, so) before the question word; "Wang Yi nag?" (and Wang Yi?): what about Wang Yi
        (
            re.compile(
                rf"^(?:te|kon|waaw|bon|donc|et)\s*,?\s+(?=(?:lan|lu|kan|ka{n}|fan|{how_many}|ndax|ak\s+kan)\b)", re.I
            ),
            "",
        ),
        (re.compile(rf"^(?:te\s+|ak\s+)?(?P<who>{name})\s+(?:nag|moom|nak)$", re.I), r"what about \g<who>"),
        *_word_for_word(_WOLOF_NAMES),
        (
            re.compile(
                rf"\b(?:(?P<foreign>jawri{n}(?:u|ou)?\s+(?:mbiri|mbir|affaires)\s+(?:bitim[-\s]?reew|etrangeres))"
                rf"|(?P<president>njiit(?:u|ou)\s+reew)|(?P<minister>jawri{n})|(?P<leader>njiit))(?P<of>u|ou)?\b",
                re.I,
            ),
            _wolof_title,
        ),
        *_word_for_word(_WOLOF_THINGS),
        # "Xi ak Blinken": Xi and Blinken; "ci Pekin": in Beijing; "bu Siin", "u Siin" after a title: of China
        (re.compile(r"(?P<a>\b(?-i:[A-Z])[\w-]*)\s+ak\s+(?=(?-i:[A-Z]))"), r"\g<a> and "),
        (
            re.compile(
                r"\b(?P<title>minister|president|leader|secretary\s+of\s+state|spokesperson)\s+(?:bu|u)\s+(?=(?-i:[A-Z])|the\s+US\b)"
            ),
            r"\g<title> of ",
        ),
        (re.compile(r"\bci\s+(?=(?-i:[A-Z]))"), "in "),
        # "Président chinois bi" (a title and its nationality, French's order, with Wolof's article): the Chinese
        # president
        (
            re.compile(
                r"\b(?P<title>president|official|minister|diplomat|leader|spokesperson)\s+(?P<nationality>Chinese|American"
                r"|Russian)(?:\s+(?:bi|bii|mi|ji))?\b",
                re.I,
            ),
            lambda match: f"the {match.group('nationality')} {match.group('title').lower()}",
        ),
        # a noun typed in French or English with Wolof's article after it ("meeting bi": the meeting); "ay" (some)
        # before a plural has no English
        (
            re.compile(r"(?<!\bthe )\b(?P<noun>(?-i:[a-z])[a-z-]{2,})\s+(?:bi|yi|mi|gi|wi|li|ji|ki|si|bii|yii|mii)\b"),
            r"the \g<noun>",
        ),
        (re.compile(r"\bay\s+(?=(?-i:[a-z]))"), ""),
        _according_to_last(),
        # "Waxtaan bi Blinken ak Wang Yi def" (the talks Blinken and Wang Yi held): the talks between them
        (
            re.compile(
                rf"^(?P<thing>the\s+\w+)\s+(?:(?P<a>{name})\s+and\s+(?P<b>{name})\s+(?:def|amal|am|doxal)(?:oon)?"
                rf"|(?P<a2>{name})\s+(?:def|amal|am|doxal)(?:oon)?\s+(?:ak|with)\s+(?P<b2>{name}))(?=\s*,)"
            ),
            lambda match: (
                f"{match.group('thing')} between {match.group('a') or match.group('a2')} and "
                f"{match.group('b') or match.group('b2')}"
            ),
        ),
        # "Waxtaan yi, ñaata waxtu la yàgg?", "Président chinois bi, lan la wax …?": what is asked about said first,
        # the question after it without it (its doer left out, as Wolof leaves out a topic's pronoun)
        (
            re.compile(
                rf"^(?P<topic>[^,?]+?)\s*,\s+(?P<asked>(?:{how_many}|ban)(?:\s+(?!la\b)\w+)?|lan|lu|fan|ka{n})\s+"
                r"(?P<focus>la|lay)\s+(?P<rest>\S.*)$",
                re.I,
            ),
            r"\g<asked> \g<focus> \g<topic> \g<rest>",
        ),
        # "Lan la the article wax ci mbiru Riisi?": what does the article say about Russia
        (
            re.compile(
                rf"^(?:lan|lu|li)\s+(?:{_WOLOF_FOCUS}\s+)?(?P<what>(?:this|the)\s+article)\s+(?:di\s+)?{_WOLOF_SAID}"
                r"\s+(?P<about>about\s+[^,?]+)$",
                re.I,
            ),
            r"what does \g<what> say \g<about>",
        ),
        # "Lan lañu wax ci mbiru Taiwan?", "Lu ñu wax …": what was said about Taiwan (said by one, "ñu")
        (
            re.compile(
                rf"^(?:lan|lu|li)\s+(?:la{n}u|lanu|{n}u|nu)\s+{_WOLOF_SAID}\s+(?P<about>about\s+[^,?]+?)(?:\s+in\s+the\s+article)?$",
                re.I,
            ),
            r"what was said \g<about>",
        ),
        # "Lan la Blinken wax ci mbiru Taiwan?", "Lu Xi wax …", "Blinken lan la wax?": what did Blinken say (about, to)
        (
            re.compile(
                rf"^(?:lan|lu|li)\s+(?:la\s+)?(?P<who>[^,?]+?)\s+{_WOLOF_SAID}(?:\s+(?:ak\s+|with\s+)?(?P<whom>{name}))?"
                rf"{place_or_time}$",
                re.I,
            ),
            _wolof_said,
        ),
        (
            re.compile(
                rf"^(?P<who>{name}|the\s+[^,?]+?)\s*,?\s+(?:lan|lu)\s+la\s+{_WOLOF_SAID}(?:\s+(?:ak\s+|with\s+)?(?P<whom>{name}))?"
                rf"{place_or_time}$",
                re.I,
            ),
            _wolof_said,
        ),
        # "Kan moo wax ne …?", 'Kan moo wax "…"?': who said …; "…, kan moo wax loolu?" (…, who said that)
        (
            re.compile(
                rf"^(?P<said>[^?]+?)\s*,\s*kan\s+(?:moo|mo|a|{n}oo)\s+{_WOLOF_SAID}\s+(?:loolu|lii|lolu)$", re.I
            ),
            r"who said \g<said>",
        ),
        (
            re.compile(
                rf"^kan\s+(?:moo|mo|a|{n}oo|moom)\s+{_WOLOF_SAID}\s*(?:loolu\s*)?[,:]?\s+(?:ne\s+|that\s+)?(?P<said>.+)$",
                re.I,
            ),
            r"who said \g<said>",
        ),
        # whom someone met, and who met someone: "Ak kan la Blinken daje ci Pekin?", "Kan la Blinken gis?", "Kan moo
        # daje ak Blinken?"
        (
            re.compile(
                rf"^(?:(?:ak|with)\s+)?kan\s+la\s+(?P<who>{who})\s+{_WOLOF_MET}(?:\s+ak)?"
                r"(?P<where>\s+(?:in|at|after|during)\s+[^,?]+)?$",
                re.I,
            ),
            r"who did \g<who> meet\g<where>",
        ),
        (
            re.compile(rf"^kan\s+(?:moo|mo|a|{n}oo)\s+{_WOLOF_MET}\s+(?:ak\s+|with\s+)?(?P<whom>[^,?]+)$", re.I),
            r"who met \g<whom>",
        ),
        # "Kañ la Xi ak Blinken daje?", "Fan lañu daje?": when (where) did … meet
        (
            re.compile(
                rf"^(?P<asked>ka{n}|fan)\s+(?:la|lay)\s+(?P<who>[^,?]+?)\s+{_WOLOF_MET}"
                r"(?:\s+(?:ak|with)\s+(?P<whom>[^,?]+?))?(?P<where>\s+in\s+[^,?]+)?$"
                rf"|^(?P<asked2>ka{n}|fan)\s+(?:la{n}u|lanu)\s+{_WOLOF_MET}$",
                re.I,
            ),
            lambda match: (
                f"{_wolof_asked(match.group('asked') or match.group('asked2'))} did {match.group('who') or 'they'} meet"
                + (f" {match.group('whom')}" if match.group("whom") else "")
                + (match.group("where") or "")
            ),
        ),
        # "Fan la ndaje mi am?", "Kañ la ndaje mi xew?": where (when) did the meeting take place
        (
            re.compile(
                rf"^(?P<asked>ka{n}|fan)\s+(?:la|lay)\s+(?P<what>[^,?]+?)\s+(?:am|amee?|amoon|amewoon|xew|xewee?|xewoon"
                r"|nekk|nekkoon|dox|doxee?|doxoon|def|defee?|defoon)$"
                rf"|^(?P<thing>the\s+[^,?]+?)\s*,?\s+(?P<asked2>ka{n}|fan)\s+(?:la|lay)\s+(?:am|amee?|amoon|xew|xewoon|nekkoon"
                r"|doxoon)$",
                re.I,
            ),
            lambda match: (
                f"{_wolof_asked(match.group('asked') or match.group('asked2'))} did "
                f"{_with_the(match.group('what') or match.group('thing'))} take place"
            ),
        ),
        # "Ñaata waxtu la waxtaan yi yàgg?", "Ñaata diir la …": how many hours (how long) did the talks last
        (
            re.compile(
                rf"^{how_many}\s+(?P<unit>hours|minutes|time)\s+(?:la|lay|la{n}u)\s+(?P<what>[^,?]+?)\s+"
                r"(?:yagg|yaggoon|yagge|dox|doxoon|jel|jeloon|jeele)$"
                rf"|^(?P<thing>[^,?]+?)\s+(?:yagg|yaggoon|dox|doxoon|jel|jeloon)\s+(?:na\s+|na{n}u\s+)?{how_many}"
                r"(?:\s+(?P<unit2>hours|minutes|time))?$",
                re.I,
            ),
            lambda match: (
                ("how many hours" if "hours" in (match.group("unit") or match.group("unit2") or "") else "how long")
                + f" did {_with_the(match.group('what') or match.group('thing'))} last"
            ),
        ),
        # "Ñaata la Super Saver di jar?": how much does Super Saver cost
        (
            re.compile(
                rf"^{how_many}\s+(?:la|lay)\s+(?P<what>[^,?]+?)\s+(?:di\s+)?jar$"
                rf"|^(?P<thing>[^,?]+?)\s*,?\s+{how_many}\s+(?:la|lay)\s+(?:di\s+)?jar$"
                rf"|^(?:njeg|prix)(?:u|ou)?\s+(?P<of>[^,?]+?)\s+{how_many}\s+la$",
                re.I,
            ),
            lambda match: (
                "how much does "
                + _with_the_own_noun(match.group("what") or match.group("thing") or match.group("of"))
                + " cost"
            ),
        ),
        # "Ñaata principe la Xi joxe?", "Xi joxe na ñaata principe?": how many principles did Xi propose
        (
            re.compile(
                rf"^{how_many}\s+(?P<thing>\S+)\s+(?:la|la{n}u)\s+(?P<who>{who})\s+(?P<done>{_WOLOF_DONE_WORDS})$"
                rf"|^(?P<who2>{who})\s+(?P<done2>{_WOLOF_DONE_WORDS})\s+(?:na\s+)?{how_many}\s+(?P<thing2>\S+)$",
                re.I,
            ),
            lambda match: (
                f"how many {match.group('thing') or match.group('thing2')} did "
                f"{match.group('who') or match.group('who2')} "
                f"{_wolof_done(match.group('done') or match.group('done2'))}"
            ),
        ),
        # "Kan moo bind article bi?": who wrote the article
        (
            re.compile(rf"^kan\s+(?:moo|mo|a)\s+(?P<done>{_WOLOF_DONE_WORDS})\s+(?P<what>[^,?]+)$", re.I),
            lambda match: f"who {_past_tense(_wolof_done(match.group('done')))} {match.group('what')}",
        ),
        # "Ban sujets la US ak China am différences?": on which topics do the US and China have differences; "Ban
        # principes la Xi joxe?": which principles did Xi propose; "Ci ban bâtiment la ndaje mi am?": in which building
        # did the meeting take place
        (
            re.compile(
                r"^(?:ci\s+|in\s+)?ban\s+(?P<place>building|city)\s+la\s+(?P<what>the\s+[^,?]+?)\s+(?:am|amee|amoon|xew"
                r"|xewoon|nekkoon|dox|doxoon)$",
                re.I,
            ),
            r"in which \g<place> did \g<what> take place",
        ),
        (
            re.compile(
                r"^(?:ci\s+|in\s+)?ban\s+(?P<what>\S+)\s+la\s+(?P<who>[^,?]+?)\s+(?:am|amee|amoon)\s+(?P<thing>[^,?]+)$",
                re.I,
            ),
            r"on which \g<what> do \g<who> have \g<thing>",
        ),
        (
            re.compile(rf"^ban\s+(?P<thing>\S+)\s+la\s+(?P<who>{who})\s+(?P<done>{_WOLOF_DONE_WORDS})$", re.I),
            lambda match: f"which {match.group('thing')} did {match.group('who')} {_wolof_done(match.group('done'))}",
        ),
        # "Ban kurél la Wang Yi di liggéeyal?", "Ci ban kurél la …": which organisation does Wang Yi work for
        (
            re.compile(
                r"^(?:ci\s+|in\s+|pour\s+)?ban\s+(?P<employer>\w+)\s+la\s+(?P<who>[^,?]+?)\s+(?:di\s+)?"
                r"(?:liggeeyal|liggeey|ligeey|liggeeye|bokk|travaille)$",
                re.I,
            ),
            _wolof_employer,
        ),
        # "Ban liggéey la Wang Yi am?", "Lan mooy liggéeyu Wang Yi?": what is Wang Yi's title
        (
            re.compile(
                r"^(?:ban|lan|lu)\s+(?:liggeey|ligeey|ndawal|palaas|poste|fonction)\s+la\s+(?P<who>[^,?]+?)\s+(?:am|def|yor|yore|nekk)$"
                r"|^lan\s+mooy\s+(?:liggeeyu|poste\s+bu|ndawalu)\s+(?P<owner>[^,?]+)$",
                re.I,
            ),
            lambda match: f"what is {match.group('who') or match.group('owner')}'s title",
        ),
        # "Kan mooy Wang Yi?", "Kan la Wang Yi?", "Wang Yi kan la?": who is Wang Yi
        (
            re.compile(
                rf"^kan\s+(?:mooy|moy|mooy\s+di|la)\s+(?P<who>{name}|the\s+[^,?]+)$"
                r"|^(?P<who2>[^,?]+?)\s+kan\s+la(?P<rest>\s+in\s+[^,?]+)?$",
                re.I,
            ),
            lambda match: f"who is {match.group('who') or match.group('who2')}{match.group('rest') or ''}",
        ),
        # "Lu tax Blinken dem Pekin?": why did Blinken go to Beijing
        (
            re.compile(
                rf"^(?:lu\s+tax|lutax|lu\s+waral|ndax\s+lan|lan\s+moo\s+tax)\s+(?:la\s+)?(?P<who>{name})\s+"
                r"(?:dem|demoon|tukki|ganesi|agsi)\s+(?:in\s+|to\s+)?(?P<place>[^,?]+)$",
                re.I,
            ),
            r"why did \g<who> go to \g<place>",
        ),
        # "Lan moo xew ci ndaje mi?": what happened at the meeting
        (re.compile(r"^(?:lan|lu)\s+(?:moo\s+|mo\s+|a\s+)?xew(?:oon)?(?P<rest>.*)$", re.I), r"what happened\g<rest>"),
        # "Ndax tudd nañu Riisi?", "Ndax Riisi dañu ko tudd?", "Ndax wax nañu ci mbiru Riisi?": was Russia mentioned
        (
            re.compile(
                rf"^ndax\s+(?:(?:{n}u|nu|da{n}u|danu|the\s+article)\s+)?tudd(?:oon)?\s+(?:na(?:{n}u|nu)?\s+)?(?P<what>[^,?]+?)"
                r"(?:\s+in\s+the\s+article)?$"
                rf"|^ndax\s+(?P<thing>[^,?]+?)\s+(?:tuddu\s+na|da{n}u\s+ko\s+tudd|danu\s+ko\s+tudd|tuddu(?:woon)?\s+na)"
                r"(?:\s+in\s+the\s+article)?$"
                rf"|^ndax\s+(?:(?:{n}u|nu|da{n}u|danu)\s+)?wax\s+(?:na(?:{n}u|nu)?\s+)?about\s+(?P<about>[^,?]+?)"
                r"(?:\s+in\s+the\s+article)?$",
                re.I,
            ),
            lambda match: f"was {match.group('what') or match.group('thing') or match.group('about')} mentioned",
        ),
        # "Ndax Xi wax na ne …?": did Xi say that …; "Ndax Xi wax na dara ci mbiru Taiwan?": did Xi say anything about
        # Taiwan
        (
            re.compile(
                rf"^ndax\s+(?P<who>{who})\s+(?:(?:wax|waxoon)\s+na|dafa\s+wax|dafa\s+waxoon)\s+(?:anything\s+)?"
                r"(?P<about>about\s+[^,?]+)$",
                re.I,
            ),
            r"did \g<who> say anything \g<about>",
        ),
        (
            re.compile(
                rf"^ndax\s+(?P<who>{who})\s+(?:(?:wax|waxoon)\s+na|dafa\s+wax|dafa\s+waxoon)\s*,?\s+(?:ne|that)\s+(?P<said>.+)$",
                re.I,
            ),
            r"did \g<who> say that \g<said>",
        ),
        (
            re.compile(
                rf"^ndax\s+(?P<who>{who})\s+(?:{_WOLOF_MET}\s+na|dafa\s+{_WOLOF_MET})\s+(?:ak\s+)?(?P<whom>[^,?]+)$",
                re.I,
            ),
            r"did \g<who> meet \g<whom>",
        ),
        *_word_for_word(
            {
                "ak": "with",
                "ne": "that",
                "walla": "or",
                "waaye": "but",
                "rekk": "only",
                "lan|lu": "what",
                "kan": "who",
                f"ka{n}": "when",
                "fan": "where",
                how_many: "how many",
            }
        ),
        _the_the(),
        *_in_english_at_last(),
    )


# Wolof's own shapes ("lan la", "kan moo", "kañ la", "fan la", "ñaata", "ci mbiru", "daje", "ndaje", "waxtaan", "wax
# na"), none of them French's ("la", "qui", "quand"), Hausa's or Igbo's
_WOLOF_WORDS = _lazy_pattern(
    r"^\W*(?:(?:te|kon)\s+)?(?:lan|lu)\s+(?:la\s+|l[aà](?:ñ|gn|ny)u\s+)?(?-i:[A-Z])|\b(?:lan|lu)\s+l[aà](?:ñ|gn|ny)u\b"
    r"|,\s*(?:lan|lu|fan|ka(?:ñ|gn)|(?:ñ|gn|n)aata(?:\s+\w+)?)\s+la\s|^\W*(?:(?:ci|in)\s+)?ban\s+\S+\s+la\s"
    r"|^\W*(?:ak\s+)?kan\s+(?:moo|mo|mooy|moy|la|(?:ñ|gn)oo)\b|,\s*kan\s+(?:moo|mo)\s+wax\b|\bka(?:ñ|gn|ny)\s+la|^\W*fan\s+la(?:y|(?:ñ|gn)u)?\s"
    r"|\b(?:ñ|gn|ny|n)aata\b|^\W*Ñaata\b|\bmbir(?:u|um|i)\b|\bdaje(?:e|woon|oon)?\b|\bndaje\b|\bwaxtaan\w*"
    r"|\bwax(?:oon)?\s+na(?:(?:ñ|gn)u)?\b|^\W*ndax\s|\blu\s+(?:tax|waral)\b|\bjawri(?:ñ|gn|ny)\w*|\bnjiit\w*"
    r"|\btudd\w*|\by[aà]gg\w*|\blig(?:g)?[eé]e?y\w*|\bkur[eé]l\b|^\W*(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?\s+(?:nag|moom)\W*$",
    re.I,
)

"""Phrasebooks of Africa south of the Sahara: Swahili, Yoruba and isiZulu."""

from __future__ import annotations

import re
from functools import cache

from knowledge.phrasebooks.shapes import (
    _ANSWER_WORDS,
    _NAMED,
    _in_english_at_last,
    _lazy_pattern,
    _Shapes,
    _title_of_country,
    _us_foreign_minister,
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

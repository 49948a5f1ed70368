"""Hmong–Mien phrasebook: Hmong written in the Romanized Popular Alphabet, with English words."""

from __future__ import annotations

import re
from functools import cache

from knowledge.phrasebooks.shapes import (
    _according_to_last,
    _after_the_question,
    _in_english_at_last,
    _lazy_pattern,
    _past_tense,
    _Shapes,
    _the_the,
    _with_the,
    _with_the_own_noun,
    _word_for_word,
)

# How readers ask in Hmong, in the Romanized Popular Alphabet (each syllable a word, its tone a consonant after the
# vowel: "hais", say; "twg", which; "ntsib", meet), with English words: "Blinken hais li cas txog Taiwan?" (Blinken
# said how about Taiwan: what did Blinken say about Taiwan), "Leej twg hais tias …?" (who said that …), "Xi thiab
# Blinken ntsib thaum twg?" (when did Xi and Blinken meet), "Lub rooj sib tham nyob qhov twg?" (where was the meeting),
# "Kev sib tham siv pes tsawg teev?" (how many hours did the talks take), "Wang Yi yog leej twg?" (who is Wang Yi).
# Hmong puts its words in English's order and leaves the question word where the answer would stand ("li cas", how,
# and "dab tsi", what, after the verb; "leej twg", who; "thaum twg", when; "qhov twg", where; "pes tsawg", how many or
# how much), or opens the question on it; its verb does not change ("tau" before it marks it done, "lawm" after it
# finished), "puas" before the verb asks yes or no ("Xi puas tau hais tias …?": did Xi say that …), "tias" is "that",
# "txog" "about", "thiab" "and", "nrog" "with", "rau" "to", "hauv" "in", "tom qab" "after", and a counted or known
# thing has its classifier before it ("tus" for a person, "lub" for a meeting, "tsab" for an article, "kev" for an
# act: "lub rooj sib tham", the meeting; "kev sib tham", the talks), its owner before the classifier ("Suav tus
# thawj tswj hwm": China's president). Its "li" is a Chinese name: the book is read only when a shape of Hmong's own
# is there ("hais li cas", "leej twg", "thaum twg", "qhov twg", "pes tsawg", "ntsib", "rooj sib tham").
_HMONG_NAMES = {
    "(?-i:Suav)(?:\\s+(?-i:[Tt]eb(?:chaws)?))?|(?-i:Tuam\\s+Tshoj)": "China",
    "(?:(?-i:[Ll]ub\\s+)?(?-i:[Tt]eb\\s*chaws)\\s+)?(?-i:Asmeskas|Meskas|Amelikas)": "America",
    "(?-i:Lavxias|Lav\\s+Xias|Laj\\s+Xias)": "Russia", "(?-i:Taiv\\s+Waan|Thaiv\\s+Vaj)": "Taiwan",
    "(?-i:Pej\\s+Kees|Peb\\s+Kees|Peijing)": "Beijing", "(?-i:Nyiv\\s+Pooj|Nyij\\s+Pooj)": "Japan",
    "(?-i:Kas\\s+Lis\\s+Fos\\s+Nias)": "California",
}  # fmt: skip
# Its titles and nouns, with their classifiers and the words around them, put into English before its shapes are read
_HMONG_THINGS = {
    "raws\\s+li\\s+(?:tsab\\s+|daim\\s+)?(?:xov\\s+xwm|ntawv\\s+xov\\s+xwm)(?:\\s+no)?": "according to the article",
    "(?:nyob\\s+)?(?:hauv|rau\\s+hauv)\\s+(?:tsab\\s+|daim\\s+)?(?:xov\\s+xwm|ntawv\\s+xov\\s+xwm)\\s+no":
        "in this article",
    "(?:nyob\\s+)?(?:hauv|rau\\s+hauv)\\s+(?:tsab\\s+|daim\\s+)?(?:xov\\s+xwm|ntawv\\s+xov\\s+xwm)": "in the article",
    "(?:tsab|daim)\\s+(?:xov\\s+xwm|ntawv\\s+xov\\s+xwm|article)\\s+no": "this article",
    "(?:tsab\\s+|daim\\s+)?(?:ntawv\\s+)?xov\\s+xwm|tsab\\s+article": "the article",
    "(?:nom\\s+tswv\\s+)?(?:saib\\s+xyuas\\s+)?(?:kev\\s+)?txawv\\s+teb\\s*chaws": "foreign minister",
    "(?:tuav\\s+ntaub\\s+ntawv\\s+xeev|secretary\\s+of\\s+state)": "secretary of state",
    "thawj\\s+(?:pwm|fwm)\\s+tsav": "prime minister", "thawj\\s+tswj\\s+hwm": "president",
    "thawj\\s+coj": "leader", "(?:nom\\s+tswv|tub\\s+ceev\\s+xwm\\s+loj)": "official",
    "(?:neeg\\s+)?hais\\s+lus\\s+sawv\\s+cev|neeg\\s+sawv\\s+cev": "spokesperson",
    "(?:neeg\\s+)?sau\\s+xov\\s+xwm": "journalist",
    # the meeting and the talks, with the words before them that say when ("tom qab lub rooj sib tham": after it)
    "tom\\s+qab\\s+(?:lub\\s+)?rooj\\s+sib\\s+tham|tom\\s+qab\\s+(?:kev\\s+)?sib\\s+ntsib": "after the meeting",
    "ua\\s+ntej\\s+(?:lub\\s+)?rooj\\s+sib\\s+tham": "before the meeting",
    "thaum\\s+(?:lub\\s+)?rooj\\s+sib\\s+tham": "during the meeting",
    "(?:nyob\\s+)?(?:hauv|ntawm)\\s+(?:lub\\s+)?rooj\\s+sib\\s+tham": "at the meeting",
    "tom\\s+qab\\s+(?:kev\\s+)?sib\\s+tham": "after the talks",
    "(?:nyob\\s+)?hauv\\s+kev\\s+sib\\s+tham": "in the talks",
    "(?:lub\\s+)?rooj\\s+sib\\s+tham\\s+(?:loj|saum\\s+toj)|(?:lub\\s+)?rooj\\s+sab\\s+laj": "the summit",
    "(?:lub\\s+)?rooj\\s+sib\\s+tham|kev\\s+sib\\s+ntsib": "the meeting",
    "kev\\s+sib\\s+(?:tham|tham\\s+sib\\s+txuas\\s+lus|txuas\\s+lus|sab\\s+laj)": "the talks",
    "tib\\s+neeg\\s+(?:txoj|cov)\\s+cai|cov\\s+cai\\s+tib\\s+neeg": "human rights",
    "kev\\s+(?:ua\\s+)?lag\\s+luam": "trade", "kev\\s+sib\\s+raug\\s+zoo": "relations",
    "(?:cov\\s+|lub\\s+|txoj\\s+)?(?:hauv\\s+paus\\s+ntsiab\\s+lus|ntsiab\\s+cai|ntsiab\\s+lus\\s+tseem\\s+ceeb)":
        "principles",
    "(?:cov\\s+)?phooj\\s+ywg|(?:cov\\s+)?neeg\\s+koom\\s+tes": "partners",
    "(?:cov\\s+)?yeeb\\s+ncuab|(?:cov\\s+)?neeg\\s+sib\\s+tw": "rivals",
    "ob\\s+lub\\s+teb\\s*chaws": "the two countries", "(?:cov\\s+)?teb\\s*chaws": "countries",
    "teev|xuab\\s+moos": "hours", "feeb": "minutes", "sij\\s*hawm": "time", "(?:tus\\s+)?nqi": "the price",
    "lawv\\s+yuav\\s+tsum\\s+(?:yog|ua)": "they should be", "peb\\s+yuav\\s+tsum\\s+(?:yog|ua)": "we should be",
    "yuav\\s+tsum\\s+(?:yog|ua)": "should be", "yuav\\s+tsum": "should",
    "txhua|tag\\s+nrho": "all", "thov": "please", "qhia\\s+(?:rau\\s+)?kuv": "tell me", "muab\\s+rau\\s+kuv": "give me",
}  # fmt: skip
_HMONG_WHAT = r"(?:li\s+cas|dab\s+tsi|yam\s+dab\s+tsi)"
_HMONG_SAID = r"(?:(?:tau|twb)\s+)?(?:hais|qhia|hais\s+lus)"
_HMONG_MET = r"(?:(?:tau\s+)?(?:sib\s+)?ntsib)"
_HMONG_WHO = r"(?:leej\s*twg|tus\s+twg)"
# What was done, asked how many or whether ("muab": put forward; "tawm tswv yim": put out an idea, proposed)
_HMONG_DONE = {
    "muab tawm": "propose", "muab": "propose", "tawm tswv yim": "propose", "nthuav qhia": "propose",
    "tshaj tawm": "announce",
    "propose": "propose", "announce": "announce", "hais txog": "mention", "hais": "mention", "mention": "mention",
    "sau": "write",
}  # fmt: skip
_HMONG_DONE_WORDS = (
    r"(?:muab\s+tawm|muab|tawm\s+tswv\s+yim|nthuav\s+qhia|tshaj\s+tawm|propose|announce|hais\s+txog|hais|mention|sau)"
)
# What a Hmong reader asks someone works for ("koom haum": organisation; "tsoom fwv": government)
_HMONG_EMPLOYERS = {
    "koom": "organisation", "organi": "organisation", "tsoom": "government", "tuam": "company",
    "chaw": "ministry", "ntawv": "newspaper",
}  # fmt: skip
_HMONG_ASKED = {
    "thaum twg": "when", "hnub twg": "on which day", "qhov twg": "where", "qhov chaw twg": "where",
    "hauv qhov twg": "where", "nyob qhov twg": "where", "rau qhov twg": "where",
}  # fmt: skip
_HMONG_ASKING = r"(?:thaum|hnub|(?:nyob\s+|hauv\s+|rau\s+)?qhov(?:\s+chaw)?)\s+twg"
_HMONG_NAME = r"(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?"
_HMONG_DOER = rf"(?:{_HMONG_NAME}|(?:the\s+)?[\w' ]+?(?:minister|president|leader|state|spokesperson|official))"


# A few words of a clause said to be someone's words ("tseem nce ntxiv": still rising), and the numbers
_HMONG_CLAUSE = {
    "tseem": "still", "nce\\s+ntxiv|nce\\s+siab|nce": "increasing", "txo\\s+qis|txo": "decreasing",
    "zoo\\s+zuj\\s+zus|zoo\\s+tuaj": "improving", "ruaj\\s+khov\\s+tuaj": "stabilising", "hauv|nyob\\s+hauv": "in",
    "ntxiv": "more",
}  # fmt: skip
_HMONG_NUMBERS = {"ib": "one", "ob": "two", "peb": "three", "plaub": "four", "tsib": "five"}


def _hmong_clause(clause: str) -> str:
    """ "tseem nce ntxiv in the relationship": "is still increasing in the relationship" (a verb asked of its doer, who
    is the question's "what")."""
    for words, english in _HMONG_CLAUSE.items():
        clause = re.sub(rf"\b(?:{words})\b", english, clause, flags=re.I)
    return f"is {clause}" if re.match(r"(?:still|\w+ing)\b", clause) else clause


def _hmong_asked(asked: str) -> str:
    """ "thaum twg": when; "qhov twg": where; "hnub twg": on which day."""
    return _HMONG_ASKED[" ".join(asked.lower().split())]


def _hmong_said(match: re.Match[str]) -> str:
    """ "what did Blinken say about Taiwan", "… to Xi"; "lawv" (they, unnamed): what was said."""
    who, whom = match.group("who"), match.groupdict().get("whom") or match.groupdict().get("whom2")
    rest = match.groupdict().get("rest") or ""
    if who.lower() in ("lawv", "neeg", "luag", "lawv cov"):
        return f"what was said{rest}" if rest.strip().startswith("about") else f"what did they say{rest}"
    if re.fullmatch(r"(?:this|the)\s+article", who, re.I):
        return f"what does {who} say{rest}"
    return f"what did {who} say" + (f" to {whom}" if whom else "") + rest


def _hmong_done(done: str) -> str:
    """ "muab": "propose"; "sau": "write"."""
    return _HMONG_DONE.get(" ".join(done.lower().split()), done)


def _hmong_employer(match: re.Match[str]) -> str:
    """ "Wang Yi ua haujlwm rau lub koom haum twg?": which organisation does Wang Yi work for."""
    word = match.group("employer")
    employer = next((e for stem, e in _HMONG_EMPLOYERS.items() if word.lower().startswith(stem)), word)
    return f"which {employer} does {match.group('who')} work for"


@cache
def _hmong() -> _Shapes:
    name, doer = _HMONG_NAME, _HMONG_DOER
    rest = r"(?P<rest>\s+(?:about|in|at|after|before|during)\s+[^,?]+)?"
    return (
        _after_the_question(),
        (re.compile("[’`´‘]"), "'"),
        # "Ces …", "Thiab …" (so, and) before the question; "Ho Wang Yi ne?" (and Wang Yi?): what about Wang Yi
        (re.compile(r"^(?:ces|thiab|yog\s+li\s+ntawd|ho)\s*,?\s+(?=\S)", re.I), ""),
        (re.compile(rf"^(?P<who>{name})\s+(?:ne|no\s+ne)$"), r"what about \g<who>"),
        (re.compile(r"\s+(?:lawm|os|nawb|ntag)$", re.I), ""),  # a closing particle ("… lawm": done, "… os")
        *_word_for_word(_HMONG_NAMES),
        # "Suav tus thawj tswj hwm": China's president (the owner before the classifier)
        (
            re.compile(r"\b(?P<country>China|Russia|America|Japan)\s+(?:tus|lub|txoj|cov)\s+(?=\w)"),
            r"\g<country>'s ",
        ),
        *_word_for_word(_HMONG_THINGS),
        # a classifier before a noun typed in English ("lub meeting", "tus foreign minister"): the
        (
            re.compile(
                r"(?<!\btsawg )\b(?:tus|lub|tsab|txoj|cov|daim)\s+(?!twg\b)"
                r"(?=(?-i:[a-z])|(?:Chinese|American|Russian)\b)",
                re.I,
            ),
            "the ",
        ),
        # "Xi thiab Blinken": Xi and Blinken; "hauv Beijing": in Beijing; "ntawm Suav": of China; "txog": about
        (re.compile(r"(?P<a>\b(?-i:[A-Z])[\w-]*)\s+(?:thiab|nrog)\s+(?=(?-i:[A-Z]))"), r"\g<a> and "),
        (
            re.compile(
                r"\b(?:nyob\s+)?(?:rau\s+)?(?:hauv|ntawm)\s+(?!(?:China|Russia|America|Japan|the)\b)(?=(?-i:[A-Z]))"
            ),
            "in ",
        ),
        (re.compile(r"\bntawm\s+(?=China\b|Russia\b|America\b|Japan\b|the\s+US\b)"), "of "),
        (re.compile(r"\b(?:nyob\s+)?hauv\s+(?=the\b)", re.I), "in "),
        (
            re.compile(rf"^(?:tsis\s+yog|tsis\s+tsuas\s+yog)\s+(?P<who>{name})\s+xwb\s*,?\s+", re.I),
            r"apart from \g<who>, ",
        ),
        (re.compile(r"\btxog\s+(?=\S)(?!(?:li\s+cas|dab\s+tsi)\b)", re.I), "about "),
        (re.compile(r"\btom\s+qab\s+", re.I), "after "),
        (re.compile(r"\bua\s+ntej\s+", re.I), "before "),
        _according_to_last(),
        # "Xi puas tau hais tias …?": did Xi say that …; "Xi puas hais dab tsi about Taiwan?": did Xi say anything about
        # Taiwan; "Xi puas tau ntsib Biden?": did Xi meet Biden
        (
            re.compile(
                rf"^(?P<who>{doer})\s+puas\s+(?:tau\s+)?hais\s+(?:dab\s+tsi\s+|li\s+cas\s+|ib\s+yam\s+dab\s+tsi\s+|lus\s+)?"
                r"(?P<about>about\s+[^,?]+)$",
                re.I,
            ),
            r"did \g<who> say anything \g<about>",
        ),
        (
            re.compile(rf"^(?P<who>{doer})\s+puas\s+(?:tau\s+)?hais\s*,?\s+(?:tias|that)\s+(?P<said>.+)$", re.I),
            r"did \g<who> say that \g<said>",
        ),
        (
            re.compile(rf"^(?P<who>{doer})\s+puas\s+{_HMONG_MET}\s+(?:nrog\s+|with\s+)?(?P<whom>[^,?]+)$", re.I),
            r"did \g<who> meet \g<whom>",
        ),
        # "Wang Yi hais tias yam dab tsi tseem nce ntxiv …?" (Wang Yi said that what is still rising …): what did Wang
        # Yi say is still increasing …
        (
            re.compile(
                rf"^(?P<who>{doer})\s+(?:tau\s+)?hais\s+(?:tias|that)\s+(?:yam\s+|cov\s+)?dab\s+tsi\s+(?P<clause>.+)$",
                re.I,
            ),
            lambda match: f"what did {match.group('who')} say {_hmong_clause(match.group('clause'))}",
        ),
        # "Xi tau tshaj tawm peb lub principles, yog dab tsi xwb?" (Xi announced three principles, what are they?):
        # which three principles did Xi announce
        (
            re.compile(
                rf"^(?P<who>{doer})\s+(?:tau\s+)?(?P<done>{_HMONG_DONE_WORDS})\s+(?:(?P<count>{'|'.join(_HMONG_NUMBERS)})\s+)?"
                r"(?:lub\s+|tus\s+|yam\s+|txoj\s+|cov\s+|the\s+)?(?P<thing>[^,?]+?)\s*,?\s+(?:lawv\s+)?yog\s+(?:dab\s+tsi|li\s+cas)"
                r"(?:\s+xwb)?$",
                re.I,
            ),
            lambda match: (
                "which"
                + (f" {_HMONG_NUMBERS[match.group('count').lower()]}" if match.group("count") else "")
                + f" {match.group('thing')} did {match.group('who')} {_hmong_done(match.group('done'))}"
            ),
        ),
        # "(Tsis yog Xi xwb,) Blinken tau sib tham nrog leej twg (ntxiv)?": (apart from Xi,) who did Blinken talk with
        (
            re.compile(
                r"^(?P<apart>apart\s+from\s+[^,?]+,\s*)?(?P<who>[^,?]+?)\s+(?:tau\s+)?(?:sib\s+tham|tham|sib\s+tham\s+lus"
                rf"|hais\s+lus)\s+(?:nrog|with)\s+{_HMONG_WHO}(?:\s+ntxiv)?(?P<where>\s+(?:in|at|after|during)\s+[^,?]+)?$",
                re.I,
            ),
            r"\g<apart>who did \g<who> talk with\g<where>",
        ),
        # "Leej twg hais tias …?", "Leej twg yog tus hais …?": who said …
        (
            re.compile(
                rf"^{_HMONG_WHO}\s+(?:yog\s+(?:tus|the)\s+)?{_HMONG_SAID}\s*(?:(?:hais\s+)?tias|that)?\s*[,:]?\s+(?!about\b)(?P<said>.+)$",
                re.I,
            ),
            r"who said \g<said>",
        ),
        # "Dab tsi tau hais about Taiwan?", "Muaj dab tsi hais about …": what was said about Taiwan
        (
            re.compile(
                rf"^(?:muaj\s+)?(?:{_HMONG_WHAT}|hais\s+li\s+cas)\s+(?:uas\s+)?(?:(?:tau|raug)\s+)?(?:hais\s+)?"
                r"(?P<about>about\s+[^,?]+?)(?:\s+in\s+the\s+article)?$",
                re.I,
            ),
            r"what was said \g<about>",
        ),
        # "Blinken hais li cas about Taiwan?", "Wang Yi hais dab tsi rau Blinken?", "Dab tsi uas Blinken hais …": what
        # did Blinken say (about, to)
        (
            re.compile(
                rf"^(?P<who>[^,?]+?)\s+{_HMONG_SAID}\s+(?:rau\s+(?P<whom>{name})\s+)?{_HMONG_WHAT}"
                rf"(?:\s+rau\s+(?P<whom2>{name}))?{rest}$",
                re.I,
            ),
            _hmong_said,
        ),
        (
            re.compile(
                rf"^{_HMONG_WHAT}\s+(?:uas\s+)?(?P<who>[^,?]+?)\s+{_HMONG_SAID}(?:\s+rau\s+(?P<whom>{name}))?{rest}$",
                re.I,
            ),
            _hmong_said,
        ),
        # whom someone met, and who met someone: "Blinken tau ntsib leej twg hauv Beijing?", "Leej twg ntsib Blinken?"
        (
            re.compile(
                rf"^(?P<apart>apart\s+from\s+[^,?]+,\s*)?(?P<who>[^,?]+?)\s+{_HMONG_MET}\s+(?:nrog\s+|with\s+)?{_HMONG_WHO}"
                r"(?:\s+ntxiv)?(?P<where>\s+(?:in|at|after|during)\s+[^,?]+)?$",
                re.I,
            ),
            r"\g<apart>who did \g<who> meet\g<where>",
        ),
        (
            re.compile(rf"^{_HMONG_WHO}\s+{_HMONG_MET}\s+(?:nrog\s+|with\s+)?(?P<whom>[^,?]+)$", re.I),
            r"who met \g<whom>",
        ),
        # "Thaum twg Xi and Blinken ntsib?", "Xi and Blinken ntsib thaum twg?": when (where) did … meet
        (
            re.compile(
                rf"^(?P<asked>{_HMONG_ASKING})\s+(?:uas\s+)?(?P<who>[^,?]+?)\s+{_HMONG_MET}"
                r"(?:\s+(?:nrog\s+|with\s+)?(?P<whom>[^,?]+?))?$"
                rf"|^(?P<who2>[^,?]+?)\s+{_HMONG_MET}(?:\s+(?:nrog\s+|with\s+)?(?P<whom2>(?-i:[A-Z])[^,?]*?))?\s+"
                rf"(?P<asked2>{_HMONG_ASKING})$",
                re.I,
            ),
            lambda match: (
                f"{_hmong_asked(match.group('asked') or match.group('asked2'))} did "
                f"{match.group('who') or match.group('who2')} meet"
                + (
                    f" {match.group('whom') or match.group('whom2')}"
                    if match.group("whom") or match.group("whom2")
                    else ""
                )
            ),
        ),
        # "The meeting nyob qhov twg?", "… tau muaj thaum twg?": where (when) did the meeting take place
        (
            re.compile(
                r"^(?P<what>the\s+[^,?]+?)\s+(?:(?:tau|yuav)\s+)?(?:muaj\s+|ua\s+|tshwm\s+sim\s+|tuav\s+|nyob\s+|yog\s+)?"
                rf"(?P<asked>{_HMONG_ASKING})$"
                rf"|^(?P<asked2>{_HMONG_ASKING})\s+(?:yog\s+(?:qhov\s+chaw\s+)?)?(?:uas\s+)?(?P<thing>the\s+[^,?]+?)"
                r"(?:\s+(?:tau\s+)?(?:muaj|ua|tshwm\s+sim|nyob))?$",
                re.I,
            ),
            lambda match: (
                f"{_hmong_asked(match.group('asked') or match.group('asked2'))} did "
                f"{match.group('what') or match.group('thing')} take place"
            ),
        ),
        # "Kev sib tham siv sij hawm ntev npaum li cas?", "… siv pes tsawg teev?": how long (how many hours) did the
        # talks last
        (
            re.compile(
                r"^(?P<what>[^,?]+?)\s+(?:tau\s+)?(?:siv\s+time\s+|siv\s+|kav\s+|ua\s+|mus\s+)?"
                r"(?:ntev\s+(?:npaum\s+)?li\s+cas|ntev\s+pes\s+tsawg|pes\s+tsawg\s+(?P<unit>hours|minutes|time))$"
                r"|^pes\s+tsawg\s+(?P<unit2>hours|minutes)\s+(?:uas\s+)?(?P<thing>[^,?]+?)\s+(?:tau\s+)?(?:kav|siv|ua|mus)$",
                re.I,
            ),
            lambda match: (
                ("how many hours" if "hours" in (match.group("unit") or match.group("unit2") or "") else "how long")
                + f" did {_with_the(match.group('what') or match.group('thing'))} last"
            ),
        ),
        # "Super Saver raug nqi pes tsawg?": how much does Super Saver cost
        (
            re.compile(
                r"^(?P<what>[^,?]+?)\s+(?:raug\s+(?:the\s+)?price|(?:the\s+)?price\s+yog|yog|muaj\s+(?:the\s+)?price)\s+"
                r"pes\s+tsawg(?:\s+nyiaj)?$"
                r"|^(?:the\s+)?price\s+(?:ntawm\s+|of\s+)?(?P<of>[^,?]+?)\s+yog\s+pes\s+tsawg(?:\s+nyiaj)?$",
                re.I,
            ),
            lambda match: f"how much does {_with_the_own_noun(match.group('what') or match.group('of'))} cost",
        ),
        # "Xi tau muab pes tsawg principles?", "Pes tsawg principles uas Xi propose?": how many principles did Xi
        # propose
        (
            re.compile(
                rf"^(?P<who>{doer})\s+(?:tau\s+)?(?P<done>{_HMONG_DONE_WORDS})\s+(?:tau\s+)?pes\s+tsawg\s+"
                r"(?:lub\s+|tus\s+|yam\s+|txoj\s+|cov\s+|the\s+)?(?P<thing>[^,?]+)$"
                rf"|^pes\s+tsawg\s+(?:lub\s+|tus\s+|yam\s+|txoj\s+|cov\s+)?(?P<thing2>\S+)\s+(?:uas\s+)?(?P<who2>{doer})\s+"
                rf"(?:tau\s+)?(?P<done2>{_HMONG_DONE_WORDS})$",
                re.I,
            ),
            lambda match: (
                f"how many {match.group('thing') or match.group('thing2')} did "
                f"{match.group('who') or match.group('who2')} "
                f"{_hmong_done(match.group('done') or match.group('done2'))}"
            ),
        ),
        # "Leej twg sau the article?": who wrote the article
        (
            re.compile(
                rf"^{_HMONG_WHO}\s+(?:yog\s+(?:tus|the)\s+)?(?:tau\s+)?(?P<done>sau|muab|tawm\s+tswv\s+yim)\s+(?P<what>[^,?]+)$",
                re.I,
            ),
            lambda match: f"who {_past_tense(_hmong_done(match.group('done')))} {match.group('what')}",
        ),
        # "Wang Yi ua haujlwm rau lub koom haum twg?": which organisation does Wang Yi work for
        (
            re.compile(
                r"^(?P<who>[^,?]+?)\s+ua\s+hauj\s*lwm\s+(?:rau|nrog|in|for|nyob\s+hauv|hauv)\s+(?:the\s+|lub\s+)?"
                r"(?P<employer>koom\s+haum|tsoom\s*fwv|tuam\s+txhab|chaw\s+hauj\s*lwm|ntawv\s+xov\s+xwm|\w+)\s+twg$",
                re.I,
            ),
            _hmong_employer,
        ),
        # "Wang Yi txoj haujlwm yog dab tsi?", "Wang Yi ua haujlwm dab tsi?": what is Wang Yi's title
        (
            re.compile(
                r"^(?:the\s+)?(?P<who>[^,?]+?)(?:'s|\s+the)?\s+(?:hauj\s*lwm|txoj\s+hauj\s*lwm|title)\s+yog\s+(?:dab\s+tsi|li\s+cas)$"
                r"|^(?P<who2>[^,?]+?)\s+(?:ua\s+hauj\s*lwm|tuav\s+(?:the\s+|txoj\s+)?(?:hauj\s*lwm|chaw|title))\s+dab\s+tsi$",
                re.I,
            ),
            lambda match: f"what is {match.group('who') or match.group('who2')}'s title",
        ),
        # "Wang Yi yog leej twg?", "Leej twg yog Wang Yi?": who is Wang Yi
        (
            re.compile(
                rf"^(?P<who>[^,?]+?)\s+yog\s+{_HMONG_WHO}(?P<rest>\s+in\s+[^,?]+)?$|^{_HMONG_WHO}\s+yog\s+(?P<who2>[^,?]+)$",
                re.I,
            ),
            lambda match: f"who is {match.group('who') or match.group('who2')}{match.group('rest') or ''}",
        ),
        # "Vim li cas Blinken mus Beijing?": why did Blinken go to Beijing
        (
            re.compile(
                rf"^(?:yog\s+)?(?:vim\s+li\s+cas|vim\s+dab\s+tsi|ua\s+cas)\s+(?:thiaj\s+)?(?P<who>{name})\s+(?:thiaj\s+)?"
                r"(?:tau\s+)?(?:mus|tuaj|mus\s+xyuas)\s+(?:rau\s+|to\s+|in\s+)?(?P<place>[^,?]+)$",
                re.I,
            ),
            r"why did \g<who> go to \g<place>",
        ),
        # "Dab tsi tau tshwm sim at the meeting?": what happened at the meeting
        (re.compile(rf"^{_HMONG_WHAT}\s+(?:tau\s+)?tshwm\s+sim(?P<rest>.*)$", re.I), r"what happened\g<rest>"),
        # "Puas muaj hais about Lavxias?", "The article puas hais about …?", "Lavxias puas raug hais?": was Russia
        # mentioned
        (
            re.compile(
                r"^(?:(?:the|this)\s+article\s+)?puas\s+(?:muaj\s+|tau\s+)?(?:neeg\s+)?(?:hais\s+)?about\s+(?P<what>[^,?]+?)"
                r"(?:\s+in\s+the\s+article)?$"
                r"|^(?P<thing>[^,?]+?)\s+puas\s+(?:tau\s+)?(?:raug\s+)?(?:hais|mention)(?:\s+about)?(?:\s+in\s+the\s+article)?$"
                r"|^(?:in\s+the\s+article\s+)?puas\s+muaj\s+(?P<named>[^,?]+?)\s+in\s+the\s+article$",
                re.I,
            ),
            lambda match: f"was {match.group('what') or match.group('thing') or match.group('named')} mentioned",
        ),
        *_word_for_word(
            {
                "thiab": "and",
                "nrog": "with",
                "tias": "that",
                "los\\s+yog": "or",
                "tab\\s+sis": "but",
                "thiab\\s+yog": "also",
                "leej\\s*twg": "who",
                "thaum\\s+twg": "when",
                "qhov\\s+twg": "where",
                "pes\\s+tsawg": "how many",
            }
        ),
        _the_the(),
        *_in_english_at_last(),
    )


# Hmong's own shapes ("hais li cas", "leej twg", "thaum twg", "qhov twg", "pes tsawg", "ntsib", "rooj sib tham"), none
# of them another language's
_HMONG_WORDS = _lazy_pattern(
    r"\bhais\s+(?:li\s+cas|dab\s+tsi|tias|txog|rau)\b|\bleej\s*twg\b|\b(?:thaum|hnub|qhov)\s+twg\b|\bpes\s+tsawg\b"
    r"|\b(?:sib\s+)?ntsib\b|\b(?:rooj|kev)\s+sib\s+(?:tham|ntsib)\b|\bvim\s+li\s+cas\b|\bpuas\s+(?:tau|muaj|raug|hais)\b"
    r"|\btsab\s+xov\s+xwm\b|\bntev\s+(?:npaum\s+)?li\s+cas\b|\bhauj\s*lwm\b|\btshwm\s+sim\b|\bdab\s+tsi\b"
    r"|\btshaj\s+tawm\b|^\W*tsis\s+(?:tsuas\s+)?yog\s+\S.*\bxwb\b"
    r"|^\W*(?:ho\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?\s+ne\W*$",
    re.I,
)

"""Austronesian phrasebooks beyond the Pacific: Malagasy, the kin of Bisaya, Tagalog and te reo Māori (pacific.py)
across the Indian Ocean."""

from __future__ import annotations

import re
from functools import cache

from knowledge.phrasebooks.shapes import (
    _ANSWER_WORDS,
    _according_to_last,
    _after_the_question,
    _in_english_at_last,
    _lazy_pattern,
    _plain_letters,
    _Shapes,
    _the_the,
    _title_asked,
    _what_it_costs,
    _with_the,
    _word_for_word,
)

# How readers ask in Malagasy, with English words: "Inona no nolazain'i Blinken?" (what did Blinken say), "Oviana no
# nihaona i Xi sy Blinken?" (when did Xi and Blinken meet), "Taiza no nitranga ny fihaonana?" (where did the meeting
# take place), "Iza no niteny hoe '…'?" (who said '…'). It opens on its question word and "no", which puts it in
# focus, puts its verb next and the one who did it last ("Oviana no nihaona i Xi": when met Xi); "i" stands before a
# person's name, "ny" before a noun (the), "sy" between two (and). Asked what someone said, its verb is done to the
# thing asked about and the one who did it is glued on after an apostrophe: "nolazain'i Blinken" (said by Blinken),
# "natolotr'i Xi" (proposed by Xi), "nolazain'ny minisitra" (said by the minister); its small words say what English
# puts before a noun: "momba an'i Taiwan" (about Taiwan), "tamin'i Blinken" (to, with Blinken), "tany Beijing" (in
# Beijing), "taorian'ny fihaonana" (after the meeting). Its "no", "ny", "i", "sy" and "ve" (a yes-or-no question's
# mark) are English's and texting's words too, and its "hoe" (quoting) an English one: the book is read before
# texting's shorthand is spelled out, only when a word of Malagasy's own is there ("inona", "oviana", "taiza",
# "nolazain'i", "nihaona", "fihaonana", "lahatsoratra"). A noun's owner is glued on it as the one who did a thing is on
# a verb ("filohan'i Shina": the president of China; "fanohanan'i Shina an'i Rosia": China's support for Russia), and
# "ilay" (that, the) as "ny" is ("nolazain'ilay diplomaty": said by the diplomat); "Tamin'ny andro inona …" (on the day
# which) asks on which day, "Voaresaka ve …?" (talked about?) whether a thing was discussed, and "mba" (so that) opens
# what is to be done ("mba hijeren'izy ireo …": so that they view …).
_MALAGASY_MARKED = (("a", "àâä"), ("o", "ôö"), ("e", "èéêë"), ("i", "ìîï"), ("n", "ñ"), ("u", "ùû"))
_MALAGASY_NAMES = {
    "(?-i:Etazonia|Etats-Unis|Etats\\s+Unis)": "the US", "(?-i:Amerikana|Amerikanina)": "American",
    "(?-i:Amerika)": "America", "(?-i:Sinoa)": "Chinese", "(?-i:Sina|Shina|Chine)": "China",
    "(?-i:Rosiana)": "Russian", "(?-i:Rosia|Rosy)": "Russia", "(?-i:Taioana|Taiwan)": "Taiwan",
    "(?-i:Pekin|Peking|Beijing)": "Beijing", "(?-i:Kalifornia)": "California", "(?-i:Soisa)": "Switzerland",
    "(?-i:Japana|Japon)": "Japan", "(?-i:Eoropa)": "Europe", "(?-i:Okraina|Ukraina|Ukraine)": "Ukraine",
    "(?-i:Madagasikara)": "Madagascar", "(?-i:Frantsa)": "France",
    "ranomasin['’]?\\s*i\\s+(?:Sina|Shina)\\s+atsimo|ranomasina\\s+(?:Sinoa|Sina)\\s+atsimo": "the South China Sea",
    "efitrano\\s+lehiben['’]?\\s*ny\\s+vahoaka": "the Great Hall of the People",
}  # fmt: skip
# Its titles, nouns and phrases, with their "ny" (the), put into English before its shapes are read
_MALAGASY_THINGS = {
    "araka\\s+ny\\s+(?:voalazan['’]?\\s*ny\\s+)?(?:lahatsoratra|vaovao)|raha\\s+ny\\s+lahatsoratra":
        "according to the article",
    "(?:ny\\s+)?minisitr[ay]\\s+(?:ny\\s+|misahana\\s+ny\\s+)?raharaham-bahiny"
    "|(?:ny\\s+)?minisitr[ay]\\s+(?:ny\\s+)?raharaha\\s+vahiny": "the foreign minister",
    "(?:ny\\s+)?sekretera(?:m-panjakana|n['’]?\\s*ny\\s+fanjakana|\\s+fanjakana)": "the secretary of state",
    "(?:ny\\s+)?praiminisitra|(?:ny\\s+)?praiministra": "the prime minister",
    "(?:ny\\s+)?minisitr[ay]": "the minister",
    "ireo\\s+filoha|ny\\s+filohany|ny\\s+filoha\\s+roa(?:\\s+tonta)?|ny\\s+filoham-pireneny": "the presidents",
    "(?:ny\\s+)?filoham-pirenena|(?:ny\\s+)?filoha|filohan(?=['’])": "the president",
    "(?:ny\\s+)?mpitondra\\s+teny": "the spokesperson",
    "(?:ny\\s+)?(?:mpitarika|mpitondra)": "the leader",
    "(?:ny\\s+)?(?:tompon['’]?\\s*andraikitra|manampahefana|mpiasam-panjakana)": "the official",
    "(?:ny\\s+)?mpanao\\s+gazety": "the journalist", "(?:ny\\s+)?(?:diplaomaty|diplomaty)": "the diplomat",
    "(?:ny\\s+)?mpanoratra(?=\\s+ny\\s+lahatsoratra|$)": "the author",
    "taorian['’]?\\s*ny\\s+(?:fihaonana|fivoriana)": "after the meeting",
    "(?:talohan|alohan)['’]?\\s*ny\\s+(?:fihaonana|fivoriana)": "before the meeting",
    "nandritra\\s+ny\\s+(?:fihaonana|fivoriana)": "during the meeting",
    "(?:tamin|tao\\s+amin)['’]?\\s*ny\\s+(?:fihaonana|fivoriana)": "at the meeting",
    "taorian['’]?\\s*ny\\s+(?:fifampiresahana|dinika|resaka|fifanakalozan-kevitra)": "after the talks",
    "(?:tamin|tao\\s+amin)['’]?\\s*ny\\s+fiandohan['’]?\\s*ny\\s+(?:fifampiresahana|dinika|resaka)":
        "at the start of the talks",
    "nandritra\\s+ny\\s+(?:fifampiresahana|dinika|resaka)|(?:tamin|tao\\s+amin)['’]?\\s*ny\\s+(?:fifampiresahana|dinika)":
        "in the talks",
    "(?:ny\\s+)?fihaonana\\s+(?:ambony|an-tampony)": "the summit",
    "(?:ny\\s+|ilay\\s+)?(?:fihaonana|fivoriana)": "the meeting",
    "(?:ny\\s+|ilay\\s+)?(?:fifampiresahana|dinika|resaka|fifanakalozan-kevitra)": "the talks",
    "(?:ny\\s+)?fitsidihana": "the visit",
    "ity\\s+(?:lahatsoratra|vaovao)(?:\\s+ity)?|io\\s+(?:lahatsoratra|vaovao)(?:\\s+io)?": "this article",
    "(?:t?ao\\s+amin['’]?\\s*ny|t?ao\\s+anaty)\\s+lahatsoratra": "in the article",
    "(?:ny\\s+|ilay\\s+)?(?:lahatsoratra|vaovao)": "the article",
    "(?:ny\\s+)?zon['’]?\\s*(?:ny\\s+)?olombelona": "human rights", "(?:ny\\s+)?varotra": "trade", "ora": "hours",
    "(?:fitsipika|foto-kevitra)\\s+fototra": "fundamental principles",
    "fitsipika|foto-kevitra|fotokevitra|fitsipi-pototra": "principles",
    "(?:ny\\s+|ireo\\s+)?firenena\\s+roa(?:\\s+tonta)?": "the two countries", "firenena": "countries",
    "(?:ny\\s+)?(?:famandrihana|fisoratana\\s+anarana|abonnement|abonema)": "the subscription",
    "mpiara-miombon['’]?\\s*antoka|mpiara-miasa|mpiray\\s+antoka|mpiara-dia": "partners",
    "mpifaninana|mpifanandrina|fahavalo": "rivals",
    "ny\\s+fifandraisana(?=\\s+(?:eo\\s+amin|between)|$)": "the relationship", "(?:ny\\s+)?fifandraisana": "relations",
    "(?:ny\\s+)?(?:fahasamihafana|tsy\\s+fitovian-kevitra)": "differences",
    "(?:ny\\s+)?(?:fandrosoana|fivoarana)|fandrosoan(?=['’])|fivoaran(?=['’])": "progress",
    "(?:ny\\s+)?fanohanana|fanohanan(?=['’])": "support", "(?:ny\\s+)?fanantenana|fanantenan(?=['’])": "hope",
    "(?:ny\\s+)?tsy\\s+fifankahazoan-kevitra": "misunderstandings",
    "(?:ny\\s+)?gazety": "the newspaper",
    "manomboka\\s+(?:milamina|mitony|miorina|mihamilamina|marin-toerana)": "is beginning to stabilise",
    "hilamina|hitony": "will stabilise", "(?:ny\\s+)?anton-javatra\\s+ratsy": "the negative factors",
    "mbola\\s+mitombo": "are still increasing",
}  # fmt: skip
# Its verbs done to the thing asked about, the one who did it glued on after ("nolazain'i Xi": said by Xi), and the
# English verb
_MALAGASY_DONE_BY = {
    "nolazain|notenenin|nambaran|voalazan|nilazan|nanambaran": "say",
    "natolotr|naroson|nasehon|naroso": "propose", "nosoratan|nanoratan": "write", "nihaonan": "meet",
    "niresahan|nifanakalozan-kevitr|nodinihin": "discuss", "nifanarahan": "agree", "nampitandreman": "warn about",
    "nangatahin": "ask for", "nanontanian": "ask", "nampanantenain|nampanantenan": "promise",
    "notadiavin|nirin|tian|tadiavin": "want", "notsidihin|nitsidihan": "visit", "nambara": "announce",
}  # fmt: skip
# Its verbs of what someone did, asked who did it or whether they did ("Iza no nitsidika …": who visited …)
_MALAGASY_DID = {
    "niresaka|nifampiresaka|niresadresaka|nifanakalo\\s+hevitra": "talked", "nitsidika": "visited",
    "nandeha|nankany|tonga": "went", "nifanaraka": "agreed", "nampitandrina": "warned", "nanontany": "asked",
    "nangataka": "asked for", "nampanantena": "promised",
}  # fmt: skip
_MALAGASY_DID_PRESENT = {
    "talked": "talk", "visited": "visit", "went": "go", "agreed": "agree", "warned": "warn", "asked": "ask",
    "asked for": "ask for", "promised": "promise",
}  # fmt: skip
# Its verbs of what is to be done, after "mba" (so that), active ("hijery": to view) and done to a thing by one glued
# on after ("hijeren'izy ireo": to be viewed by them)
_MALAGASY_FUTURE = {
    "hijery|hijeren": "view", "hanohana|hanohanan": "support", "hanampy|hanampian": "help",
    "hiresaka|hiresahan|hidinika|hodinihin": "discuss", "hihaona|hihaonan": "meet",
    "hahatakatra|hahatakaran": "understand", "hisoroka|hisorohan": "avoid",
}  # fmt: skip
_MALAGASY_SAID = r"(?:nilaza|niteny|nanambara|nanamafy|nanantitrantitra|nanazava|nanipika)"
_MALAGASY_MET = r"(?:nihaona|nifankahita|nifanena)"
_MALAGASY_HELD = r"(?:nitranga|natao|nanaovana|notanterahina|nisy|nanatanterahana|nanaovana)"
_MALAGASY_ASKED = {"oviana": "when", "rahoviana": "when", "taiza": "where", "aiza": "where", "tany\\s+aiza": "where"}
_MALAGASY_ASKING = r"(?P<asked>oviana|rahoviana|taiza|tany\s+aiza|aiza)"
_MALAGASY_NUMBERS = {"iray|iraika": "one", "roa": "two", "telo": "three", "efatra": "four", "dimy": "five"}
_MALAGASY_WHICH = {
    "tanana": "in which city", "andro": "on which day", "firenena|countries": "in which country",
    "volana": "in which month", "taona": "in which year", "trano": "in which building",
}  # fmt: skip
_MALAGASY_ENGLISH = {
    "sy|ary": "and", "na": "or", "(?-i:tsy)": "not", "ihany\\s+koa|koa": "also", "izy\\s+ireo|izy\\s+roa(?:\\s+tonta)?":
        "they", "izy": "he", "ve|moa|angaha": "", "mbola": "still",
}  # fmt: skip
_MALAGASY_NATIONALITY = {"sinoa": "Chinese", "amerikana": "American", "amerikanina": "American", "rosiana": "Russian"}
_NAME = r"(?:(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?|the\s+US)"


def _malagasy_by(match: re.Match[str]) -> str:
    """ "nolazain'i Xi": Xi (who did it); "nolazain'ny minisitra": the minister."""
    who = match.group("who")
    return who if (match.group("art") or "").lower() == "i" else _with_the(who)


def _malagasy_done(done: str) -> str:
    """ "natolotr": "propose"; "nampitandreman": "warn about"."""
    return next(english for verbs, english in _MALAGASY_DONE_BY.items() if re.fullmatch(verbs, done, re.I))


def _malagasy_did(did: str) -> str:
    """ "nitsidika": "visited"; "nankany": "went"."""
    return next(english for verbs, english in _MALAGASY_DID.items() if re.fullmatch(verbs, did, re.I))


def _malagasy_number(number: str) -> str:
    """ "telo": "three"."""
    return next(english for words, english in _MALAGASY_NUMBERS.items() if re.fullmatch(words, number, re.I))


def _malagasy_asked(asked: str) -> str:
    """ "oviana": "when"; "taiza": "where"."""
    return next(english for words, english in _MALAGASY_ASKED.items() if re.fullmatch(words, asked, re.I))


def _malagasy_so_that(match: re.Match[str]) -> str:
    """ "so that they view " (its verb done by one glued on), "to view " (its verb alone)."""
    verb = next(e for v, e in _MALAGASY_FUTURE.items() if re.fullmatch(v, match.group("verb"), re.I))
    agent = match.group("agent")
    if not agent:
        return f"to {verb} "
    who = (
        "they"
        if agent.lower().startswith("izy ireo")
        else "he"
        if agent.lower() == "izy"
        else agent.split(maxsplit=1)[1]
    )
    return f"so that {who} {verb} "


def _malagasy_what_done(match: re.Match[str]) -> str:
    """ "what did Xi say about Taiwan", "what did Blinken warn about", "what did Xi propose to Blinken"."""
    done = _malagasy_done(match.group("done"))
    who = _malagasy_by(match)
    tail = match.group("tail") or ""
    if done == "discuss" and " and " not in who and tail.startswith(" to "):
        tail = f" with{tail[3:]}"
    if done == "agree" and not tail:
        tail = " on"
    if done == "ask for" and tail.startswith(" to "):  # "nangatahin'i Xi tamin'i Biden": what did Xi ask Biden
        done, tail = "ask", tail[3:]
    return f"what did {who} {done}{tail}{match.group('rest') or ''}"


@cache
def _malagasy() -> _Shapes:
    done_by = "|".join(_MALAGASY_DONE_BY)
    did = "|".join(_MALAGASY_DID)
    numbers = "|".join(_MALAGASY_NUMBERS)
    which = "|".join(_MALAGASY_WHICH)
    future = "|".join(_MALAGASY_FUTURE)
    # "tany amin'ny", "tamin'ny" (at the, on the) before the noun "inona" (which) asks of
    in_which = r"(?:(?:tany|tao|tamin)\s+(?:amin'?\s*ny\s+)?|(?:tamin|tany\s+amin|tao\s+amin)'?\s*ny\s+)?"
    occasion = r"(?:in\s+the\s+article|at\s+the\s+meeting|in\s+the\s+talks)"  # where something was discussed
    # the one who did it, glued on its verb ("nolazain'i Xi"; "nolazain'ny minisitra", its noun put into English)
    by = r"['’]?\s*(?:(?P<art>i|ny)\s+)?(?P<who>(?!(?:i|ny)\b)[^,?]+?)"
    tail = r"(?P<tail>(?:\s+(?:about|to|with|after|before|during|at|in|on)\s+[^,?]+)?)"
    return (
        _after_the_question(),
        *_plain_letters(_MALAGASY_MARKED),
        (re.compile("[’`´‘]"), "'"),
        (re.compile(r"(?<=[a-z])'\s+(?=(?:i|ny|ilay)\b)", re.I), "'"),  # "nolazain' i Blinken"
        (re.compile(r"(?<=[a-z]')ilay\b", re.I), "ny"),  # "nolazain'ilay diplomaty" (said by that diplomat): the
        (re.compile(r"(?<=\S)\s+(?:ve|moa|angaha)(?=\s|$)", re.I), ""),  # a yes-or-no question's mark
        # "Ary i Wang Yi?" (and Wang Yi?): what about Wang Yi
        (re.compile(rf"^(?i:ary)\s+(?:(?i:i)\s+)?(?P<who>{_NAME})$"), r"what about \g<who>"),
        (re.compile(r"^(?:ary|fa)\s+(?=(?:inona|iza|oviana|taiza|aiza|firy|nahoana|maninona|ahoana)\b)", re.I), ""),
        *_word_for_word(_MALAGASY_NAMES),
        *_word_for_word(_MALAGASY_THINGS),
        _according_to_last(),
        # a noun's owner glued on its noun ("filohan'i Shina": the president of China; "fanohanan'i Shina": China's
        # support), and the one it is done to after it ("fanohanana an'i Rosia": support for Russia)
        (
            re.compile(
                rf"\b(?:ny\s+)?(?P<noun>the\s+(?:president|foreign\s+minister|prime\s+minister|minister|leader"
                rf"|spokesperson)|support|progress|hope)'(?:i\s+)?(?P<owner>{_NAME})"
            ),
            lambda match: (
                f"{match.group('noun')} of {match.group('owner')}"
                if match.group("noun").startswith("the ")
                else f"{match.group('owner')}'s {match.group('noun')}"
            ),
        ),
        (re.compile(r"\bsupport\s+an'?\s*i\s+(?=(?-i:[A-Z])|the\s+US\b)"), "support for "),
        # "mba hijeren'izy ireo …" (so that be-seen-by them …): so that they view …; "mba hijery …": to view …
        (
            re.compile(
                rf"\bmba\s+(?P<verb>{future})(?:'(?P<agent>izy\s+ireo|izy|i\s+{_NAME}|ny\s+\S+))?\s+(?:ny\s+)?",
                re.I,
            ),
            _malagasy_so_that,
        ),
        # "ny minisitry ny raharaham-bahiny sinoa" (the foreign minister Chinese): the Chinese foreign minister
        (
            re.compile(
                r"\bthe\s+(?P<title>foreign\s+minister|secretary\s+of\s+state|prime\s+minister|president|minister|leader"
                r"|official|diplomat|spokesperson|journalist)\s+(?P<nationality>(?i:sinoa|amerikana|amerikanina|rosiana)"
                r"|Chinese|American|Russian)\b"
            ),
            lambda match: (
                f"the {_MALAGASY_NATIONALITY.get(match.group('nationality').lower(), match.group('nationality'))} "
                f"{match.group('title')}"
            ),
        ),
        # "eo amin'i Sina sy Etazonia" (between China and the US)
        (
            re.compile(
                rf"\b(?:eo\s+amin['’]?\s*(?:i|ny)\s+|eo\s+anelanelan['’]?\s*(?:i|ny)\s+)(?P<one>{_NAME})\s+(?:sy|ary|and)\s+(?P<other>{_NAME})",
                re.I,
            ),
            r"between \g<one> and \g<other>",
        ),
        # "… fa tokony ho mpiara-miombon'antoka isika" (that should be partners we): we should be partners
        (
            re.compile(
                r"\btokony\s+ho\s+(?P<what>\S+)\s+(?P<who>isika|isika\s+roa|izahay|izy\s+ireo|izy\s+roa(?:\s+tonta)?"
                r"|the\s+two\s+countries|(?:i\s+)?(?-i:[A-Z])\w*(?:\s+(?:sy|and)\s+(?:the\s+US|(?-i:[A-Z])\w*))?)$",
                re.I,
            ),
            lambda match: (
                (
                    "we"
                    if match.group("who").lower().startswith(("isika", "izahay"))
                    else "they"
                    if match.group("who").lower().startswith("izy")
                    else re.sub(r"^i\s+", "", match.group("who")).replace(" sy ", " and ")
                )
                + f" should be {match.group('what')}"
            ),
        ),
        # "… fa is beginning to stabilise the relationship" (its verb before what it is said of): that the relationship
        # is beginning to stabilise
        (
            re.compile(
                r"\b(?P<verb>is\s+beginning\s+to\s+stabilise|will\s+stabilise|are\s+still\s+increasing)\s+(?P<what>(?:the\s+|relations\b)[^,?]*)$"
            ),
            r"\g<what> \g<verb>",
        ),
        # who said: "Iza no nilaza fa …", "Iza no niteny hoe '…'"
        (
            re.compile(
                rf"^iza\s+no\s+{_MALAGASY_SAID}(?:\s+tamin['’]?\s*i\s+\S+)?\s*(?:\s+(?:fa|hoe|that))?\s*[,:]?\s+", re.I
            ),
            "who said ",
        ),
        # whom someone met, and who met someone
        (
            re.compile(rf"^iza\s+no\s+nihaonan{by}(?P<where>\s+(?:tany|tao|any|teo)\s+[^,?]+)?$", re.I),
            lambda match: (
                f"who did {_malagasy_by(match)} meet"
                + (f" in {match.group('where').split(maxsplit=1)[1]}" if match.group("where") else "")
            ),
        ),
        (
            re.compile(
                rf"^{_MALAGASY_MET}\s+tamin['’]?\s*iza\s+(?:i\s+)?(?P<who>[^,?]+?)(?P<where>\s+(?:tany|tao|any|teo)\s+[^,?]+)?$",
                re.I,
            ),
            lambda match: (
                f"who did {match.group('who')} meet"
                + (f" in {match.group('where').split(maxsplit=1)[1]}" if match.group("where") else "")
            ),
        ),
        (
            re.compile(
                rf"^iza\s+no\s+{_MALAGASY_MET}\s+(?:tamin|tamin['’]?\s*i)['’]?\s*(?:i\s+)?(?P<whom>[^,?]+?)(?P<where>\s+(?:tany|tao|any|teo)\s+[^,?]+)?$",
                re.I,
            ),
            lambda match: (
                f"who met {match.group('whom')}"
                + (f" in {match.group('where').split(maxsplit=1)[1]}" if match.group("where") else "")
            ),
        ),
        # "Oviana no nihaona i Xi sy Blinken?", "Taiza no nihaona tamin'i Xi i Blinken?", "Taiza i Blinken no nihaona
        # tamin'i Xi?": when (where) did … meet
        (
            re.compile(
                rf"^{_MALAGASY_ASKING}\s+(?:(?:i\s+)?(?P<subject>{_NAME})\s+)?no\s+(?:{_MALAGASY_MET}|nihaonan['’]?\s*(?:i|ny))"
                r"(?:\s+tamin['’]?\s*i\s+(?P<whom>[^,?]+?))?(?:\s+(?:i\s+)?(?P<who>[^,?]+?))?$",
                re.I,
            ),
            lambda match: (
                f"{_malagasy_asked(match.group('asked'))} did "
                f"{match.group('subject') or (match.group('who') or 'they').replace(' sy ', ' and ')} meet"
                + (f" {match.group('whom')}" if match.group("whom") else "")
            ),
        ),
        # "Nihaona tamin'i Biden ve i Xi taloha?" (met with Biden Xi before): did Xi previously meet Biden;
        # "Marina ve fa nihaona tamin'i Blinken i Xi?" (true that …): is it true that Xi met Blinken
        (
            re.compile(
                rf"^(?P<true>marina\s+(?:fa|that)\s+)?(?P<not>tsy\s+)?(?P<already>efa\s+)?{_MALAGASY_MET}\s+tamin['’]?\s*i\s+"
                rf"(?P<whom>{_NAME})\s+(?:i\s+)?(?P<who>{_NAME})(?P<before>\s+(?:taloha|teo\s+aloha|tany\s+aloha))?$",
                re.I,
            ),
            lambda match: (
                "is it true that "
                + f"{match.group('who')} "
                + ("previously " if match.group("before") or match.group("already") else "")
                + f"met {match.group('whom')}"
                if match.group("true")
                else ("didn't " if match.group("not") else "did ")
                + f"{match.group('who')} "
                + ("previously " if match.group("before") or match.group("already") else "")
                + f"meet {match.group('whom')}"
            ),
        ),
        # its small words before a noun: "momba an'i Taiwan" (about Taiwan), "tamin'i Blinken" (to Blinken), "tany
        # Beijing" (in Beijing)
        (re.compile(r"\b(?:momba|mikasika|ny\s+amin)['’]?\s*(?:an['’]?\s*i|ny|i)?\s+(?=\S)", re.I), "about "),
        (re.compile(r"\b(?:tamin|amin)['’]?\s*(?:i\s+)(?=(?-i:[A-Z])|the\s+US\b)", re.I), "to "),
        (re.compile(r"\b(?:tany|tao|any|teo|teto)\s+(?:amin['’]?\s*(?:ny|i)\s+)?(?=(?-i:[A-Z]))", re.I), "in "),
        (re.compile(r"\ban['’]?\s*i\s+(?=(?-i:[A-Z]))", re.I), ""),
        # what someone said (proposed, wrote, wanted …): "Inona no nolazain'i Xi about Taiwan?"
        (
            re.compile(rf"^inona(?:\s+avy)?\s+no\s+(?P<done>{done_by}){by}{tail}{_ANSWER_WORDS}", re.I),
            _malagasy_what_done,
        ),
        (
            re.compile(rf"^inona(?:\s+avy)?\s+no\s+(?P<done>{done_by})y{tail}$", re.I),
            lambda match: f"what did he {_malagasy_done(match.group('done'))}{match.group('tail')}",
        ),
        # "Inona no lazain'ny lahatsoratra about Russia?": what does the article say about Russia
        (
            re.compile(
                r"^inona\s+no\s+(?:lazain|voalazan|resahin)['’]?\s*(?:ny\s+)?(?:the\s+)?article\s+(?P<topic>about\s+[^,?]+)$",
                re.I,
            ),
            r"what does the article say \g<topic>",
        ),
        # "Nilaza zavatra about Taiwan ve i Xi?": did Xi say anything about Taiwan; "Tsy nilaza na inona na inona …":
        # didn't he
        (
            re.compile(
                rf"^(?P<not>tsy\s+)?{_MALAGASY_SAID}\s+(?:zavatra|na\s+inona\s+na\s+inona|teny)\s+(?P<topic>about\s+[^,?]+?)\s+(?:i\s+)?(?P<who>{_NAME})$",
                re.I,
            ),
            lambda match: (
                ("didn't" if match.group("not") else "did")
                + f" {match.group('who')} say anything {match.group('topic')}"
            ),
        ),
        (
            re.compile(rf"^nisy\s+(?:zavatra\s+)?(?:nolazain|notenenin){by}\s+(?P<topic>about\s+[^,?]+)$", re.I),
            lambda match: f"did {_malagasy_by(match)} say anything {match.group('topic')}",
        ),
        # "Nilaza ve i Xi fa …?": did Xi say that …
        (re.compile(rf"^{_MALAGASY_SAID}\s+(?:i\s+)?(?P<who>{_NAME})\s+(?:fa|hoe)\s+", re.I), r"did \g<who> say that "),
        # when something took place, and where; when the article was published
        (
            re.compile(
                rf"^{in_which}(?P<noun>{which})\s+inona\s+no\s+{_MALAGASY_HELD}\s+(?P<what>[^,?]+)$",
                re.I,
            ),
            lambda match: (
                next(e for n, e in _MALAGASY_WHICH.items() if re.fullmatch(n, match.group("noun"), re.I))
                + f" did {_with_the(match.group('what'))} take place"
            ),
        ),
        (
            re.compile(
                rf"^{in_which}(?P<noun>{which})\s+inona\s+no\s+{_MALAGASY_MET}\s+(?:i\s+)?(?P<who>[^,?]+)$",
                re.I,
            ),
            lambda match: (
                next(e for n, e in _MALAGASY_WHICH.items() if re.fullmatch(n, match.group("noun"), re.I))
                + f" did {match.group('who').replace(' sy ', ' and ')} meet"
            ),
        ),
        (
            re.compile(rf"^{_MALAGASY_ASKING}\s+no\s+{_MALAGASY_HELD}\s+(?P<what>[^,?]+)$", re.I),
            lambda match: f"{_malagasy_asked(match.group('asked'))} did {_with_the(match.group('what'))} take place",
        ),
        (
            re.compile(
                rf"^{_MALAGASY_ASKING}\s+no\s+(?P<done>navoaka|nivoaka|namoahana|nosoratana|nanoratana|nohavaozina|navaozina)\s+"
                r"(?P<what>[^,?]+)$",
                re.I,
            ),
            lambda match: (
                f"{_malagasy_asked(match.group('asked'))} was {_with_the(match.group('what'))} "
                + {
                    "nosoratana": "written",
                    "nanoratana": "written",
                    "nohavaozina": "updated",
                    "navaozina": "updated",
                }.get(match.group("done").lower(), "published")
            ),
        ),
        (
            re.compile(rf"^{_MALAGASY_ASKING}\s+no\s+(?P<done>{done_by}){by}{tail}$", re.I),
            lambda match: (
                f"{_malagasy_asked(match.group('asked'))} did {_malagasy_by(match).replace(' sy ', ' and ')} "
                f"{_malagasy_done(match.group('done'))}{match.group('tail')}"
            ),
        ),
        # how long something lasted, and how many hours
        (
            re.compile(
                r"^naharitra\s+(?P<asked>hafiriana|ela\s+toy\s+inona|firy\s+(?:hours|minitra))\s+(?P<what>[^,?]+)$"
                r"|^(?P<asked2>hafiriana|firy\s+hours)\s+no\s+naharetan['’]?\s*(?:ny\s+)?(?P<thing>[^,?]+)$"
                r"|^hafiriana\s+ny\s+faharetan['’]?\s*(?:ny\s+)?(?P<was>[^,?]+)$",
                re.I,
            ),
            lambda match: (
                ("how many hours" if "hours" in (match.group("asked") or match.group("asked2") or "") else "how long")
                + f" did {_with_the(match.group('what') or match.group('thing') or match.group('was'))} last"
            ),
        ),
        # how many things someone proposed, and which: "Firy ny fitsipika natolotr'i Xi?", "Inona avy ireo fitsipika
        # telo natolotr'i Xi?"
        (
            re.compile(
                rf"^(?:firy\s+(?:ny\s+)?(?P<thing>\S+)|(?P<thing2>\S+)\s+firy\s+no)\s+(?P<done>{done_by}){by}$", re.I
            ),
            lambda match: (
                f"how many {match.group('thing') or match.group('thing2')} did {_malagasy_by(match)} "
                f"{_malagasy_done(match.group('done'))}"
            ),
        ),
        (
            re.compile(
                rf"^(?:inona\s+avy|inona|iza\s+avy)\s+(?:ireo|ilay|ny)\s+(?P<thing>\S+)\s+(?:(?P<count>{numbers})\s+)?"
                rf"(?:izay\s+)?(?P<done>{done_by}){by}$",
                re.I,
            ),
            lambda match: (
                "which "
                + (f"{_malagasy_number(match.group('count'))} " if match.group("count") else "")
                + f"{match.group('thing')} did {_malagasy_by(match)} {_malagasy_done(match.group('done'))}"
            ),
        ),
        # "Ohatrinona ny famandrihana?": how much does the subscription cost
        (
            re.compile(
                r"^(?:ohatrinona|hoatrinona|firy)\s+(?:ny\s+)?(?:saran['’]?\s*(?:ny\s+)?|vidin['’]?\s*(?:ny\s+)?)?(?P<what>[^,?]+)$",
                re.I,
            ),
            _what_it_costs,
        ),
        # "Oviana no nankany Beijing i Blinken?", "Oviana i Blinken no nankany Beijing?": when did Blinken go to Beijing
        (
            re.compile(
                rf"^{_MALAGASY_ASKING}\s+(?:(?:i\s+)?(?P<subject>{_NAME})\s+)?no\s+(?:nankany|nandeha|tonga|nankeny)\s+"
                rf"(?P<place>[^,?]+?)(?:\s+(?:i\s+)?(?P<who>{_NAME}))?$",
                re.I,
            ),
            lambda match: (
                f"{_malagasy_asked(match.group('asked'))} did {match.group('subject') or match.group('who')} go to "
                + re.sub(r"^(?:in|to)\s+", "", match.group("place"))
            ),
        ),
        # why someone went, or was so
        (
            re.compile(
                r"^(?:nahoana|maninona|fa\s+maninona)\s+(?:i\s+)?(?P<who>(?-i:[A-Z])[^,?]*?)?\s*no\s+"
                r"(?:nankany|nandeha|tonga|nitsidika|nankeny)\s+(?P<place>(?:in\s+)?[^,?]+?)(?:\s+(?:i\s+)?(?P<subject>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?))?$",
                re.I,
            ),
            lambda match: (
                f"why did {match.group('who') or match.group('subject')} go to "
                + re.sub(r"^in\s+", "", match.group("place"))
            ),
        ),
        (
            re.compile(
                r"^(?:nahoana|maninona|fa\s+maninona)\s+(?:i\s+)?(?P<who>(?-i:[A-Z])[^,?]*?)\s+no\s+"
                r"(?P<what>optimista|nanantena|faly|nahatoky|feno\s+fanantenana)$",
                re.I,
            ),
            lambda match: (
                f"why was {match.group('who')} {'happy' if match.group('what').lower() == 'faly' else 'optimistic'}"
            ),
        ),
        (re.compile(r"^(?:nahoana|maninona|fa\s+maninona)\b", re.I), "why"),
        (
            re.compile(
                r"^inona\s+no\s+(?:nitranga|niseho|nisy)(?P<where>\s+(?:at|after|before|during|in)\s+[^,?]+)?$", re.I
            ),
            lambda match: f"what happened{match.group('where') or ''}",
        ),
        # "Momba ny inona ity lahatsoratra ity?", "Inona no resahin'ny lahatsoratra?": what is the article about
        (
            re.compile(
                r"^(?:about\s+inona|inona\s+no\s+(?:resahin|votoatin)['’]?\s*(?:ny\s+)?)\s*(?P<what>[^,?]+)$", re.I
            ),
            lambda match: f"what is {_with_the(match.group('what'))} about",
        ),
        # "Voatonona ve i Taiwan?": was Taiwan mentioned
        (
            re.compile(
                r"^(?:voatonona|notononina|voalaza|notanisaina)\s+(?:in\s+the\s+article\s+)?(?:i\s+)?(?P<what>[^,?]+?)"
                r"(?:\s+in\s+the\s+article)?$",
                re.I,
            ),
            r"was \g<what> mentioned",
        ),
        # "Voaresaka ve ny …?" (talked-about the …): was … discussed
        (
            re.compile(
                rf"^(?:voaresaka|noresahina|nodinihina)\s+(?:(?P<where>{occasion})\s+)?(?:i\s+)?(?P<what>[^,?]+?)"
                rf"(?P<after>\s+{occasion})?$",
                re.I,
            ),
            lambda match: (
                f"was {_with_the(match.group('what'))} discussed"
                + (match.group("after") or (f" {match.group('where')}" if match.group("where") else ""))
            ),
        ),
        (
            re.compile(
                r"^nisy\s+(?:niresaka|nanonona|nilaza)\s+(?P<what>about\s+[^,?]+?)(?:\s+in\s+the\s+article)?$", re.I
            ),
            lambda match: f"was {match.group('what')[6:]} mentioned",
        ),
        (
            re.compile(r"^misy\s+(?:zavatra\s+)?(?P<what>about\s+[^,?]+?)(?:\s+in\s+the\s+article)?$", re.I),
            r"is there anything \g<what>",
        ),
        # who wrote the article, who someone is, what someone's title is
        (re.compile(r"^iza\s+no\s+(?:nanoratra|nanao)\s+(?P<what>[^,?]+)$", re.I), r"who wrote \g<what>"),
        (re.compile(r"^iza\s+no\s+(?:namoaka|nanonta)\s+(?P<what>[^,?]+)$", re.I), r"who published \g<what>"),
        # "Iza no nitsidika an'i Beijing?": who visited Beijing; "Iza no niresaka tamin'i Blinken?": who talked to him
        (
            re.compile(rf"^iza\s+no\s+(?P<did>{did})\s+(?P<what>[^,?]+)$", re.I),
            lambda match: (
                f"who {_malagasy_did(match.group('did'))} "
                + (
                    re.sub(r"^in\s+", "to ", match.group("what"))
                    if _malagasy_did(match.group("did")) == "went"
                    else match.group("what")
                )
            ),
        ),
        # "Nitsidika an'i Sina ve i Blinken?": did Blinken visit China; "Tsy …": didn't he
        (
            re.compile(rf"^(?P<not>tsy\s+)?(?P<did>{did})\s+(?P<what>[^,?]+?)\s+(?:i\s+)?(?P<who>{_NAME})$", re.I),
            lambda match: (
                ("didn't " if match.group("not") else "did ")
                + f"{match.group('who')} {_MALAGASY_DID_PRESENT[_malagasy_did(match.group('did'))]} "
                + (
                    re.sub(r"^in\s+", "to ", match.group("what"))
                    if _malagasy_did(match.group("did")) == "went"
                    else match.group("what")
                )
            ),
        ),
        (
            re.compile(
                r"^inona\s+(?:ny|no)\s+(?:andraikitr|asan|toeran|anaram-boninahitr)['’]?\s*(?:i\s+)?(?P<owner>[^,?]+)$",
                re.I,
            ),
            _title_asked,
        ),
        (re.compile(r"^iza\s+(?:i|ilay|no)\s+(?P<who>[^,?]+)$", re.I), r"who is \g<who>"),
        (re.compile(r"^iza\s+(?=(?-i:[A-Z])|the\s)", re.I), "who is "),
        (re.compile(r"^inona\s+avy\s+(?:ireo|ny)\s+", re.I), "which "),
        (re.compile(r"^inona\s+no\b", re.I), "what"),
        (re.compile(r"^inona\s+(?:ny|ilay)\s+", re.I), "what is the "),
        (re.compile(r"^inona\b", re.I), "what"),
        (re.compile(r"^iza\s+no\b", re.I), "who"),
        (re.compile(r"^iza\b", re.I), "who"),
        (re.compile(r"^(?:oviana|rahoviana)\b", re.I), "when"),
        (re.compile(r"^(?:taiza|aiza)\b", re.I), "where"),
        (re.compile(r"^firy\b", re.I), "how many"),
        (re.compile(r"^(?:ohatrinona|hoatrinona)\b", re.I), "how much"),
        (re.compile(r"^ahoana\b", re.I), "how"),
        (re.compile(r"\b(?:sy)\s+(?=(?-i:[A-Z])|the\s+US\b)"), "and "),
        (re.compile(r"\b(?:i|ny)\s+(?=(?-i:[A-Z]))"), ""),
        (re.compile(r"\bny\b"), "the"),
        *_word_for_word(_MALAGASY_ENGLISH),
        (re.compile(r"\s{2,}"), " "),
        _according_to_last(),
        _the_the(),
        *_in_english_at_last(),
    )


# Malagasy's own words ("inona", "oviana", "taiza", "nolazain'i", "nihaona", "fihaonana", "lahatsoratra"), none of them
# English's, Tagalog's, Bisaya's, Māori's or Spanish's ("iza" alone, Spanish's "hoist", only before its own words)
_MALAGASY_WORDS = _lazy_pattern(
    r"^(?:(?:ary|fa)\s+)?(?:inona|oviana|rahoviana|taiza|aiza|ohatrinona|hoatrinona|nahoana|maninona|hafiriana)\b"
    r"|^(?:ary\s+)?iza\s+(?:no|ilay|avy|moa)\b|^(?:ary\s+(?:iza\s+)?|iza\s+)i\s+(?-i:[A-Z])\w*(?:\s+(?-i:[A-Z])\w*)?\W*$"
    r"|\b(?:nolazain|notenenin|nambaran|voalazan|natolotr|naroson|nosoratan|nihaonan|niresahan|nifanarahan"
    r"|nampitandreman|nangatahin|nampanantenain|nitsidihan)['’]?\s*(?:i|ny)\b"
    r"|\b(?:nilaza|niteny|nanambara|nihaona|nitranga|fihaonana|fivoriana|lahatsoratra|fifampiresahana|naharitra"
    r"|naharetan\w*|voatonona|notononina|nanoratra|navoaka|nifanaraka|nitsidika|niresaka|famandrihana|tokony"
    r"|nankany|nampitandrina|nampanantena|voaresaka|noresahina)\b",
    re.I,
)

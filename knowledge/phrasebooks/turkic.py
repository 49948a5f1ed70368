"""Turkic phrasebook: Uzbek, in its Latin letters."""

from __future__ import annotations

import re
from functools import cache

from knowledge.phrasebooks.shapes import (
    _TWO_WORD_NAME,
    _according_to_last,
    _after_the_question,
    _country_before_title,
    _in_english_at_last,
    _lazy_pattern,
    _Shapes,
    _the_the,
    _with_the,
    _word_for_word,
    _works_for,
)
from knowledge.phrasebooks.verb_last import _verb_last, _VerbLast

# How readers ask in Uzbek, in its Latin letters ("o'" and "g'" typed with any of its apostrophes) and with English
# words: "Xi Tayvan haqida nima dedi?" (what did Xi say about Taiwan), "Blinken Pekinda kim bilan uchrashdi?" (whom
# did Blinken meet in Beijing), "Uchrashuv qancha davom etdi?" (how long did the meeting last), "Kim hamkor
# bo'lishimiz kerak dedi?" (who said we should be partners). Uzbek puts its verb last, as Punjabi and Nepali do, and
# shares their shapes (verb_last.py); a name's case ending says what English puts before it ("Pekinda": in Beijing,
# "Pekinga": to Beijing, "Blinkenga": to Blinken, "Xitoyning": China's), read off a name that closes on a consonant (or
# a place the book knows), its words after a noun ("Tayvan haqida": about Taiwan, "Blinken bilan": with Blinken,
# "uchrashuvdan keyin": after the meeting) put before it as English prepositions first. Its "Xitoy" is China, not Xi.
# Its "u" (he, that) is texting's "you", and its "kim" (who) Serbian's whom: read before texting's shorthand is spelled
# out and before the Serbian book.
_UZBEK_APOSTROPHES = r"(?<=[OoGg])[ʻʼ‘’`´]|(?<=[a-z])[ʼ’](?=[a-z])"  # "oʻ", "g‘", "eʼlon": typed "o'", "g'", "e'lon"
_UZBEK_NAMES = {
    "(?-i:(?:Si|Xi)\\s+(?:Szinpin|Tszinpin|Jinping|Sizinpin|Tsinpin)\\w*)": "Xi Jinping", "(?-i:Van\\s+I)": "Wang Yi",
    "(?-i:Antoni)": "Antony", "(?-i:Jo)(?=\\s+Bayden)": "Joe",
    "(?-i:Janubiy\\s+Xitoy\\s+dengiz\\w*)": "the South China Sea",
    "(?-i:AQSH|AQSh|Aqsh)(?:['-]?(?:ning|ga|da|dan|ni))?": "the US",
}  # fmt: skip
# A name's stem, as Uzbek writes it, and its English
_UZBEK_STEMS = {
    "tayvan": "Taiwan", "pekin": "Beijing", "xitoy": "China", "amerika": "America", "rossiya": "Russia",
    "ukraina": "Ukraine", "vashington": "Washington", "kaliforniya": "California", "bayden": "Biden",
    "yevropa": "Europe", "yaponiya": "Japan", "o'zbekiston": "Uzbekistan", "blinken": "Blinken",
}  # fmt: skip
# What English puts before a name for its case ending ("Pekinda": in Beijing)
_UZBEK_CASES = {
    "ga": "to", "ka": "to", "qa": "to", "da": "in", "ta": "in", "dan": "from", "tan": "from", "ning": "'s",
    "ni": "", "dagi": "in", "lar": "",
}  # fmt: skip
_UZBEK_ENDINGS = "|".join(sorted(_UZBEK_CASES, key=len, reverse=True))
# Names that close as a case ending would ("Rwanda")
_UZBEK_NOT_ENDED = r"Rwanda|Uganda|Amanda|Linda|Wanda|Honda|Granada|Canada|Kanada|Luanda|Rwandada"
_UZBEK_THINGS = {
    "maqolaga\\s+(?:ko'ra|qaraganda)": "according to the article",
    "(?:muzokara|suhbat)(?:lar)?(?:ning)?\\s+boshida": "at the start of the talks",
    "uchrashuv(?:ning)?\\s+boshida": "at the start of the meeting",
    "(?:muzokara|suhbat)(?:lar)?(?:ning)?\\s+oxirida": "at the end of the talks",
    "uchrashuv(?:ning)?\\s+oxirida": "at the end of the meeting",
    "barqarorlasha\\s+boshla\\w*|barqarorlashishni\\s+boshla\\w*|barqarorlashmoqda": "are beginning to stabilise",
    "tashqi\\s+ishlar\\s+vazir\\w*": "foreign minister", "davlat\\s+kotib\\w*": "secretary of state",
    "bosh\\s+vazir\\w*": "prime minister", "matbuot\\s+kotib\\w*": "spokesperson", "vazir\\w*": "minister",
    "prezident\\w*|rais\\w*": "president", "yetakchi\\w*|rahbar\\w*": "leader", "rasmiy\\s+shaxs\\w*": "official",
    "jurnalist\\w*": "journalist", "diplomat\\w*": "diplomat", "muallif\\w*": "author", "xitoylik": "Chinese",
    "amerikalik": "American", "rossiyalik": "Russian",
    "uchrashuvdan\\s+keyin": "after the meeting", "uchrashuvdan\\s+oldin": "before the meeting",
    "uchrashuv\\s+(?:paytida|vaqtida|davomida|mobaynida)": "during the meeting", "uchrashuvda": "at the meeting",
    "uchrashuv(?:ni|i|lar)?": "meeting", "muzokaralardan\\s+keyin": "after the talks",
    "muzokara(?:lar)?da": "in the talks", "muzokara\\w*|suhbat\\w*": "talks", "bu\\s+maqola\\w*": "this article",
    "maqolada": "in the article", "maqola\\w*": "article", "inson\\s+huquqlari\\w*": "human rights",
    "savdo\\w*": "trade", "soat": "hours", "tamoyil\\w*|prinsip\\w*": "principles",
    "davlatlar\\w*|mamlakatlar\\w*|davlat|mamlakat": "countries", "obuna\\w*": "subscription",
    "hamkor\\w*|sherik\\w*": "partners", "raqib\\w*": "rivals", "munosabat\\w*": "relations",
}  # fmt: skip
# Its verbs of what was done, an English verb before its "qildi" (did), as the shared shapes read it
_UZBEK_DONE = {
    "taklif": "propose", "e'lon": "announce", "elon": "announce", "imzo": "sign", "tashrif": "visit",
    "zikr": "mention",
}  # fmt: skip
_UZBEK_EMPLOYERS = {
    "tashkilot": "organisation", "vazirlik": "ministry", "hukumat": "government", "muassasa": "institution",
    "kompaniya": "company", "firma": "company", "gazeta": "newspaper",
}  # fmt: skip
_UZBEK_QUESTION_WORDS = r"nima|nimalar|kim|kimni|kimga|qaysi|qancha|necha|nechta|qachon|qayerda|nega|bu|u"
_UZBEK_SAID = (
    r"(?:dedi|dedimi|deydi|degan|dedilar|deb\s+aytdi|aytdi|aytgan|aytdimi|aytdilar|gapirdi|bildirdi|ta'kidladi"
    r"|takidladi)"
)
_UZBEK_MET = (
    r"(?:uchrashdi|uchrashishdi|uchrashgan|uchrashdilar|uchratdi|uchrashdimi|ko'rishdi|ko'rishdilar|muloqot\s+qildi"
    r"|meeting\s+o'tkazdi)"
)
_UZBEK = _VerbLast(
    by="",
    about=r"(?P<topic>.+?)\s+(?:haqida|to'g'risida|xususida)",  # put into "about …" first
    what=r"(?:nima|nimalar|nimani|nima\s+deb)",
    said=_UZBEK_SAID,
    who_said=r"kim\s+(?:aytdi|dedi|aytgan|degan)",
    that=r"(?:deb|degan)",
    who_said_that=r"kim\s+(?:aytdi|dedi)(?:\s+(?:ki|that))?",
    whom=r"(?:with\s+kim|kim\s+bilan|kimni|kimga)",
    who=r"(?:kim|kimlar)",
    met=_UZBEK_MET,
    how_long=r"(?:qancha|qanchalik)(?:\s+(?:vaqt|muddat|vaqtga))?|necha\s+(?:kun|daqiqa)",
    how_many_hours=r"(?:necha|nechta|qancha)\s+(?:soat|hours)",
    lasted=r"(?:davom\s+etdi|davom\s+etgan|davom\s+etdilar|cho'zildi|davom\s+etdimi)",
    when=r"(?:qachon)",
    where=r"(?:qayerda|qaerda|qayda)",
    took_place=r"(?:bo'lib\s+o'tdi|bo'lib\s+o'tgan|o'tkazildi|o'tkazilgan|bo'ldi)",
    how_many=r"(?:nechta|necha|qancha)",
    did=r"(?:qildi|qilgan|qildilar|etdi|etgan)",
    how_much=r"(?:qancha\s+turadi|narxi\s+qancha|qancha(?:\s+(?:pul|so'm|dollar))?|necha\s+pul)",
    who_is=r"(?:kim|kimdir|kim\s+edi)",
    why=r"(?:nega|nimaga|nima\s+uchun|nimaga)",
    went=r"(?:bordi|borgan|keldi|kelgan|jo'nadi|safar\s+qildi|tashrif\s+buyurdi)",
    happened=r"(?:nima|nimalar)\s+(?:bo'ldi|sodir\s+bo'ldi|yuz\s+berdi|ro'y\s+berdi)",
    about_what=r"(?:nima|nimalar)\s+haqida(?:dir)?",
    mentioned=r"(?:tilga\s+olin\w*|eslatil\w*|eslab\s+o'til\w*|zikr\s+qilin\w*|mention\s+qilin\w*)",
    wrote=r"kim\s+(?:yozgan|yozdi|yozib\s+chiqqan)",
    article=r"(?:(?:this|the)\s+)*(?:article|news|story)",
    title=r"(?:lavozimi|mansabi|unvoni|vazifasi)\s+(?:nima|qanday)",
    which=r"(?:qaysi)",
)
_UZBEK_NUMBERS = {
    "bitta": "one", "ikkita": "two", "uchta": "three", "to'rtta": "four", "beshta": "five", "ikki": "two",
    "uch": "three", "to'rt": "four", "besh": "five",
}  # fmt: skip
# The nouns "qaysi" (which) asks of, with the preposition English puts before each ("qaysi kunida": on which day)
_UZBEK_WHICH = {
    "kun(?:i|ida|da)": "on which day", "soat(?:da)?|vaqt(?:da)?": "at what time", "shahar(?:da)?": "in which city",
    "bino(?:da)?": "in which building", "oy(?:da)?": "in which month", "yil(?:da)?": "in which year",
}  # fmt: skip
_UZBEK_OUTLETS = {
    "gazeta": "newspaper", "sayt": "website", "nashr": "outlet", "agentlik": "news agency", "telekanal": "channel",
    "kanal": "channel",
}  # fmt: skip
_UZBEK_DONE_TO = {"chop": "published", "nash": "published", "yozi": "written", "yang": "updated", "anno": "announced",
                  "e'lo": "announced"}  # fmt: skip
_UZBEK_ENGLISH = {
    "va": "and", "yoki": "or", "ular": "they", "emas": "not", "bu": "this", "ham": "also", "qisqacha": "briefly",
    "batafsil": "in detail", "aniq": "exactly",
}  # fmt: skip
# A second question joined on with "va" (and), its "u" (he, she) the one the first asked about ("… va u qayerdan
# yozgan?": and where did they write from): its question word, and its verb
_UZBEK_THEN_ASKED = {
    "qayerdan": "where … from", "qaerdan": "where … from", "qayerda": "where", "qaerda": "where", "qachon": "when",
    "nega": "why", "nimaga": "why", "qanday": "how", "qanday qilib": "how",
}  # fmt: skip
_UZBEK_THEN_DONE = {
    "yozgan": "write", "yozdi": "write", "kelgan": "come", "keldi": "come", "bordi": "go", "borgan": "go",
    "uchrashgan": "meet", "uchrashdi": "meet", "ishlaydi": "work", "ishlagan": "work", "aytgan": "say", "aytdi": "say",
}  # fmt: skip


def _uzbek_then_asked(match: re.Match[str]) -> str:
    """ " and where did they write from": the second question put into English, "u" as "they"."""
    asked = _UZBEK_THEN_ASKED[" ".join(match.group("asked").lower().split())]
    word, _, after = asked.partition(" … ")
    does = "does" if match.group("done").lower().endswith("ydi") else "did"  # "ishlaydi": works
    return f" and {word} {does} they {_UZBEK_THEN_DONE[match.group('done').lower()]}{' ' + after if after else ''}"


def _uzbek_declined(match: re.Match[str]) -> str:
    """ "Pekinda": in Beijing; "Blinkenga": to Blinken; "Xitoyning": China's; "Blinkenni": Blinken."""
    stem, ending = match.group("stem"), match.group("ending").lower()
    english = _UZBEK_STEMS.get(stem.lower(), stem)
    before = _UZBEK_CASES[ending]
    if before == "'s":
        return f"{english}'s"
    return f"{before} {english}" if before else english


@cache
def _uzbek() -> _Shapes:
    known = "|".join(stem for stem in _UZBEK_STEMS)
    topic = rf"(?:(?!(?:{_UZBEK_QUESTION_WORDS})\b)[a-z][\w']*\s+)?(?!(?:{_UZBEK_QUESTION_WORDS})\b)[a-z][\w']*"
    return (
        _after_the_question(),
        (re.compile(_UZBEK_APOSTROPHES), "'"),
        *_word_for_word(_UZBEK_NAMES),
        *_word_for_word(_UZBEK_THINGS),
        # a name's case ending, after an apostrophe or hyphen ("Xi'ga", "Wang Yi-ga") or not ("Pekinda", "Xitoyning")
        (
            re.compile(
                rf"\b(?P<stem>{_TWO_WORD_NAME}|(?-i:Xi|[A-Z][\w]*))['-]"
                rf"(?P<ending>{_UZBEK_ENDINGS})\b"
            ),
            _uzbek_declined,
        ),
        (
            re.compile(
                rf"\b(?!(?:{_UZBEK_NOT_ENDED})\b)(?P<stem>(?i:{known})|(?-i:[A-Z])[a-z']{{2,}}?[bcdfghjklmnpqrstvwxz])"
                rf"(?P<ending>(?-i:{_UZBEK_ENDINGS}))\b"
            ),
            _uzbek_declined,
        ),
        (
            re.compile(rf"\b(?P<stem>(?i:{known}))(?P<ending>)\b"),
            lambda match: _UZBEK_STEMS[match.group("stem").lower()],
        ),
        # "hamkor bo'lishimiz kerak": we (they) should be partners
        (
            re.compile(
                r"\b(?:(?:ular|biz)\s+)?(?P<what>\S+)\s+bo'lish(?:i|imiz|lari|ingiz)?\s+kerak(?:ligini|ligi|lar)?\b",
                re.I,
            ),
            r"they should be \g<what>",
        ),
        # its verbs of what was done: "taklif qildi" (proposed), read as an English verb and its "qildi"
        *(
            (re.compile(rf"\b(?:{uzbek})\s+(?=(?:qildi|qilgan|qildilar|etdi|etgan)\b)", re.I), f"{english} ")
            for uzbek, english in _UZBEK_DONE.items()
        ),
        # its words after a noun: "Tayvan haqida" (about Taiwan), "Blinken bilan" (with Blinken), "… keyin" (after)
        (
            re.compile(
                rf"\b(?P<what>the\s+US|{_TWO_WORD_NAME}|(?-i:[A-Z])[\w']*|{topic})\s+(?:haqida|to'g'risida|xususida|haqda)\b"
            ),
            r"about \g<what>",
        ),
        (re.compile(rf"\b(?P<what>the\s+US|{_TWO_WORD_NAME}|(?-i:[A-Z])[\w']*|{topic})\s+bilan\b"), r"with \g<what>"),
        (re.compile(r"\b(?:from\s+)?(?P<what>\S+)\s+keyin\b", re.I), r"after \g<what>"),
        (re.compile(r"\b(?:from\s+)?(?P<what>\S+)\s+oldin\b", re.I), r"before \g<what>"),
        (re.compile(r"\b(?P<what>\S+)\s+(?:davomida|paytida|vaqtida|mobaynida)\b", re.I), r"during \g<what>"),
        (
            re.compile(
                r"\b(?P<by>in|at|about|after|before|during|with|from|to)\s+(?P<thing>meeting|talks|article|summit)\b"
            ),
            r"\g<by> the \g<thing>",
        ),
        (re.compile(r"^(?:xo'sh|xullas|demak|va)\b,?\s*", re.I), ""),
        # "… va u qayerdan yozgan?": and where did they write from
        (
            re.compile(
                rf"\s+(?:va|and)\s+(?:u|ular)\s+(?P<asked>{'|'.join(_UZBEK_THEN_ASKED)})\s+"
                rf"(?P<done>{'|'.join(_UZBEK_THEN_DONE)})$",
                re.I,
            ),
            _uzbek_then_asked,
        ),
        # "Blinken va Wang Yi o'rtasidagi muzokaralar": the talks between Blinken and Wang Yi
        (
            re.compile(
                r"(?P<pair>(?-i:[A-Z])\S*(?:\s+(?-i:[A-Z])\S*)?\s+(?:va|and)\s+(?-i:[A-Z])\S*(?:\s+(?-i:[A-Z])\S*)?)\s+"
                r"o'rtasidagi\s+(?P<thing>talks|meeting|relations)\b"
            ),
            r"the \g<thing> between \g<pair>",
        ),
        # "Xi with Blinken haftaning qaysi kunida uchrashdi?": on which day of the week did Xi meet Blinken
        (
            re.compile(
                rf"^(?P<who>.+?)\s+(?:with\s+(?P<whom>.+?)\s+)?(?:(?P<week>haftaning)\s+)?qaysi\s+"
                rf"(?P<noun>{'|'.join(_UZBEK_WHICH)})\s+(?:with\s+(?P<with>.+?)\s+)?{_UZBEK_MET}$",
                re.I,
            ),
            lambda match: (
                f"{next(e for n, e in _UZBEK_WHICH.items() if re.fullmatch(n, match.group('noun'), re.I))}"
                f"{' of the week' if match.group('week') else ''} did {match.group('who')} meet"
                + (
                    f" {match.group('whom') or match.group('with')}"
                    if match.group("whom") or match.group("with")
                    else ""
                )
            ),
        ),
        # "in the article about Russia biror narsa bormi?": is there anything about Russia
        (
            re.compile(
                r"^(?:in\s+the\s+article\s+)?(?P<topic>about\s+.+?)\s+(?:biror\s+narsa|biror\s+gap|nimadir|gap|ma'lumot)\s+"
                r"(?:bormi|bor|bormidi)(?:\s+in\s+the\s+article)?$",
                re.I,
            ),
            r"is there anything \g<topic>",
        ),
        # "Xi qaysi uchta tamoyilni taklif qildi?": which three principles did Xi propose
        (
            re.compile(
                rf"^(?P<who>.+?)\s+qaysi\s+(?:(?P<count>{'|'.join(_UZBEK_NUMBERS)})\s+)?(?P<thing>\S+)\s+(?P<verb>[a-z]+)\s+"
                rf"{_UZBEK.did}$",
                re.I,
            ),
            lambda match: (
                f"which {_UZBEK_NUMBERS[match.group('count').lower()] + ' ' if match.group('count') else ''}"
                f"{match.group('thing')} did {match.group('who')} {match.group('verb')}"
            ),
        ),
        # "Qaysi gazeta bu maqolani chop etdi?": which newspaper published this article
        (
            re.compile(
                r"^qaysi\s+(?P<thing>gazeta|sayt|nashr|agentlik|telekanal|kanal)\w*\s+(?P<what>.+?)\s+"
                r"(?:chop\s+etdi|nashr\s+etdi|announce\s+qildi|publish\s+qildi|chiqardi)$",
                re.I,
            ),
            lambda match: f"which {_UZBEK_OUTLETS[match.group('thing').lower()]} published {match.group('what')}",
        ),
        # "Maqola qachon chop etilgan?": when was the article published
        (
            re.compile(
                rf"^(?P<what>.+?)\s+(?P<asked>{_UZBEK.when}|{_UZBEK.where})\s+(?P<done>chop\s+etil|nashr\s+etil|yozil"
                r"|yangilan|announce\s+qilin|e'lon\s+qilin)\w*$",
                re.I,
            ),
            lambda match: (
                f"{'when' if match.group('asked').lower() == 'qachon' else 'where'} was "
                f"{_with_the(match.group('what'))} "
                f"{_UZBEK_DONE_TO[match.group('done').lower().split()[0][:4]]}"
            ),
        ),
        # "Kim hamkor bo'lishimiz kerak dedi?": who said they should be partners (who asked first)
        (re.compile(rf"^kim\s+(?P<said>.+?)\s+(?:deb\s+)?{_UZBEK_SAID}$", re.I), r"who said \g<said>"),
        # "Xi Tayvan haqida biror narsa dedimi?": did Xi say anything about Taiwan
        (
            re.compile(
                rf"^(?P<who>.+?)\s+(?P<topic>about\s+.+?)\s+(?:biror\s+narsa|biror\s+gap|nimadir|bir\s+narsa)\s+"
                rf"{_UZBEK_SAID}$",
                re.I,
            ),
            r"did \g<who> say anything \g<topic>",
        ),
        # "Wang Yi qaysi tashkilotda ishlaydi?": which organisation does Wang Yi work for
        (
            re.compile(
                r"^(?P<who>.+?)\s+(?:qaysi)\s+(?P<employer>\w+?)(?:da|ga|uchun)?\s+(?:ishlaydi|faoliyat\s+yuritadi)$",
                re.I,
            ),
            _works_for(_UZBEK_EMPLOYERS),
        ),
        (
            re.compile(r"^(?P<who>.+?)\s+in\s+which\s+(?P<employer>\w+)\s+(?:ishlaydi|faoliyat\s+yuritadi)$", re.I),
            _works_for(_UZBEK_EMPLOYERS),
        ),
        # "Blinken Xi bilan qayerda uchrashdi?": where did Blinken meet Xi
        (
            re.compile(
                rf"^(?P<who>.+?)\s+with\s+(?P<whom>.+?)\s+(?P<asked>{_UZBEK.when}|{_UZBEK.where})\s+{_UZBEK_MET}$", re.I
            ),
            lambda match: (
                f"{'when' if match.group('asked').lower() == 'qachon' else 'where'} did {match.group('who')} meet "
                f"{match.group('whom')}"
            ),
        ),
        # "Obuna qancha turadi?": how much does the subscription cost
        (
            re.compile(r"^(?P<what>.+?)\s+(?:qancha|necha\s+pul)\s+turadi$|^(?P<thing>.+?)\s+narxi\s+qancha$", re.I),
            lambda match: f"how much does {_with_the(match.group('what') or match.group('thing'))} cost",
        ),
        # "Xi nima e'lon qildi?": what did Xi announce (a verb done with "qildi", put into English above)
        (
            re.compile(rf"^(?P<who>.+?)\s+{_UZBEK.what}\s+(?P<verb>(?!mention\b)[a-z]+)\s+{_UZBEK.did}$", re.I),
            r"what did \g<who> \g<verb>",
        ),
        # "Bu maqolani kim yozgan?", "Maqolaning muallifi kim?" (the article's author, who): who wrote the article
        (
            re.compile(
                r"^(?:this\s+|the\s+)?article(?:['’]s)?\s+(?:muallifi\s+|author\s+)?kim(?:\s+(?:yozgan|yozdi))?"
                r"(?P<rest>\s+and\s+.+)?$",
                re.I,
            ),
            r"who wrote the article\g<rest>",
        ),
        # "meeting qaysi shaharda bo'ldi?": in which city did the meeting take place (its "which" put before the noun,
        # with the preposition English puts there)
        (
            re.compile(rf"\bqaysi\s+(?P<noun>{'|'.join(_UZBEK_WHICH)})(?=\s)", re.I),
            lambda match: next(e for n, e in _UZBEK_WHICH.items() if re.fullmatch(n, match.group("noun"), re.I)),
        ),
        *_verb_last(_UZBEK),
        *_word_for_word(_UZBEK_ENGLISH),
        (re.compile(r"\s{2,}"), " "),
        _according_to_last(),
        _the_the(),
        _country_before_title(),
        *_in_english_at_last(),
    )


_UZBEK_WORDS = _lazy_pattern(
    r"\b(?:aytdi|aytdimi|aytgan|uchrash\w*|uchratdi|haqida|qancha|necha|nechta|davom\s+etdi\w*|qachon|qayerda|qaerda"
    r"|nega|nimaga|qaysi|kimni|kimga|kim\s+bilan|yozgan|yozdi|tilga\s+olin\w*|bo['ʻʼ‘’`]l(?:ib|di|ish)\w*|kerak\w*"
    r"|maqola\w*|lavozim\w*|ishlaydi|turadi|bordi|haftaning|bormi|o['ʻʼ‘’`]rtasidagi|chop\s+et\w*)\b"
    r"|\bnima\s+(?:dedi|deydi|degan|dedimi|dedilar)\b|^kim\s+.+\s+(?:deb\s+)?(?:dedi|aytdi)(?:\W*$|\s*\?)|\bbarqarorla\w*|\b(?:taklif|e['ʼ’‘]?lon|imzo)\s+qil\w*"
    r"|^(?!(?:who|what|where|when|why|how|is|was|did|does|do|and|tell|name)\b)[^?]+\s+(?-i:kim)(?:\W*$|\s*\?)",
    re.I,
)

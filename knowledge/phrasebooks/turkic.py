"""Turkic phrasebooks: Uzbek, Kazakh, Kyrgyz and Uyghur in their Latin letters, Azerbaijani, and Tatar in its Cyrillic
ones."""

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
    _plain_letters,
    _Shapes,
    _the_the,
    _with_the,
    _with_the_named,
    _with_the_own_noun,
    _word_for_word,
    _works_for,
)
from knowledge.phrasebooks.verb_last import _Agglutinating, _agglutinating, _verb_last, _VerbLast

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


# How readers ask in Azerbaijani, with English words and often without its letters (ə, ı, ş, ç, ğ, ö, ü typed e, i, s,
# c, g, o, u): "Xi Tayvan haqqında nə dedi?" (what did Xi say about Taiwan), "Blinken Pekində kimlə görüşdü?" (whom did
# Blinken meet in Beijing), "Gorus ne qeder davam etdi?" (how long did the meeting last), "Kim terefdas olmaliyiq
# dedi?" (who said we should be partners). Turkish is not read: its "hakkında", "ne kadar", "kiminle görüştü" are
# Azerbaijani's "haqqında", "nə qədər", "kimlə görüşdü", and the book's pattern asks for Azerbaijani's own words.
_AZERBAIJANI_MARKED = (("e", "ə"), ("i", "ı"), ("s", "ş"), ("c", "ç"), ("g", "ğ"), ("o", "ö"), ("u", "ü"))
_AZERBAIJANI_NAMES = {
    "(?-i:(?:Si|Xi)\\s+(?:Cinpin|Cinping|Szinpin|Tszinpin|Jinping|Jinpin|Tsinpin)\\w*)": "Xi Jinping",
    "(?-i:Van\\s+(?:Yi|I)|Vanq\\s+(?:Yi|I))(?![\\w'-])": "Wang Yi", "(?-i:Entoni|Antoni)(?=\\s+Blinken)": "Antony",
    "(?-i:Co|Jo|Djo|Dco)(?=\\s+Bayden)": "Joe", "(?-i:Cenubi\\s+Cin\\s+deniz\\w*)": "the South China Sea",
    "(?-i:(?:Cin|China)-(?:AB[SŞ]|Amerika)|(?:AB[SŞ]|Amerika)-(?:Cin|China))(?:['’-]?(?:in|nin|da))?": "China-US",
    "(?-i:Amerika\\s+Birlesmis\\s+Statlar\\w*|AB[SŞ]|Abs)(?:['’-]?(?:in|nin|a|ya|da|dan|i|ni|la|le))?": "the US",
    "(?-i:Boyuk\\s+Xalq\\s+Zal\\w*)": "the Great Hall of the People",
}  # fmt: skip
_AZERBAIJANI_STEMS = {
    "tayvan": "Taiwan", "pekin": "Beijing", "cin": "China", "amerika": "America", "rusiya": "Russia",
    "ukrayna": "Ukraine", "vasinqton": "Washington", "vasington": "Washington", "kaliforniya": "California",
    "bayden": "Biden", "avropa": "Europe", "yaponiya": "Japan", "azerbaycan": "Azerbaijan", "turkiye": "Turkey",
    "isvecre": "Switzerland", "fransa": "France", "almaniya": "Germany", "hindistan": "India", "iran": "Iran",
    "gurcustan": "Georgia", "ermenistan": "Armenia", "koreya": "Korea", "britaniya": "Britain", "israil": "Israel",
    "suriya": "Syria", "blinken": "Blinken",
}  # fmt: skip
# What English puts before a name for its case ending ("Pekinde": in Beijing)
_AZERBAIJANI_CASES = {
    "da": "in", "de": "in", "a": "to", "e": "to", "ya": "to", "ye": "to", "dan": "from", "den": "from", "in": "'s",
    "nin": "'s", "un": "'s", "nun": "'s", "i": "", "ni": "", "u": "", "nu": "", "la": "with", "le": "with",
    "yla": "with", "yle": "with", "dadir": "in", "dedir": "in",
}  # fmt: skip
_AZERBAIJANI_THINGS = {
    "meqaleye\\s+gore|meqaleye\\s+esasen": "according to the article",
    "sohbet\\s+(?:gedib|getdi|acilib)|danisilib|danisildi": "qeyd olunub", "prezidentler\\w*": "presidents",
    "muzakire\\s+(?=(?:etdi|etdiler|edib|edibler|etmisdiler)\\b)": "discuss ", "bas\\s+diplomat\\w*": "top diplomat",
    "iki": "two", "yox": "not", "yoxsa": "or",
    "(?:danisiq|muzakire|sohbet)\\w*\\s+(?:evvelinde|basinda|baslangicinda)": "at the start of the talks",
    "gorus\\w*\\s+(?:evvelinde|basinda|baslangicinda)": "at the start of the meeting",
    "(?:danisiq|muzakire|sohbet)\\w*\\s+(?:sonunda|axirinda)": "at the end of the talks",
    "gorus\\w*\\s+(?:sonunda|axirinda)": "at the end of the meeting",
    "sabitlesmeye\\s+basla\\w*|sabitlesir|sabitlesmekdedir": "are beginning to stabilise",
    "xarici\\s+isler\\s+nazir\\w*|xarici\\s+nazir\\w*|XIN\\s+bascisi": "foreign minister",
    "dovlet\\s+katib\\w*": "secretary of state", "bas\\s+nazir\\w*": "prime minister",
    "metbuat\\s+katib\\w*|sozcu\\w*": "spokesperson", "nazir\\w*": "minister",
    "prezident\\w*|dovlet\\s+bascisi": "president",
    "lider\\w*|rehber\\w*|bascisi": "leader", "resmi\\s+sexs\\w*|resmi\\w*|mesul\\s+sexs\\w*": "official",
    "jurnalist\\w*": "journalist", "diplomat\\w*": "diplomat", "muellif\\w*": "author", "cinli": "Chinese",
    "amerikali|amerikan": "American", "rusiyali": "Russian", "qonag\\w*|qonaq": "guest",
    "gorusden\\s+sonra": "after the meeting", "gorusden\\s+(?:evvel|qabaq|once)": "before the meeting",
    "gorus\\s+(?:zamani|vaxti|erzinde|esnasinda)": "during the meeting", "gorusde": "at the meeting",
    "gorus(?:u|un|e|ler|leri)?": "meeting", "danisiqlardan\\s+sonra": "after the talks",
    "danisiq(?:lar)?da|muzakire(?:ler)?de": "in the talks",
    "muzakire\\s+(?:olundu|olunub|edildi|edilib)\\w*": "qeyd olunub",
    "danisiq\\w*|muzakire\\w*|sohbet\\w*": "talks",
    "sefer(?:i|e|de|den)?": "visit", "arasindaki|arasinda": "between",
    "bu\\s+meqale\\w*|bu\\s+xeber\\w*|bu\\s+yazi\\w*": "this article", "meqalede|xeberde": "in the article",
    "meqale\\w*|xeber(?:i|in)?": "article", "insan\\s+huquq\\w*": "human rights", "ticaret\\w*": "trade",
    "saat": "hours", "prinsip\\w*": "principles", "olkeler\\w*|dovletler\\w*|olke|dovlet": "countries",
    "abune\\w*": "subscription", "terefdas\\w*|partnyor\\w*|ortaq\\w*": "partners", "reqib\\w*": "rivals",
    "munasibet\\w*|elaqeler\\w*": "relations", "ferqler\\w*|fikir\\s+ayriliq\\w*": "differences",
    "irelileyis\\w*|tereqqi": "progress", "sammit\\w*": "summit", "daha\\s+evvel|evveller|evvel": "previously",
 "ve": "and", "heftenin": "week's", "ilk\\s+def?e|ilk\\s+once": "first",
    "son\\s+def?e|en\\s+son": "last", "meselesi|mesele(?:si)?nde": "",
    "cin\\s+terefinden|cin\\s+terefi(?:nin)?": "Chinese",
    "(?:amerika|abs)\\s+terefinden|amerika\\s+terefi(?:nin)?": "American",
    "danisan|cixis\\s+eden": "",
}  # fmt: skip
_AZERBAIJANI_SAID = (
    r"(?:dedi|deyib|deyir|demisdi|demisdir|soyledi|soyleyib|bildirdi|bildirib|danisdi|danisib|vurguladi|vurgulayib"
    r"|qeyd\s+etdi|qeyd\s+edib|dedi\s+ki|deyibdir)"
)
_AZERBAIJANI_MET = (
    r"(?:gorusdu|gorusub|gorusmusdu|gorusmusdur|gorusduler|gorusubler|gorushdu|gorushub|gorusdu\s*mu|gorusubmu"
    r"|qebul\s+etdi|qebul\s+edib|meet\s+etdi|meet\s+edib)"
)
_AZERBAIJANI = _VerbLast(
    by="",
    about=r"(?P<topic>.+?)\s+(?:haqqinda|barede|haqda)",  # put into "about …" first
    what=r"(?:ne|neyi|neler)",
    said=_AZERBAIJANI_SAID,
    who_said=r"(?:kim\s+(?:dedi|deyib|soyledi|soyleyib|bildirdi|bildirib)|(?:deyen|soyleyen)\s+kim(?:dir|\s+idi|\s+olub)?)",
    that=r"(?:deye|ki)",
    who_said_that=r"kim\s+(?:dedi|deyib|soyledi|soyleyib|bildirdi|bildirib)(?:\s+(?:ki|that))?,?",
    whom=r"(?:with\s+kim|kimle|kiminle|kime|kimi|kimlerle)",
    who=r"(?:kim|kimler)",
    met=_AZERBAIJANI_MET,
    how_long=r"ne\s+qeder(?:\s+(?:vaxt|muddet|zaman))?|nece\s+(?:gun|deqiqe)",
    how_many_hours=r"nece\s+(?:saat|hours)",
    lasted=r"(?:davam\s+etdi|davam\s+edib|davam\s+etmisdi|davam\s+etdi\s*mi|cekdi|cekib|surdu|surub)",
    when=r"(?:ne\s+vaxt|hacan|ne\s+zaman)",
    where=r"(?:harada|harda|hansi\s+yerde)",
    took_place=r"(?:kecirildi|kecirilib|oldu|olub|bas\s+tutdu|bas\s+tutub|teskil\s+olundu|teskil\s+olunub)",
    how_many=r"(?:nece)",
    did=r"(?:etdi|edib|etdiler|etmisdi|eledi|eleyib)",
    how_much=(
        r"(?:ne\s+qederdir|neceyedir|neceye(?:dir)?|qiymeti\s+(?:ne\s+qeder(?:dir)?|nedir|necedir)|ne\s+qeder"
        r"(?:\s+(?:pul|manat|dollar))?|nece\s+(?:manat|pul|dollar))"
    ),
    who_is=r"(?:kimdir|kim\s+idi|kim)",
    why=r"(?:niye|ne\s+ucun|neden|niye\s+gore)",
    went=r"(?:getdi|gedib|geldi|gelib|sefer\s+etdi|sefer\s+edib|yola\s+dusdu)",
    happened=r"(?:ne|neler)\s+(?:oldu|olub|bas\s+verdi|bas\s+verib)",
    about_what=r"(?:(?:ne|neyin)\s+(?:haqqindadir|haqqinda|barededir|barede)|neden\s+(?:behs|bahs)\s+edir)",
    mentioned=(
        r"(?:qeyd\s+(?:olunub|olundu|edilib|edildi)\w*|xatirlan\w*|adi\s+cekil\w*|(?:behs|bahs)\s+(?:olunub|edilib"
        r"|olundu|edildi)\w*|mention\s+(?:olunub|edilib|olundu)\w*|toxunul\w*|danisil\w*)"
    ),
    wrote=r"kim\s+(?:yazib|yazdi|yazmisdir|hazirlayib)",
    article=r"(?:(?:this|the)\s+)*(?:article|news|story)",
    title=r"(?:vezifesi|postu|titulu)\s+(?:nedir|ne|necedir)",
    which=r"(?:hansi)",
)
# Words of the news, put into English last, so that the words said match the article's
_AZERBAIJANI_NEWS_WORDS = {
    "inkisaf\\w*": "development", "destek\\w*": "support", "emekdasliq\\w*": "cooperation", "hormet\\w*": "respect",
    "iqtisadiyyat\\w*": "economy", "dunya\\w*": "world", "problem\\w*": "problem", "narahatliq\\w*": "concerns",
    "sey(?:ler|leri)?": "efforts", "dialoq\\w*": "dialogue", "razilasma\\w*|sazis\\w*": "agreement",
    "tehlukesizlik\\w*": "security", "muharibe\\w*": "war", "sulh\\w*": "peace", "sanksiya\\w*": "sanctions",
    "hokumet\\w*": "government", "artim\\w*": "growth", "gelecek\\w*": "future", "musbet": "positive",
    "menfi": "negative", "amil(?:ler|leri)?": "factors", "artir|artmaqdadir|artmaqda": "increasing",
    "hell\\s+(?:olunsa|edilse|olunanda)": "solved", "aydin": "clear", "anlasilmazliq\\w*": "misunderstandings",
    "sehv\\s+hesablama\\w*": "miscalculations", "hell\\s+olunmamis\\s+mesele\\w*": "unresolved issues",
    "hele\\s+de|hele": "still",
}  # fmt: skip
_AZERBAIJANI_BOOK = _Agglutinating(
    marked=_AZERBAIJANI_MARKED,
    names=_AZERBAIJANI_NAMES,
    stems=_AZERBAIJANI_STEMS,
    people=frozenset({"bayden", "blinken"}),
    cases=_AZERBAIJANI_CASES,
    glued="da|de|dan|den|nin|nun|la|le",
    not_ended=r"Rwanda|Uganda|Amanda|Linda|Wanda|Honda|Granada|Luanda|Sweden|Dresden|Jordan|Camden|Hayden|Holden",
    things=_AZERBAIJANI_THINGS,
    about="haqqinda|barede|haqda|ile\\s+bagli|haqqindaki|baresinde",
    with_="ile",
    and_="ile",
    after="sonra",
    before="evvel|qabaq|once",
    during="zamani|vaxti|erzinde|esnasinda",
    should_be=(
        r"\b(?:(?:biz|onlar)\s+)?(?P<what>\S+)\s+ol(?:mali(?:(?P<we>yiq|yiz)|dir(?:lar)?|dirlar|di)|sunlar|aq)\b"
        r"|\b(?P<what2>\S+)\s+olmaq\s+lazim(?:dir)?\b"
    ),
    done={"teklif": "propose", "elan": "announce", "imza": "sign", "sefer": "visit", "qeyd": "mention"},
    words=_AZERBAIJANI,
    question_words=r"ne|neyi|kim|kimi|kime|kimle|hansi|nece|ne\s+vaxt|harada|harda|niye|bu|o",
    which={
        "gun(?:u|de|unde)?": "on which day",
        "saatda|saat|vaxt(?:da)?": "at what time",
        "seher(?:de)?": "in which city",
        "bina(?:da)?": "in which building",
        "ay(?:da)?": "in which month",
        "il(?:de)?": "in which year",
        "summit(?:de)?": "at which summit",
    },
    outlets={"qezet": "newspaper", "sayt": "website", "nesr": "outlet", "agentlik": "news agency", "kanal": "channel"},
    published={
        "derc": "published",
        "yayimlan": "published",
        "nesr": "published",
        "paylas": "published",
        "yazil": "written",
        "yenilen": "updated",
        "elan": "announced",
    },
    numbers={"bir": "one", "iki": "two", "uc": "three", "dord": "four", "bes": "five"},
    employers={
        "teskilat": "organisation",
        "nazirlik": "ministry",
        "hokumet": "government",
        "qurum": "institution",
        "sirket": "company",
        "qezet": "newspaper",
    },
    whence=r"haradan|hardan",
    opening=r"ve|amma|yaxsi|onda|bir\s+de",
    what_about=r"^(?:bes|ya\s+da)\s+(?P<who>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)(?:\s+ne)?\s*$",
    how=r"nece|ne\s+cur",
    went_on=r"kecdi|kecib|gecdi|olub|oldu",
    verbs={"razilas\\w*": "agree", "gorus\\w*": "meet", "danis\\w*": "talk"},
    said_not=r"demedi|demeyib|soylemedi|soylemeyib|bildirmedi",
    in_view=r"fikrince|fikrine\s+gore|fikrinde",
    works=r"isleyir|calisir|fealiyyet\s+gosterir",
    cost=r"neceye\s+(?:basa\s+gelir|satilir)|ne\s+qedere\s+(?:basa\s+gelir|satilir)|qiymeti\s+ne\s+qeder(?:dir)?",
    anything=r"nese|bir\s+sey|bir\s+nese|hec\s+ne",
    also="de|da|also",
    there_is=r"var(?:\s*mi|dir)?|yazilib(?:\s*mi)?",
    question_mark=r"mi|mu|mu",
    english={
        "ve": "and",
        "ve\\s+ya|yaxud|ya\\s+da": "or",
        "onlar": "they",
        "deyil": "not",
        "bu": "this",
        "de|da": "also",
        "qisaca|qisa": "briefly",
        "etrafli": "in detail",
        "deqiq": "exactly",
        **_AZERBAIJANI_NEWS_WORDS,
    },
)


# How readers ask in Kazakh typed in Latin letters (chat's "q" for қ, "sh" for ш, "y" for ы, "i" for і, "j" or "zh"
# for ж; the Latin alphabet's ä, ö, ü, ū, ğ, ş, ñ, ı typed plain), with English words: "Xi Taivan turaly ne dedi?" (what
# did Xi say about Taiwan), "Blinken Beijingde kimmen kezdesti?" (whom did Blinken meet in Beijing), "Kezdesu qansha
# uaqytqa sozyldy?" (how long did the meeting last), "Kim seriktes boluymyz kerek dedi?" (who said we should be
# partners). Its "men" glued to a name is "with" ("Blinkenmen"), between two names "and" ("Xi men Blinken").
_KAZAKH_MARKED = (
    ("a", "äáа"), ("o", "öó"), ("u", "üūúý"), ("g", "ğǵ"), ("sh", "ş"), ("ch", "ç"), ("n", "ñń"), ("i", "ı"),
)  # fmt: skip
_KAZAKH_NAMES = {
    "(?-i:(?:Si|Xi|Shi)\\s+(?:Szinpin|Tszinpin|Jinping|Tszinpiñ|Zinpin|Jinpin|Tsinpin)\\w*)": "Xi Jinping",
    "(?-i:Van\\s+(?:I|Yi)|Vang\\s+(?:I|Yi))(?![\\w'-])": "Wang Yi", "(?-i:Entoni|Antoni)(?=\\s+Blinken)": "Antony",
    "(?-i:Djo|Dzho|Jo|Zho)(?=\\s+Ba[iy]den)": "Joe", "(?-i:Ontustik\\s+Qyta[iy]\\s+teniz\\w*)": "the South China Sea",
    "(?-i:(?:Qyta[iy]|China)-AQ[SŞ]h?|AQ[SŞ]h?-(?:Qyta[iy]|China))(?:['’-]?(?:dyn|tyn|nyn|da))?": "China-US",
    "(?-i:AQ[SŞ]h?|AQSH|Aqsh|AKSh|AQŞ)(?:['’-]?(?:tyn|ty|qa|ta|tan|ny|pen))?": "the US",
    "(?-i:Halyq\\s+Zal\\w*|Khalyq\\s+Zal\\w*)": "the Great Hall of the People",
}  # fmt: skip
_KAZAKH_STEMS = {
    "taivan": "Taiwan", "tayvan": "Taiwan", "taiwan": "Taiwan", "beijing": "Beijing", "beijin": "Beijing",
    "beyjing": "Beijing", "pekin": "Beijing", "qytai": "China", "qytay": "China", "kytai": "China", "kitai": "China",
    "amerika": "America", "resei": "Russia", "rossiya": "Russia", "ukraina": "Ukraine", "vashington": "Washington",
    "kaliforniya": "California", "kalifornia": "California", "baiden": "Biden", "bayden": "Biden", "europa": "Europe",
    "evropa": "Europe", "japoniya": "Japan", "japonia": "Japan", "zhaponiya": "Japan", "qazaqstan": "Kazakhstan",
    "shveitsariya": "Switzerland", "shveicariya": "Switzerland", "fransiya": "France", "germaniya": "Germany",
    "undistan": "India", "iran": "Iran", "koreya": "Korea", "ulybritaniya": "Britain", "britaniya": "Britain",
    "izrail": "Israel", "siriya": "Syria", "blinken": "Blinken",
}  # fmt: skip
_KAZAKH_CASES = {
    "da": "in", "de": "in", "ta": "in", "te": "in", "nda": "in", "nde": "in", "dagy": "in", "degi": "in",
    "tagy": "in", "tegi": "in", "ga": "to", "ge": "to", "qa": "to", "ke": "to", "na": "to", "ne": "to", "a": "to",
    "e": "to", "dan": "from", "den": "from", "tan": "from", "ten": "from", "nan": "from", "nen": "from",
    "nyn": "'s", "nin": "'s", "dyn": "'s", "din": "'s", "tyn": "'s", "tin": "'s", "nyng": "'s", "ning": "'s",
    "dy": "", "di": "", "ty": "", "ti": "", "ny": "", "ni": "", "n": "", "men": "with", "ben": "with",
    "pen": "with",
}  # fmt: skip
_KAZAKH_THINGS = {
    "maqala\\s+bo[iy]+nsha|maqalaga\\s+sa[iy]": "according to the article", "prezidentter\\w*": "presidents",
    "talqylady|talqylagan|talqylady\\s+ma": "discuss etti", "bas\\s+diplomat\\w*": "top diplomat", "eki": "two",
    "alde|nemese": "or",
    "kelissoz\\w*\\s+basynda": "at the start of the talks", "kezdesu\\w*\\s+basynda": "at the start of the meeting",
    "kelissoz\\w*\\s+(?:sonynda|aqyrynda)": "at the end of the talks",
    "kezdesu\\w*\\s+(?:sonynda|aqyrynda)": "at the end of the meeting",
    "turaqtana\\s+bast\\w*|turaqtanyp\\s+keledi|turaqtanuda|turaqtalyp\\s+keledi": "are beginning to stabilise",
    "syrt[qk]y\\s+ister\\s+ministr\\w*|SIM\\s+basshysy": "foreign minister",
    "memlekettik\\s+hatshy\\w*|memhatshy\\w*": "secretary of state", "premer[\\s-]+ministr\\w*": "prime minister",
    "baspasoz\\s+hatshy\\w*|resmi\\s+okil\\w*": "spokesperson", "ministr\\w*": "minister",
    "prezident\\w*|toraga\\w*": "president", "basshy\\w*|ko[sz]h?basshy\\w*|lider\\w*": "leader",
    "resmi\\s+tulga\\w*|sheneunik\\w*|resmi\\s+adam\\w*": "official", "[jz]h?urnalist\\w*": "journalist",
    "diplomat\\w*": "diplomat", "avtor\\w*": "author", "qyta[iy]lyq|kyta[iy]lyk": "Chinese",
    "amerikalyq|amerikandyq|amerikalyk": "American", "orys|reseilik": "Russian", "qonaq\\w*": "guest",
    "kezdesuden\\s+(?:keyin|kein|son)": "after the meeting",
    "kezdesuge\\s+dei?in|kezdesuden\\s+buryn": "before the meeting",
    "kezdesu\\s+(?:kezinde|barysynda|uaqytynda)": "during the meeting", "kezdesude": "at the meeting",
    "kezdesu(?:ge|di|ni|nin|din|i|ler|leri)?": "meeting", "kelissozderden\\s+(?:keyin|kein)": "after the talks",
    "kelissozderde": "in the talks", "talqylau\\w*": "discussion",
    "kelissoz\\w*|kelisoz\\w*|angime\\w*|soilesu\\w*": "talks",
    "sapar\\w*": "visit", "arasyndagy|arasynda": "between", "(?:bul|osy)\\s+maqala\\w*": "this article",
    "maqalada": "in the article", "maqala\\w*|makala\\w*|jazba\\w*": "article",
    "adam\\s+(?:quqyq|kukyk|qukyq)\\w*": "human rights", "sauda\\w*": "trade", "sagat|saghat": "hours",
    "qagida\\w*|prinsip\\w*": "principles", "elder\\w*|memleketter\\w*|memleket": "countries",
    "jazylym\\w*|podpiska\\w*": "subscription", "seriktes\\w*|ariptes\\w*": "partners",
    "qarsylas\\w*|basekeles\\w*": "rivals", "qarym-qatynas\\w*|qatynas\\w*|baylanys\\w*": "relations",
    "kelispeushilik\\w*|aiyrmashylyq\\w*|ayyrmashylyq\\w*": "differences", "ilgerileu\\w*|progres\\w*": "progress",
    # its verb of proposing, read as an English verb and its "etti" (did), as a compound verb is
    "usyndy|usyngan|usynypty|usynys\\s+jasady": "propose etti", "[jz]h?ane": "and", "aptanyn?g?": "week's",
    "alg?h?ash|birinshi\\s+ret": "first", "songy\\s+ret|en\\s+songy": "last", "maselesi|masele": "",
    "qyta[iy]\\s+(?:tarapynan|jagynan|tarapy)": "Chinese",
    "(?:amerika|aqsh)\\s+(?:tarapynan|jagynan|tarapy)": "American",
    "soilegen": "", "talqyland\\w*": "ataldy", "sammit\\w*": "summit", "buryn|burynyraq": "previously",
}  # fmt: skip
_KAZAKH_SAID = (
    r"(?:dedi|degen|dep\s+aitty|dep\s+aytty|aitty|aytty|aitti|aitqan|aytqan|malimdedi|malimdegen|soiledi|soilegen"
    r"|atap\s+otti|dep\s+edi|dedi\s+me)"
)
_KAZAKH_MET = (
    r"(?:kezdesti|kezdesken|kezdesipti|kezdesti\s+me|kezdesken\s+be|jolyqty|qabyldady|kezdesu\s+otkizdi"
    r"|meet\s+jasady|meet\s+etti)"
)
_KAZAKH = _VerbLast(
    by="",
    about=r"(?P<topic>.+?)\s+(?:turaly|jaiynda|jayynda|tuwraly|haqynda)",  # put into "about …" first
    what=r"(?:ne|neni|neler)",
    said=_KAZAKH_SAID,
    who_said=r"(?:kim\s+(?:dedi|aitty|aytty|aitqan|aytqan|degen)|(?:degen|dep\s+aitqan)\s+kim)",
    that=r"(?:dep|degen)",
    who_said_that=r"kim\s+(?:dedi|aitty|aytty|aitqan|aytqan)(?:\s+(?:ki|that))?,?",
    whom=r"(?:with\s+kim|kimmen|kimge|kimdi)",
    who=r"(?:kim|kimder)",
    met=_KAZAKH_MET,
    how_long=r"qansha(?:\s+(?:uaqyt|uaqytqa|waqyt|waqytqa|merzim|uakyt))?|kansha(?:\s+uakyt\w*)?|neshe\s+(?:kun|minut)",
    how_many_hours=r"(?:neshe|qansha|kansha)\s+(?:sagat|saghat|sagatqa|saghatqa|hours)",
    lasted=r"(?:sozyldy|sozylgan|jalgasty|jalgasqan|zhalgasty|zhalgaskan|sozylypty|sozyldy\s+ma|otti)",
    when=r"(?:qashan|kashan|qai\s+kezde|qay\s+kezde)",
    where=r"(?:qaida|qayda|kaida|qai\s+jerde|qay\s+jerde|qai\s+zherde)",
    took_place=r"(?:otti|otken|otkizildi|otkizilgen|boldy|bolgan|uiymdastyryldy)",
    how_many=r"(?:neshe|qansha)",
    did=r"(?:jasady|jasagan|etti|etken|qyldy|qylgan)",
    how_much=r"(?:qansha\s+turady|bagasy\s+qansha|qansha(?:\s+(?:aqsha|tenge|dollar))?|neshe\s+tenge)",
    who_is=r"(?:kim|kim\s+edi|degen\s+kim)",
    why=r"(?:nege|nelikten|ne\s+ushin|ne\s+ushyn|ne\s+sebepten)",
    went=r"(?:bardy|bargan|keldi|kelgen|sapar\s+jasady|attandy)",
    happened=r"(?:ne|neler)\s+(?:boldy|bolgan|oryn\s+aldy|otti)",
    about_what=r"ne\s+(?:turaly|jaiynda|jayynda)(?:\s+(?:jazylgan|aitylgan))?",
    mentioned=(
        r"(?:ataldy|atalgan|atalady|aityldy|aitylgan|eske\s+alyndy|eske\s+alyngan|soz\s+boldy|soz\s+bolgan"
        r"|mention\s+boldy|mention\s+jasaldy|qozgaldy|qozgalgan)\w*(?:\s+(?:ma|me|ba|be|pa|pe))?"
    ),
    wrote=r"kim\s+(?:jazdy|jazgan|zhazdy|zhazgan|jazypty)",
    article=r"(?:(?:this|the)\s+)*(?:article|news|story)",
    title=r"(?:lauazymy|qyzmeti)\s+(?:qandai|qanday|ne)",
    which=r"(?:qaisy|qaysy|kaisy|qai|qay|qandai|qanday)",
)
# Words of the news, put into English last, so that the words said match the article's
_KAZAKH_NEWS_WORDS = {
    "damu\\w*": "development", "qoldau\\w*": "support", "yntymaqtastyq\\w*": "cooperation", "qurmet\\w*": "respect",
    "ekonomika\\w*": "economy", "alem\\w*": "world", "problema\\w*": "problem", "alandaushylyq\\w*": "concerns",
    "kush-?[jz]h?iger\\w*": "efforts", "dialog\\w*": "dialogue", "kelisim\\w*": "agreement",
    "qauipsizdik\\w*": "security", "soghys\\w*|sogys\\w*": "war", "beibitshilik\\w*": "peace",
    "sanktsiya\\w*": "sanctions", "osu\\w*": "growth", "bolashaq\\w*": "future", "teris": "negative",
    "faktor\\w*": "factors", "artyp\\s+jatyr|osip\\s+jatyr|kobeiip\\s+jatyr": "increasing",
    "sheshilse|sheshilgende": "solved", "aiqyn|anyq": "clear", "ali\\s+de|ali\\s+da|ali": "still",
}  # fmt: skip
_KAZAKH_BOOK = _Agglutinating(
    marked=_KAZAKH_MARKED,
    names=_KAZAKH_NAMES,
    stems=_KAZAKH_STEMS,
    people=frozenset({"baiden", "bayden", "blinken"}),
    cases=_KAZAKH_CASES,
    glued="da|de|ta|te|ga|ge|qa|ke|dan|den|tan|ten|nan|nen|nyn|nin|dyn|din|tyn|tin|men|ben|pen",
    not_ended=r"Rwanda|Uganda|Amanda|Linda|Wanda|Honda|Granada|Luanda|Sweden|Dresden|Jordan|Carmen|Burke|Camden",
    things=_KAZAKH_THINGS,
    about="turaly|jaiynda|jayynda|tuwraly|haqynda|jonynde",
    with_="men|ben|pen|birge",
    and_="men|ben|pen",
    after="keyin|kein|son",
    before="dei?in|buryn",
    during="kezinde|barysynda|uaqytynda",
    should_be=(
        r"\b(?:(?:biz|olar)\s+)?(?P<what>\S+)\s+bolu(?:(?P<we>ymyz|imiz)|y|lary)?\s+(?:kerek|tiis)\w*"
        r"|\b(?P<what2>\S+)\s+boluga\s+tiis\w*"
    ),
    done={"usynys": "propose", "malimdeme": "announce", "sapar": "visit"},
    words=_KAZAKH,
    question_words=r"ne|neni|kim|kimdi|kimge|kimmen|qaisy|qai|neshe|qansha|qashan|qaida|nege|bul|ol",
    which={
        "kun(?:i|de|inde)?": "on which day",
        "sagatta|sagat|uaqytta": "at what time",
        "qala(?:da)?": "in which city",
        "gimarat(?:ta)?": "in which building",
        "ai(?:da)?": "in which month",
        "jyl(?:y|da)?": "in which year",
        "summit(?:te)?": "at which summit",
    },
    outlets={
        "gazet": "newspaper",
        "sa[iy]t": "website",
        "basylym": "outlet",
        "agenttik": "news agency",
        "(?:tele)?arna": "channel",
    },
    published={
        "[jz]h?ariyala|[jz]h?ariala|shyq": "published",
        "[jz]h?azyl": "written",
        "[jz]h?ang?artyl": "updated",
    },
    numbers={"bir": "one", "eki": "two", "ush": "three", "tort": "four", "bes": "five"},
    employers={
        "uiym": "organisation",
        "uyym": "organisation",
        "ministrlik": "ministry",
        "ukimet": "government",
        "mekeme": "institution",
        "kompaniya": "company",
        "gazet": "newspaper",
    },
    whence=r"qaidan|qai\s+jerden|qaydan",
    opening=r"[jz]h?ane|al|endi|sonda|sosyn",
    what_about=r"^(?:al|endi)\s+(?P<who>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)(?:\s+she)?\s*$"
    r"|^(?P<name>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+she\s*$",
    how=r"qalai|qalay|kalai|qandai|qanday",
    went_on=r"otti|otken|boldy|bolgan|jurdi",
    verbs={"kelis\\w*": "agree", "kezdes\\w*": "meet", "soiles\\w*": "talk"},
    said_not=r"demedi|aitpady|aitpagan|demegen",
    in_view=r"pikirinshe|oiynsha|pikiri\s+boiynsha",
    works=r"jumys\s+isteidi|isteidi|qyzmet\s+atqarady|enbek\s+etedi",
    cost=r"qansha\s+turady|bagasy\s+qansha|qanshaga\s+(?:turady|satylady)",
    anything=r"birdene|birdeme|bir\s+narse|eshteme",
    also="da|de|ta|te|also",
    there_is=r"bar(?:\s*(?:ma|pa|ba))?|jazylgan(?:\s*ba)?",
    question_mark=r"ma|me|ba|be|pa|pe",
    english={
        "men": "and",
        "[jz]h?ane": "and",
        "nemese": "or",
        "olar": "they",
        "emes": "not",
        "bul|osy": "this",
        "da|de|ta|te": "also",
        "q?ysqasha|kyskasha": "briefly",
        "tolyq": "in detail",
        "naqty": "exactly",
        **_KAZAKH_NEWS_WORDS,
    },
)


@cache
def _azerbaijani() -> _Shapes:
    return _agglutinating(_AZERBAIJANI_BOOK)


@cache
def _kazakh() -> _Shapes:
    return (
        # "Blinken AQSh-ta qandai lauazymda?" (Blinken, in the US, in what post): what position does Blinken hold in
        # the US; its case ending left off the place, read by the names and stems after
        (
            re.compile(
                rf"^(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+"
                r"(?:(?P<where>(?-i:[A-Z])\w+?)(?:['’-]?(?:ta|te|da|de))\s+)?"
                r"(?:qandai|qanday|qai|qaisy)\s+(?:lauazym|qyzmet)\w*(?:\s*(?:\?.*)?)$",
                re.I,
            ),
            lambda match: (
                f"what position does {match.group('who')} hold"
                + (f" in {match.group('where')}" if match.group("where") else "")
            ),
        ),
        *_agglutinating(_KAZAKH_BOOK),
    )


# Azerbaijani's own words, none of them Turkish's ("haqqında", not "hakkında"; "görüşdü", not "görüştü"), Uzbek's
# ("davam etdi", not "davom etdi") or Kazakh's, or its letter "ə"; or a name and "ne dedi" alone ("Biden ne dedi?":
# what did Biden say, as Kazakh and Turkish ask it too), "kimdir" alone ("Wang Yi kimdir?": who is Wang Yi) or "Kim dedi
# ki, …" (who said …)
_AZERBAIJANI_WORDS = _lazy_pattern(
    r"ə|\b(?:haqq[iı]nda\w*|bar[eə]d[eə]|q[eə]d[eə]r\w*|kiml[eə]|g[oö]r[uü](?:[sş]|sh)(?:d[uü]|[uü]b|m[uü][sş]|d[eə]n?)"
    r"\w*|davam\s+(?:et|ed)\w*|deyib\w*|deyen|olunub\w*|edilib\w*|m[eə]qal[eə]\w*|n[eə]\s+vaxt|harada|harda"
    r"|hans[iı]|ne[cç][eə]\w*|n[eə]\s+[uü][cç][uü]n|nazir\w*|t[eə]r[eə]fda[sş]\w*|olmal[iı]\w*|ke[cç]iril\w*"
    r"|d[eə]rc|yaz[iı]b|xarici|dan[iı](?:[sş]|sh)[iı]q\w*|t[eə]klif\s+(?:etdi|edib)|getdi|gedib|n[eə]s[eə]|qeyd\s+\w+"
    r"|m[uü]nasib[eə]t\w*|sabitl[eə]\w*|[iı]r[eə]lil[eə]yi\w*|f[eə]rql[eə]r\w*|r[eə]qib\w*|ticar[eə]t\w*|h[uü]quq\w*"
    r"|v[eə]zif[eə]\w*|m[uü][eə]llif\w*|t[eə][sş]kilat\w*|[iı][sş]l[eə]yir|dovl[eə]t\s+katib\w*|sitat\w*|yenil[eə]n\w*"
    r"|h[eə]ft[eə]nin|xatirlan\w*|b[eə]hs\s+\w+|m[eə]nfi|amill[eə]r\w*|inki[sş]af\w*|d[eə]st[eə]k\w*|[eə]vv[eə]l\w*|s[oö]hb[eə]t\s+ged\w*|demedi|razila[sş]\w*|bes)\b|(?-i:ABŞ)"
    r"|^(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*\s+(?:ne\s+dedi|kimdir)(?:\W*$|\s*[,?])|^kim\s+dedi\s+ki\b",
    re.I,
)
# Kazakh's own words, none of them Uzbek's ("qansha", not "qancha"; "kezdesti", not "uchrashdi") or Turkish's; or a
# name's dative before "ne dedi" ("Blinkenge ne dedi?": what did … say to Blinken)
_KAZAKH_WORDS = _lazy_pattern(
    r"\b(?:turaly|ja[iy]+nda|kezdes\w*|kimmen|kimge|sozyl\w*|qansha\w*|kansha|neshe|qashan|kashan|qaida|kaida"
    r"|qa[iy]\s+[jz]h?erde|nege|nelikten|qa[iy]sy|maqala\w*|a[iy]tty|a[iy]tqan|kerek|bolu\w*|seriktes\w*|atal\w+"
    r"|a[iy]tyl\w+|[jz]h?azdy|[jz]h?azgan|[jz]h?ariyala\w*|otkizil\w*|bardy|usyndy|syrt[qk]y\s+ister|dedi\s+me"
    r"|kelissoz\w*|qatynas\w*|turaqtan\w*|ilgerileu\w*|kelispeushilik\w*|qarsylas\w*|sauda\w*|quqyq\w*"
    r"|memlekettik|hatshy\w*|lauazym\w*|qyzmet\w*|avtory|[jz]h?anartyl\w*|aptanyn?g?|birdene|birdeme|qagida\w*"
    r"|barlyq|sozderin|isteidi|jazylym\w*|amerikal[yi][qk]|qyta[iy]lyq|reseilik|q?ysqasha|tarapynan|talqyla\w*"
    r"|alg?h?ash|resmi\s+tulga|qyta[iy]\w*|buryn|aitpady|[jz]h?ane|qalai|teris|faktor\w*|artyp|damu\w*|qoldau\w*"
    r"|yntymaqtastyq\w*|qurmet\w*|bolashaq\w*|beibitshilik\w*|alem\w*)\b|(?-i:AQ[SŞ])"
    r"|\b(?-i:[A-Z])\w+(?:ge|ke|ga|qa)\s+ne\s+dedi\b",
    re.I,
)


# How readers ask in Kyrgyz typed in Latin letters (ө and ү typed "o" and "u", ы "y" or "i", ң "n" or "ng", ж "j" or
# "zh"), with English words: "Xi Taivan jonundo emne dedi?" (what did Xi say about Taiwan), "Blinken Beijingde kim menen
# joluktu?" (whom did Blinken meet in Beijing), "Jolugushuu kancha ubakytka sozuldu?" (how long did the meeting last),
# "Kim biz onektesh bolushubuz kerek dedi?" (who said we should be partners). It puts its verb last and glues its case
# endings on its nouns as Kazakh does (verb_last._Agglutinating), with vowels of its own in them ("Pekinge": to
# Beijing, "Moskvada": in Moscow, "Tokiodo": in Tokyo); its "menen" after a name is "with" ("Blinken menen"), between
# two names "and" ("Xi menen Blinken"). Its "kerek", "dedi", "kim" and "jazdy" are Kazakh's and Uzbek's too: read
# before the Kazakh and Uzbek books, only when a word of Kyrgyz's own is there ("emne", "jonundo", "joluktu", "kancha").
_KYRGYZ_MARKED = (
    ("o", "öө"), ("u", "üү"), ("n", "ñңń"), ("y", "ы"), ("a", "äá"), ("g", "ğ"), ("sh", "ş"), ("ch", "ç"), ("i", "ı"),
)  # fmt: skip
_KYRGYZ_NAMES = {
    "(?-i:(?:Si|Xi|Shi)\\s+(?:Tszinpin|Szinpin|Jinping|Jinpin|Tsinpin|Zinpin)\\w*)": "Xi Jinping",
    "(?-i:Van\\s+(?:I|Yi)|Vang\\s+(?:I|Yi))(?![\\w'-])": "Wang Yi", "(?-i:Entoni|Antoni)(?=\\s+Blinken)": "Antony",
    "(?-i:Djo|Dzho|Jo)(?=\\s+Ba[iy]den)": "Joe", "(?-i:Si)(?![\\w'’-])": "Xi",
    "(?-i:T[uü]sht[uü]k\\s+Kyta[iy]\\s+deng?iz\\w*)": "the South China Sea",
    "(?-i:(?:Kyta[iy]|China)-AK[SŞ]h?|AK[SŞ]h?-(?:Kyta[iy]|China))(?:['’-]?(?:tyn|dyn|nyn|ta|da))?": "China-US",
    "(?-i:AK[SŞ]h?|AKSH|Aksh|AQSh|AQSH)(?:['’-]?(?:tyn|ty|ka|ta|tan|ny|ga))?": "the US",
    "(?-i:Eldik\\s+Chong\\s+Zal\\w*)": "the Great Hall of the People",
}  # fmt: skip
_KYRGYZ_STEMS = {
    "taivan": "Taiwan", "tayvan": "Taiwan", "taiwan": "Taiwan", "beijing": "Beijing", "beyjing": "Beijing",
    "pekin": "Beijing", "kytai": "China", "kytay": "China", "kitai": "China", "kitay": "China", "amerika": "America",
    "orusiya": "Russia", "orusiia": "Russia", "rossiya": "Russia", "ukraina": "Ukraine", "vashington": "Washington",
    "kaliforniya": "California", "kaliforniia": "California", "baiden": "Biden", "bayden": "Biden", "evropa": "Europe",
    "japoniya": "Japan", "iaponiya": "Japan", "yaponiya": "Japan", "kyrgyzstan": "Kyrgyzstan",
    "kazakstan": "Kazakhstan", "bishkek": "Bishkek", "moskva": "Moscow", "shveytsariya": "Switzerland",
    "shveitsariya": "Switzerland", "frantsiya": "France", "germaniya": "Germany", "indiya": "India", "iran": "Iran",
    "koreya": "Korea", "britaniya": "Britain", "izrail": "Israel", "siriya": "Syria", "tokio": "Tokyo",
    "blinken": "Blinken", "wang yi": "Wang Yi",
}  # fmt: skip
# What English puts before a name for its case ending ("Pekinde": in Beijing, "Blinkenge": to Blinken), in the four
# vowels of its endings ("Tokiodo": in Tokyo)
_KYRGYZ_CASES = {
    "da": "in", "de": "in", "do": "in", "ta": "in", "te": "in", "to": "in", "dagy": "in", "degi": "in",
    "dogu": "in", "tagy": "in", "tegi": "in", "ga": "to", "ge": "to", "go": "to", "ka": "to", "ke": "to", "ko": "to",
    "dan": "from", "den": "from", "don": "from", "tan": "from", "ten": "from", "ton": "from", "nan": "from",
    "nen": "from", "nyn": "'s", "nin": "'s", "nun": "'s", "dyn": "'s", "din": "'s", "dun": "'s", "tyn": "'s",
    "tin": "'s", "tun": "'s", "ny": "", "ni": "", "nu": "", "dy": "", "di": "", "du": "", "ty": "", "ti": "", "tu": "",
    "n": "",
}  # fmt: skip
_KYRGYZ_MEETING = r"(?:j|zh)olug(?:u|uu)sh(?:uu|u)"  # "jolugushuu", the meeting ("jolugushtu": they met)
_KYRGYZ_TALKS = r"(?:s[uü]yl[oö]sh(?:uu|u)|baarlash(?:uu|u))"  # "süylöshüü", talks
_KYRGYZ_THINGS = {
    "makala\\s+boyuncha|makalaga\\s+(?:ylayyk|ylaiyk|karaganda)": "according to the article",
    "pre[zs]identter\\w*": "presidents", "makalanyn\\s+(?:avtor|jazuuchu)\\w*": "the author of the article",
    "kaysy\\s+[oö]lk[oö]d[oö]n": "from which country", "kaysy\\s+[oö]lk[oö]d[oö]": "in which country",
    "kaysy\\s+[oö]lk[oö]": "which country", "bash\\s+diplomat\\w*": "top diplomat", "eki": "two", "je|ili": "or",
    f"{_KYRGYZ_TALKS}\\w*\\s+bashynda": "at the start of the talks",
    f"{_KYRGYZ_MEETING}\\w*\\s+bashynda": "at the start of the meeting",
    f"{_KYRGYZ_TALKS}\\w*\\s+(?:ayagynda|aiagynda|akyrynda|sonunda)": "at the end of the talks",
    f"{_KYRGYZ_MEETING}\\w*\\s+(?:ayagynda|aiagynda|akyrynda|sonunda)": "at the end of the meeting",
    "turukta(?:sha|shyp)\\s+bashta\\w*|stabilde\\w*\\s+bashta\\w*|turuktashuuda": "are beginning to stabilise",
    "tyshky\\s+ishter\\s+ministr\\w*|TIM\\s+bashchysy": "foreign minister",
    "mamlekettik\\s+katch?y\\w*|memkatchy\\w*": "secretary of state", "premer[\\s-]+ministr\\w*": "prime minister",
    "(?:basma\\s+s[oö]z|press)[\\s-]+katch?y\\w*": "spokesperson", "ministr\\w*": "minister",
    "pre[zs]ident\\w*|t[oö]rag[aä]\\w*": "president", "lider\\w*|jetekchi\\w*|bashchy\\w*": "leader",
    "rasmiy\\s+(?:adam|tulga)\\w*|ofitsial\\w*|kyzmatker\\w*|chinovnik\\w*|amaldar\\w*|mansapker\\w*": "official",
    "[jz]h?urnalist\\w*": "journalist",
    "diplomat\\w*": "diplomat", "avtor\\w*": "author", "kyta[iy]lyk|kita[iy]lyk": "Chinese",
    "amerikalyk|amerikandyk": "American", "orus(?:tuk)?": "Russian", "konok\\w*": "guest",
    f"{_KYRGYZ_MEETING}dan\\s+(?:kiyin|kiin|soŋ|song)": "after the meeting",
    f"{_KYRGYZ_MEETING}g[ao]\\s+(?:cheyin|chein)|{_KYRGYZ_MEETING}dan\\s+murun": "before the meeting",
    f"{_KYRGYZ_MEETING}\\s+(?:uchurunda|ubagynda|maalynda|mezgilinde|ubaktysynda)": "during the meeting",
    f"{_KYRGYZ_MEETING}da": "at the meeting", f"{_KYRGYZ_MEETING}\\w*|kezdeshuu\\w*": "meeting",
    f"{_KYRGYZ_TALKS}lordon\\s+(?:kiyin|kiin)": "after the talks", f"{_KYRGYZ_TALKS}lordo": "in the talks",
    "talkuu\\w*": "discussion", f"{_KYRGYZ_TALKS}\\w*|suylom\\w*|s[uü]z\\s*m[uü]ch[oö]l\\w*": "talks",
    "sapar\\w*|vizit\\w*": "visit", "ortosundagy|ortosunda": "between",
    "(?:bul|ushul|oshol)\\s+makala\\w*|(?:bul|ushul)\\s+kabar\\w*": "this article", "makalada": "in the article",
    "makala\\w*|maqala\\w*|kabar(?:dy|y|da)?": "article", "adam\\s+ukuk\\w*": "human rights",
    "soodo\\w*": "trade", "saat": "hours", "printsip\\w*|prinsip\\w*|negizgi\\s+ereje\\w*": "principles",
    "[oö]lk[oö]l[oö]r\\w*|mamleketter\\w*|[oö]lk[oö]\\w*|mamleket": "countries",
    "jazyluu\\w*|podpiska\\w*": "subscription",
    "[oö]n[oö]kt[oö]sh\\w*|onektesh\\w*|sheriktesh\\w*|partn[oy]or\\w*": "partners",
    "ataandash\\w*|bakt?ashtash\\w*|rakib\\w*": "rivals", "mamile\\w*|baylanysh\\w*": "relations",
    "ayyrmachylyk\\w*|aiyrmachylyk\\w*|kelishpestik\\w*|pikir\\s+keliship\\w*": "differences",
    "ilgeril[oö][oö]\\w*|progress\\w*": "progress",
    # its verb of proposing, read as an English verb and its "kyldy" (did), as a compound verb is
    "sunushtady|sunushtagan|sunush\\s+kyldy|sunush\\s+etti": "propose kyldy", "jana|zhana": "and",
    "jumanyn|jumanyng": "week's", "algach|birinchi\\s+jolu": "first", "akyrky\\s+jolu|e[nŋ]\\s+akyrky": "last",
    "maselesi|masele": "", "kyta[iy]\\s+(?:tarabynan|tarap)": "Chinese",
    "(?:amerika|aksh)\\s+(?:tarabynan|tarap)": "American", "suylogon": "", "talkuulan\\w*": "ataldy",
    "sammit\\w*": "summit", "murun|buga\\s+cheyin|murda": "previously",
}  # fmt: skip
_KYRGYZ_SAID = (
    r"(?:dedi|degen|dep\s+ayt(?:ty|kan)|dep\s+ait(?:ty|kan)|aytty|aitty|aytkan|aitkan|bildirdi|bildirgen|belgiledi"
    r"|belgilegen|s[uü]yl[oö]d[uü]|jaryyalady|dedi\s+(?:bi|by)|dedibi)"
)
_KYRGYZ_MET = (
    r"(?:joluktu|jolukkan|jolugushtu|jolugushkan|zholuktu|kezdeshti|kezdeshken|joluktu\s*(?:bu|by)"
    r"|kabyl\s+aldy|meet\s+kyldy|meet\s+etti)"
)
_KYRGYZ_QUESTION_MARK = r"(?:by|bi|bu|py|pi|pu)"
# What "kancha" (how many) counts of a time something lasts ("kancha ayga": for how many months)
_KYRGYZ_UNITS = {"k[uü]n": "days", "juma|apta": "weeks", "ay": "months", "jyl": "years"}  # hours: the shared shapes
_KYRGYZ = _VerbLast(
    by="",
    about=r"(?P<topic>.+?)\s+(?:j[oö]n[uü]nd[oö]|tuuraluu|tuurasynda)",  # put into "about …" first
    what=r"(?:emne|emneni|emneler)",
    said=_KYRGYZ_SAID,
    who_said=r"(?:kim\s+(?:dedi|aytty|aitty|aytkan|aitkan|degen|bildirdi)|(?:degen|dep\s+ayt(?:kan|ty))\s+kim)",
    that=r"(?:dep|degen)",
    who_said_that=r"kim\s+(?:dedi|aytty|aitty|aytkan|aitkan)(?:\s+(?:ki|that))?,?",
    whom=r"(?:with\s+kim(?:der)?|kim(?:der)?\s+menen|kimge|kimdi)",
    who=r"(?:kim|kimder)",
    met=_KYRGYZ_MET,
    how_long=(
        r"kancha(?:\s+(?:ubakyt|ubakytka|ubakyt\s+boyu|ubak|m[uü]n[oö]t|mezgil))?|kanchalyk\s+ubakyt\w*"
        r"|kancha\s+(?:kun|minut)"
    ),
    how_many_hours=r"kancha\s+(?:saat|saatka|hours)",
    lasted=r"(?:sozuldu|sozulgan|sozuldu\s*(?:bu|by)|uland[yi]|ulangan|davam\s+etti|jurd[uü]|[oö]tt[uüo])",
    when=r"(?:kachan|kay\s+kezde|kay\s+ubakta|kaysy\s+ubakta)",
    where=r"(?:kayda|kaerde|kay\s+jerde|kaysy\s+jerde)",
    took_place=r"(?:boldu|bolgon|[oö]tt[uüo]|[oö]tk[oö]n|[oö]tk[oö]r[uü]ld[uü]|[oö]tk[oö]r[uü]lg[oö]n|uyushturuldu)",
    how_many=r"(?:kancha|neche)",
    did=r"(?:kyldy|kylgan|etti|etken|jasady|jasagan)",
    how_much=r"(?:kancha\s+turat|baasy\s+kancha|kancha(?:\s+(?:akcha|som|dollar))?)",
    who_is=r"(?:kim|kim\s+bolot|degen\s+kim)",
    why=r"(?:emnege|emne\s+(?:uchun|üchün|sebeptuu)|ne\s+uchun)",
    went=r"(?:bardy|bargan|keldi|kelgen|sapar\s+kyldy|jonodu|jonogon)",
    happened=r"(?:emne|emneler)\s+(?:boldu|bolgon|[oö]tt[uüo])",
    about_what=r"emne\s+(?:j[oö]n[uü]nd[oö]|tuuraluu)(?:\s+(?:jazylgan|aytylgan))?",
    mentioned=(
        rf"(?:ataldy|atalgan|aytyldy|aytylgan|aityldy|aitylgan|eskerildi|eskerilgen|s[oö]z\s+boldu|s[oö]z\s+bolgon"
        rf"|mention\s+boldu|mention\s+kylyndy|kozgoldu|kozgolgon)\w*(?:\s+{_KYRGYZ_QUESTION_MARK})?"
    ),
    wrote=r"kim\s+(?:jazdy|jazgan|zhazdy|zhazgan)",
    article=r"(?:(?:this|the)\s+)*(?:article|news|story)",
    title=r"(?:kyzmaty|lavazymy|dolzhnosty)\s+(?:kanday|emne)",
    which=r"(?:kaysy|kanday|kay)",
)
# Words of the news, put into English last, so that the words said match the article's
_KYRGYZ_NEWS_WORDS = {
    "[oö]n[uü]g[uü][uü]\\w*": "development", "kold[oö][oö]\\w*": "support", "kyzmattashtyk\\w*": "cooperation",
    "urmat\\w*": "respect", "ekonomika\\w*": "economy", "duyno\\w*|düynö\\w*": "world", "problema\\w*": "problem",
    "tynchsyzdan\\w*": "concerns", "aryket\\w*": "efforts", "dialog\\w*": "dialogue", "kelishim\\w*": "agreement",
    "koopsuzduk\\w*": "security", "sogush\\w*": "war", "tynchtyk\\w*": "peace", "sanktsiya\\w*": "sanctions",
    "[oö]s[uü]sh\\w*": "growth", "kelechek\\w*": "future", "ters": "negative", "faktor\\w*": "factors",
    "[oö]s[uü]p\\s+jatat|k[oö]b[oö]y[uü]p\\s+jatat": "increasing", "chechilse|chechilgende": "solved",
    "ayan|tak": "clear", "dagy\\s+ele|ali\\s+dagy|ali": "still", "[uü]m[uü]t\\w*": "hope", "optimizm\\w*": "optimism",
}  # fmt: skip
_KYRGYZ_BOOK = _Agglutinating(
    marked=_KYRGYZ_MARKED,
    names=_KYRGYZ_NAMES,
    stems=_KYRGYZ_STEMS,
    people=frozenset({"baiden", "bayden", "blinken", "wang yi"}),
    cases=_KYRGYZ_CASES,
    glued="da|de|do|ta|te|to|ga|ge|go|ka|ke|ko|dan|den|don|tan|ten|ton|nyn|nin|nun|dyn|din|dun|tyn|tin|tun",
    not_ended=(
        r"\w+stan|Rwanda|Uganda|Amanda|Linda|Wanda|Honda|Granada|Luanda|Sweden|Dresden|Jordan|Carmen|Burke|Camden|Toronto"
        r"|Orlando|Sacramento|Soweto|Lesotho|Fernando|Alberto|Roberto|Hamilton|Washington|London|Boston|Houston"
    ),
    things=_KYRGYZ_THINGS,
    about="j[oö]n[uü]nd[oö]|tuuraluu|tuurasynda|jonunon",
    with_="menen|birge",
    and_="menen",
    after="kiyin|kiin|song",
    before="cheyin|chein|murun",
    during="uchurunda|ubagynda|maalynda|mezgilinde|ubaktysynda",
    should_be=(
        r"\b(?:alar\s+)?(?P<what>\S+)\s+bol(?:uu|ush|ushu|ushtary|uulary)\s+(?:kerek|tiyish|zaryl)\w*"
        r"|\b(?P<what2>\S+)\s+boluuga\s+tiyish\w*"
    ),
    done={"sunush": "propose", "jariya": "announce", "sapar": "visit"},
    words=_KYRGYZ,
    question_words=r"emne|emneni|kim|kimder|kimdi|kimge|kaysy|kay|kancha|kachan|kayda|kaerde|emnege|bul|al",
    which={
        "k[uü]n\\w*": "on which day",
        "saatta|saat|ubakta": "at what time",
        "shaar(?:da)?": "in which city",
        "shaardan": "from which city",
        "imarat(?:ta)?": "in which building",
        "ay(?:da)?": "in which month",
        "jyl(?:y|da)?": "in which year",
        "sammit(?:te)?": "at which summit",
    },
    outlets={
        "gazet": "newspaper",
        "sa[iy]t": "website",
        "basylm": "outlet",
        "agenttik": "news agency",
        "(?:tele)?kanal": "channel",
    },
    published={
        "[jz]h?ar[iy]+ala|[jz]h?aryiala|chyk": "published",
        "[jz]h?azyl": "written",
        "[jz]h?ang?ylan|[jz]h?a[nŋ]ylan": "updated",
    },
    numbers={"bir": "one", "eki": "two", "uch": "three", "tort": "four", "besh": "five"},
    employers={
        "uyum": "organisation",
        "ministrlik": "ministry",
        "okmot": "government",
        "mekeme": "institution",
        "kompaniya": "company",
        "gazet": "newspaper",
    },
    whence=r"kaydan|kaerden|kay\s+jerden",
    opening=r"jana|zhana|al\s+emi|emi|anan|anda\s+bolso",
    what_about=(
        r"^(?:(?:al\s+emi|emi|anan|a)\s+)?(?P<who>(?-i:[A-Z])[\w]*(?:\s+(?-i:[A-Z])[\w]*)?)(?:-chi|\s+chi|\s+she)\s*$"
    ),
    how=r"kandaycha|kanday|kantip",
    went_on=r"[oö]tt[uüo]|[oö]tk[oö]n|boldu|bolgon|jurdu",
    verbs={"kelish\\w*": "agree", "jolug\\w*|joluk\\w*": "meet", "s[uü]yl[oö]sh\\w*": "talk"},
    said_not=r"degen\s+jok|aytkan\s+jok|aitkan\s+jok|aytpady|aitpady",
    in_view=r"pikiri\s+boyuncha|pikirinche|oyuncha",
    works=r"ishteyt|kyzmat\s+kylat|emgektenet",
    cost=r"kancha\s+turat|baasy\s+kancha",
    anything=r"bir\s+nerse|emnedir|bir\s+nerseni",
    also="da|de|ta|te|also",
    there_is=rf"bar(?:\s*{_KYRGYZ_QUESTION_MARK})?|barby|jazylgan(?:\s*by)?",
    question_mark=_KYRGYZ_QUESTION_MARK,
    english={
        "menen": "and",
        "jana|zhana": "and",
        "je|ili": "or",
        "alar": "they",
        "emes": "not",
        "bul|ushul": "this",
        "da|de|ta|te": "also",
        "kyskacha": "briefly",
        "tolugu\\s+menen": "in detail",
        "tak": "exactly",
        **_KYRGYZ_NEWS_WORDS,
    },
)


@cache
def _kyrgyz() -> _Shapes:
    return (
        # "biz onektesh bolushubuz kerek" (we must be partners): "we", said by "biz" or by the verb's ending
        (
            re.compile(
                r"\b(?:biz\s+(?P<what>\S+)\s+bol(?:uu|ush)\w*|(?:biz\s+)?(?P<what2>\S+)\s+bol(?:ush|uu)(?:ubuz|ibiz)"
                r")\s+(?:kerek|tiyish|zaryl)\w*",
                re.I,
            ),
            lambda match: f"we should be {match.group('what') or match.group('what2')}",
        ),
        # "Wang Yi Blinken menen emne jonundo süylöshtü?": what did Wang Yi discuss with Blinken
        (
            re.compile(
                r"^(?P<who>.+?)(?:\s+(?P<whom>\S+(?:\s+Yi)?)\s+menen)?\s+emne\s+(?:j[oö]n[uü]nd[oö]|tuuraluu)\s+"
                r"(?:s[uü]yl[oö]sh(?:t[uü]|k[oö]n|[uü]sht[uü])|talkuula(?:shty|dy|gan)|baarlash(?:ty|kan))$",
                re.I,
            ),
            lambda match: (
                f"what did {match.group('who')} discuss"
                + (f" with {match.group('whom')}" if match.group("whom") else "")
            ),
        ),
        # "Soodo jönündö emne aytyldy?": what was said about trade
        (
            re.compile(r"^(?P<topic>.+?)\s+(?:j[oö]n[uü]nd[oö]|tuuraluu)\s+emne\s+(?:aytyl|aityl|ayt|ait)\w*$", re.I),
            r"what was said about \g<topic>",
        ),
        # "Wang Yi kanday kyzmatta?" (Wang Yi, in what post): what position does Wang Yi hold (in China)
        (
            re.compile(
                rf"^(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+"
                r"(?:(?P<where>(?-i:[A-Z])\w+?)(?:['’-]?(?:ta|te|da|de|do|to))\s+)?"
                r"(?:kanday|kaysy)\s+(?:kyzmat|lavazym)\w*(?:\s*(?:\?.*)?)$",
                re.I,
            ),
            lambda match: (
                f"what position does {match.group('who')} hold"
                + (f" in {match.group('where')}" if match.group("where") else "")
            ),
        ),
        # "Eki ölkönün kelishpestikteri arasynda opioid maselesi barby?": was opioid mentioned among the differences
        (
            re.compile(
                rf"^(?P<among>.+?)\s+(?:arasynda|ichinde|katarynda)\s+(?P<what>.+?)\s+(?:maselesi\s+)?"
                rf"(?:bar\s*{_KYRGYZ_QUESTION_MARK}|barby|bar)$",
                re.I,
            ),
            r"was \g<what> mentioned among \g<among>",
        ),
        # "Emne üchün Blinken Beijingge bardy?": why did Blinken go to Beijing (why asked first, put before the verb)
        (
            re.compile(r"^(?:emnege|emne\s+(?:uchun|üchün|sebeptuu))\s+(?P<rest>.+?)\s+(?P<verb>\S+)$", re.I),
            r"\g<rest> emnege \g<verb>",
        ),
        # "Blinken Li Qiang menen jolukkanby?": did Blinken meet Li Qiang
        (
            re.compile(
                rf"^(?P<who>.+?)\s+(?P<whom>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+menen\s+"
                rf"(?:jolu(?:kkan|ktu|gushtu|gushkan))\s*{_KYRGYZ_QUESTION_MARK}$",
                re.I,
            ),
            r"did \g<who> meet \g<whom>",
        ),
        # "Wang negative factors ali dagy osup jatat dediby?": did Wang say the negative factors are still increasing;
        # "Jolugushuudan kiyin Blinken umut bildirdibi?": did Blinken express hope after the meeting
        (
            re.compile(
                rf"^(?P<occasion>(?-i:[a-zA-Z])\w*\s+(?:kiyin|kiin|cheyin|murun|uchurunda)\s+)?(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+"
                r"(?P<claim>(?!.*\b(?:bir\s+nerse|emnedir|emne|j[oö]n[uü]nd[oö]|tuuraluu)\b).+?)\s+(?:dep\s+)?"
                rf"(?P<verb>dedi|degen|aytty|aytkan|aitty|aitkan|bildirdi|bildirgen)\s*{_KYRGYZ_QUESTION_MARK}$",
                re.I,
            ),
            lambda match: (
                f"did {match.group('who')} "
                f"{'express' if match.group('verb').lower().startswith('bildir') else 'say'} {match.group('claim')}"
                + (f" {match.group('occasion').strip()}" if match.group("occasion") else "")
            ),
        ),
        # "X degen emne?" (what is the thing called X): what is X
        (re.compile(r"^(?P<what>(?!emne\b|kim\b)[^,?]+?)\s+degen\s+emne(?:\s*,.*)?$", re.I), r"what is \g<what>"),
        # an English noun with its endings ("planynyn": the plan's); "aylyk baasy kancha" (its monthly price, how much):
        # how much does it cost a month
        (
            re.compile(r"\b(?P<noun>plan|subscription|newsletter|epaper)(?:ynyn|inin|yn|in|y|i|dyn|din)\b", re.I),
            r"\g<noun>",
        ),
        (
            re.compile(r"^(?P<what>[^,?]+?)\s+(?:aylyk|ayyna|ar\s+aydagy)\s+(?:baasy\s+kancha|kancha\s+turat)$", re.I),
            lambda match: f"how much does {_with_the_named(match.group('what'))} cost a month",
        ),
        # "Smart Quarterly plan kancha ayga sozulat?": how many months does the Smart Quarterly plan last
        (
            re.compile(
                rf"^(?P<what>[^,?]+?)\s+kancha\s+(?P<unit>{'|'.join(_KYRGYZ_UNITS)})\w*\s+"
                r"(?P<lasted>sozul\w*|ulan\w*)$",
                re.I,
            ),
            lambda match: (
                f"how many {next(e for u, e in _KYRGYZ_UNITS.items() if re.fullmatch(u, match.group('unit'), re.I))} "
                f"{'does' if re.search(r'[ao]t$', match.group('lasted')) else 'did'} "
                f"{_with_the_own_noun(match.group('what'))} last"
            ),
        ),
        *_agglutinating(_KYRGYZ_BOOK),
        # "the author of the article from which city jazdy": from which city did the author of the article write
        (
            re.compile(
                r"^(?P<who>[^,?]+?)\s+(?P<asked>(?:from|in)\s+which\s+\w+)\s+"
                r"(?P<verb>jazdy|jazgan|zhazdy|zhazgan|keldi|kelgen)$",
                re.I,
            ),
            lambda match: (
                f"{match.group('asked')} did {_with_the(match.group('who'))} "
                f"{'come' if match.group('verb').lower().startswith('kel') else 'write'}"
            ),
        ),
    )


# Kyrgyz's own words, none of them Kazakh's ("kancha", not "qansha"; "joluktu", not "jolyqty"; "emne", not "ne") or
# Uzbek's ("emne", not "nima"; "menen", not "bilan")
_KYRGYZ_WORDS = _lazy_pattern(
    r"\b(?:emne\w*|j[oö]n[uü]nd[oö]|tuuraluu|tuurasynda|(?:j|zh)oluk\w*|(?:j|zh)olug\w*|kancha\w*|kachan|kaerde"
    r"|sozul\w*|ubakyt\w*|[oö]tk[oö]r[uü]l\w*|tyshky\s+ishter|katchy\w*|[oö]n[oö]kt[oö]sh\w*|onektesh\w*"
    r"|bolushubuz|boluubuz|menen|s[uü]yl[oö]sh\w*|makalany|makalada|kabardy|kyta[iy]lyk|amerikalyk|aytyldy"
    r"|eskeril\w*|ataandash\w*|mamile\w*|adam\s+ukuk\w*|soodo\w*|kyzmaty|ishteyt|kandaycha|kantip|aytpady"
    r"|degen\s+jok|barby|algach|jumanyn|kiyin|cheyin|uchurunda|kelishpestik\w*|ayyrmachylyk\w*|turukta\w*"
    r"|sunush\w*|kaysy|(?:atal|aytyl|aityl|eskeril)\w*(?:by|bi|bu)|s[oö]z\s+bold[uy]\w*|makala\w*|avtoru|kyzmat\w*"
    r"|(?:dedi|ayt(?:ty|kan)|ait(?:ty|kan)|bildir(?:di|gen)|jolu(?:kkan|ktu))\s*(?:by|bi|bu)|jatat|arasynda\s+.+\s+barby)\b",
    re.I,
)


# How readers ask in Uyghur typed in its Latin letters (Uyghur Latin Yéziqi: é, ö, ü, "gh", "ng", "sh", "ch", "zh", "q",
# "x" for خ; often typed without é, ö, ü), with English words: "Xi Taiwan heqqide néme dédi?" (what did Xi say about
# Taiwan), "Blinken Beijingda kim bilen körüshti?" (whom did Blinken meet in Beijing), "Yighin qanche waqit
# dawamlashti?" (how long did the meeting last), "Wang Yi kim?" (who is Wang Yi). It puts its verb last and glues its
# case endings on its nouns as Kyrgyz and Kazakh do (verb_last._Agglutinating), with vowels of its own in them
# ("Beijinggha": to Beijing, "Blinkén'ge": to Blinken, "Xitayning": China's); its "bilen" after a name is "with"
# ("Blinken bilen"), between two names "and" ("Xi bilen Blinken"). Its "Xitay" is China, not Xi, and "Shi" is how it
# spells Xi. Its "kim", "dédi" (typed "dedi") and "kérek" are Kyrgyz's, Kazakh's, Uzbek's and Azerbaijani's too, and its
# "u" (he) is texting's "you": read before texting's shorthand is spelled out and before the other Turkic books, only
# when a word of Uyghur's own is there ("néme", "heqqide", "körüshti", "qanche", "yighin").
_UYGHUR_MARKED = (
    ("e", "éëê"), ("o", "öó"), ("u", "üú"), ("i", "íı"), ("g", "ğ"), ("sh", "ş"), ("ch", "ç"), ("a", "áä"),
)  # fmt: skip
_UYGHUR_NAMES = {
    "(?-i:(?:Shi|Xi|Si)\\s+(?:Jinping|Jinpin|Jinpyng|Zinping)\\w*)": "Xi Jinping",
    "(?-i:Wang\\s+(?:Yi|Yiy|I))(?![\\w'-])": "Wang Yi", "(?-i:Entoni|Antoni)(?=\\s+Blinken)": "Antony",
    "(?-i:Jo|Jow)(?=\\s+Ba[iy]den)": "Joe", "(?-i:Shi)(?![\\w'’-])": "Xi",
    "(?-i:J[ae]nubiy\\s+(?:Xitay|Junggo)\\s+d[ie]ngiz\\w*)": "the South China Sea",
    "(?-i:(?:Xitay|China|Junggo)-(?:Am[ie]rika|AQSH|US)|(?:Am[ie]rika|AQSH|US)-(?:Xitay|China|Junggo))"
    "(?:['’-]?(?:ning|din|da))?": "China-US",
    "(?-i:AQSH|AQSh|Aqsh|AQŞ|ABD)(?:['’-]?(?:ning|ni|gha|qa|ge|ke|da|ta|din|tin))?": "the US",
    "(?-i:Amerika\\s+Qoshma\\s+Shtatliri\\w*)": "the US",
    "(?-i:Xelq\\s+Qurultay\\s+Zal\\w*)": "the Great Hall of the People",
}  # fmt: skip
_UYGHUR_STEMS = {
    "teywen": "Taiwan", "taywen": "Taiwan", "taiwan": "Taiwan", "taywan": "Taiwan", "beijing": "Beijing",
    "beyjing": "Beijing", "pekin": "Beijing", "xitay": "China", "junggo": "China", "amerika": "America",
    "rusiye": "Russia", "rossiye": "Russia", "ukraina": "Ukraine", "washington": "Washington",
    "kaliforniye": "California", "kaliforniya": "California", "ameriki": "America", "rusiyi": "Russia",
    "yaponiyi": "Japan", "kaliforniyi": "California", "bayden": "Biden", "baiden": "Biden",
    "yawropa": "Europe", "yawrupa": "Europe", "yaponiye": "Japan", "shiwetsariye": "Switzerland",
    "shweytsariye": "Switzerland", "shiwitsariye": "Switzerland", "fransiye": "France", "germaniye": "Germany",
    "hindistan": "India", "iran": "Iran", "koreye": "Korea", "engliye": "Britain", "en'giliye": "Britain",
    "israiliye": "Israel", "suriye": "Syria", "qazaqistan": "Kazakhstan", "tokyo": "Tokyo",
    "blinken": "Blinken", "wang yi": "Wang Yi", "xi": "Xi",
}  # fmt: skip
# What English puts before a name for its case ending ("Beijingda": in Beijing, "Blinken'ge": to Blinken), in the
# vowels and consonants of its endings ("Xitayning": China's, "Beijingdin": from Beijing)
_UYGHUR_CASES = {
    "da": "in", "de": "in", "ta": "in", "te": "in", "diki": "in", "tiki": "in", "gha": "to", "ge": "to", "qa": "to",
    "ke": "to", "din": "from", "tin": "from", "ning": "'s", "ni": "", "gheche": "to", "giche": "to", "qiche": "to",
}  # fmt: skip
_UYGHUR_MEETING = r"(?:yighin|y[iy]ghin|körüshüsh|korushush|uchrishish)"  # "yighin", the meeting
_UYGHUR_TALKS = r"(?:s[öo]hbet|sozlishish|s[öo]zl[eé]shish|muzakire)"  # "söhbet", the talks
_UYGHUR_THINGS = {
    # an English noun with its endings and words after it ("meetingdin kéyin": after the meeting)
    "(?:the\\s+)?(?P<n>meeting|talks|visit|summit)(?:['’-]?(?:din|tin|ning))?\\s+k[ée]yin": "after the \\g<n>",
    "(?:the\\s+)?(?P<n>meeting|talks|visit|summit)(?:['’-]?(?:din|tin|gha|ge))?\\s+(?:ilgiri|burun)":
        "before the \\g<n>",
    "(?:the\\s+)?(?P<n>meeting|talks|visit|summit)(?:['’-]?ning)?\\s+(?:b[ée]shida|bashlinishida)":
        "at the start of the \\g<n>",
    "(?:the\\s+)?(?P<n>meeting|talks|visit|summit)(?:['’-]?ning)?\\s+(?:axirida|ayighida)": "at the end of the \\g<n>",
    "(?:the\\s+)?(?P<n>meeting|talks|visit|summit)['’-]?(?:da|de|ta|te)(?!\\w)": "at the \\g<n>",
    "(?:bu|mushu|shu)\\s+(?:yighin|y[iy]ghin|k[öo]r[üu]sh[üu]sh|uchrishish)(?:din|tin)\\s+(?:ilgiri|burun|awwal)":
        "before this meeting",
    "(?:bu|mushu|shu)\\s+(?:yighin|y[iy]ghin|k[öo]r[üu]sh[üu]sh|uchrishish)\\w*\\s+(?:heqqide|toghrisida)":
        "about this meeting",
    "(?:bu|mushu|shu)\\s+(?:yighin|y[iy]ghin|k[öo]r[üu]sh[üu]sh|uchrishish)\\w*": "this meeting",
    "dunyadiki|dunyada": "in the world", "eng\\s+(?:chong|zor|yirik)": "largest",
    "iqtisad\\w*|ekonomika\\w*": "economies",
    "hel\\s+qilish(?:qa|i)\\s+t[ée]gishlik|hel\\s+qilinishi\\s+(?:kerek|lazim)|hel\\s+qilinmighan":
        "that need to be resolved",
    "mesil[ei]l[ei]r|mesil[ei]": "problems", "(?:yenila|h[ée]lihem|t[ée]xi)\\s+bar": "there are still",
    "muqimlishidu|muqimlishishqa\\s+bashlaydu": "will stabilise", "optimist(?!\\w)": "optimistic",
    "maqalig[ei]\\s+(?:asasen|qarighanda|k[oö]re)|maqalid[ei]\\s+d[ée]yilishich[ei]": "according to the article",
    "pr[ée]zid[ée]ntlar\\w*|reisl[ei]r\\w*": "presidents",
    "maqalining\\s+(?:aptori|muellipi|yazghuchisi)": "the author of the article",
    "qaysi\\s+d[oö]l[ei]ttin|qaysi\\s+ellik": "from which country", "qaysi\\s+d[oö]l[ei]tt[ei]": "in which country",
    "qaysi\\s+d[oö]l[ei]t": "which country", "bash\\s+diplomat\\w*": "top diplomat", "ikki": "two",
    "yaki": "or",
    f"{_UYGHUR_TALKS}\\w*\\s+(?:b[ée]shida|bashlinishida)": "at the start of the talks",
    f"{_UYGHUR_MEETING}\\w*\\s+(?:b[ée]shida|bashlinishida)": "at the start of the meeting",
    f"{_UYGHUR_TALKS}\\w*\\s+(?:axirida|ayighida)": "at the end of the talks",
    f"{_UYGHUR_MEETING}\\w*\\s+(?:axirida|ayighida)": "at the end of the meeting",
    "muqiml[ae]shq?ha\\s+bashli\\w*|muqimlishishqa\\s+bashli\\w*|muqimlishiwat\\w*": "are beginning to stabilise",
    "am[ée]rika(?:ning)?\\s+d[oö]l[ei]t\\s+(?:ishliri\\s+)?katip\\w*": "the US secretary of state",
    "tashqi\\s+ishlar\\s+minist[ie]?r\\w*": "foreign minister",
    "d[oö]l[ei]t\\s+ishliri\\s+katip\\w*|d[oö]l[ei]t\\s+katip\\w*": "secretary of state",
    "bash\\s+minist[ie]?r\\w*": "prime minister", "bayanatchi\\w*|sözchi\\w*|sozchi\\w*": "spokesperson",
    "minist[ie]?r\\w*": "minister", "pr[ée]zid[ée]nt\\w*|prezident\\w*|reis(?:i|ning)?|zungtung\\w*": "president",
    "rehb[ei]r\\w*|y[ée]t[ei]kchi\\w*|lider\\w*": "leader",
    "emeldar\\w*|hökümet\\s+xadimi\\w*|hokumet\\s+xadimi\\w*|resmiy\\s+shexs\\w*": "official",
    "muxbir\\w*|jurnalist\\w*": "journalist", "diplomat\\w*": "diplomat",
    "aptor\\w*|muellip\\w*|yazghuchi\\w*": "author", "xitayliq|xitayliq": "Chinese",
    "am[ée]rikiliq|amerikaliq|am[ée]rikilik": "American", "rusiyelik|rus": "Russian", "mehman\\w*": "guest",
    f"{_UYGHUR_MEETING}(?:din|tin)\\s+k[ée]yin": "after the meeting",
    f"{_UYGHUR_MEETING}(?:din|tin)\\s+(?:ilgiri|burun|awwal)|{_UYGHUR_MEETING}(?:gha|ge)\\s+qeder":
        "before the meeting",
    f"{_UYGHUR_MEETING}\\s+(?:jeryanida|waqtida|mezgilide|dawamida)": "during the meeting",
    f"{_UYGHUR_MEETING}da": "at the meeting", f"{_UYGHUR_MEETING}\\w*|k[oö]r[uü]shush\\w*": "meeting",
    f"{_UYGHUR_TALKS}l[ei]r(?:din|tin)\\s+k[ée]yin|{_UYGHUR_TALKS}(?:din|tin)\\s+k[ée]yin": "after the talks",
    f"{_UYGHUR_TALKS}l[ei]rd[ei]|{_UYGHUR_TALKS}t[ei]": "in the talks", f"{_UYGHUR_TALKS}\\w*": "talks",
    "ziyar[ei]t\\w*": "visit", "otturisidiki|otturisida|arisidiki|arisida": "between",
    "(?:bu|mushu|shu)\\s+(?:maqal[ei]|xew[ei]r)\\w*": "this article", "maqalid[ei]|xew[ei]rd[ei]": "in the article",
    "maqal[ei]\\w*|xew[ei]r\\w*": "the article", "kishilik\\s+hoquq\\w*|insan\\s+(?:heqliri|hoquq)\\w*": "human rights",
    "soda\\s+tijar[ei]t\\w*|tijar[ei]t\\w*|soda": "trade", "sa['’]?[ei]t|saat": "hours",
    "prinsip\\w*|printsip\\w*|qaide\\w*|pirinsip\\w*": "principles",
    "ell[ei]r\\w*|d[oö]l[ei]tl[ei]r\\w*|[ei]l": "countries",
    "mushtirilik\\w*|mushteri\\w*|mushtiri\\w*|obuna\\w*|podpiska\\w*": "subscription",
    "hemkar\\w*|sh[ée]rik\\w*|hemrah\\w*|partn[ei]r\\w*": "partners", "raqib\\w*|reqib\\w*|riqab[ei]t\\w*": "rivals",
    "munasiw[ei]t\\w*|alaq[ei]\\w*": "relations", "perq\\w*|ixtilap\\w*|pikir\\s+perqi\\w*": "differences",
    "ilgirilesh\\w*|t[ei]r[ei]qqiyat\\w*|progr[ei]s\\w*": "progress",
    # its verbs of proposing, read as an English verb and its "qildi" (did), as a compound verb is
    "otturigha\\s+qoydi|otturigha\\s+qoyghan|otturigha\\s+qoyup\\s+berdi|t[ei]klip\\s+(?:qildi|b[ei]rdi)":
        "propose qildi",
    "heptining": "week's", "k[ei]ypiyat\\w*|kayfiyat\\w*": "mood", "inkas\\w*": "reaction",
    "tunji\\s+q[ée]tim|eng\\s+deslep": "first", "axirqi\\s+q[ée]tim|eng\\s+axirqi": "last",
    "mesilisi|mesile": "", "xitay\\s+(?:t[ei]r[ei]ptin|t[ei]r[ei]p)": "Chinese",
    "(?:amerika|aqsh)\\s+(?:t[ei]r[ei]ptin|t[ei]r[ei]p)": "American", "sammit\\w*|choqqa\\s+yighin\\w*": "summit",
    "ilgiri|burun|aldinqi\\s+q[ée]tim": "previously", "tilgha\\s+[ée]lin\\w*": "tilgha elindi",
}  # fmt: skip
_UYGHUR_SAID = (
    r"(?:dedi|degen|didi|digen|dep\s+eytti|dep\s+eytqan|eytti|eytqan|ëytti|bayan\s+qildi|bildurdi|bildurgen"
    r"|sozlidi|sozligen|tekitlidi|dedimu|didimu|eyttimu)"
)
_UYGHUR_MET = (
    r"(?:korushti|korushken|korushushti|korushtimu|korushkenmu|uchrashti|uchrashqan|qobul\s+qildi|meet\s+qildi"
    r"|korushup\s+sozleshti)"
)
_UYGHUR_QUESTION_MARK = r"(?:mu|mi)"
# Its question words asked of when and where something was said ("qachan dédi": when did … say)
_UYGHUR_ASKED = {"qachan": "when", "qeyerde": "where", "nede": "where", "qaysi waqitta": "when"}
_UYGHUR_ASKED_WORDS = r"(?:qachan|qeyerde|nede|qaysi\s+waqitta)"
_UYGHUR_SAID_IT = r"(?:d[ée]di|didi|[ée]ytti|bild[üu]rdi|tilgha\s+aldi)"
# What changed, and how ("ishlar yaxshilandimu": have things improved)
_UYGHUR_THINGS_CHANGED = {
    "ishlar": "things", "munasiw[ei]tl[ei]r|munasiw[ei]t|alaq[ei]l[ei]r|alaq[ei]": "relations",
    "[ei]hwal|w[ei]ziy[ei]t": "the situation",
}  # fmt: skip
_UYGHUR_CHANGED = {
    "yaxshilandi|yaxshilan": "improved", "muqimlashti|muqimlashdi|muqimlishti": "stabilised",
    "[öo]zg[ei]rdi": "changed", "yamanlashti|nacharlashti": "worsened",
}  # fmt: skip
# What someone says they do, before "-(i)dighanliqini" (that he does): "qollaydighanliqini" (that he supports)
_UYGHUR_DOES = {"qolla": "supports", "xala": "wants", "k[üu]t": "expects", "h[öo]rmet\\s+qil": "respects"}


def _uyghur_word(table: dict[str, str], word: str) -> str:
    """A word's English, by the first of the table's patterns it is."""
    return next(english for pattern, english in table.items() if re.fullmatch(pattern, word, re.I))


# What "qanche" (how many) counts of a time something lasts ("qanche ay": how many months)
_UYGHUR_UNITS = {"kun": "days", "hepte": "weeks", "ay": "months", "yil": "years"}  # hours: the shared shapes
_UYGHUR = _VerbLast(
    by="",
    about=r"(?P<topic>.+?)\s+(?:heqqide|toghrisida|toghruluq)",  # put into "about …" first
    what=r"(?:neme|nime|nemiler|nimiler|nemini|nimini)",
    said=_UYGHUR_SAID,
    who_said=r"(?:kim\s+(?:dedi|didi|eytti|eytqan|degen|bildurdi)|(?:degen|dep\s+eyt(?:qan|ti))\s+kim)",
    that=r"(?:dep|degen)",
    who_said_that=r"kim\s+(?:dedi|didi|eytti|eytqan)(?:\s+(?:ki|that))?,?",
    whom=r"(?:with\s+kim(?:ler)?|kim(?:ler)?\s+bilen|kimge|kimni)",
    who=r"(?:kim|kimler)",
    met=_UYGHUR_MET,
    how_long=r"qanche(?:\s+(?:waqit|waqitqiche|uzun|mezgil|minut))?|qanchilik\s+(?:waqit|uzun)\w*|qanche\s+kun",
    how_many_hours=r"(?:qanche|nechche|nechchi)\s+(?:saet|saat|sa'et|hours)(?:qiche)?",
    lasted=r"(?:dawamlashti|dawamlashqan|dawam\s+qildi|dawamlashtimu|sozuldi|otti|boldi)",
    when=r"(?:qachan|qaysi\s+waqitta|qachanki)",
    where=r"(?:qeyerde|nede|qaerde|qeyerda)",
    took_place=r"(?:otkuzuldi|otkuzulgen|boldi|bolghan|otti|otken|uyushturuldi|echildi)",
    how_many=r"(?:qanche|nechche)",
    did=r"(?:qildi|qilghan|etti|berdi)",
    how_much=r"(?:qanche\s+turidu|bahasi\s+qanche|qanche(?:\s+(?:pul|yuen|dollar))?)",
    who_is=r"(?:kim|kimdur|kim\s+bolidu|degen\s+kim)",
    why=r"(?:nemishqa|nimishqa|neme\s+uchun|nime\s+uchun|neme\s+sewebtin)",
    went=r"(?:bardi|barghan|keldi|kelgen|ziyaret\s+qildi|chiqti)",
    happened=r"(?:neme|nime|nemiler)\s+(?:boldi|bolghan|yuz\s+berdi|otti)",
    about_what=r"(?:neme|nime)\s+(?:heqqide|toghrisida)(?:\s+(?:yezilghan|sozleydu))?",
    mentioned=(
        rf"(?:tilgha\s+elindi|tilgha\s+elinghan|tilgha\s+elin'ghan|eskertildi|tilgha\s+alindi|sozlendi"
        rf"|mention\s+qilindi|qozghaldi|qozghalghan)\w*(?:\s+{_UYGHUR_QUESTION_MARK})?"
    ),
    wrote=r"kim\s+(?:yazdi|yazghan)",
    article=r"(?:(?:this|the)\s+)*(?:article|news|story)",
    title=r"(?:wezipisi|mensipi|orni|unwani)\s+(?:neme|nime|qandaq)",
    which=r"(?:qaysi|qandaq)",
)
# Words of the news, put into English last, so that the words said match the article's
_UYGHUR_NEWS_WORDS = {
    "tereqqiyat\\w*|tereqqi\\w*": "development", "qollash\\w*|qollap\\w*": "support", "hemkarliq\\w*": "cooperation",
    "hörmet\\w*|hormet\\w*": "respect", "iqtisad\\w*": "economy", "dunya\\w*": "world", "mesile\\w*": "problem",
    "ensiresh\\w*|endishe\\w*": "concerns", "tirishchanliq\\w*|küch\\w*": "efforts", "dialog\\w*": "dialogue",
    "kélishim\\w*|kelishim\\w*": "agreement", "bixeterlik\\w*": "security", "urush\\w*": "war",
    "tinchliq\\w*": "peace", "jaza\\w*": "sanctions", "ösüsh\\w*|osush\\w*": "growth",
    "kelgüsi\\w*|kelgusi\\w*": "future",
    "selbiy": "negative", "amil\\w*": "factors", "köpiyiwat\\w*|kopiyiwat\\w*|eshiwat\\w*": "increasing",
    "hel\\s+qilinsa": "solved", "eniq": "clear", "yenila|yenile|teximu": "still", "ümid\\w*|umid\\w*": "hope",
    "optimizm\\w*": "optimism",
}  # fmt: skip
_UYGHUR_NATIONALITY = {"China": "Chinese", "America": "American", "Russia": "Russian"}
_UYGHUR_BOOK = _Agglutinating(
    marked=_UYGHUR_MARKED,
    names=_UYGHUR_NAMES,
    stems=_UYGHUR_STEMS,
    people=frozenset({"baiden", "bayden", "blinken", "wang yi", "xi"}),
    cases=_UYGHUR_CASES,
    glued="da|de|ta|te|gha|ge|qa|ke|din|tin|ning|diki|tiki",
    not_ended=(
        r"\w+stan|Rwanda|Uganda|Amanda|Linda|Wanda|Honda|Granada|Luanda|Sweden|Dresden|Jordan|Carmen|Burke|Camden"
        r"|Washington|London|Boston|Houston|Hamilton|Berlin|Dublin|Austin|Martin|Benjamin|Erdogan|Rodrigo"
    ),
    things=_UYGHUR_THINGS,
    about="heqqide|toghrisida|toghruluq|heqqidiki",
    with_="bilen|birlikte",
    and_="bilen|we",
    after="keyin|kiyin",
    before="ilgiri|burun|awwal",
    during="jeryanida|waqtida|mezgilide|dawamida",
    should_be=(
        r"\b(?:(?:biz|ular)\s+)?(?P<what>\S+)\s+bolush(?:(?P<we>imiz)|i|liri)?\s+(?:kerek|lazim|tigishlik)\w*"
        r"|\b(?P<what2>\S+)\s+bolushqa\s+tigishlik\w*"
    ),
    done={"teklip": "propose", "ziyaret": "visit"},
    words=_UYGHUR,
    question_words=r"neme|nime|kim|kimler|kimni|kimge|qaysi|qanche|nechche|qachan|qeyerde|nemishqa|bu|u",
    which={
        "kun\\w*": "on which day",
        "saet(?:te)?|saat(?:ta)?|waqitta": "at what time",
        "sheher(?:de)?|shehir(?:de)?": "in which city",
        "sheherdin|shehirdin": "from which city",
        "bina(?:da)?": "in which building",
        "ay(?:da)?": "in which month",
        "yil(?:i|da)?": "in which year",
        "sammit(?:te)?": "at which summit",
    },
    outlets={
        "gezit": "newspaper",
        "tor\\s*bet|sayt": "website",
        "neshriyat": "outlet",
        "agentliq": "news agency",
        "qanal": "channel",
    },
    published={
        "elan|neshr|besil": "published",
        "yezil": "written",
        "yengilan": "updated",
    },
    numbers={"bir": "one", "ikki": "two", "uch": "three", "tot": "four", "besh": "five"},
    employers={
        "teshkilat": "organisation",
        "ministirliq": "ministry",
        "hokumet": "government",
        "orgin": "institution",
        "shirket": "company",
        "gezit": "newspaper",
    },
    whence=r"qeyerdin|nedin",
    opening=r"we|hem|emdi|undaqta|xosh",
    what_about=(
        r"^(?:(?:emdi|undaqta|we)\s+)?(?P<who>(?-i:[A-Z])[\w]*(?:\s+(?-i:[A-Z])[\w]*)?)(?:-chu|\s+chu|\s+she)\s*$"
    ),
    how=r"qandaq|qandaq\s+qilip",
    went_on=r"otti|otken|boldi|bolghan|dawamlashti",
    verbs={"kelish\\w*": "agree", "korush\\w*|uchrash\\w*": "meet", "sozlish\\w*": "talk"},
    said_not=r"demidi|dimidi|eytmidi|degen\s+emes|eytqan\s+emes",
    in_view=r"pikriche|qarishiche|neziride",
    works=r"ishleydu|xizmet\s+qilidu",
    cost=r"qanche\s+turidu|bahasi\s+qanche|qanche\s+pul",
    anything=r"birer\s+neme|birer\s+nerse|bir\s+nerse|herqandaq\s+neme",
    also="hem|also",
    there_is=rf"bar(?:\s*{_UYGHUR_QUESTION_MARK})?|barmu|yezilghan(?:mu)?",
    question_mark=_UYGHUR_QUESTION_MARK,
    english={
        "bilen": "and",
        "hem": "and",
        "yaki|ya": "or",
        "ular": "they",
        "emes": "not",
        "bu|mushu": "this",
        "qisqiche": "briefly",
        "tepsiliy": "in detail",
        "eniq": "exactly",
        **_UYGHUR_NEWS_WORDS,
    },
)


@cache
def _uyghur() -> _Shapes:
    return (
        _after_the_question(),
        # "bilen" (with) beside a name, which the answer's speller takes for "Biden" misspelt: read as typed, before
        # the shapes that read it
        (re.compile(r"(?<=\w)\s+biden(?=\s+\S)"), " bilen"),
        # "Teywen prézidénti" (Taiwan, its president): Taiwan's president, as its genitive says it ("Teywenning")
        (
            re.compile(
                r"\b(?P<country>(?-i:[A-Z])\w*?[a-z])(?<!ning)(?<!ni)\s+(?=(?:pr[ée]zid[ée]nti|reisi|tashqi\s+ishlar\s+ministiri|ministiri|rehberi"
                r"|emeldari|bayanatchisi)\b)"
            ),
            r"\g<country>ning ",
        ),
        # "Wang Yi '…' dégen sözni qachan dédi?", "Xi qachan '…' dédi?" (when did Wang Yi say the words '…'): when
        # (where) did Wang Yi say '…'
        (
            re.compile(
                rf"^(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+(?:(?P<asked>{_UYGHUR_ASKED_WORDS})\s+)?"
                r"(?P<quote>['\"“‘«].+?['\"”’»])\s+(?:(?:d[ée]gen|dep)\s+(?:s[öo]z(?:ni|l[ei]rni|lirini|ini)\s+)?)?"
                rf"(?:(?P<then>{_UYGHUR_ASKED_WORDS})\s+)?{_UYGHUR_SAID_IT}$",
                re.I,
            ),
            lambda match: (
                f"{_UYGHUR_ASKED[(match.group('asked') or match.group('then')).lower()]} did {match.group('who')} say "
                f"{match.group('quote')}"
                if match.group("asked") or match.group("then")
                else match.group()
            ),
        ),
        # "Xi Biden bilen körüshkendin béri ishlar yaxshilandimu?" (since Xi met Biden, did things improve): have
        # things improved since Xi met Biden
        (
            re.compile(
                rf"^(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+(?P<whom>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+bilen\s+"
                r"(?:k[öo]r[üu]shk[ée]n|uchrash(?:qan|ghan))d(?:in|[ie]n)\s+b[ée]ri\s+"
                rf"(?P<what>{'|'.join(_UYGHUR_THINGS_CHANGED)})\s+(?P<verb>{'|'.join(_UYGHUR_CHANGED)})(?:mu|mi)$",
                re.I,
            ),
            lambda match: (
                f"have {_uyghur_word(_UYGHUR_THINGS_CHANGED, match.group('what'))} "
                f"{_uyghur_word(_UYGHUR_CHANGED, match.group('verb'))} since {match.group('who')} met "
                f"{match.group('whom')}"
            ),
        ),
        # "… Blinken bilen körüshkendin kéyin (béri, ilgiri)" (after meeting Blinken): after the meeting with Blinken
        (
            re.compile(
                rf"\b(?P<whom>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+bilen\s+(?:k[öo]r[üu]shk[ée]n|uchrash(?:qan|ghan))"
                r"d(?:in|[ie]n)\s+(?P<when>k[ée]yin|b[ée]ri|ilgiri|burun)\b",
                re.I,
            ),
            lambda match: (
                {"k": "after", "b": "since", "i": "before"}[match.group("when")[0].lower()]
                + f" the meeting with {match.group('whom')}"
            ),
        ),
        # "Xi qaysi Amérika prézidénti bilen körüshken?": which American president did Xi meet (before)
        (
            re.compile(
                r"^(?P<occasion>(?:bu|mushu)\s+\S+\s+(?:ilgiri|burun)\s+)?(?P<who>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+"
                r"qaysi\s+(?P<what>[^,?]+?)\s+bilen\s+(?:(?P<before>ilgiri|burun)\s+)?(?P<met>k[öo]r[üu]sh(?:ti|k[ée]n)|uchrash(?:ti|qan))$",
                re.I,
            ),
            lambda match: (
                f"which {match.group('what')} did {match.group('who')}"
                + (
                    " previously"
                    if match.group("before") or match.group("met").lower().endswith(("ken", "kén", "qan"))
                    else ""
                )
                + " meet"
                + (f" {match.group('occasion').strip()}" if match.group("occasion") else "")
            ),
        ),
        # "Qaysi Xitay emeldari munasiwet muqimlishidu dédi?": which Chinese official said the relationship will
        # stabilise
        (
            re.compile(
                r"^qaysi\s+(?P<who>(?:\S+\s+)?(?:emeldari|emeldar|pr[ée]zid[ée]nti|ministiri|rehberi|diplomati|bayanatchisi))\s+"
                r"(?P<said>.+?)\s+(?:dep\s+)?(?:d[ée]di|didi|[ée]ytti|bildürdi|bildurdi)$",
                re.I,
            ),
            r"which \g<who> said that \g<said>",
        ),
        # "Taiwan issue heqqide" (about the Taiwan issue): a name and an English noun asked about as one
        (
            re.compile(
                r"\b(?P<what>(?-i:[A-Z])\w+\s+(?:issue|question|problem|crisis|policy)s?)\s+(?:heqqide|toghrisida)\b"
            ),
            r"about the \g<what>",
        ),
        # "Wang Yi dégen kim?" (who is the one called Wang Yi): who is Wang Yi
        (
            re.compile(
                rf"^(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+d[ée]gen\s+kim$", re.I
            ),
            r"who is \g<who>",
        ),
        # "Blinken'ning sözlirini bérin" (give Blinken's words): what did Blinken say
        (
            re.compile(
                r"^(?P<who>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)(?:['’-]?ning)\s+(?:hemme\s+|barliq\s+)?s[öo]z(?:l[ei]r)?(?:ini|ni|i)\s+"
                r"(?:b[ée]ring|b[ée]rin|b[ée]r|k[öo]rset\w*|y[ée]zip\s+b[ée]ring)$",
                re.I,
            ),
            r"what did \g<who> say",
        ),
        # "Blinken néme ishqa optimist?" (Blinken, for what, optimistic): why was Blinken optimistic
        (
            re.compile(
                r"^(?P<who>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+(?:n[ée]me\s+ishqa|nime\s+ishqa|n[ée]mishqa|nimishqa)\s+"
                r"(?P<what>optimis\w*|xushal|ümidwar|umidwar|ümidlik)$",
                re.I,
            ),
            lambda match: (
                f"why was {match.group('who')} "
                + ("optimistic" if match.group("what").lower().startswith(("optimis", "ümid", "umid")) else "happy")
            ),
        ),
        # "Maqalide dunyadiki eng chong ikki iqtisad qaysi döletler?" (in the article, the world's largest two
        # economies, which countries): which countries are the two largest economies in the world
        (
            re.compile(
                r"^(?P<in>maqalide\s+)?dunyadiki\s+eng\s+(?:chong|zor|yirik)\s+(?P<count>ikki|üch|uch)\s+(?P<what>\S+)\s+qaysi\s+"
                r"(?P<thing>\S+)$",
                re.I,
            ),
            lambda match: (
                f"which {match.group('thing')} are the "
                f"{_UYGHUR_BOOK.numbers.get(match.group('count').lower().replace('ü', 'u'), 'two')}"
                f" largest {match.group('what')} in the world"
                + (" according to the article" if match.group("in") else "")
            ),
        ),
        # "biz hemkar bolushimiz kérek" (we must be partners): "we", said by "biz" or by the verb's ending
        (
            re.compile(
                r"\b(?:biz\s+(?P<what>\S+)\s+bolush\w*|(?:biz\s+)?(?P<what2>\S+)\s+bolushimiz)\s+"
                r"(?:k[ée]r[ée]k|lazim|tégishlik|tegishlik)\w*",
                re.I,
            ),
            lambda match: f"we should be {match.group('what') or match.group('what2')}",
        ),
        # "Wang Yi Blinken bilen néme heqqide sözleshti?": what did Wang Yi discuss with Blinken
        (
            re.compile(
                r"^(?P<who>.+?)(?:\s+(?P<whom>\S+(?:\s+Yi)?)\s+bilen)?\s+n[ée]me\s+(?:heqqide|toghrisida)\s+"
                r"(?:s[öo]zl[eé]sh(?:ti|ken)|s[öo]hbetl[eé]sh(?:ti|ken)|muzakire\s+qil(?:di|ghan))$",
                re.I,
            ),
            lambda match: (
                f"what did {match.group('who')} discuss"
                + (f" with {match.group('whom')}" if match.group("whom") else "")
            ),
        ),
        # "Soda heqqide néme déyildi?": what was said about trade
        (
            re.compile(r"^(?P<topic>.+?)\s+(?:heqqide|toghrisida)\s+n[ée]me\s+(?:d[ée]yil|[ée]ytil)\w*$", re.I),
            r"what was said about \g<topic>",
        ),
        # "Wang Yi qandaq wezipide?" (Wang Yi, in what post): what position does Wang Yi hold (in China)
        (
            re.compile(
                rf"^(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+"
                r"(?:(?P<where>(?-i:[A-Z])\w+?)(?:['’-]?(?:da|de|ta|te))\s+)?"
                r"(?:qandaq|qaysi)\s+(?:wezip|mensep|xizmet)\w*(?:\s*(?:\?.*)?)$",
                re.I,
            ),
            lambda match: (
                f"what position does {match.group('who')} hold"
                + (f" in {match.group('where')}" if match.group("where") else "")
            ),
        ),
        # "Néme üchün Blinken Beijinggha bardi?": why did Blinken go to Beijing (why asked first, put before the verb)
        (
            re.compile(
                r"^(?:n[ée]mishqa|nimishqa|n[ée]me\s+[üu]ch[üu]n|nime\s+[üu]ch[üu]n)\s+(?P<rest>.+?)\s+(?P<verb>\S+)$",
                re.I,
            ),
            r"\g<rest> nemishqa \g<verb>",
        ),
        # "Blinken Li Qiang bilen körüshtimu?": did Blinken meet Li Qiang
        (
            re.compile(
                rf"^(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+(?P<whom>[^,?]+?)\s+bilen\s+"
                r"(?:(?P<before>ilgiri|burun|aldin|aldinqi\s+q[ée]tim)\s+)?"
                r"(?:k[öo]r[üu]sh(?:ti|k[ée]n)|uchrash(?:ti|qan))\s*(?:mu|mi)$",
                re.I,
            ),
            lambda match: (
                f"did {match.group('who')} {'previously ' if match.group('before') else ''}meet {match.group('whom')}"
            ),
        ),
        # "Wang negative factors yenila köpiyiwatidu dédimu?": did Wang say the negative factors are still increasing;
        # "Yighindin kéyin Blinken ümid bildürdimu?": did Blinken express hope after the meeting
        (
            re.compile(
                rf"^(?P<occasion>(?-i:[a-zA-Z])\w*\s+(?:k[ée]yin|ilgiri|burun|jeryanida)\s+)?(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+"
                r"(?P<claim>(?!.*\b(?:birer\s+n[ée]me|bir\s+n[ée]rse|n[ée]me|nime|heqqide|toghrisida)\b).+?)\s+(?:dep\s+)?"
                r"(?P<verb>d[ée]di|didi|d[ée]gen|[ée]ytti|[ée]ytqan|bild[üu]rdi|bild[üu]rgen)\s*(?:mu|mi)$",
                re.I,
            ),
            lambda match: (
                f"did {match.group('who')} "
                f"{'express' if match.group('verb').lower().startswith('bild') else 'say'} {match.group('claim')}"
                + (f" {match.group('occasion').strip()}" if match.group("occasion") else "")
            ),
        ),
        # "X dégen néme?" (what is the thing called X): what is X
        (
            re.compile(r"^(?P<what>(?!n[ée]me\b|kim\b)[^,?]+?)\s+d[ée]gen\s+(?:n[ée]me|nime)(?:\s*,.*)?$", re.I),
            r"what is \g<what>",
        ),
        # an English noun with its endings ("planning": the plan's); "ayliq bahasi qanche" (its monthly price, how
        # much): how much does it cost a month
        (
            re.compile(r"\b(?P<noun>plan|subscription|newsletter|epaper)(?:ning|ni|i|da|de)\b", re.I),
            r"\g<noun>",
        ),
        (
            re.compile(
                r"^(?P<what>[^,?]+?)\s+(?:ayliq|her\s+ayliq|herbir\s+ayliq)\s+(?:bahasi\s+qanche|qanche\s+turidu)$",
                re.I,
            ),
            lambda match: f"how much does {_with_the_named(match.group('what'))} cost a month",
        ),
        # "Smart Quarterly plan qanche ay dawamlishidu?": how many months does the Smart Quarterly plan last
        (
            re.compile(
                rf"^(?P<what>[^,?]+?)\s+(?:qanche|nechche)\s+(?P<unit>{'|'.join(_UYGHUR_UNITS)})\w*\s+"
                r"(?P<lasted>dawamla?i?sh\w*|dawam\s+\w+|sozul\w*)$",
                re.I,
            ),
            lambda match: (
                f"how many {next(e for u, e in _UYGHUR_UNITS.items() if re.fullmatch(u, match.group('unit'), re.I))} "
                f"{'does' if re.search(r'(?:du|idu)$', match.group('lasted')) else 'did'} "
                f"{_with_the_own_noun(match.group('what'))} last"
            ),
        ),
        *_agglutinating(_UYGHUR_BOOK),
        # "Blinkenning keypiyati qandaq boldi?" (Blinken's mood, how was it): how was Blinken's mood
        (
            re.compile(
                r"^(?P<whose>[^,?]+?['’]s)\s+(?P<thing>mood|reaction|attitude)\s+qandaq(?:\s+(?P<was>boldi|idi|iken|bolghan))?"
                r"(?P<rest>\s+(?:after|before|during|at|in)\s+[^,?]+)?$",
                re.I,
            ),
            lambda match: (
                f"how {'was' if match.group('was') else 'is'} {match.group('whose')} {match.group('thing')}"
                f"{match.group('rest') or ''}"
            ),
        ),
        # "Xi qandaq bir Amérikini qollaydighanliqini éytti?" (Xi said he supports what kind of America): what kind of
        # America did Xi say he supports
        (
            re.compile(
                rf"^(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+qandaq\s+bir\s+(?P<what>[^,?]+?)\s+"
                rf"(?P<verb>{'|'.join(_UYGHUR_DOES)})(?:y|i|e)?d[ie]ghanliqini\s+(?:eytti|dedi|didi|bildurdi)$",
                re.I,
            ),
            lambda match: (
                f"what kind of {match.group('what')} did {match.group('who')} say he "
                f"{_uyghur_word(_UYGHUR_DOES, match.group('verb'))}"
            ),
        ),
        (re.compile(r"\bqandaq\s+bir\s+", re.I), "what kind of "),
        # "Super Saver mushtirilik qanche turidu?": how much does the Super Saver subscription cost
        (
            re.compile(
                r"^how\s+much\s+does\s+(?=(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)*\s+(?:plan|subscription)\b)"
            ),
            "how much does the ",
        ),
        # "the author of the article from which city yazdi": from which city did the author of the article write
        (
            re.compile(
                r"^(?P<who>[^,?]+?)\s+(?P<asked>(?:from|in)\s+which\s+\w+)\s+"
                r"(?P<verb>yazdi|yazghan|keldi|kelgen)$",
                re.I,
            ),
            lambda match: (
                f"{match.group('asked')} did {_with_the(match.group('who'))} "
                f"{'come' if match.group('verb').lower().startswith('kel') else 'write'}"
            ),
        ),
        # "did Xi to Blinken propose": the one something was done to put after the verb
        (
            re.compile(
                r"\bdid\s+(?P<who>[^,?]+?)\s+(?P<to>to\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+(?P<verb>[a-z]+)$"
            ),
            r"did \g<who> \g<verb> \g<to>",
        ),
        # "did Blinken express after the meeting hope": the occasion put after what was expressed
        (
            re.compile(
                r"^did\s+(?P<who>[^,?]+?)\s+(?P<verb>express|say)\s+(?P<occasion>(?:after|before|during)\s+the\s+\w+)\s+"
                r"(?P<what>[^,?]+)$"
            ),
            r"did \g<who> \g<verb> \g<what> \g<occasion>",
        ),
        # "said that to be resolved problems there are still": there are still problems that need to be resolved
        (
            re.compile(
                r"\b(?P<what>that\s+need\s+to\s+be\s+resolved)\s+(?P<np>(?:many\s+)?problems)\s+there\s+are\s+still\b"
            ),
            r"there are still \g<np> \g<what>",
        ),
        (re.compile(r"\bwhich\s+the\s+"), "which "),
        (
            re.compile(r"\bwhich\s+(?P<country>China|America|Russia)'s\s+"),
            lambda match: f"which {_UYGHUR_NATIONALITY[match.group('country')]} ",
        ),
    )


# Uyghur's own words, none of them Uzbek's ("néme", not "nima"; "bilen", not "bilan"; "qanche", not "qancha"),
# Kyrgyz's ("körüshti", not "körüshtü"), Kazakh's, Azerbaijani's or Turkish's ("heqqide", not "haqqında" or
# "hakkında"); "dédi" only with its é
_UYGHUR_WORDS = _lazy_pattern(
    r"\b(?:n[ée]me|nime|n[ée]miler|nimiler|n[ée]mini|nimini|n[ée]mishqa|nimishqa|heqqide\w*|toghrisida|bilen"
    r"|k[öo]r[üu]sh(?:ti|k[ée]n|[üu]shti|timu|k[ée]nmu)|qanche\w*|nechche|dawamlash\w*|dawam\s+qildi|y[iy]ghin\w*"
    r"|qachan|qeyerde|nede|d[ée]dimu|dédi|dégen|[ée]ytti\w*|[ée]ytqan|tilgha\s+[ée]lin\w*|[öo]tk[üu]z[üu]l\w*"
    r"|tashqi\s+ishlar\s+minist\w*|xitay\w*|hemkar\w*|bolushimiz|wezip[ei]\w*|otturigha\s+qoy\w*|t[ei]klip\s+qil\w*"
    r"|maqal(?:ini|ide|ining|idin|ige)|s[öo]hbetl[ei]sh\w*|s[öo]zl[ée]sh\w*|yazghan|barghan|qandaq|boldimu|bolghan"
    r"|kéyin|jeryanida|turidu|tilgha|dawamlish\w*|s[öo]zl[ei]rini|s[öo]zini|kimdur|k[öo]r[üu]shk[ée]nd(?:in|en)"
    r"|yaxshilan\w*|k[ei]ypiyat\w*|\w+d[ie]ghanliqini|d[ée]gen\s+s[öo]z\w*)\b|\bdégen\s+kim\W*$|\b(?-i:[A-Z])\w*(?:\s+(?-i:[A-Z])\w*)?-chu\W*$",
    re.I,
)


# How readers ask in Tatar, in its Cyrillic letters with names typed in Latin ones ("Blinken нәрсә диде?": what did
# Blinken say, "Xi белән Blinken кайчан очраштылар?": when did Xi and Blinken meet, "Очрашу кайда булды?": where did the
# meeting take place), its own letters often typed as a Russian keyboard has them (ә as э, ө as о, ү as у, җ as ж, ң
# as н), or in Latin letters, with its letters or without. Its case endings are glued in Cyrillic on a name typed in
# Latin ("Blinkenга": to Blinken, "Pekinда": in Beijing): the book puts every Cyrillic letter into a Latin one first
# (ә as "a", ө as "o", ү as "u", ы as "y", ң as "ng", ч as "ch"), so that a word reads one way however it was typed,
# and then reads the question as the other verb-last Turkic books do (verb_last._Agglutinating). Its "белән" after a
# name is "with" ("Blinken белән"), between two names "and" ("Xi белән Blinken"). Its "кем" is Russian's whom too, its
# "кайда" and "кайсы" Kyrgyz's where and which, its "булды" Bashkir's was: its pattern asks for Tatar's own words
# ("нәрсә", "диде", "кайчан", "турында", "белән", "очрашты"), and for none of the letters Kazakh, Bashkir, Uzbek
# or Belarusian write and Tatar does not (і, қ, ғ, ұ, ҙ, ҡ, ҫ, ў, ҳ). Its "соң" after a question word only leans on it
# ("кем соң": who, then), its "-мы", "-ме" on a word asks of that word ("очрашуга кадәрме": before the meeting?), both
# read off; its "әллә" between two things is "or", "аннан соң" (from it after) "after it"; its "төп" (fundamental) is
# put into English before its letters are, where it would read as English's "top".
_TATAR_LETTERS = {
    "а": "a", "ә": "a", "ə": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "җ": "j",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "ң": "ng", "о": "o", "ө": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ү": "u", "ф": "f", "х": "h", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ь": "", "ы": "y", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip


@cache
def _tatar_latin() -> dict[int, str]:
    """Tatar's Cyrillic letters, in both cases, and the Latin ones the book reads them as ("нәрсә": "narsa")."""
    return str.maketrans(
        {**_TATAR_LETTERS, **{cyrillic.upper(): latin.capitalize() for cyrillic, latin in _TATAR_LETTERS.items()}}
    )


_TATAR_MARKED = (
    ("a", "äáə"), ("o", "öó"), ("u", "üú"), ("i", "í"), ("g", "ğ"), ("sh", "ş"), ("ch", "ç"),
    ("ng", "ñ"), ("e", "é"),
)  # fmt: skip
_TATAR_NAMES = {
    "(?-i:(?:Si|Xi|Shi)\\s+(?:Tszinpin|Jinping|Szinpin|Tszinping|Tsinpin)\\w*)": "Xi Jinping",
    "(?-i:Van\\s+(?:I|Yi)|Vang\\s+(?:I|Yi))(?![\\w'’-])": "Wang Yi", "(?-i:Entoni|Antoni)(?=\\s+Blinken)": "Antony",
    "(?-i:Dzho|Jo|Djo)(?=\\s+Ba[iy]den)": "Joe", "(?-i:Si)(?![\\w'’-])": "Xi",
    "(?-i:Si)['’-]?(?=(?:nyng|neng|ga|ka|ny|ne|dan|nan|da|ta)\\b)": "Xi-",
    "(?-i:Kon(?:y|i)?ak\\s+K[yi]tay\\s+ding+ez\\w*)": "the South China Sea",
    "(?-i:(?:Kytay|Kitay|China)-(?:AKSh|AKSH|AQSh|US|Amerika)|(?:AKSh|AKSH|AQSh|US|Amerika)-(?:Kytay|Kitay|China))"
    "(?:['’-]?(?:nyng|neng|dan|da))?": "China-US",
    "(?-i:AKSh|AKSH|AQSh|AQŞ|Aksh|AKŞ)(?:['’-]?(?:nyng|neng|ny|ne|ka|ga|ta|da|tan|dan))?(?!\\w)": "the US",
    "(?-i:Amerika\\s+Kushma\\s+Shtatlar)\\w*": "the US", "(?-i:Halyk\\s+Boek\\s+Zal|Halyk\\s+Boek\\s+zal)\\w*":
        "the Great Hall of the People",
}  # fmt: skip
_TATAR_STEMS = {
    "tayvan": "Taiwan", "taivan": "Taiwan", "taiwan": "Taiwan", "beijing": "Beijing", "beyjing": "Beijing",
    "pekin": "Beijing", "kytay": "China", "kitay": "China", "qytay": "China", "amerika": "America",
    "rossiya": "Russia", "rusiya": "Russia", "ukraina": "Ukraine", "vashington": "Washington",
    "washington": "Washington", "kaliforniya": "California", "bayden": "Biden", "baiden": "Biden",
    "evropa": "Europe", "yaponiya": "Japan", "shveytsariya": "Switzerland", "shveycariya": "Switzerland",
    "frantsiya": "France", "germaniya": "Germany", "hindstan": "India", "iran": "Iran", "koreya": "Korea",
    "britaniya": "Britain", "izrail": "Israel", "tatarstan": "Tatarstan", "kazan": "Kazan", "moskva": "Moscow",
    "blinken": "Blinken", "wang yi": "Wang Yi", "xi": "Xi",
}  # fmt: skip
# What English puts before a name for its case ending, in Tatar's letters ("Pekinda": in Beijing, "Blinkenga": to
# Blinken, "Xinyng": Xi's) and as the Latin letters of a reader typing them plain ("Pekinde", "Blinkenge")
_TATAR_CASES = {
    "da": "in", "ta": "in", "de": "in", "te": "in", "dagy": "in", "tagy": "in", "dage": "in", "ga": "to", "ka": "to",
    "ge": "to", "ke": "to", "gacha": "to", "kacha": "to", "dan": "from", "tan": "from", "nan": "from", "den": "from",
    "ten": "from", "nyng": "'s", "neng": "'s", "nyn": "'s", "nin": "'s", "ny": "", "ne": "",
}  # fmt: skip
_TATAR_MEETING = r"(?:ochrashu|uchrashu|kureshu|jyelysh|zhyelysh)"  # "очрашу", the meeting
_TATAR_TALKS = r"(?:soyl[ae]shu|fiker\s+alyshu|kin[ae]shm[ae]|s[ae]yl[ae]shu)"  # "сөйләшүләр", the talks
_TATAR_THINGS = {
    # an English noun with its endings and words after it ("meetingтан соң": after the meeting)
    "(?:the\\s+)?(?P<n>meeting|talks|visit|summit)(?:['’-]?(?:dan|tan|den|ten|nan))?\\s+(?:song|son|sung)":
        "after the \\g<n>",
    "(?:the\\s+)?(?P<n>meeting|talks|visit|summit)(?:['’-]?(?:ga|ka|ge|ke))?\\s+(?:k[ae]d[ae]r|aldynnan|elek)":
        "before the \\g<n>",
    "(?:the\\s+)?(?P<n>meeting|talks|visit|summit)(?:['’-]?(?:nyng|neng))?\\s+bashynda": "at the start of the \\g<n>",
    "(?:the\\s+)?(?P<n>meeting|talks|visit|summit)(?:['’-]?(?:nyng|neng))?\\s+(?:ahyrynda|azagynda)":
        "at the end of the \\g<n>",
    "(?:the\\s+)?(?P<n>meeting|talks|visit|summit)['’-]?(?:da|ta|de|te)(?!\\w)": "at the \\g<n>",
    f"(?:bu|shushy|shul)\\s+{_TATAR_MEETING}(?:ga|ge)\\s+(?:k[ae]d[ae]r|elek)|(?:bu|shushy|shul)\\s+{_TATAR_MEETING}"
    "(?:dan|den)\\s+(?:elek|alda)|(?:bu|shushy|shul)\\s+" + _TATAR_MEETING + "\\s+aldynnan": "before this meeting",
    f"(?:bu|shushy|shul)\\s+{_TATAR_MEETING}\\w*\\s+(?:turynda|hakynda)": "about this meeting",
    f"(?:bu|shushy|shul)\\s+{_TATAR_MEETING}\\w*": "this meeting",
    "donyadagy|donyada": "in the world", "(?:ing|in)\\s+(?:zur|eré|ere)": "largest", "ikt[ie]sad\\w*|ekonomik\\w*":
        "economies",
    "hal\\s+it[ae]rg[ae]\\s+kir[ae]k|chish[ae]rg[ae]\\s+kir[ae]k|hal\\s+itelm[ae]g[ae]n|chishelm[ae]g[ae]n":
        "that need to be resolved",
    "m[ae]s[ae]l[ae]l[ae]r|problemalar": "problems", "(?:[ae]le|haman|h[ae]mon)\\s+bar": "there are still",
    "m[ae]kal[ae]g[ae]\\s+kur[ae]|m[ae]kal[ae]\\s+buy?encha"
    "|m[ae]kal[ae]d[ae]\\s+(?:aytylgancha|yazylgancha)":
        "according to the article",
    "prezidentlar\\w*|prezidentler\\w*": "presidents",
    "m[ae]kal[ae]neng\\s+(?:avtory|yazuchysy)|m[ae]kal[ae]nyng\\s+avtory": "the author of the article",
    "kaysy\\s+(?:ild[ae]n|daulatt[ae]n|d[ae]ul[ae]tt[ae]n)": "from which country",
    "kaysy\\s+(?:ild[ae]|daulatt[ae]|d[ae]ul[ae]tt[ae])": "in which country", "kaysy\\s+(?:il|d[ae]ul[ae]t)":
        "which country",
    "bash\\s+diplomat\\w*": "top diplomat", "ike": "two", "yaki": "or",
    f"{_TATAR_TALKS}\\w*\\s+bashynda": "at the start of the talks",
    f"{_TATAR_MEETING}\\w*\\s+bashynda": "at the start of the meeting",
    f"{_TATAR_TALKS}\\w*\\s+(?:ahyrynda|azagynda)": "at the end of the talks",
    f"{_TATAR_MEETING}\\w*\\s+(?:ahyrynda|azagynda)": "at the end of the meeting",
    "totrykl(?:yl)?ana\\s+bashla\\w*|totrykl(?:yl)?anyrga\\s+bashla\\w*|stabill[ae]sh[ae]\\s+bashla\\w*"
    "|stabill[ae]she\\s+bashla\\w*|tigezl[ae]n[ae]\\s+bashla\\w*": "are beginning to stabilise",
    "totrykl(?:yl)?anachak|stabill[ae]sh[ae]ch[ae]k": "will stabilise",
    "amerika(?:nyng)?\\s+d[ae]ul[ae]t\\s+sekretar\\w*|aksh\\s+d[ae]ul[ae]t\\s+sekretar\\w*":
        "the US secretary of state",
    "tyshky\\s+eshl[ae]r\\s+ministr\\w*|tyshky\\s+eshler\\s+ministr\\w*": "foreign minister",
    "d[ae]ul[ae]t\\s+sekretar\\w*": "secretary of state", "premer[\\s-]+ministr\\w*|bash\\s+ministr\\w*":
        "prime minister",
    "matbugat\\s+s[ae]rkatib\\w*|r[ae]smi\\s+v[ae]kil\\w*": "spokesperson", "ministr\\w*": "minister",
    "prezident\\w*|r[ae]is(?:e|neng)?": "president", "lider\\w*|jit[ae]kche\\w*|zhit[ae]kche\\w*|yet[ae]kche\\w*":
        "leader",
    "r[ae]smi\\s+(?:zat|keshe|shaps)\\w*|chinovnik\\w*|v[ae]kil\\w*": "official",
    "zhurnalist\\w*|jurnalist\\w*": "journalist", "diplomat\\w*": "diplomat", "avtor\\w*|yazuchy\\w*": "author",
    "kytayly|kitayly|kytay\\s+yagy": "Chinese", "amerikaly|amerikan|amerika\\s+yagy": "American",
    "rus|rossiyale": "Russian", "kunak\\w*": "guest",
    f"{_TATAR_MEETING}(?:dan|den|tan)\\s+(?:song|son|sung)": "after the meeting",
    f"{_TATAR_MEETING}(?:dan|den)\\s+(?:elek|alda)|{_TATAR_MEETING}(?:ga|ge)\\s+k[ae]d[ae]r"
    f"|{_TATAR_MEETING}\\s+aldynnan": "before the meeting",
    f"{_TATAR_MEETING}\\s+(?:vakytynda|baryshynda|d[ae]vamynda|dawamynda)": "during the meeting",
    f"{_TATAR_MEETING}da|{_TATAR_MEETING}de": "at the meeting", f"{_TATAR_MEETING}\\w*": "meeting",
    f"{_TATAR_TALKS}l[ae]r(?:d[ae]n|t[ae]n)\\s+(?:song|son)|{_TATAR_TALKS}(?:d[ae]n|t[ae]n)\\s+(?:song|son)":
        "after the talks",
    f"{_TATAR_TALKS}\\w*(?:ga|ge|ka|ke)\\s+k[ae]d[ae]r|{_TATAR_TALKS}\\w*(?:dan|den|tan|ten)\\s+(?:elek|alda)":
        "before the talks",
    f"{_TATAR_TALKS}l[ae]rd[ae]|{_TATAR_TALKS}d[ae]": "in the talks", f"{_TATAR_TALKS}\\w*|sohb[ae]t\\w*": "talks",
    "vizit\\w*|s[ae]f[ae]r\\w*": "visit", "arasyndagy|arasynda": "between",
    "(?:bu|shushy|shul)\\s+(?:m[ae]kal[ae]|yazma|h[ae]b[ae]r)\\w*": "this article",
    "m[ae]kal[ae]d[ae]|yazmada|h[ae]b[ae]rd[ae]": "in the article",
    "m[ae]kal[ae]\\w*|yazma\\w*|h[ae]b[ae]r\\w*": "the article",
    "keshe\\s+hokuk\\w*|kishe\\s+hokuk\\w*": "human rights", "s[ae]uda\\w*|sauda\\w*|tigar[ae]t\\w*": "trade",
    "s[ae]gat(?:k[ae])?": "hours", "printsip\\w*|prinsip\\w*|kagyyd[ae]\\w*": "principles",
    "ill[ae]r\\w*|d[ae]ul[ae]tl[ae]r\\w*|il": "countries", "podpiska\\w*|yazylu\\w*": "subscription",
    "partner\\w*|h[ae]zm[ae]tt[ae]sh\\w*|y[ae]rd[ae]mch\\w*": "partners",
    "kond[ae]sh\\w*|konkurent\\w*|yaryshuchy\\w*|dushman\\w*|doshman\\w*": "rivals",
    "monas[ae]b[ae]t\\w*|mon[ae]s[ae]b[ae]t\\w*|b[ae]yl[ae]nesh\\w*": "relations",
    "aerma\\w*|ayirma\\w*|karshylyk\\w*|kapma-karshylyk\\w*": "differences",
    "progress\\w*|alga\\s+kitesh\\w*|alga\\s+kitu\\w*": "progress",
    # its verb of proposing, read as an English verb and its "itte" (did), as a compound verb is
    "t[ae]kdim\\s+itte|t[ae]kdim\\s+itk[ae]n|t[ae]kdim\\s+ite": "propose itte",
    "ataneng|atnaneng|atnanyng": "week's", "berenche\\s+tap\\w*|beren?che\\s+m[ae]rt[ae]ba": "first",
    "songg?y\\s+tap\\w*|songg?y\\s+m[ae]rt[ae]ba": "last", "m[ae]s[ae]l[ae]se|m[ae]s[ae]l[ae]": "",
    "kytay\\s+yagynnan|kitay\\s+yagynnan": "Chinese", "(?:amerika|aksh)\\s+yagynnan": "American",
    "sammit\\w*": "summit", "moname\\w*": "mood", "k[ae]yef\\w*|k[ae]ef\\w*": "mood", "reaktsiya\\w*": "reaction",
    "elegr[ae]k|monga\\s+k[ae]d[ae]r|aldan": "previously", "telg[ae]\\s+alyn\\w*|isk[ae]\\s+alyn\\w*": "telga alyndy",
    # "аннан соң" (from it after): after it; "аңа кадәр", "аннан элек": before it
    "annan\\s+(?:song|son)": "after it", "anga\\s+k[ae]d[ae]r|annan\\s+(?:elek|alda)": "before it",
}  # fmt: skip
_TATAR_SAID = (
    r"(?:dide(?:l[ae]r)?|dig[ae]n|[ae]ytte(?:l[ae]r)?|[ae]ytk[ae]n|soyl[ae]de|soyl[ae]g[ae]n|belderde|belderg[ae]n"
    r"|iglan\s+itte|dideme|[ae]ytteme|soyl[ae]deme)"
)
_TATAR_MET = (
    r"(?:ochrasht(?:y|ylar|ymy|ylarmy)|ochrashk[ae]n(?:my)?|ochrashyp\s+soyl[ae]sht[ae]?e?\w*|kuresht(?:e|el[ae]r)"
    r"|kabul\s+itte|meet\s+itte)"
)
_TATAR_QUESTION_MARK = r"(?:my|me|mi)"
_TATAR = _VerbLast(
    by="",
    about=r"(?P<topic>.+?)\s+(?:turynda|turinda|hakynda|hakinda|turyndagy)",  # put into "about …" first
    what=r"(?:n[ae]rs[ae](?:l[ae]r|n[ae])?|ni)",
    said=_TATAR_SAID,
    who_said=r"(?:kem\s+(?:dide|[ae]ytte|[ae]ytk[ae]n|dig[ae]n|soyl[ae]de|belderde)|(?:dig[ae]n|dip\s+[ae]ytk[ae]n)\s+kem)",
    that=r"(?:dip|dig[ae]n)",
    who_said_that=r"kem\s+(?:dide|[ae]ytte|[ae]ytk[ae]n)(?:\s+(?:ki|that))?,?",
    whom=r"(?:with\s+kem(?:n[ae]r)?|kem(?:n[ae]r)?\s+bel[ae]n|kemg[ae]|kemne)",
    who=r"(?:kem|kemn[ae]r)",
    met=_TATAR_MET,
    how_long=r"kupme(?:\s+(?:vakyt|vakit|ozak|ozyn|vakytka))?|kupm[ae]g[ae]|ni\s+k[ae]d[ae]r(?:\s+vakyt)?|nicha\s+(?:kon|minut)",
    how_many_hours=r"(?:nicha|kupme)\s+(?:s[ae]gat|hours)(?:k[ae])?",
    lasted=r"(?:d[ae]vam\s+itte|dawam\s+itte|suzyldy|suzylgan|bardy|uzdy|d[ae]vam\s+itk[ae]n)",
    when=r"(?:kaychan|kaichan|qaychan|kaysy\s+vakytta)",
    where=r"(?:kayda|kaida|qayda|kayerd[ae])",
    took_place=r"(?:buldy|bulgan|uzdy|utte|utk[ae]n|uzgan|utk[ae]relde|oeshtyryldy|otk[ae]relde|uzdyryldy)",
    how_many=r"(?:nicha|kupme)",
    did=r"(?:itte|itk[ae]n|kyldy|kylgan|birde)",
    how_much=r"(?:kupme\s+tora|bahasy\s+kupme|kupme(?:\s+(?:akcha|sum|dollar|rubl))?)",
    who_is=r"(?:kem|kem\s+ul|kem\s+bula|dig[ae]n\s+(?:keshe\s+)?kem)",
    why=r"(?:niga|nik|ni\s+ochen|n[ae]rs[ae]\s+ochen)",
    went=r"(?:bardy|barg[ae]n|kilde|kilg[ae]n|kitte|s[ae]f[ae]r\s+kyldy|yul\s+totty|visit\s+itte)",
    happened=r"(?:n[ae]rs[ae]|ni)\s+(?:buldy|bulgan|kilep\s+chykty)",
    about_what=r"n[ae]rs[ae]\s+(?:turynda|hakynda)(?:\s+(?:yazylgan|soyli|soyl[ae]n[ae]))?",
    mentioned=(
        rf"(?:telga\s+alyndy|telga\s+alyngan|isk[ae]\s+alyndy|atap\s+kitelde|mention\s+itelde)\w*"
        rf"(?:\s+{_TATAR_QUESTION_MARK})?"
    ),
    wrote=r"kem\s+(?:yazdy|yazg[ae]n)",
    article=r"(?:(?:this|the)\s+)*(?:article|news|story)",
    title=r"(?:vazyyf[ae]s[ye]|vazif[ae]s[ye]|dar[ae]j[ae]se|urny)\s+(?:nindi|n[ae]rs[ae])",
    which=r"(?:kaysy|nindi)",
)
# Words of the news, put into English last, so that the words said match the article's
_TATAR_NEWS_WORDS = {
    "usesh\\w*|useshe\\w*": "development", "yard[ae]m\\w*|terak\\w*": "support", "hezm[ae]tt[ae]shlek\\w*":
        "cooperation",
    "hormat\\w*|hormet\\w*": "respect", "ikt[ie]sad\\w*|ekonomika\\w*": "economy", "donya\\w*": "world",
    "problema\\w*": "problem", "borchylu\\w*|borchylyk\\w*": "concerns", "tyryshlyk\\w*|kochl[ae]r": "efforts",
    "dialog\\w*": "dialogue", "kileshu\\w*|kileshem\\w*": "agreement", "iminlek\\w*|hafsezlek\\w*": "security",
    "sugysh\\w*": "war", "tynychlyk\\w*": "peace", "sanktsiya\\w*": "sanctions", "k[ae]l[ae]ch[ae]k\\w*": "future",
    "tisk[ae]re": "negative", "faktor\\w*": "factors", "art[ae]\\s+bara|arta\\s+bara|artyp\\s+bara": "increasing",
    "hal\\s+itels[ae]|chishels[ae]": "solved", "achyk": "clear", "[ae]le|haman|h[ae]mon": "still",
    "omet\\w*": "hope", "optimizm\\w*": "optimism",
}  # fmt: skip
_TATAR_BOOK = _Agglutinating(
    marked=(),  # its letters typed plain by _tatar, before its own shapes
    names=_TATAR_NAMES,
    stems=_TATAR_STEMS,
    people=frozenset({"baiden", "bayden", "blinken", "wang yi", "xi"}),
    cases=_TATAR_CASES,
    glued="da|ta|de|te|dagy|tagy|ga|ka|ge|ke|dan|tan|nan|den|ten|nyng|neng",
    not_ended=(
        r"\w+stan|Rwanda|Uganda|Amanda|Linda|Wanda|Honda|Granada|Luanda|Canada|Kanada|Sweden|Dresden|Jordan|Sudan"
        r"|Lanka|Volga|Tonga|Carmen|Burke|Camden|Washington|London|Boston|Houston|Hamilton|Berlin|Dublin|Austin"
        r"|Martin|Benjamin|Erdogan|Rodrigo"
    ),
    things=_TATAR_THINGS,
    about="turynda|turinda|hakynda|hakinda|turyndagy",
    with_="bel[ae]n|bilan|blan",
    and_="bel[ae]n|h[ae]m|va",
    after="song|son|sung",
    before="elek|aldynnan|k[ae]d[ae]r",
    during="vakytynda|baryshynda|d[ae]vamynda",
    should_be=(
        r"\b(?:(?:(?P<we>bez)|alar)\s+)?(?P<what>\S+)\s+bulyrga\s+(?:tiesh|kir[ae]k)\w*"
        r"|\b(?P<what2>\S+)\s+bulyrga\s+tiesh(?:le|ler)\w*"
    ),
    done={"t[ae]kdim": "propose", "vizit": "visit", "iglan": "announce", "v[ae]gd[ae]": "promise"},
    words=_TATAR,
    question_words=r"n[ae]rs[ae]|ni|kem|kemn[ae]r|kemne|kemg[ae]|kaysy|nindi|nicha|kupme|kaychan|kayda|niga|nik|bu|ul",
    which={
        "kon(?:ne|d[ae])?": "on which day",
        "s[ae]gatt[ae]|s[ae]gat|vakytta": "at what time",
        "sh[ae]h[ae]rd[ae]|sh[ae]h[ae]r|kalada|kala": "in which city",
        "binada|bina": "in which building",
        "ayda|ay": "in which month",
        "eld[ae]|el": "in which year",
        "sammitta|sammit|summit": "at which summit",
    },
    outlets={
        "gazeta": "newspaper",
        "sayt": "website",
        "basma": "outlet",
        "agentlyk": "news agency",
        "kanal": "channel",
    },
    published={
        "basyl|bastyr|nashr|chykt|don[iy]?a\\s+kurde": "published",
        "yazyl": "written",
        "yangart|yanart": "updated",
    },
    numbers={"ber": "one", "ike": "two", "och": "three", "durt": "four", "bish": "five"},
    employers={
        "oeshma": "organisation",
        "ministrlyk": "ministry",
        "hokum[ae]t": "government",
        "uchrezhdeniye": "institution",
        "kompaniya": "company",
        "gazeta": "newspaper",
    },
    whence=r"kaydan|kayerd[ae]n",
    opening=r"a|h[ae]m|yarar|alaysa|inde",
    what_about=r"^(?P<who>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+(?:song|son|chi)\s*$",
    how=r"nichek|nichek\s+itep|nindi",
    went_on=r"uzdy|utte|buldy|bardy|d[ae]vam\s+itte",
    verbs={"kilesh\\w*": "agree", "ochrash\\w*": "meet", "soyl[ae]sh\\w*": "talk"},
    said_not=r"dim[ae]de|[ae]ytm[ae]de|[ae]ytm[ae]g[ae]n|dig[ae]n\s+tugel|soyl[ae]m[ae]de",
    in_view=r"fikerench[ae]|fikere\s+buencha|karashyncha",
    works=r"eshli|eshl[ae]y|hezm[ae]t\s+it[ae]",
    cost=r"kupme\s+tora|bahasy\s+kupme|kupm[ae]g[ae]\s+tora",
    anything=r"(?:ber[ae]r\s+n[ae]rs[ae]|bern[ae]rs[ae]|berni|ber\s+n[ae]rs[ae])(?:\s+d[ae])?",
    also="da|ta|de|te|also",
    there_is=rf"bar(?:\s*{_TATAR_QUESTION_MARK})?|barmy|yazylgan(?:my)?",
    question_mark=_TATAR_QUESTION_MARK,
    english={
        "bel[ae]n": "and",
        "h[ae]m": "and",
        "yaki|[ae]ll[ae]": "or",
        "alar": "they",
        "tugel": "not",
        "bu|shushy": "this",
        "kyskacha": "briefly",
        "tulyrak|jentekl[ae]p": "in detail",
        "kiresench[ae]": "the opposite",
        **_TATAR_NEWS_WORDS,
    },
)


# Tatar's verbs of what was done, asked what ("Xi nәrsә telәde?": what did Xi want), in the Latin letters the book reads
_TATAR_DONE = {
    "sorady|sorag[ae]n": "ask", "t[ae]l[ae]de|t[ae]l[ae]g[ae]n": "want", "kis[ae]tte|kis[ae]tk[ae]n": "warn",
    "soyl[ae]shte\\w*|fiker\\s+alysht\\w*|tiksherdel[ae]r|kin[ae]shte\\w*": "discuss", "kileshte\\w*": "agree",
    "yazdy|yazg[ae]n": "write", "belderde|belderg[ae]n": "express", "iglan\\s+itte": "announce",
    "v[ae]gd[ae]\\s+(?:itte|birde)": "promise", "t[ae]kdim\\s+itte": "propose",
}  # fmt: skip
_TATAR_NAME = rf"(?:{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)"
_TATAR_ASKING = r"kem|n[ae]rs[ae]|kaychan|kaichan|kayda|kaysy|nindi|nicha|kupme|niga|nichek"  # its question words


def _tatar_done(done: str) -> str:
    """ "sorady": "ask"; "vagda itte": "promise"."""
    return next(english for tatar, english in _TATAR_DONE.items() if re.fullmatch(tatar, done, re.I))


@cache
def _tatar() -> _Shapes:
    latin = _tatar_latin()
    done = "|".join(_TATAR_DONE)
    return (
        _after_the_question(),
        # every Cyrillic letter put into the Latin one the book reads ("Blinkenга нәрсә диде": "Blinkenga narsa dide"),
        # and the Latin letters of its own typed plain
        (re.compile(r"(?<!\w)(?:төп|Төп|töp)(?!\w)"), "fundamental"),
        (re.compile(r"[\u0400-\u04ff\u0259\u018f]+"), lambda match: match.group().translate(latin)),
        (re.compile("ı"), "y"),
        *_plain_letters(_TATAR_MARKED),
        # "кем соң" (who then): who; a question particle after a word it asks of ("очрашуга кадәрме": before the
        # meeting?), read off the word
        (re.compile(rf"\b(?P<asked>{_TATAR_ASKING})\s+song\b", re.I), r"\g<asked>"),
        (re.compile(r"\b(?P<word>k[ae]d[ae]r|song|son|elek)(?:my|me)\b", re.I), r"\g<word>"),
        # "Xi ничә төп принцип тәкъдим итте?" (how many fundamental principles): a word before the thing counted
        (
            re.compile(rf"^(?P<who>{_TATAR_NAME})\s+(?:nicha|kupme)\s+(?P<thing>\S+\s+\S+)\s+(?P<done>{done})$", re.I),
            lambda match: (
                f"how many {match.group('thing')} did {match.group('who')} {_tatar_done(match.group('done'))}"
            ),
        ),
        # "Wang Yi нинди вазыйфа били?" (what post holds): what position does Wang Yi hold
        (
            re.compile(
                rf"^(?P<who>{_TATAR_NAME})\s+(?:nindi|kaysy)\s+(?:vazyyf|vazif|urynny|urynda)\w*\s+"
                r"(?P<held>bili|bil[ae]de|bil[ae]g[ae]n)$",
                re.I,
            ),
            lambda match: (
                f"what position {'does' if match.group('held').lower() == 'bili' else 'did'} {match.group('who')} hold"
            ),
        ),
        # "Blinken өметләнүен кайчан белдерде?" (his hope when expressed): when did Blinken express hope
        (
            re.compile(
                rf"^(?P<who>{_TATAR_NAME})\s+(?P<what>(?-i:[a-z])\S*)\s+(?:kaychan|kaichan)\s+(?P<done>{done})"
                r"(?P<rest>\s*[—,-].*)?$",
                re.I,
            ),
            lambda match: (
                f"when did {match.group('who')} {_tatar_done(match.group('done'))} {match.group('what')}"
                + (match.group("rest") or "")
            ),
        ),
        # "Ә Wang Yi?" (and Wang Yi?): what about Wang Yi
        (re.compile(rf"^(?i:a)\s+(?P<who>{_TATAR_NAME})\W*$"), r"what about \g<who>"),
        # "Wang Yi кем?", "Wang Yi кем ул?": who is Wang Yi
        (
            re.compile(rf"^(?P<who>{_TATAR_NAME}|(?-i:[A-Z])[\w-]*\s+(?-i:[A-Z])[\w-]*)\s+kem(?:\s+ul)?$"),
            r"who is \g<who>",
        ),
        # "Кем әйтте, … дип?" (who said, "…"): who said …
        (re.compile(r"^(?P<asked>kem\s+(?:[ae]ytte|dide)),?\s+(?P<said>.+?)\s+dip$", re.I), r"\g<asked> \g<said>"),
        # "Кем ул Wang Yi?" (who is he, Wang Yi): who is Wang Yi
        (re.compile(r"^kem\s+ul\s+(?P<who>\S.*)$", re.I), r"who is \g<who>"),
        # "Xi Blinken белән очраштымы?": did Xi meet Blinken; "… очрашмадымы?": didn't he; "… очрашты дигән сүз
        # дөресме?" (is the word that … met true): is it true that Xi met Blinken
        (
            re.compile(
                rf"^(?P<who>{_TATAR_NAME})\s+(?P<whom>[^,?]+?)\s+bel[ae]n\s+(?:(?P<before>elegr[ae]k|aldan|monga\s+k[ae]d[ae]r)\s+)?"
                r"(?:ochrasht(?:y|ylar)\s*(?:my|me)|ochrashk[ae]n\s*(?P<before2>my|me)|(?P<not>ochrashmad(?:y|ylar))\s*(?:my|me)?"
                r"|ochrasht(?:y|ylar)\s+dig[ae]n\s+(?:suz\s+)?(?P<true>dor[ae]sme|dores\s+me))$",
                re.I,
            ),
            lambda match: (
                ("is it true that " if match.group("true") else "didn't " if match.group("not") else "did ")
                + f"{match.group('who')} "
                + ("previously " if match.group("before") or match.group("before2") else "")
                + ("met" if match.group("true") else "meet")
                + f" {match.group('whom')}"
            ),
        ),
        # "Xi белән Blinken очраштылармы?": did Xi and Blinken meet
        (
            re.compile(
                rf"^(?P<who>{_TATAR_NAME})\s+(?:bel[ae]n|h[ae]m)\s+(?P<whom>{_TATAR_NAME})\s+"
                r"(?:ochrasht(?:y|ylar)\s*(?:my|me)|(?P<not>ochrashmad(?:y|ylar))\s*(?:my|me)?)$",
                re.I,
            ),
            lambda match: (
                ("didn't" if match.group("not") else "did") + f" {match.group('who')} and {match.group('whom')} meet"
            ),
        ),
        # "Blinken ни өчен оптимист иде?": why was Blinken optimistic
        (
            re.compile(
                rf"^(?P<who>{_TATAR_NAME})\s+(?:ni\s+ochen|niga|nik|n[ae]rs[ae]\s+ochen)\s+(?P<what>optimist\w*|shat|kanag[ae]t\w*)"
                r"(?:\s+(?:ide|buldy|ikan))?$",
                re.I,
            ),
            lambda match: (
                f"why was {match.group('who')} {'happy' if match.group('what').lower() == 'shat' else 'optimistic'}"
            ),
        ),
        # "Xi фикеренчә, мөнәсәбәтләр нинди булырга тиеш?" (in Xi's view, relations what kind should be): what should
        # the relations be like according to Xi
        (
            re.compile(
                rf"^(?:(?P<who>{_TATAR_NAME})\s+fikerench[ae],?\s+)?(?P<what>[^,?]+?)\s+nindi\s+bulyrga\s+tiesh\w*$",
                re.I,
            ),
            lambda match: (
                f"what should the {match.group('what')} be like"
                + (f" according to {match.group('who')}" if match.group("who") else "")
            ),
        ),
        # "Blinken кайчан Пекинга килде?": the place said after "when" put before it, where the shapes read it
        (
            re.compile(
                r"\b(?P<asked>kaychan|kaichan|kayda)\s+(?P<place>(?-i:[A-Z])\w+)\s+(?=(?:bardy|kilde|kitte)$)", re.I
            ),
            r"\g<place> \g<asked> ",
        ),
        # "… кем язды һәм кайдан?": who wrote … and where did they write from
        (re.compile(r"\s+h[ae]m\s+(?=(?:kaydan|kayerd[ae]n)$)", re.I), " and "),
        # "Xi Kытай һәм АКШ партнерлар булырга тиеш дидеме?": did Xi say China and the US should be partners
        (
            re.compile(
                rf"^(?P<who>{_TATAR_NAME})\s+(?P<claim>(?!.*\b(?:n[ae]rs[ae]|ber[ae]r|berni|turynda|hakynda)\b).+?)\s+"
                r"(?:dip\s+)?(?P<verb>dide|[ae]ytte|belderde)\s*(?:my|me)$",
                re.I,
            ),
            lambda match: (
                f"did {match.group('who')} "
                f"{'express' if match.group('verb').lower().startswith('bel') else 'say that'} {match.group('claim')}"
            ),
        ),
        # "Blinken кем белән сөйләште?": who did Blinken talk with
        (
            re.compile(
                r"^(?P<who>[^,?]+?)\s+kem(?:n[ae]r)?\s+bel[ae]n\s+(?:soyl[ae]sht\w*|kin[ae]sht\w*|fiker\s+alysht\w*)$",
                re.I,
            ),
            r"who did \g<who> talk with",
        ),
        # "Blinken Wang Yi белән нәрсә турында сөйләште?": what did Blinken discuss with Wang Yi; "Blinken нәрсә
        # турында кисәтте?": what did Blinken warn about; "Xi нәрсә теләде?": what did Xi want
        (
            re.compile(
                rf"^(?P<who>.+?)(?:\s+(?P<whom>{_TATAR_NAME})\s+bel[ae]n)?\s+n[ae]rs[ae](?:n[ae])?\s+(?:turynda|hakynda)\s+"
                rf"(?P<done>{done})$",
                re.I,
            ),
            lambda match: (
                f"what did {match.group('who')} {_tatar_done(match.group('done'))}"
                + {"discuss": "", "agree": " on"}.get(_tatar_done(match.group("done")), " about")
                + (f" with {match.group('whom')}" if match.group("whom") else "")
            ),
        ),
        (
            re.compile(rf"^(?P<who>[^,?]+?)\s+n[ae]rs[ae](?:n[ae])?\s+(?P<done>{done})$", re.I),
            lambda match: f"what did {match.group('who')} {_tatar_done(match.group('done'))}",
        ),
        # "Blinken Wang Yi белән ничә сәгать сөйләште?": how many hours did the talks between Blinken and Wang Yi last
        (
            re.compile(
                rf"^(?P<who>{_TATAR_NAME})(?:\s+(?P<whom>{_TATAR_NAME})\s+bel[ae]n)?\s+(?P<asked>nicha\s+s[ae]gat|kupme(?:\s+vakyt)?)\s+"
                r"(?:soyl[ae]sht\w*|fiker\s+alysht\w*)$",
                re.I,
            ),
            lambda match: (
                f"{'how many hours' if match.group('asked').lower().startswith('nicha') else 'how long'} did the talks"
                f" between {match.group('who')} and {match.group('whom')} last"
                if match.group("whom")
                else f"{'how many hours' if match.group('asked').lower().startswith('nicha') else 'how long'} did "
                f"{match.group('who')} talk"
            ),
        ),
        # "Мәкаләдә Россия турында нәрсә диелгән?" (in the article, about Russia, what is said): what does the article
        # say about Russia
        (
            re.compile(
                r"^(?:m[ae]kal[ae]d[ae]|m[ae]kal[ae]|yazmada)\s+(?P<topic>.+?)\s+(?:turynda|hakynda)\s+n[ae]rs[ae]\s+"
                r"(?:diel[ae]|dielg[ae]n|di|yazylgan|[ae]ytelg[ae]n|[ae]ytel[ae])$",
                re.I,
            ),
            r"what does the article say about \g<topic>",
        ),
        # "Сәүдә турында нәрсә әйтелде?" (about trade, what was said): what was said about trade
        (
            re.compile(
                r"^(?P<topic>[^,?]+?)\s+(?:turynda|hakynda)\s+n[ae]rs[ae]\s+(?:[ae]ytelde|dielde|soyl[ae]nde|[ae]ytelg[ae]n"
                r"|dielg[ae]n)$",
                re.I,
            ),
            r"what was said about \g<topic>",
        ),
        *_agglutinating(_TATAR_BOOK),
        # "Кем Пекинга барды?": who went to Beijing
        (
            re.compile(r"^kem\s+(?P<place>to\s+[^,?]+?)\s+(?:bardy|barg[ae]n|kilde|kilg[ae]n|kitte)$", re.I),
            r"who went \g<place>",
        ),
        # "did Xi to Blinken propose": the one something was done to put after the verb
        (
            re.compile(
                r"\bdid\s+(?P<who>[^,?]+?)\s+(?P<to>to\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+(?P<verb>[a-z]+)$"
            ),
            r"did \g<who> \g<verb> \g<to>",
        ),
        (re.compile(r"\bwhich\s+the\s+"), "which "),
    )


# Tatar's own words, in its letters or a Russian keyboard's or Latin ones: none of them Kazakh's ("турында", not
# "туралы"; "кайчан", not "қашан"), Kyrgyz's ("диде", not "деди"; "белән", not "менен"), Bashkir's ("нәрсә", not
# "нимә"; "очрашты", not "осрашты") or Russian's; and in no question holding a letter of theirs Tatar does not write,
# or a word of Bashkir's own ("нимә", "тураһында", "менән")
_TATAR_WORDS = _lazy_pattern(
    r"^(?!.*[іқғұўҳҙҡҫ])(?!.*\b(?:нимә\w*|тураһында|хаҡында|менән|осраш\w*|тине|нисек|нисә|ниңә|һуң)\b)"
    r"(?:.*\b(?:н[әэ]рс[әэ]\w*|диде\w*|дигән|дигэн|[әэ]йтте\w*|[әэ]йтк[әэ]н|кайчан|турында\w*|хакында"
    r"|бел[әэ]н|очраш\w*|нич[әэ]|ничек|к[үу]пме\w*|ниг[әэ]|с[өо]йл[әэ]\w*|м[әэ]кал[әэ]\w*|т[әэ]къдим|телг[әэ]\s+алын\w*"
    r"|ни\s+[өо]чен|кайда\s+(?:булды|узды|[үу]тте)|килеш\w*|нинди|вазыйфа\w*|т[әэ]л[әэ]де|кис[әэ]тте|вәгъдә"
    r"|dide|n[ae]rs[ae]|kaychan|kaichan|turynda|turinda|bel[ae]n|ochrash\w+|nichek|nicha|kupme\w*|soyl[ae]de"
    r"|soyl[ae]sht\w*"
    r"|t[ae]kdim)\b"
    r"|^кем\s+(?:ул\b|(?:\S+\s+){0,4}?(?:барды|килде|китте|язды|сорады|бастырды|итте|ясады|җибәрде|очрашты|сөйләде"
    r"|булды)\W*$)|.*\sкем(?:\s+(?:ул|соң))?\W*$|^ә\s+\S+)",
    re.I,
)

"""Germanic phrasebooks: Swedish, Icelandic, Faroese, Luxembourgish and Yiddish."""

from __future__ import annotations

import re
from functools import cache

from knowledge.phrasebooks.shapes import (
    _ANSWER_WORDS,
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
    _title_asked,
    _us_foreign_minister,
    _what_it_costs,
    _what_said,
    _with_the,
    _word_for_word,
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
        _us_foreign_minister(),
    )


_SWEDISH_WORDS = _lazy_pattern(
    r"^(?:(?:och|men)\s+)?"
    r"(?:vad|vem|hur|vilken|vilket|vilka|n[äa]r|var\s+(?:h[öo]lls|tr[äa]ffades|m[öo]ttes|ligger|låg|bor|finns))\b"
    r"|\b(?:tr[äa]ffade|tr[äa]ffades|nämndes|nämns|utrikesministern|mötet|samtalen|artikeln)\b",
    re.I,
)


# How readers ask in Icelandic, with English words and often without its letters (þ, ð, æ, ö and its accents typed th,
# d, ae, o and plain): "Hvað sagði Xi um Taívan?" (what did Xi say about Taiwan), "Hvern hitti Blinken í Peking?" (whom
# did Blinken meet in Beijing), "Hversu lengi stóð fundurinn?" (how long did the meeting last), "Hver sagði að við
# ættum að vera samstarfsaðilar?" (who said we should be partners). It puts its verb second, as Swedish does, and its
# nouns take their article and case on their end ("fundurinn", "fundinum": the meeting; "greinarinnar": the
# article's), read as a whole. Its letters typed plain, "Hvad" is Danish's "what" too: the book's pattern asks for
# Icelandic's own words ("sagði", "hitti", "hvenær", "fundurinn"), none of them Danish's, Norwegian's or Swedish's.
_ICELANDIC_MARKED = (
    ("d", "ð"), ("ae", "æ"), ("o", "öó"), ("a", "á"), ("e", "é"), ("i", "í"), ("u", "ú"), ("y", "ý"),
)  # fmt: skip
_ICELANDIC_NAMES = {
    "Bandarikj(?:unum|anna|in)|Bandarikin|BNA": "the US", "Kina|Kinverja": "China", "Russland(?:i|s)?": "Russia",
    "Taivan(?:s)?|Taiwan(?:s)?": "Taiwan", "Peking|Beijing": "Beijing", "Japan(?:s)?": "Japan",
    "Sviss": "Switzerland", "Island(?:i|s)?": "Iceland", "Ukrain\\w*": "Ukraine", "Evrop\\w*": "Europe",
    "Sudur-Kinahaf\\w*|Sudur\\s+Kinahaf\\w*": "the South China Sea", "Kaliforni\\w*": "California",
    "Blinkens": "Blinken's", "Bidens": "Biden's",
}  # fmt: skip
# Its words and phrases put into English first, the longer before the words in them
_ICELANDIC_THINGS = {
    "samkvaemt\\s+greininni|samkvaemt\\s+frettinni": "according to the article",
    "i\\s+upphafi\\s+(?:vidraedn|vidraedu)\\w*": "at the start of the talks",
    "i\\s+upphafi\\s+fund\\w*": "at the start of the meeting",
    "i\\s+lok\\s+(?:vidraedn|vidraedu)\\w*": "at the end of the talks",
    "i\\s+lok\\s+fund\\w*": "at the end of the meeting",
    "(?:eru|vaeru|seu)\\s+(?:farin|farnar|farinn|ad\\s+byrja)\\s+ad\\s+(?:na\\s+jafnvaegi|verda\\s+stodug\\w*|styrkjast"
    "|komast\\s+i\\s+jafnvaegi)": "are beginning to stabilise",
    "utanrikisradherra\\w*": "foreign minister", "forsaetisradherra\\w*": "prime minister",
    "radherra\\w*": "minister", "forset(?:i|inn|ann|anum|ans|a)": "president",
    "leidtog(?:i|inn|ann|anum|ans|a)": "leader", "talsm(?:adur|adurinn|ann|anni|anns)": "spokesperson",
    "embaettism(?:adur|adurinn|ann|anni|anns)": "official", "bladam(?:adur|adurinn|ann|anni|anns)": "journalist",
    "stjornarerindrek\\w*|diplomat\\w*": "diplomat", "hofund(?:ur|urinn|inn|i|ar)": "author",
    "gest(?:ur|urinn|inn|i|sins)": "guest", "kinversk\\w*": "Chinese", "bandarisk\\w*": "American",
    "russnesk\\w*": "Russian",
    "eftir\\s+fund(?:inn|inum|i)": "after the meeting", "fyrir\\s+fund(?:inn|inum|i)": "before the meeting",
    "a\\s+medan\\s+a\\s+fundinum\\s+stod|a\\s+medan\\s+fundurinn\\s+stod": "during the meeting",
    "a\\s+fund(?:inum|i)": "at the meeting", "eftir\\s+vidraed\\w*": "after the talks",
    "i\\s+vidraed\\w*": "in the talks",
    "fund(?:ur|urinn|inn|inum|i|arins|ar|ir|irnir)": "the meeting",
    "vidraed\\w*|samtol(?:in|unum)?": "the talks", "heimsokn\\w*": "the visit",
    "(?:thessi|thessa|thessari)\\s+(?:grein|frett)\\w*": "this article",
    "i\\s+greininni|i\\s+frettinni": "in the article",
    "grein(?:in|ina|inni|arinnar|ar)?|frett(?:in|ina|inni|arinnar)?": "the article",
    "mannrettind\\w*": "human rights", "vidskipt\\w*|verslun\\w*": "trade",
    "klukkustund\\w*|klukkutim\\w*|tima": "hours",
    "meginregl\\w*|grundvallarregl\\w*|grundvallaratrid\\w*": "principles",
    "landanna|landa|londum": "the countries", "lond(?:in)?|rik(?:i|in|jum)|thjod(?:ir|irnar)": "countries",
    "(?:faeru|fara|fer|fari)\\s+vaxandi": "were increasing", "i\\s+sambandinu": "in the relationship",
    "askrift\\w*": "the subscription",
    "samstarfsadil\\w*|samherj\\w*|felag(?:ar|arnir)": "partners", "keppinaut\\w*|andstaeding\\w*": "rivals",
    "samskipt\\w*|tengsl\\w*": "relations", "agreining\\w*|skodanamun\\w*": "differences",
    "framfar\\w*|arangur\\w*": "progress", "dagblad\\w*|blad(?:id|inu)?": "newspaper",
    "vikudegi|vikudag": "day of the week", "\\s*,?\\s*(?:i\\s+stuttu\\s+mali|stuttlega)": ", briefly",
}  # fmt: skip
_ICELANDIC_SAID = r"(?:sagdi|sogdu|hefur\s+sagt|hafa\s+sagt|segir|segja|lysti\s+yfir|tok\s+fram|taladi|toludu)"
_ICELANDIC_MET = r"(?:hitti|hittu|hittust|hefur\s+hitt|fundadi|fundudu|atti\s+fund|attu\s+fund|raeddi|raeddu)"
_ICELANDIC_LASTED = r"(?:stod|stodu|vardi|vordu|tok|toku)"
_ICELANDIC_TOOK_PLACE = r"(?:for\s+(?P<what>.+?)\s+fram|foru\s+(?P<they>.+?)\s+fram|var\s+(?P<held>.+?)\s+haldin\w*)"
_ICELANDIC_PREPOSITIONS = {
    "um": "about", "vid": "to", "til": "to", "i": "in", "a": "at", "eftir": "after", "fyrir": "before",
    "med": "with", "fra": "from", "milli": "between",
}  # fmt: skip
_ICELANDIC_NUMBERS = {"einn|ein|eitt": "one", "tveir|tvaer|tvo": "two", "thrir|thrjar|thrju": "three",
                      "fjorir|fjorar|fjogur": "four", "fimm": "five"}  # fmt: skip
_ICELANDIC_WHICH = {
    "dag|degi": "on which day", "day\\s+of\\s+the\\s+week": "on which day of the week",
    "borg|borginni": "in which city",
    "byggingu|husi": "in which building", "manudi": "in which month", "ari": "in which year",
    "tima|klukkan": "at what time",
}  # fmt: skip
# Words of the news, put into English last, so that the words said match the article's
_ICELANDIC_NEWS_WORDS = {
    "throun\\w*": "development", "studning\\w*": "support", "samvinn\\w*|samstarf(?!sadil)\\w*": "cooperation",
    "virding\\w*": "respect", "efnahag\\w*|hagkerf\\w*": "economy", "heim(?:ur|urinn|inum|sins)": "world",
    "vandamal\\w*": "problem", "ahyggj\\w*": "concerns", "vidleitni\\w*": "efforts", "samkomulag\\w*": "agreement",
    "leidtogafund\\w*": "summit", "oryggi\\w*": "security", "strid\\w*": "war", "frid(?:ur|inn|i)": "peace",
    "refsiadgerd\\w*": "sanctions", "rikisstjorn\\w*": "government", "voxt\\w*": "growth", "framtid\\w*": "future",
    "jakvaed\\w*": "positive", "neikvaed\\w*": "negative", "thaett(?:ir|irnir)|atridi(?:n|nu)?": "factors",
    "slaem\\w*": "bad", "aukast": "increasing",
    "leyst\\w*": "solved", "skyr\\w*": "clear", "misskilning\\w*": "misunderstandings", "enn": "still",
}  # fmt: skip
_ICELANDIC_DONE_TO = {"birt": "published", "uppfaerd": "updated", "skrifud": "written", "gefin": "published"}


def _in_english_prepositions(prepositions: dict[str, str], text: str) -> str:
    """A book's prepositions put into English, each before a word (Icelandic's and Faroese's "um": about)."""
    return re.sub(
        rf"\b(?:{'|'.join(prepositions)})\b(?=\s+\S)",
        lambda match: prepositions[match.group().lower()],
        text,
        flags=re.I,
    )


def _icelandic_prepositions(text: str) -> str:
    """Its prepositions after the question's opening put into English ("Hvad sagdi Xi um Taivan": about)."""
    return _in_english_prepositions(_ICELANDIC_PREPOSITIONS, text)


def _icelandic_said(match: re.Match[str]) -> str:
    """ "what did Xi say about Taiwan", "what did Wang Yi say to Blinken"."""
    tail = _icelandic_prepositions(match.group("tail") or "")
    return f"what did {match.group('who')} say{tail}{match.group('rest') or ''}"


def _icelandic_proposed(match: re.Match[str], asked: str = "") -> str:
    """ "how many principles did Xi propose", "which three principles did Xi propose" (``asked``: "which", the
    question word read already)."""
    count = match.group("count") or ""
    number = next((f"{e} " for n, e in _ICELANDIC_NUMBERS.items() if count and re.fullmatch(n, count, re.I)), "")
    asked = asked or ("which" if match.group("asked").lower() == "hvada" else "how many")
    return f"{asked} {number}{match.group('thing')} did {match.group('who')} propose"


def _icelandic_which(match: re.Match[str]) -> str:
    """ "in which city did the meeting take place", "on which day did Xi and Blinken meet"."""
    asked = next(e for n, e in _ICELANDIC_WHICH.items() if re.fullmatch(n, match.group("noun"), re.I))
    if match.group("met"):
        return f"{asked} did {match.group('who')} meet{' ' + match.group('whom') if match.group('whom') else ''}"
    return f"{asked} did {_with_the(match.group('what') or match.group('they') or match.group('held'))} take place"


@cache
def _icelandic() -> _Shapes:
    tail = r"(?P<tail>(?:\s+(?:um|vid|til|i|a|eftir|fyrir|med|fra|after|before|at|in|during|about)\b[^,?]*)?)"
    which = "|".join(_ICELANDIC_WHICH)
    numbers = "|".join(_ICELANDIC_NUMBERS)
    return (
        _after_the_question(),
        (re.compile(r"\b[þÞ](?:eir|au|ær)\b"), "they"),
        (re.compile("þ"), "th"),
        (re.compile("Þ"), "Th"),
        *_plain_letters(_ICELANDIC_MARKED),
        (re.compile(r"^(?:og|en)\s+", re.I), ""),
        *_word_for_word(_ICELANDIC_NAMES),
        *_word_for_word(_ICELANDIC_THINGS),
        _according_to_last(),
        (
            re.compile(
                r"\b(?:milli)\s+(?P<one>(?-i:[A-Z])\S*(?:\s+(?-i:[A-Z])\S*)?)\s+og\s+(?P<other>\S+(?:\s+(?-i:[A-Z])\S*)?)"
            ),
            r"between \g<one> and \g<other>",
        ),
        # "ad vid aettum ad vera samstarfsadilar": we should be partners; "ad thau aettu …": they should be
        (
            re.compile(
                r"\b(?:ad\s+)?(?P<who>vid|thau|their|thaer)?\s*(?:aettum|aettu|aetti|eigum\s+ad|eiga\s+ad|verdum\s+ad"
                r"|verda\s+ad)\s+(?:ad\s+)?vera\s+(?P<what>\S+)",
                re.I,
            ),
            lambda match: (
                f"{'we' if (match.group('who') or '').lower() == 'vid' else 'they'} should be {match.group('what')}"
            ),
        ),
        # "Blinken, hvad sagdi hann svo um …?" (Blinken, what did he then say about …): the one asked about named first
        (
            re.compile(
                rf"^(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*),\s+hvad\s+(?P<said>sagdi|sogdu|segir|segja)\s+"
                r"(?:hann|hun|their|thaer|thau|they)(?:\s+(?:svo|tha|nuna))?\b",
                re.I,
            ),
            r"hvad \g<said> \g<who>",
        ),
        # "Taldi Wang ad …?" (did Wang think that …), "Telur …" (does … think)
        (
            re.compile(
                rf"^(?P<thought>taldi|taldu|telur|telja)\s+(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+(?:ad\s+)?",
                re.I,
            ),
            lambda match: (
                f"{'did' if match.group('thought').lower().startswith('tald') else 'does'} "
                f"{match.group('who')} think that "
            ),
        ),
        # who said: "Hver sagdi ad …", "Hver sagdi: '…'"
        (re.compile(rf"^(?:hver|hverjir)\s+{_ICELANDIC_SAID}\s*[,:]?\s+(?:ad\s+)?", re.I), "who said "),
        # what someone said: "Hvad sagdi Xi um Taivan?", "Hvad hefur Xi sagt um …?"
        (
            re.compile(rf"^hvad\s+(?:sagdi|sogdu|segir|segja)\s+(?P<who>[^,?]+?){tail}{_ANSWER_WORDS}", re.I),
            _icelandic_said,
        ),
        (
            re.compile(rf"^hvad\s+(?:hefur|hafa|hafdi)\s+(?P<who>[^,?]+?)\s+sagt{tail}{_ANSWER_WORDS}", re.I),
            _icelandic_said,
        ),
        (
            re.compile(
                r"^(?:sagdi|hefur|sogdu)\s+(?P<who>[^,?]+?)\s+(?:sagt\s+)?(?:eitthvad|nokkud)\s+(?P<tail>(?:um|about)\s+[^,?]+)$",
                re.I,
            ),
            lambda match: f"did {match.group('who')} say anything {_icelandic_prepositions(match.group('tail'))}",
        ),
        (
            re.compile(rf"^hvad\s+(?:tilkynnti|kynnti)\s+(?P<who>[^,?]+?){tail}$", re.I),
            lambda match: f"what did {match.group('who')} announce{_icelandic_prepositions(match.group('tail'))}",
        ),
        # whom someone met, and who met someone
        (
            re.compile(
                rf"^(?:hvern|hverja|hverjum|(?:vid|med)\s+(?:hvern|hverja|hverjum))\s+{_ICELANDIC_MET}\s+(?P<who>[^,?]+?){tail}$",
                re.I,
            ),
            lambda match: f"who did {match.group('who')} meet{_icelandic_prepositions(match.group('tail'))}",
        ),
        (re.compile(rf"^(?:hver|hverjir)\s+{_ICELANDIC_MET}\s+(?P<whom>[^,?]+)$", re.I), r"who met \g<whom>"),
        (
            re.compile(
                r"^(?P<asked>hvenaer|hvar)\s+(?:tok|toku)\s+(?P<who>[^,?]+?)\s+a\s+moti\s+(?P<whom>[^,?]+)$", re.I
            ),
            lambda match: (
                f"{'when' if match.group('asked').lower() == 'hvenaer' else 'where'} did {match.group('who')} meet "
                f"{match.group('whom')}"
            ),
        ),
        (
            re.compile(r"^um\s+hvad\s+(?:raeddu|raeddi|toludu|taladi|fjolludu)\s+(?P<who>[^,?]+)$", re.I),
            r"what did \g<who> discuss",
        ),
        (
            re.compile(
                r"^(?:hvern|hverja|(?:vid|med)\s+(?:hvern|hverja|hverjum))\s+(?:hafdi|hefur|hafa|hofdu)\s+(?P<who>[^,?]+?)\s+"
                r"(?:hitt|fundad)(?P<before>\s+(?:adur|fyrr|fyrir))?$",
                re.I,
            ),
            lambda match: f"who did {match.group('who')} {'previously ' if match.group('before') else ''}meet",
        ),
        (
            re.compile(r"^hvernig\s+(?:gengu|gekk|foru|for|var|voru)\s+(?P<what>[^,?]+)$", re.I),
            lambda match: f"how did {_with_the(match.group('what'))} go",
        ),
        (
            re.compile(
                r"^(?:hvar\s+er\s+(?:the\s+)?author\s+(?:stadsett\w*|buse\w*|stadur)|hvadan\s+(?:er|skrifar|skrifadi)\s+"
                r"(?:the\s+)?author)$",
                re.I,
            ),
            "where is the author from",
        ),
        (
            re.compile(
                r"^(?:var|voru|er|eru)\s+(?:raett|talad|fjallad)\s+um\s+(?P<what>[^,?]+?)"
                r"(?P<where>\s+(?:in|at)\s+the\s+(?:talks|meeting|article))?$",
                re.I,
            ),
            lambda match: f"was {match.group('what')} mentioned{match.group('where') or ''}",
        ),
        # when and where people met, or something took place
        (
            re.compile(
                rf"^(?:(?:a|i)\s+)?hvada\s+(?P<noun>{which})\s+(?:(?P<met>{_ICELANDIC_MET})\s+(?P<who>[^,?]+?)(?<!\sog)(?<!\sand)(?:\s+(?P<whom>(?-i:[A-Z])[^,?]*))?|{_ICELANDIC_TOOK_PLACE})$",
                re.I,
            ),
            _icelandic_which,
        ),
        (
            re.compile(
                rf"^(?P<asked>hvenaer|hvar)\s+{_ICELANDIC_MET}\s+(?P<who>[^,?]+?)(?<!\sog)(?<!\sand)(?:\s+(?P<whom>(?-i:[A-Z])[^,?]*))?{tail}$",
                re.I,
            ),
            lambda match: (
                f"{'when' if match.group('asked').lower() == 'hvenaer' else 'where'} did {match.group('who')} meet"
                + (f" {match.group('whom')}" if match.group("whom") else "")
                + _icelandic_prepositions(match.group("tail"))
            ),
        ),
        (
            re.compile(rf"^(?P<asked>hvenaer|hvar)\s+{_ICELANDIC_TOOK_PLACE}$", re.I),
            lambda match: (
                f"{'when' if match.group('asked').lower() == 'hvenaer' else 'where'} did "
                f"{_with_the(match.group('what') or match.group('they') or match.group('held'))} take place"
            ),
        ),
        (
            re.compile(
                r"^(?P<asked>hvenaer|hvar)\s+(?:var|voru)\s+(?P<what>[^,?]+?)\s+(?:(?P<first>fyrst|sidast)\s+)?"
                r"(?P<done>birt|uppfaerd|skrifud|gefin)\w*(?:\s+ut)?$",
                re.I,
            ),
            lambda match: (
                f"{'when' if match.group('asked').lower() == 'hvenaer' else 'where'} was "
                f"{_with_the(match.group('what'))} "
                + ({"fyrst": "first ", "sidast": "last "}.get((match.group("first") or "").lower(), ""))
                + _ICELANDIC_DONE_TO[match.group("done").lower()]
            ),
        ),
        # how long something lasted, and how many hours
        (
            re.compile(
                rf"^(?:hversu|hve)\s+(?:lengi|langan\s+tima)\s+{_ICELANDIC_LASTED}\s+(?P<what>[^,?]+)$"
                rf"|^hvad\s+{_ICELANDIC_LASTED}\s+(?P<thing>[^,?]+?)\s+lengi$|^(?:hversu|hve)\s+lang(?:ur|ar|t)\s+(?:var|voru)\s+"
                rf"(?P<was>[^,?]+)$",
                re.I,
            ),
            lambda match: (
                f"how long did {_with_the(match.group('what') or match.group('thing') or match.group('was'))} last"
            ),
        ),
        (
            re.compile(rf"^(?:hversu|hve)\s+marg(?:ar|a|ir)\s+hours\s+{_ICELANDIC_LASTED}\s+(?P<what>[^,?]+)$", re.I),
            lambda match: f"how many hours did {_with_the(match.group('what'))} last",
        ),
        # how many things someone proposed, and which
        (
            re.compile(
                rf"^(?P<asked>(?:hversu|hve)\s+marg\w*|hvada)\s+(?:(?P<count>{numbers})\s+)?(?P<thing>\S+)\s+(?:lagdi|logdu|setti|settu)\s+"
                r"(?P<who>[^,?]+?)\s+(?:til|fram)$",
                re.I,
            ),
            _icelandic_proposed,
        ),
        # "Hverjar voru thrjar meginreglurnar sem Xi lagdi fram?" (which were the three principles that Xi put forward)
        (
            re.compile(
                rf"^(?:hverjar|hverjir|hver|hvada)\s+(?:voru|eru|var|er)\s+(?:(?P<count>{numbers})\s+)?"
                r"(?P<thing>\S+)\s+sem\s+"
                r"(?P<who>[^,?]+?)\s+(?:lagdi|logdu|setti|settu)\s+(?:til|fram)$",
                re.I,
            ),
            lambda match: _icelandic_proposed(match, "which"),
        ),
        (
            re.compile(r"^hvad\s+(?:lagdi|logdu)\s+(?P<who>[^,?]+?)\s+til$", re.I),
            r"what did \g<who> propose",
        ),
        # who someone is, who wrote the article
        (
            re.compile(r"^(?:hver|hverjir)\s+(?:skrifadi|hefur\s+skrifad|skrifudu)\s+(?P<what>.+)$", re.I),
            r"who wrote \g<what>",
        ),
        (
            re.compile(r"^hver\s+er\s+(?:the\s+)?author\s+(?:the\s+article|this\s+article)$", re.I),
            "who wrote the article",
        ),
        (
            re.compile(r"^hver\s+(?P<is>er|var)\s+(?P<who>[^,?]+)$", re.I),
            lambda match: f"who {'is' if match.group('is').lower() == 'er' else 'was'} {match.group('who')}",
        ),
        (
            re.compile(
                r"^hvada\s+(?:stodu|stoduna|embaetti|titil)\s+(?:gegnir|hefur|hafdi|gegndi)\s+(?P<who>[^,?]+)$", re.I
            ),
            r"what is \g<who>'s position",
        ),
        (
            re.compile(r"^hvada\s+newspaper\s+(?:birti|gaf\s+ut)\s+(?P<what>[^,?]+)$", re.I),
            r"which newspaper published \g<what>",
        ),
        # why someone went
        (
            re.compile(
                r"^(?:af\s+hverju|hvers\s+vegna|hvi)\s+(?:for|kom)\s+(?P<who>[^,?]+?)\s+(?:til|to)\s+(?P<place>[^,?]+)$",
                re.I,
            ),
            r"why did \g<who> go to \g<place>",
        ),
        (re.compile(r"^(?:af\s+hverju|hvers\s+vegna|hvi)\b", re.I), "why"),
        (
            re.compile(rf"^hvad\s+(?:gerdist|gerdust|skedi|atti\s+ser\s+stad){tail}$", re.I),
            lambda match: f"what happened{_icelandic_prepositions(match.group('tail'))}",
        ),
        (
            re.compile(
                r"^um\s+hvad\s+(?:er|var|fjallar|fjalladi)\s+(?P<what>[^,?]+)$|^(?:hvad|hvert)\s+er\s+(?P<thing>[^,?]+?)\s+um$",
                re.I,
            ),
            lambda match: f"what is {_with_the(match.group('what') or match.group('thing'))} about",
        ),
        (re.compile(r"^hvad\s+kosta(?:r|di)?\s+(?P<what>[^,?]+)$", re.I), _what_it_costs),
        # was something mentioned, is there anything about it
        (
            re.compile(
                r"^(?:var|er|voru|eru)\s+(?:(?:minnst\s+a|nefnt|nefnd|nefndur|talad\s+um|raett\s+um)\s+(?P<what>[^,?]+?)"
                r"|(?P<thing>[^,?]+?)\s+(?:nefnt|nefnd|nefndur|nefndir|nefndar))(?:\s+in\s+the\s+article)?$",
                re.I,
            ),
            lambda match: f"was {match.group('what') or match.group('thing')} mentioned",
        ),
        (
            re.compile(
                r"^hvada\s+(?P<what>\S+)\s+(?:voru|eru|var|er)\s+(?:nefnd\w*|talin\w*)(?:\s+in\s+the\s+article)?$", re.I
            ),
            r"which \g<what> were mentioned",
        ),
        (
            re.compile(
                r"^(?:er|var)\s+(?:eitthvad|nokkud)\s+(?:um|about)\s+(?P<what>[^,?]+?)(?:\s+in\s+the\s+article)?$", re.I
            ),
            r"is there anything about \g<what>",
        ),
        (re.compile(r"^hvad\s+(?:er|var)\b", re.I), "what is"),
        (re.compile(r"^hvad\b", re.I), "what"),
        (re.compile(r"^(?:hver|hverjir)\b", re.I), "who"),
        (re.compile(r"^hvenaer\b", re.I), "when"),
        (re.compile(r"^hvar\b", re.I), "where"),
        (re.compile(r"^(?:hversu|hve)\s+marg\w*\b", re.I), "how many"),
        (re.compile(r"^(?:hversu|hve)\s+mikid\b", re.I), "how much"),
        (re.compile(r"^(?:hversu|hve)\s+lengi\b", re.I), "how long"),
        (re.compile(r"^hvernig\b", re.I), "how"),
        (re.compile(r"^hvada\b", re.I), "which"),
        (re.compile(r"\b(?:og)\b"), "and"),
        *_word_for_word(_ICELANDIC_NEWS_WORDS),
        (re.compile(r"\s{2,}"), " "),
        _according_to_last(),
        _the_the(),
        _us_foreign_minister(),
        *_in_english_at_last(),
    )


# Icelandic's own words ("sagði", "hitti", "hvenær", "fundurinn", "greinin"), typed with its letters or without;
# Danish's "hvad" and "hver" are not among them
_ICELANDIC_WORDS = _lazy_pattern(
    r"\b(?:sag[dð]i|s[oö]g[dð]u|hitti|hittust|hvern|hverja|hverjum|hven(?:ae|æ)r|hvar|hversu|hve\s+lengi|lengi"
    r"|st[oó][dð]u?|fundurinn|fundinum|fundinn|fundarins|greinin|greinina|greininni|greinarinnar"
    r"|vi[dð]r(?:ae|æ)[dð]\w*|utanr[ií]kisr(?:a|á)[dð]herra\w*|r(?:a|á)[dð]herra\w*|forsetinn|eitthva[dð]"
    r"|hva[dð]a|samstarfsa[dð]il\w*|(?:ae|æ)ttum|(?:ae|æ)ttu|n[ae]fnt|minnst\s+(?:a|á)|Bandar[ií]kj\w*"
    r"|Bandar[ií]kin|l(?:a|á)g[dð]i|h[oö]fund\w*|(?:a|á)skrift\w*|gerðist|gerdist|uppf(?:ae|æ)r[dð]\w*|fj(?:a|á)llar)\b"
    r"|^hva[dð]\s+(?:sag[dð]i|s[oö]g[dð]u|kostar|ger[dð]ist|hefur|hafa|haf[dð]i)\b|^hver\s+(?:er|var|sag[dð]i|skrifa[dð]i|hitti)\b"
    r"|^(?:af\s+hverju|hvers\s+vegna)\b|^(?:taldi|taldu|telur)\s+(?-i:[A-Z])\w*\s+a[dð]\b"
    r"|^hverj(?:ar|ir)\s+voru\b|\bsamkv(?:ae|æ)mt\b|^(?:var|voru)\s+r(?:ae|æ)tt\b|^hvernig\s+(?:gengu|gekk)\b"
    r"|h[oö]fundurinn|^hva[dð]an\b|^um\s+hva[dð]\b|\bt(?:o|ó)k\s+\w+(?:\s+\w+)?\s+(?:a|á)\s+m(?:o|ó)ti\b",
    re.I,
)


# How readers ask in Faroese, with English words and often without its letters (ð, ø, æ and its accents typed d, o, ae
# and plain): "Hvat segði Xi um Taivan?" (what did Xi say about Taiwan), "Hvønn hitti Blinken í Peking?" (whom did
# Blinken meet in Beijing), "Hvussu leingi varði fundurin?" (how long did the meeting last), "Hvør segði, at
# sambandið er farið at stabilisera seg?" (who said the relationship is beginning to stabilise). It puts its verb
# second, as Icelandic does, and its nouns take their article on their end ("fundurin", "fundinum": the meeting;
# "greinini": in the article). Icelandic's kin, it shares many of its words ("hvar", "hittust", "fundinum", "um"),
# Danish's and Norwegian's ("og", "at", "seg") and Swedish's ("stabilisera"); its "hvør" (who), typed without ø, is
# their "hvor" (where), and its "ikki" (not) Uyghur's and Uzbek's "ikki" (two). Its book is read before Icelandic's and
# only when a word of Faroese's own is there ("hvat", "hvussu", "segði", "hvønn", "leingi", "fundurin"), none of them
# Icelandic's ("hvað", "hversu", "sagði", "hvern", "lengi", "fundurinn"), Danish's, Norwegian's or Swedish's. "Í
# hvørjum" asks in which, its noun in the dative ("Í hvørjum bygningi í Peking …": in which building in Beijing); a
# yes-or-no question opens on its verb ("Vónar Blinken, at …?": does Blinken hope that …); "so greið sum gjørligt" is
# "as clear as possible", "fyri at" before a verb "(in order) to", "sum" after a noun "that" ("málini, sum …": the
# issues that …), "vóru samdir um" (were agreed about) "agreed on".
_FAROESE_MARKED = (
    ("d", "ð"), ("o", "øö"), ("ae", "æ"), ("a", "á"), ("i", "í"), ("o", "ó"), ("u", "ú"), ("y", "ý"), ("e", "é"),
)  # fmt: skip
_FAROESE_NAMES = {
    "Sambandsriki(?:ni|num|nna)|Sambandsrikini|USA(?:s)?": "the US", "Amerika(?:s)?": "America",
    "Kina(?:s)?": "China", "Russland(?:s)?": "Russia", "Taivan(?:s)?|Taiwan(?:s)?": "Taiwan",
    "Peking|Beijing": "Beijing", "Japan(?:s)?": "Japan", "Sveis": "Switzerland",
    "Foroy(?:ar|um|a)": "the Faroe Islands",
    "Ukraina\\w*": "Ukraine", "Evropa\\w*|Europa\\w*": "Europe", "Kalifornia\\w*": "California",
    "Sudurkinahav\\w*|Sudur-Kinahav\\w*|Sudur\\s+Kinahav\\w*": "the South China Sea", "Blinkens": "Blinken's",
    "Bidens": "Biden's", "Xis": "Xi's",
}  # fmt: skip
# Its words and phrases put into English first, the longer before the words in them
_FAROESE_THINGS = {
    "sambvaent\\s+greinini|sambaert\\s+greinini|eftir\\s+greinini|samb(?:ae|a)rt\\s+tidindunum":
        "according to the article",
    "i\\s+byrjanini\\s+a\\s+samradingun\\w*|ta\\s+id\\s+samradingarnar\\s+byrjadu": "at the start of the talks",
    "i\\s+byrjanini\\s+a\\s+fund\\w*": "at the start of the meeting",
    "vid\\s+endan\\s+a\\s+samradingun\\w*|i\\s+endanum\\s+a\\s+samradingun\\w*": "at the end of the talks",
    "vid\\s+endan\\s+a\\s+fund\\w*|i\\s+endanum\\s+a\\s+fund\\w*": "at the end of the meeting",
    "eru\\s+(?:farin|farnir|farnar|byrjad)\\s+at\\s+(?:stabilisera\\s+seg|stabiliserast|stillast|festast"
    "|verda\\s+stodug\\w*)": "are beginning to stabilise",
    "er\\s+(?:farid|farin|farin|byrjad)\\s+at\\s+(?:stabilisera\\s+seg|stabiliserast|stillast|festast"
    "|verda\\s+stodug\\w*)": "is beginning to stabilise",
    "fara\\s+at\\s+stabilisera\\s+seg|verda\\s+stodug\\w*": "will stabilise",
    "uttanrikis(?:mala)?radharr(?:in|an|anum|ans)": "the foreign minister",
    "uttanrikis(?:mala)?radharr\\w*": "foreign minister",
    "forsaetisradharr(?:in|an|anum|ans)|logmad(?:urin|in|ans)": "the prime minister",
    "forsaetisradharr\\w*|logmadur": "prime minister", "radharr(?:in|an|anum|ans)": "the minister",
    "radharr\\w*": "minister", "forset(?:arnir|unum|anna)": "the presidents",
    "forset(?:in|an|anum|ans)": "the president", "forset(?:ar|i|a)": "president",
    "leidar(?:in|an|anum|ans)|leidsl\\w*": "the leader", "talsm(?:adurin|annin|anninum)": "the spokesperson",
    "embaetism(?:adurin|annin|anninum)": "the official", "embaetism\\w*": "official",
    "bladm(?:adurin|annin)|tidindam(?:adurin|annin)|journalist(?:urin|in)": "the journalist",
    "diplomat(?:urin|in|inum)": "the diplomat", "diplomat\\w*": "diplomat",
    "hovund(?:urin|in|inum|ar|arnir)": "the author", "hovundur": "author", "gest(?:urin|in|inum)": "the guest",
    "kinesisk(?:i|a|u)": "Chinese", "amerikansk(?:i|a|u)": "American", "russisk(?:i|a|u)": "Russian",
    "eftir\\s+fund(?:in|inum|i)": "after the meeting",
    "adrenn\\s+fund(?:urin|in|inum)|fyri\\s+fundin": "before the meeting",
    "undir\\s+fund(?:inum|in)": "during the meeting", "a\\s+fund(?:inum|i)": "at the meeting",
    "eftir\\s+(?:samradingar|tingingar|kjak)\\w*": "after the talks",
    "undir\\s+(?:samradingun|tingingun|kjakin)\\w*": "during the talks",
    "i\\s+(?:samradingun|tingingun|kjakin)\\w*": "in the talks",
    "fund(?:urin|in|inum|arins|irnir|unum)": "the meeting", "fund(?:ur|i|ir)": "meeting",
    "samrading\\w*|tinging\\w*|samrodur\\w*|kjak(?:id|inum|inu)": "the talks",
    "vitjan\\w*": "the visit", "toppfund\\w*": "the summit",
    "(?:hendan|hesa|hesi|hesari|hesin)\\s+(?:grein|tidindagrein)\\w*": "this article",
    "i\\s+greinini|i\\s+tidindunum|i\\s+tidindagreinini": "in the article",
    "grein(?:in|ina|ini|arinnar)|tidindagrein\\w*|tidindini": "the article", "grein": "article",
    "mannaraettind\\w*": "human rights", "handil(?:in|inum|s)?|handli": "trade",
    "faa\\s+nakad\\s+burturur(?:\\s+i)?(?=\\s+\\w)": "get something out of",
    "faa\\s+nakad\\s+burturur": "get something out of it",
    "timar|timum|tima|klokkutimar\\w*": "hours", "meginregl\\w*|grundregl\\w*": "principles",
    "londini|londunum|landanna": "the countries", "lond": "countries",
    "haldid|haldinum|askrift\\w*|abonnement\\w*": "the subscription",
    "samstarvsfelag\\w*|samstarvspart\\w*|samstarvsfelag\\w*|samarbeidspart\\w*": "partners",
    "kappingarneyt\\w*|kappingarlid\\w*|motstodumenn\\w*|kappingarpart\\w*": "rivals",
    "vidurskifti\\w*|sambond(?:ini)?": "relations", "sambandid|sambandinum": "the relationship",
    "osemj(?:urnar|unum|anna)|munirnir|ymiskleikarnir": "the differences",
    "osemj\\w*|munir|ymiskleik\\w*": "differences", "mal(?:ini|unum|anna)": "the issues",
    "mal(?:id|inum|sins)": "the issue", "framstig\\w*|framburd\\w*": "progress",
    "dagblad\\w*|blad(?:id|inum)": "newspaper", "vikudegi|vikudag\\w*": "day of the week",
    "bjartskygd\\w*": "optimistic", "(?:teir\\s+)?negativu\\s+(?:faktorarnir|taettirnir)": "the negative factors",
    "faktorarnir|taettirnir": "the factors",
    "(?:enn|framvegis)\\s+vaksa|vaksa\\s+(?:enn|framvegis)": "are still increasing",
    "\\s*,?\\s*(?:i\\s+stuttum|stuttliga)": ", briefly",
}  # fmt: skip
_FAROESE_SAID = r"(?:segdi|sogdu|sigur|siga|hevur\s+sagt|hava\s+sagt|helt\s+fram|kunngjordi|legdi\s+dent\s+a)"
_FAROESE_MET = r"(?:hitti|hittu|hittust|motti|mottu|mottust|hevur\s+hitt|hevdi\s+fund|hovdu\s+fund)"
_FAROESE_LASTED = r"(?:vardi|vardu|stod|stodu|tok|toku)"
_FAROESE_TOOK_PLACE = r"(?:for\s+(?P<what>.+?)\s+fram|foru\s+(?P<they>.+?)\s+fram|var\s+(?P<held>.+?)(?:\s+hildin\w*)?)"
_FAROESE_PREPOSITIONS = {
    "um": "about", "vid": "to", "til": "to", "i": "in", "a": "at", "eftir": "after", "adrenn": "before",
    "fyri": "for", "fra": "from", "millum": "between", "undir": "during", "hja": "with",
}  # fmt: skip
_FAROESE_NUMBERS = {"ein|eina|eitt": "one", "tveir|tvaer|tvey": "two", "triggir|triggjar|try": "three",
                    "fyra": "four", "fimm": "five"}  # fmt: skip
_FAROESE_WHICH = {
    "dag|degi": "on which day", "day\\s+of\\s+the\\s+week": "on which day of the week",
    "byi|by|bynum|bi": "in which city",
    "bygning(?:i|inum|ur)?|husi|hus": "in which building", "manadi|manad": "in which month", "ari|ar": "in which year",
    "tid|tima": "at what time", "landi|land": "in which country",
}  # fmt: skip
# What someone did, asked what of ("Hvat lovaði Xi?": what did Xi promise), and the preposition it may close on
_FAROESE_DONE = {
    "lovadi|lovadu": "promise", "vildi|vildu": "want", "spurdi|spurdu": "ask", "bad|badu": "ask for",
    "avaradi|avaradu": "warn", "skeyt\\s+upp|legdi\\s+fram|skutu\\s+upp|logdu\\s+fram": "propose",
    "kunngjordi|kunngjordu": "announce", "tosadi|tosadu|pratadi|pratadu|kjakadu|kjakadi|umroddu|umroddi": "discuss",
    "vitjadi|vitjadu": "visit", "skrivadi|skrivadu": "write", "nevndi|nevndu": "mention",
    "samdust|samdist|vordu\\s+samdir|vordu\\s+samd": "agree",
}  # fmt: skip
# Words of the news, put into English last, so that the words said match the article's
_FAROESE_NEWS_WORDS = {
    "menning\\w*": "development", "studul\\w*|studli": "support", "samstarv(?!sfelag|spart)\\w*": "cooperation",
    "virding\\w*": "respect", "buskap\\w*": "economy", "heim(?:urin|inum|sins)": "world",
    "trupulleik\\w*": "problem", "stidj\\w*|kriggi\\w*|krigg": "war", "fridur|fridi": "peace",
    "revsitiltok\\w*": "sanctions", "negativ\\w*": "negative", "faktor(?:ar|arnir)|taettir(?:nir)?": "factors",
    "vaksa|okjast|veksa": "increasing", "enn|framvegis": "still",
    "von(?:ina)?": "hope", "misskiljing\\w*": "misunderstandings", "greid\\w*": "clear",
    "sleppa\\s+undan": "avoid",
}  # fmt: skip


def _faroese_tail(text: str) -> str:
    """Its prepositions after the question's opening put into English ("Hvat segdi Xi um Taivan": about)."""
    return _in_english_prepositions(_FAROESE_PREPOSITIONS, text)


def _faroese_said(match: re.Match[str]) -> str:
    """ "what did Xi say about Taiwan", "what did Wang Yi say to Blinken"."""
    return f"what did {match.group('who')} say{_faroese_tail(match.group('tail') or '')}{match.group('rest') or ''}"


def _faroese_done(done: str) -> str:
    """ "lovadi": "promise"; "skeyt upp": "propose"."""
    return next(english for faroese, english in _FAROESE_DONE.items() if re.fullmatch(faroese, done, re.I))


def _faroese_proposed(match: re.Match[str], asked: str = "") -> str:
    """ "how many principles did Xi propose", "which three principles did Xi propose"."""
    count = match.group("count") or ""
    number = next((f"{e} " for n, e in _FAROESE_NUMBERS.items() if count and re.fullmatch(n, count, re.I)), "")
    asked = asked or ("how many" if match.group("asked").lower().startswith("hvussu") else "which")
    return f"{asked} {number}{match.group('thing')} did {match.group('who')} propose"


def _faroese_which(match: re.Match[str]) -> str:
    """ "in which city did the meeting take place", "on which day did Xi and Blinken meet"."""
    asked = next(e for n, e in _FAROESE_WHICH.items() if re.fullmatch(n, match.group("noun"), re.I))
    asked += f" in {match.group('place')}" if match.group("place") else ""
    if match.group("met"):
        return f"{asked} did {match.group('who')} meet{' ' + match.group('whom') if match.group('whom') else ''}"
    return f"{asked} did {_with_the(match.group('what') or match.group('they') or match.group('held'))} take place"


def _faroese_should_be(match: re.Match[str]) -> str:
    """ "we should be partners" ("vit"), "the countries should be clear", "they should be partners"."""
    who = match.group("who") or "they"
    return (
        f"{'we' if who.lower() == 'vit' else who if who.startswith('the ') else 'they'} should be {match.group('what')}"
    )


def _faroese_asked(asked: str) -> str:
    """ "naer": "when"; "hvar": "where"."""
    return "when" if asked.lower().startswith("n") else "where"


@cache
def _faroese() -> _Shapes:
    tail = (
        r"(?P<tail>(?:\s+(?:um|vid|til|i|a|eftir|adrenn|fyri|fra|undir|hja|after|before|at|in|during|about)\b[^,?]*)?)"
    )
    which = "|".join(_FAROESE_WHICH)
    numbers = "|".join(_FAROESE_NUMBERS)
    done = "|".join(_FAROESE_DONE)
    name = rf"(?:{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)"
    pair = rf"{name}\s+og\s+{name}"  # "Wang Yi og Blinken": two who met, a two-word name among them
    return (
        _after_the_question(),
        *_plain_letters(_FAROESE_MARKED),
        (re.compile(r"^(?:og|men)\s+(?=(?:hvat|hvor|hvonn|hvorj|hvussu|naer|hvar|hvi)\w*\b)", re.I), ""),
        # "Hvat við Wang Yi?", "Og hvat við Wang Yi?" (and what with Wang Yi): what about Wang Yi
        (re.compile(rf"^(?:(?i:og)\s+)?(?i:hvat)\s+(?i:vid|um)\s+(?P<who>{name})$"), r"what about \g<who>"),
        *_word_for_word(_FAROESE_NAMES),
        *_word_for_word(_FAROESE_THINGS),
        _according_to_last(),
        # "millum Kina og USA": between China and the US
        (
            re.compile(
                r"\bmillum\s+(?P<one>(?-i:[A-Z])\S*(?:\s+(?-i:[A-Z])\S*)?|the\s+US)\s+og\s+(?P<other>the\s+US|\S+(?:\s+(?-i:[A-Z])\S*)?)"
            ),
            r"between \g<one> and \g<other>",
        ),
        # "uttanríkisráðharrin í Kina" (the foreign minister in China): the foreign minister of China, China's
        (
            re.compile(
                r"\b(?P<title>(?:the\s+)?(?:foreign\s+minister|prime\s+minister|minister|president|leader|spokesperson))\s+"
                r"(?:i|hja)\s+(?=(?:China|Russia|Taiwan|America|Japan|Ukraine|the\s+US)\b)"
            ),
            r"\g<title> of ",
        ),
        # "kinesiski uttanríkisráðharrin" (Chinese the-foreign-minister): the Chinese foreign minister
        (re.compile(r"\b(?P<adjective>American|Chinese|Russian)\s+the\s+"), r"the \g<adjective> "),
        # "so greið sum gjørligt" (so clear as possible): as clear as possible; "vóru samdir um" (were agreed
        # about): agreed on
        (re.compile(r"\bso\s+(?P<what>\S+)\s+sum\s+(?:gjorligt|moguligt)\b", re.I), r"as \g<what> as possible"),
        (re.compile(r"\b(?:voru|vordu|eru|var|vard|er)\s+samd(?:ir|ur|ar)?\s+um\b", re.I), "agreed on"),
        # "at vit skuldu verið samstarvsfelagar": we should be partners; "at tey áttu at verið …": they should be;
        # "at londini eiga at vera …": the countries should be
        (
            re.compile(
                r"\b(?:at\s+)?(?:(?P<who>vit|tey|teir|taer|tey\s+baedi|the\s+countries|the\s+presidents)\s+)?"
                r"(?:skuldu|skulu|attu|aettu|eiga\s+at|eigur\s+at|mugu)\s+(?:at\s+)?(?:verid|vera)\s+(?P<what>\S+)",
                re.I,
            ),
            _faroese_should_be,
        ),
        # "Er tað satt, at Xi hitti Blinken?" (is it true that Xi met Blinken)
        (
            re.compile(rf"^er\s+tad\s+satt\s*,?\s+at\s+(?P<who>{name})\s+{_FAROESE_MET}\s+(?P<whom>[^,?]+)$", re.I),
            r"is it true that \g<who> met \g<whom>",
        ),
        (re.compile(r"^er\s+tad\s+satt\s*,?\s+at\s+", re.I), "is it true that "),
        # "Vónar Blinken, at …?" (hopes Blinken that …): does Blinken hope that …
        (
            re.compile(rf"^(?P<verb>vonar|vonadi)\s+(?P<who>{name})\s*,?\s+(?:at\s+)?", re.I),
            lambda match: (
                f"{'did' if match.group('verb').lower() == 'vonadi' else 'does'} {match.group('who')} hope that "
            ),
        ),
        # who said: "Hvør segði, at …", "Hvør segði: '…'"
        (re.compile(rf"^(?:hvor|hvorjir)\s+{_FAROESE_SAID}\s*[,:]?\s+(?:at\s+)?", re.I), "who said "),
        # what someone said: "Hvat segði Xi um Taivan?", "Hvat hevur Xi sagt um …?"
        (
            re.compile(rf"^hvat\s+(?:segdi|sogdu|sigur|siga)\s+(?P<who>[^,?]+?){tail}{_ANSWER_WORDS}", re.I),
            lambda match: (
                f"what does {match.group('who')} say"
                + f"{_faroese_tail(match.group('tail') or '')}{match.group('rest') or ''}"
                if re.search(r"\bsigur\b", match.group(), re.I)
                else _faroese_said(match)
            ),
        ),
        (
            re.compile(rf"^hvat\s+(?:hevur|hava|hevdi)\s+(?P<who>[^,?]+?)\s+sagt{tail}{_ANSWER_WORDS}", re.I),
            _faroese_said,
        ),
        (re.compile(r"^hvat\s+(?:vard|var)\s+sagt\s+um\s+(?P<topic>[^,?]+)$", re.I), r"what was said about \g<topic>"),
        # "Segði Xi nakað um Taivan?": did Xi say anything about Taiwan; "Segði Xi ikki nakað …": didn't he
        (
            re.compile(
                r"^(?:segdi|hevur|sogdu)\s+(?P<who>[^,?]+?)\s+(?P<not>ikki\s+)?(?:sagt\s+)?(?:nakad|nakrar?)\s+"
                r"(?P<tail>(?:um|about)\s+[^,?]+)$",
                re.I,
            ),
            lambda match: (
                f"{'didn' + chr(39) + 't' if match.group('not') else 'did'} {match.group('who')} say anything "
                f"{_faroese_tail(match.group('tail'))}"
            ),
        ),
        # "Segði Xi, at …?": did Xi say that …
        (re.compile(rf"^segdi\s+(?P<who>{name})\s*,?\s+at\s+", re.I), r"did \g<who> say that "),
        # whom someone met, and who met someone
        (
            re.compile(
                rf"^(?:hvonn|hvorja|hvorjum|hvorjar|(?:vid|hja)\s+(?:hvonn|hvorjum))\s+{_FAROESE_MET}\s+(?P<who>[^,?]+?){tail}$",
                re.I,
            ),
            lambda match: f"who did {match.group('who')} meet{_faroese_tail(match.group('tail'))}",
        ),
        (
            re.compile(
                r"^(?:hvonn|hvorja|hvorjum|(?:vid|hja)\s+(?:hvonn|hvorjum))\s+(?:hevdi|hevur|hava|hovdu)\s+(?P<who>[^,?]+?)\s+"
                r"(?:hitt|mott)(?P<before>\s+(?:fyrr|adrenn|adur|tidligari))?$",
                re.I,
            ),
            lambda match: f"who did {match.group('who')} {'previously ' if match.group('before') else ''}meet",
        ),
        (re.compile(rf"^(?:hvor|hvorjir)\s+{_FAROESE_MET}\s+(?P<whom>[^,?]+)$", re.I), r"who met \g<whom>"),
        # "Hevur Xi hitt Biden fyrr?" (has Xi met Biden before): did Xi previously meet Biden; "Hitti Xi ikki
        # Blinken?": didn't Xi meet Blinken; "Vitjaði Blinken Kina?": did Blinken visit China
        (
            re.compile(
                rf"^(?P<verb>hevur|hevdi|hitti|motti|vitjadi|vitjadu)\s+(?P<who>{name})\s+(?P<not>ikki\s+)?(?:hitt\s+|mott\s+)?"
                rf"(?P<whom>{name}|the\s+\S+(?:\s+\S+)?)(?P<before>\s+(?:fyrr|adrenn|adur|tidligari|before))?$",
                re.I,
            ),
            lambda match: (
                ("didn't" if match.group("not") else "did")
                + f" {match.group('who')} {'previously ' if match.group('before') else ''}"
                + ("visit" if match.group("verb").lower().startswith("vitj") else "meet")
                + f" {match.group('whom')}"
            ),
        ),
        # "Við hvønn tosaði Blinken?": who did Blinken talk with
        (
            re.compile(
                r"^(?:vid|hja)\s+(?:hvonn|hvorjum|hvorja)\s+(?:tosadi|tosadu|pratadi|pratadu|kjakadi)\s+(?P<who>[^,?]+?)(?:\s+saman)?$",
                re.I,
            ),
            r"who did \g<who> talk with",
        ),
        # "Nær ferðaðist Blinken til Peking?": when did Blinken go to Beijing; "Hvør fór til Peking?": who went there
        (
            re.compile(
                r"^(?P<asked>naer|hvar)\s+(?:ferdadist|for|foru|kom|komu|ferdadust)\s+(?P<who>[^,?]+?)\s+(?:til|to)\s+"
                r"(?P<place>[^,?]+)$",
                re.I,
            ),
            lambda match: (
                f"{_faroese_asked(match.group('asked'))} did {match.group('who')} go to {match.group('place')}"
            ),
        ),
        (
            re.compile(
                r"^(?:hvor|hvorjir)\s+(?:ferdadist|for|foru|kom|komu|ferdadust)\s+(?:til|to)\s+(?P<place>[^,?]+)$", re.I
            ),
            r"who went to \g<place>",
        ),
        (
            re.compile(
                r"^(?:um\s+hvat|hvat)\s+(?:tosadu|tosadi|pratadu|kjakadu|umroddu|vidgjordu)\s+(?P<who>[^,?]+?)(?:\s+saman)?(?:\s+um)?$",
                re.I,
            ),
            r"what did \g<who> discuss",
        ),
        # when and where people met, or something took place
        (
            re.compile(
                rf"^(?:(?:a|i)\s+)?(?:hvorjum|hvonn|hvorja|hvat\s+fyri)\s+(?P<noun>{which})"
                rf"(?:\s+(?:i|a)\s+(?P<place>{name}))?\s+"
                rf"(?:(?P<met>{_FAROESE_MET})\s+(?P<who>{pair}|[^,?]+?)"
                rf"(?<!\sog)(?<!\sand)(?:\s+(?P<whom>(?-i:[A-Z])[^,?]*))?|{_FAROESE_TOOK_PLACE})$",
                re.I,
            ),
            _faroese_which,
        ),
        (
            re.compile(
                rf"^(?P<asked>naer|hvar)\s+{_FAROESE_MET}\s+(?P<who>{pair}|[^,?]+?)(?<!\sog)(?<!\sand)"
                rf"(?:\s+(?P<whom>(?-i:[A-Z])[^,?]*))?{tail}$",
                re.I,
            ),
            lambda match: (
                f"{_faroese_asked(match.group('asked'))} did {match.group('who')} meet"
                + (f" {match.group('whom')}" if match.group("whom") else "")
                + _faroese_tail(match.group("tail"))
            ),
        ),
        (
            re.compile(
                r"^(?P<asked>naer|hvar)\s+(?:vard|var|voru|vordu)\s+(?P<what>[^,?]+?)\s+(?:(?P<first>fyrst|seinast)\s+)?"
                r"(?P<done>utgivin|utgivid|almannakunngjord\w*|prentad\w*|dagford\w*|skrivad\w*|logd\s+ut)$",
                re.I,
            ),
            lambda match: (
                f"{_faroese_asked(match.group('asked'))} was {_with_the(match.group('what'))} "
                + ({"fyrst": "first ", "seinast": "last "}.get((match.group("first") or "").lower(), ""))
                + (
                    "updated"
                    if match.group("done").lower().startswith("dag")
                    else "written"
                    if match.group("done").lower().startswith("skriv")
                    else "published"
                )
            ),
        ),
        (
            re.compile(rf"^(?P<asked>naer|hvar)\s+{_FAROESE_TOOK_PLACE}$", re.I),
            lambda match: (
                f"{_faroese_asked(match.group('asked'))} did "
                f"{_with_the(match.group('what') or match.group('they') or match.group('held'))} take place"
            ),
        ),
        (
            re.compile(
                rf"^(?P<asked>naer|hvar)\s+(?P<verb>{done})\s+(?P<who>[^,?]+?)(?:\s+(?P<where>(?:i|a)\s+[^,?]+))?$",
                re.I,
            ),
            lambda match: (
                f"{_faroese_asked(match.group('asked'))} did {_with_the(match.group('who'))} "
                f"{_faroese_done(match.group('verb'))}"
                + (_faroese_tail(f" {match.group('where')}") if match.group("where") else "")
            ),
        ),
        # how long something lasted, and how many hours
        (
            re.compile(
                rf"^hvussu\s+(?:leingi|langa\s+tid)\s+{_FAROESE_LASTED}\s+(?P<what>[^,?]+)$"
                rf"|^hvussu\s+lang(?:ur|ar|t|ir)\s+(?:var|voru)\s+(?P<was>[^,?]+)$",
                re.I,
            ),
            lambda match: f"how long did {_with_the(match.group('what') or match.group('was'))} last",
        ),
        (
            re.compile(rf"^hvussu\s+nogv(?:ar|ir|i)?\s+hours\s+{_FAROESE_LASTED}\s+(?P<what>[^,?]+)$", re.I),
            lambda match: f"how many hours did {_with_the(match.group('what'))} last",
        ),
        (
            re.compile(
                r"^hvussu\s+(?:leingi|nogvar\s+hours)\s+(?:tosadu|pratadu|kjakadu|samradast|tingadu)\s+(?P<who>[^,?]+?)(?:\s+saman)?$",
                re.I,
            ),
            lambda match: (
                f"{'how long' if 'leingi' in match.group().lower() else 'how many hours'} did the talks"
                + (f" between {match.group('who')}" if " og " in match.group("who") else "")
                + " last"
            ),
        ),
        # how many things someone proposed, and which
        (
            re.compile(
                rf"^(?P<asked>hvussu\s+nogv\w*|hvorjar|hvorjir|hvorji|hvat\s+fyri)\s+(?:(?P<count>{numbers})\s+)?(?P<thing>\S+)\s+"
                r"(?:skeyt|legdi|skutu|logdu)\s+(?P<who>[^,?]+?)\s+(?:upp|fram)$",
                re.I,
            ),
            _faroese_proposed,
        ),
        (
            re.compile(
                rf"^(?:hvorjar|hvorjir|hvorji|hvat)\s+(?:voru|eru|var|er)\s+(?:tey\s+|taer\s+|teir\s+)?(?:(?P<count>{numbers})\s+)?"
                r"(?P<thing>\S+)\s+(?:sum|id)\s+(?P<who>[^,?]+?)\s+(?:skeyt|legdi|skutu|logdu)\s+(?:upp|fram)$",
                re.I,
            ),
            lambda match: _faroese_proposed(match, "which"),
        ),
        # "Hvat skeyt Xi upp?" (what put Xi forward): what did Xi propose
        (
            re.compile(
                r"^hvat\s+(?:skeyt|skutu|legdi|logdu)\s+(?P<who>[^,?]+?)\s+(?:upp|fram)(?P<to>\s+fyri\s+[^,?]+)?$", re.I
            ),
            lambda match: (
                f"what did {match.group('who')} propose"
                + (f" to {match.group('to').split(maxsplit=1)[1]}" if match.group("to") else "")
            ),
        ),
        # "Hvat lovaði Xi?", "Hvat ávaraði Blinken um?", "Hvat bað Blinken um?": what did … promise, warn about, ask for
        (
            re.compile(
                rf"^(?:um\s+)?hvat\s+(?P<done>{done})\s+(?P<who>[^,?]+?)(?P<about>\s+(?:um|imoti))?{tail}$", re.I
            ),
            lambda match: (
                f"what did {match.group('who')} {_faroese_done(match.group('done'))}"
                + (
                    (" on" if _faroese_done(match.group("done")) == "agree" else " about")
                    if match.group("about")
                    and match.group("about").strip().lower() == "um"
                    and _faroese_done(match.group("done")) not in ("ask for", "discuss")
                    else " against"
                    if match.group("about") and match.group("about").strip().lower() != "um"
                    else ""
                )
                + _faroese_tail(match.group("tail"))
            ),
        ),
        # "Hvør vitjaði Peking?": who visited Beijing
        (
            re.compile(rf"^(?:hvor|hvorjir)\s+(?P<done>{done})\s+(?P<what>[^,?]+)$", re.I),
            lambda match: f"who {_past_tense(_faroese_done(match.group('done')).split()[0])} {match.group('what')}",
        ),
        # who someone is, who wrote the article
        (
            re.compile(r"^(?:hvor|hvorjir)\s+(?:skrivadi|hevur\s+skrivad|skrivadu)\s+(?P<what>.+)$", re.I),
            r"who wrote \g<what>",
        ),
        (
            re.compile(r"^hvor\s+er\s+(?:the\s+)?author\s+(?:at|til|of|a)\s+(?:the\s+article|this\s+article)$", re.I),
            "who wrote the article",
        ),
        (
            re.compile(r"^hvor\s+(?P<is>er|var)\s+(?P<who>[^,?]+)$", re.I),
            lambda match: f"who {'is' if match.group('is').lower() == 'er' else 'was'} {match.group('who')}",
        ),
        (
            re.compile(
                r"^hvat\s+(?:starv|embaeti|heiti|sess)\s+(?:hevur|hevdi|rokir)\s+(?P<who>[^,?]+?)(?P<where>\s+i\s+[^,?]+)?$"
                r"|^hvat\s+er\s+(?:starvid|heitid|embaetid)\s+hja\s+(?P<owner>[^,?]+)$",
                re.I,
            ),
            lambda match: (
                _title_asked(match)
                if not match.group("where")
                else (f"what position does {match.group('who')} hold in{match.group('where')[2:]}")
            ),
        ),
        (
            re.compile(r"^hvat\s+newspaper\s+(?:gav\s+ut|almannakunngjordi|prentadi)\s+(?P<what>[^,?]+)$", re.I),
            r"which newspaper published \g<what>",
        ),
        (
            re.compile(r"^(?:hvadani|hvar)\s+(?:skrivar|skrivadi|er)\s+(?:the\s+)?author(?:\s+fra)?$", re.I),
            "where is the author based",
        ),
        # why someone went, or was so
        (
            re.compile(
                r"^(?:hvi|hvors\s+vegna)\s+(?:for|kom|ferdadist)\s+(?P<who>[^,?]+?)\s+(?:til|to)\s+(?P<place>[^,?]+)$",
                re.I,
            ),
            r"why did \g<who> go to \g<place>",
        ),
        (
            re.compile(r"^(?:hvi|hvors\s+vegna)\s+var\s+(?P<who>[^,?]+?)\s+(?P<what>optimistic|gladur|glad)$", re.I),
            lambda match: (
                f"why was {match.group('who')} {'optimistic' if match.group('what') == 'optimistic' else 'happy'}"
            ),
        ),
        (re.compile(r"^(?:hvi|hvors\s+vegna)\b", re.I), "why"),
        (
            re.compile(rf"^hvat\s+(?:hendi|hendu|bar\s+til|for\s+fram){tail}$", re.I),
            lambda match: f"what happened{_faroese_tail(match.group('tail'))}",
        ),
        (
            re.compile(
                r"^(?:um\s+hvat\s+(?:snyr|fjallar|er)\s+(?P<what>[^,?]+?)(?:\s+seg)?|hvat\s+(?:snyr|fjallar)\s+(?P<thing>[^,?]+?)"
                r"(?:\s+seg)?\s+um|hvat\s+er\s+(?P<was>[^,?]+?)\s+um)$",
                re.I,
            ),
            lambda match: (
                f"what is {_with_the(match.group('what') or match.group('thing') or match.group('was'))} about"
            ),
        ),
        (
            re.compile(
                r"^hvussu\s+nogv\s+kosta(?:r|di)?\s+(?P<what>[^,?]+)$|^hvat\s+kosta(?:r|di)\s+(?P<thing>[^,?]+)$", re.I
            ),
            _what_it_costs,
        ),
        (
            re.compile(r"^hvussu\s+(?:gingu|gekk|for|foru|eydnadist)\s+(?P<what>[^,?]+)$", re.I),
            lambda match: f"how did {_with_the(match.group('what'))} go",
        ),
        # was something mentioned, is there anything about it
        (
            re.compile(
                r"^(?:vard|var|bleiv|er|vordu|voru)\s+(?:(?:nevnt|umrott|tosad)\s+um\s+(?P<what>[^,?]+?)"
                r"|(?P<thing>[^,?]+?)\s+(?:nevnt|nevnd|nevndur|nevndir|nevndar|umrott|umrodd))(?:\s+in\s+the\s+article)?$",
                re.I,
            ),
            lambda match: f"was {match.group('what') or match.group('thing')} mentioned",
        ),
        (
            re.compile(
                r"^(?:er|var|stendur)\s+(?:nakad|okkurt)\s+(?:um|about)\s+(?P<what>[^,?]+?)(?:\s+in\s+the\s+article)?$",
                re.I,
            ),
            r"is there anything about \g<what>",
        ),
        (re.compile(r"^hvat\s+sigur\s+the\s+article\s+um\s+", re.I), "what does the article say about "),
        (re.compile(r"^hvat\s+(?:er|var)\b", re.I), "what is"),
        (re.compile(r"^hvat\b", re.I), "what"),
        (re.compile(r"^(?:hvor|hvorjir)\b", re.I), "who"),
        (re.compile(r"^naer\b", re.I), "when"),
        (re.compile(r"^hvar\b", re.I), "where"),
        (re.compile(r"^hvussu\s+nogv(?:ar|ir|i)\b", re.I), "how many"),
        (re.compile(r"^hvussu\s+nogv\b", re.I), "how much"),
        (re.compile(r"^hvussu\s+leingi\b", re.I), "how long"),
        (re.compile(r"^hvussu\b", re.I), "how"),
        (re.compile(r"^(?:hvorji|hvorjar|hvorjir|hvorja)\b", re.I), "which"),
        (re.compile(r"\b(?:og)\b"), "and"),
        (re.compile(r"\b(?:ikki)\b"), "not"),
        # "málini, sum …" (the issues, which …): the issues that …; "fyri at" (for to): in order to; "teir", "tey",
        # "tær" (they, of men, of all, of women); "um" (about)
        (re.compile(r"\s*,?\s+sum\s+(?=\S)"), " that "),
        (re.compile(r"\s*,?\s+fyri\s+at\s+(?=\S)"), ", to "),
        (re.compile(r"\b(?:teir|tey|taer)\b"), "they"),
        (re.compile(r"\bum\b"), "about"),
        *_word_for_word(_FAROESE_NEWS_WORDS),
        (re.compile(r"\s{2,}"), " "),
        _according_to_last(),
        _the_the(),
        _us_foreign_minister(),
        *_in_english_at_last(),
    )


# Faroese's own words ("hvat", "hvussu", "segði", "hvønn", "leingi", "fundurin"), typed with its letters or
# without; none of them Icelandic's ("hvað", "sagði", "hvern", "lengi", "fundurinn", "ekki"), Danish's or Norwegian's
# ("hvad", "hvem", "ikke", "kinesiske") or Swedish's ("vad", "kinesiska")
_FAROESE_WORDS = _lazy_pattern(
    r"\b(?:hvat|hvussu|hv[oø]nn|hv[oø]rj(?:um|a|ar|ir|i)|hvørs?|seg[dð]i|leingi|naka[dð]|fundurin|fundin"
    r"|uttanr[ií]kis\w*|r[aá][dð]harr\w*|samr[aá][dð]ing\w*|tingingar\w*|skriva[dð]i|vitja[dð]\w*|tosa[dð]\w*"
    r"|kjaka[dð]\w*|m[oø]tt(?:i|u|ust)|h[oø]vund\w*|tr[ií]ggjar|tr[ií]ggir|millum|[aá][dð]renn|kinesiski|amerikanski"
    r"|sambandsr[ií]ki\w*|mannar(?:æ|ae)ttind\w*|gr[uo]ndregl\w*|bjartskyg[dð]\w*|[aá]vara[dð]\w*|lova[dð]\w*|samdust"
    r"|greinini|t[ií][dð]indi\w*|s[oø]gdu\s+(?:teir|tey|tær|taer)|hv[ií]\s+(?:f[oó]r|var|kom|segdi|seg[dð]i))\b"
    r"|^n(?:æ|ae)r\s+(?:hittust|hitti|hittu|m[oø]tt\w*|var|var[dð]|v[oó]ru|v[oó]r[dð]u|f[oó]r|kom|seg[dð]i|samdust"
    r"|fer[dð]a[dð](?:i|u)st)\b"
    r"|^var[dð]\s+.+\s+nevn\w*|^(?:hevur|hevdi|h[oø]vdu)\s|^er\s+ta[dð]\s+satt\b|^(?:hitti|m[oø]tti)\s+.+\bikki\b"
    r"|\bfer[dð]a[dð](?:i|u)st\b",
    re.I,
)

# How readers ask in Luxembourgish, with English words and often without its letters (é, ë, ä typed e, a): "Wat huet
# de Xi iwwer Taiwan gesot?" (what did Xi say about Taiwan), "Mat wiem huet de Blinken sech zu Peking getraff?" (whom
# did Blinken meet in Beijing), "Wéi laang huet d'Reunioun gedauert?" (how long did the meeting last), "Wien ass de Wang
# Yi?" (who is Wang Yi). It is asked as German is, the verb's "huet" (has) second and its past participle last
# ("gesot": said, "getraff": met, "gedauert": lasted); its article stands before a person's name ("de Xi", "dem
# Blinken": to Blinken) and is left off, and "d'" before a noun is "the" ("d'Reunioun": the meeting). Its "wat" (what)
# is texting's "what" and Dutch's: the book is read before texting's shorthand is spelled out, only when a word of
# Luxembourgish's own is there ("huet", "gesot", "iwwer", "wiem", "wéini", "laang"), none of them German's or Dutch's.
_LUXEMBOURGISH_MARKED = (("e", "éëèê"), ("a", "äâà"), ("u", "ü"), ("o", "ö"), ("i", "ï"))
_LUXEMBOURGISH_NAMES = {
    "(?:d['’]|den\\s+|de\\s+|der\\s+)?(?-i:USA|US|Vereenegt\\w*\\s+Staaten)(?![\\w-])": "the US",
    "(?-i:Amerika)": "America", "(?-i:Russland)": "Russia", "(?-i:Peking|Beijing)": "Beijing",
    "(?:(?:d|der)['’]?\\s*)?(?-i:Ukrain\\w*)": "Ukraine", "(?-i:Kalifornien)": "California",
    "(?:(?:d|der)['’]\\s*)?(?-i:Schwäiz|Schwaiz|Schweiz)": "Switzerland", "(?-i:L[ëe]tzebuerg)": "Luxembourg",
    "(?:(?:d|dat|dem)['’]?\\s*)?(?-i:S[üu]dchinesesch\\w*\\s+Mier)": "the South China Sea",
    "(?:(?:d|der)['’]\\s*)?(?-i:Grouss\\w*\\s+Hal\\w*\\s+vum\\s+Vollek)": "the Great Hall of the People",
}  # fmt: skip
# Its titles and nouns, with their article, put into English before its question shapes are read
_LUXEMBOURGISH_THINGS = {
    # an English noun with Luxembourgish's words before it ("nom Meeting": after the meeting)
    "(?:no\\s+(?:dem|der|de|den)|nom)\\s+(?P<n>meeting|talks|visit|summit)": "after the \\g<n>",
    "(?:viru(?:n)?\\s+(?:dem|der|de|den)|virum)\\s+(?P<n>meeting|talks|visit|summit)": "before the \\g<n>",
    "(?:um|am)\\s+(?:ufank|ufang)\\s+(?:vun\\s+(?:dem|der|de|den)|vum)\\s+(?P<n>meeting|talks|visit|summit)":
        "at the start of the \\g<n>",
    "(?:um|am)\\s+enn\\s+(?:vun\\s+(?:dem|der|de|den)|vum)\\s+(?P<n>meeting|talks|visit|summit)":
        "at the end of the \\g<n>",
    "w[äa]hrend\\s+(?:dem|der|de|den)\\s+(?P<n>meeting|talks|visit|summit)": "during the \\g<n>",
    "laut\\s+(?:dem|deem)\\s+artikel|am\\s+artikel\\s+no": "according to the article",
    "(?:den?\\s+)?(?:US|amerikanesch\\w*)[\\s-]+(?:Ausseminister\\w*|Aussenminister\\w*|Staatssekret[äa]r\\w*)"
    "|(?:den?\\s+)?staatssekret[äa]r\\w*\\s+vun\\s+den\\s+usa": "the US secretary of state",
    "(?:den?\\s+)?chinesesch\\w*\\s+(?:Ausseminister|Aussenminister)\\w*": "China's foreign minister",
    "(?:de|am|pro|all|e)\\s+mount|monatlech": "a month",
    "(?:den?\\s+)?(?:Ausseminister|Aussenminister|Baussenminister)\\w*": "the foreign minister",
    "(?:den?\\s+)?staatssekret[äa]r\\w*": "the secretary of state",
    "(?:den?\\s+)?premierminister\\w*": "the prime minister",
    "(?<!foreign\\s)(?<!prime\\s)den?\\s+minister\\w*": "the minister",
    "(?:den?\\s+|d['’]\\s*)presidentin|den?\\s+president\\w*": "the president", "presidentin": "president",
    "(?:d['’]\\s*)?presidenten": "the presidents", "den?\\s+(?:leader|chef)\\w*": "the leader",
    "(?:den?\\s+)?(?:spriecher|porte-parole)\\w*": "the spokesperson",
    "(?:den?\\s+)?(?:beamten?|fonctionnaire)\\w*": "the official",
    "(?:den?\\s+)?journalist\\w*": "the journalist", "(?<!top\\s)(?:den?\\s+)?diplomat\\w*": "the diplomat",
    "(?:den?\\s+)?(?:auteur|autor)\\w*": "the author", "chinesesch\\w*": "Chinese", "amerikanesch\\w*": "American",
    "russesch\\w*": "Russian",
    "viru(?:n)?\\s+d[ëe]ser\\s+(?:reunioun|setzung|entrevue)|viru(?:n)?\\s+d[ëe]sem\\s+treffen": "before this meeting",
    "d[ëe]s\\s+(?:reunioun|setzung|entrevue)|d[ëe]st\\s+treffen": "this meeting",
    "gr[ée]isst\\w*|gr[ée]ssten": "largest", "wirtschaften|economien|ekonomien": "economies",
    "vun\\s+der\\s+welt|op\\s+der\\s+welt|weltwäit": "in the world",
    "et\\s+g[ëe]tt\\s+nach": "there are still", "problemer": "problems", "(?<!w[ée]i\\s)(?<!wei\\s)vill": "many",
    "d[ée]i(?=\\s+(?:two|three|the|zwou|zwee|dräi))": "the",
    "d[ée]i\\s+gel[ée]ist\\s+(?:musse|mussen|solle|sollen)\\s+ginn|ze\\s+l[ée]isen": "that need to be resolved",
    "sech\\s+stabilis[ée]iert|wäert\\s+sech\\s+stabilis[ée]ieren": "will stabilise",
    "(?:um|am)\\s+(?:ufank|ufang|ufank)\\s+vun\\s+(?:de|den)\\s+gespr[ée]icher": "at the start of the talks",
    "(?:um|am)\\s+(?:ufank|ufang)\\s+vun\\s+der\\s+(?:reunioun|setzung|entrevue)": "at the start of the meeting",
    "(?:um|am)\\s+enn\\s+vun\\s+(?:de|den)\\s+gespr[ée]icher": "at the end of the talks",
    "(?:um|am)\\s+enn\\s+vun\\s+der\\s+(?:reunioun|setzung|entrevue)": "at the end of the meeting",
    "no\\s+(?:der|dem)\\s+(?:reunioun|setzung|entrevue|treffen)": "after the meeting",
    "viru(?:n)?\\s+(?:der|dem)\\s+(?:reunioun|setzung|entrevue|treffen)": "before the meeting",
    "w[äa]hrend\\s+(?:der|dem)\\s+(?:reunioun|setzung|entrevue|treffen)": "during the meeting",
    "(?:op|an|bei)\\s+der\\s+(?:reunioun|setzung|entrevue)|(?:um|am|beim)\\s+treffen": "at the meeting",
    "(?:d['’]\\s*|der\\s+|eng\\s+)?(?:reunioun|setzung|entrevue)|(?:dat\\s+|dem\\s+)?treffen": "the meeting",
    "no\\s+de(?:n)?\\s+gespr[ée]icher": "after the talks", "(?:an|bei)\\s+de(?:n)?\\s+gespr[ée]icher": "in the talks",
    "(?:d['’]\\s*|de(?:n)?\\s+)?(?:gespr[ée]icher|gespr[ée]ich|verhandlungen|diskussiounen)": "the talks",
    "(?:d['’]\\s*|der\\s+)?visite|(?:de(?:n|m)?\\s+)?besuch": "the visit",
    "(?:d[ëe]sen|d[ëe]sem)\\s+artikel": "this article", "(?:am|an\\s+dem)\\s+artikel": "in the article",
    "(?:vum|vun\\s+dem)\\s+artikel": "of the article", "(?:de(?:n|m)?\\s+)?artikel": "the article",
    "(?:d['’]\\s*)?m[ëe]nscherechter": "human rights", "(?:den?\\s+)?handel": "trade", "stonnen|stonn": "hours",
    "(?:d['’]\\s*)?prinzipien|prinzippien": "principles", "(?:d['’]\\s*)?zwee\\s+l[äa]nner": "the two countries",
    "(?:d['’]\\s*)?l[äa]nner": "the countries", "(?:den?\\s+)?abonnement|(?:den?\\s+)?abo": "the subscription",
    "(?:de(?:n)?\\s+)?pr[äa]is": "the price", "(?:de(?:n)?\\s+)?plang|(?:de(?:n)?\\s+)?plan": "the plan",
    "(?:de(?:n)?\\s+)?sommet|(?:de(?:n)?\\s+)?gipfel": "the summit", "(?:d['’]\\s*)?zeitung": "the newspaper",
    "partner(?:en)?": "partners", "rivalen|konkurrenten|géigner|geigner": "rivals",
    "(?:d['’]\\s*)?(?:relatiounen|bez[ée]iungen)": "relations",
    "(?:d['’]\\s*)?(?:relatioun|bez[ée]iung)": "the relationship",
    "(?:d['’]\\s*)?(?:differenzen|[ëe]nnerscheeder|meenungsverschiddenheeten)": "differences",
    "(?:de(?:n)?\\s+)?fortschr[ëe]tt|progr[èe]s": "progress", "(?:d['’]\\s*)?zitater|(?:d['’]\\s*)?zitaten": "quotes",
    "(?:d['’]\\s*)?exakt\\w*\\s+wierder": "the exact words", "wierder": "words",
    "(?:d['’]\\s*)?funktioun|(?:de(?:n)?\\s+)?posten|(?:den?\\s+)?titel|(?:de(?:n)?\\s+)?job": "title",
    "m[ée]int": "months", "joer": "years", "deeg": "days", "wochen": "weeks",
    "fir\\s+d['’]\\s*eischt(?:e\\s+(?:keier|mol))?|zum\\s+eischte(?:n)?\\s+(?:keier|mol)": "first",
    "fir\\s+d['’]\\s*lescht(?:e\\s+(?:keier|mol))?|zum\\s+leschte(?:n)?\\s+(?:keier|mol)|dei\\s+leschte\\s+keier":
        "last",
    "muss|mussen|musse": "must", "kann": "can",
    "vermeiden|vermeide": "avoid", "gescheien|geschéien|geschéie|gescheie": "happen", "erreechen": "achieve",
    "verbesseren|verbessere": "improve", "(?:sech\\s+)?berouegen|(?:sech\\s+)?beruhegen": "calm down",
    "(?:sech\\s+)?stabilis[ée]ieren": "stabilise", "wierklech": "really", "eier|éier": "before",
    "solle(?:n)?\\s+mir|mir\\s+solle(?:n)?": "we should", "sollte(?:n)?|solle(?:n)?|soll": "should",
    # words of the news, so that the words said match the article's
    "negativ\\w*\\s+faktoren": "negative factors", "faktoren": "factors", "negativ\\w*": "negative",
    "positiv\\w*": "positive", "ëmmer\\s+nach|emmer\\s+nach|nach\\s+[ëe]mmer": "still",
    "(?:huelen|hëlt|helt)\\s+(?:nach\\s+)?zou|wuessen|wiessen": "increasing",
    "stabiliséier\\w*|stabiliseier\\w*": "stabilise",
    "entw[ée]cklung": "development", "[ëe]nnerst[ëe]tzung": "support", "zesummenaarbecht|kooperatioun": "cooperation",
    "respekt": "respect", "wirtschaft|ekonomie": "economy", "welt": "world",
    "problem": "problem",
    "efforten|beméiungen|bemeiungen": "efforts", "krich": "war", "fridden": "peace", "sanktiounen": "sanctions",
    "optimismus": "optimism", "optimistesch": "optimistic", "hoffnung": "hope",
}  # fmt: skip
_LUXEMBOURGISH_HAS = r"(?:huet|hunn|hues|hutt|hat)"
_LUXEMBOURGISH_SAID = r"(?:gesot|gesoot|gesaot|gemengt|geschwat|gesot\s+huet|erkl[äa]ert|ugekënnegt|ugekennegt)"
_LUXEMBOURGISH_MET = r"(?:getraff|begéint|begeint|gesinn|kennegeléiert|kennegeleiert|empfaangen|getraff\s+huet)"
_LUXEMBOURGISH_COUNTRY = {"chinesesc": "China's", "amerikane": "America's", "russesche": "Russia's"}
_LUXEMBOURGISH_ALREADY = r"scho(?:nn)?|virdrun|fr[ée]ier|virh(?:i|e)r"  # "already", "before": met previously
_LUXEMBOURGISH_SAID_NOW = r"(?:sot|seet|sote|soten|sée|mengt)"  # "Wat sot de Xi?": what did Xi say
# What was done, asked how many times or which: "Wéi vill Prinzipien huet de Xi proposéiert?" (how many principles
# did Xi propose)
_LUXEMBOURGISH_DONE = {
    "propos[ée]iert|virgeschloen|virgeschlo": "propose", "ernimmt|erw[äa]nt": "mention",
    "ënnerschriwwen|ennerschriwwen":
    "sign", "gemaach": "make", "besicht": "visit", "ugekënnegt|ugekennegt|annonc[ée]iert": "announce",
    "diskut[ée]iert": "discuss",
}  # fmt: skip
_LUXEMBOURGISH_NUMBERS = {"een|eng|ee": "one", "zwee|zwou": "two", "dräi|drai": "three", "véier|veier": "four",
                          "fënnef|fennef": "five"}  # fmt: skip
_LUXEMBOURGISH_WHICH = {
    "dag": "on which day", "stad": "in which city", "land": "in which country", "gebai|gebäi": "in which building",
    "mount": "in which month",
    "joer": "in which year", "auer|zäit|zait": "at what time", "the\\s+summit": "at which summit",
}  # fmt: skip
_LUXEMBOURGISH_ENGLISH = {
    "(?-i:an)(?=\\s+(?-i:[A-Z]))": "and", "oder": "or", "mat": "with", "mam": "with", "iwwer": "about",
    "no": "after", "virun|viru": "before", "w[äa]hrend": "during", "t[ëe]scht": "between", "och": "also",
    "n[ëe]mmen|just": "only", "hien": "he", "si|se": "they", "mir": "we", "n[ëe]t|nit": "not", "datt|dass": "that",
    "zwee|zwou": "two", "dr[äa]i": "three", "all|alles": "all", "w[ëe]ll\\s+ech\\s+gelift|w\\.e\\.g\\.|wgl": "please",
    "gëff\\s+mer|gëtt\\s+mer|giff\\s+mer|gimmer": "give me", "so\\s+mer|sot\\s+mer": "tell me",
    "(?-i:zu|an|a|am)(?=\\s+(?-i:[A-Z]))": "in", "vum|vun|vu": "of", "aus": "from", "nach": "still", "sech": "",
}  # fmt: skip
_LUXEMBOURGISH_PLACE_OR_TIME = (
    r"(?P<where>\s+(?:in|at|to|from|after|during|before|between|zu|an|a|am|um|op)\s+[^,?]+?)?"
)


_IN = r"^in\s+"  # "in the article", about which the article is asked
# The prepositions "dem" (the, to the) follows as their object's article, not as "to" ("mat dem", "no dem")
_LUXEMBOURGISH_NOT_AFTER = "".join(
    rf"(?<!\b{word}\s)"
    for word in (
        "mat vun zu an op bei laut virun viru iwwer no aus um am vum mam with of after about in at tëscht tescht "
        "between and"
    ).split()
)


def _luxembourgish_asked(asked: str) -> str:
    """ "wéini": when; "wou": where; "a wéi enger Stad": in which city; "wéi engem Dag": on which day."""
    asked = " ".join(asked.lower().split())
    if asked in ("weini", "wann"):
        return "when"
    if asked in ("wou", "wo"):
        return "where"
    noun = re.sub(r"^(?:an?|un|um|op)?\s*(?:w[ée]i\s*eng\w*|wat\s+fir\s+eng\w*)\s+", "", asked)
    return next((e for n, e in _LUXEMBOURGISH_WHICH.items() if re.fullmatch(n, noun)), f"in which {noun}")


def _luxembourgish_where(where: str | None) -> str:
    """A place or time after the question: "zu Peking" (in Beijing), "an Amerika" (in America)."""
    return re.sub(r"^\s+(?:zu|an|a|am|um|op)\s+", " in ", where or "")


def _luxembourgish_done(done: str) -> str:
    """ "proposéiert": "propose"; a verb the book does not know stays as typed."""
    return next((e for m, e in _LUXEMBOURGISH_DONE.items() if re.fullmatch(m, done, re.I)), done)


@cache
def _luxembourgish() -> _Shapes:
    done = "|".join(_LUXEMBOURGISH_DONE)
    numbers = "|".join(_LUXEMBOURGISH_NUMBERS)
    asked = r"(?P<asked>w[ée]ini|wann|wou|(?:an?|un|um|op)\s+w[ée]i\s*eng\w*\s+\w+|w[ée]i\s*eng\w*\s+\w+)"
    return (
        _after_the_question(),
        *_plain_letters(_LUXEMBOURGISH_MARKED),
        (re.compile("[’`´]"), "'"),
        # "An de Wang Yi?": what about Wang Yi
        (
            re.compile(
                r"^(?i:an|a|and)\s+(?:(?i:de|den|der)\s+|(?i:d)'\s*)?(?P<who>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)$"
            ),
            r"what about \g<who>",
        ),
        (re.compile(r"^(?:an|also|bon|a\s+jo|jo|ok|soen\s+mer|sot\s+mer)\b,?\s+(?=\S)", re.I), ""),
        *_word_for_word(_LUXEMBOURGISH_NAMES),
        # "datt mir Partner solle sinn" (that we partners should be): we should be partners
        (
            re.compile(
                r"\b(?:(?P<who>mir|si|se|they|we)\s+)?(?P<what>[\w-]+)\s+(?:solle|sollen|sollte|sollten|mussen|missten)\s+"
                r"(?:sinn|si|ginn)\b",
                re.I,
            ),
            lambda match: (
                {"mir": "we ", "we": "we ", None: ""}.get(match.group("who") and match.group("who").lower(), "they ")
                + f"should be {match.group('what')}"
            ),
        ),
        # "datt et nach vill Problemer gëtt" (that it still gives many problems): that there are still many problems
        (
            re.compile(r"\b(?P<that>datt|dass)\s+et\s+(?P<still>nach\s+)?(?P<what>[^,?]+?)\s+g[ëe]tt\b", re.I),
            lambda match: (
                f"{match.group('that')} there are {'still ' if match.group('still') else ''}{match.group('what')}"
            ),
        ),
        # "de Chef vun der chinesescher Diplomatie" (the head of Chinese diplomacy), as the press calls a foreign
        # minister: China's top diplomat
        (
            re.compile(
                r"\b(?:(?:de|den)\s+)?(?:chef|patron)\s+vu(?:n|m)?\s+(?:der\s+)?(?P<adjective>\w+(?:er|en)\s+)?diplomatie\b",
                re.I,
            ),
            lambda match: (
                _LUXEMBOURGISH_COUNTRY.get((match.group("adjective") or "").strip().lower()[:9], "the")
                + " top diplomat"
            ),
        ),
        *_word_for_word(_LUXEMBOURGISH_THINGS),
        _gloss_said_again(),
        # "laut dem Xi", "laut dem Wang Yi senge Wierder" (by Xi's account): according to Xi, put after the question
        (
            re.compile(
                r"\b(?i:laut)\s+(?:(?i:dem|der|de|den)\s+)?(?P<who>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)"
                r"(?:\s+(?i:s[äa]i(?:n)?|seng|hir)\s+(?i:w[ëe]ierder|wierder|meenung|ausso))?"
            ),
            r"according to \g<who>",
        ),
        (
            re.compile(
                r"^according\s+to\s+(?P<who>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s*,?\s+(?P<rest>\S.*?)\s*$"
                r"|^(?P<before>.+?)\s*,?\s+according\s+to\s+(?P<whose>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)"
                r"(?:\s*,?\s+(?P<after>\S.*?))?\s*$"
            ),
            lambda match: (
                f"{match.group('rest')} according to {match.group('who')}"
                if match.group("who")
                else f"{match.group('before')}"
                + (f" {match.group('after')}" if match.group("after") else "")
                + f" according to {match.group('whose')}"
            ),
        ),
        # "dem Blinken" (to Blinken) after a verb of saying; "mam Blinken" (with Blinken)
        (
            re.compile(rf"{_LUXEMBOURGISH_NOT_AFTER}\b(?i:dem|der|hirem)\s+(?=(?-i:[A-Z])(?!the\b))"),
            "to ",
        ),
        (re.compile(r"\b(?i:mam|mat\s+dem|mat\s+der)\s+(?=(?-i:[A-Z]))"), "with "),
        # a person's article before the name ("de Xi", "den Antony Blinken", "d'Angela"): left off
        (re.compile(r"\b(?:(?i:de|den|dem|der)\s+|(?i:d)'\s*)(?=(?-i:[A-Z])(?!the\b))"), ""),
        (re.compile(r"\b(?P<adjective>Chinese|American|Russian)\s+the\s+"), r"the \g<adjective> "),
        (re.compile(r"\b(?P<one>(?-i:[A-Z])[\w-]*)\s+(?i:an)\s+(?=the\s+US\b)"), r"\g<one> and "),
        # "Aus wéi enger Stad huet den Auteur geschriwwen?" (from which city did the author write): where is the author
        # based
        (
            re.compile(
                r"^(?:aus|vu|vun)\s+(?:w[ée]i\s*eng\w*\s+(?:stad|land|uertschaft)|wou)\s+(?:huet|schreift|schreiwt)\s+the\s+author"
                r"(?:\s+the\s+article)?(?:\s+geschriwwen)?$",
                re.I,
            ),
            "where is the author based",
        ),
        # "Wéi heescht de chineseschen Ausseminister?" (what is … called): who is …
        (re.compile(r"^w[ée]i\s+(?:heescht|heeschen)\s+(?P<who>[^,?]+)$", re.I), r"who is \g<who>"),
        (
            re.compile(
                r"\bthe\s+(?P<thing>plan|subscription|newspaper)\s+(?P<name>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)*)"
            ),
            r"the \g<name> \g<thing>",
        ),
        (
            re.compile(
                r"\b(?P<name>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)*)\s+the\s+(?P<thing>plan|subscription|newspaper)\b"
            ),
            r"the \g<name> \g<thing>",
        ),
        # "vu China", "vun den USA" after a title: of China, of the US
        (re.compile(r"\b(?:vu|vun|vum)\s+(?=(?:China|Russia|Japan|the\s+US|America|Taiwan)\b)", re.I), "of "),
        (
            re.compile(r"^(?P<according>according\s+to\s+the\s+article),?\s+(?P<rest>\S.*)$", re.I),
            r"\g<rest> \g<according>",
        ),
        # "Mat wéi engem US-President hat de Xi sech scho getraff?": which US president had Xi met (previously)
        (
            re.compile(
                r"^(?P<occasion>[^,?]+,\s*)?(?:mat|with)\s+w[ée]i\s*eng\w*\s+(?P<what>[^,?]+?)\s+(?P<had>hat|huet|hunn|haten)\s+"
                r"(?P<who>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+sech\s+(?:(?P<before>scho(?:nn)?|virdrun|fr[ée]ier)\s+)?"
                rf"{_LUXEMBOURGISH_MET}$",
                re.I,
            ),
            lambda match: (
                f"which {match.group('what')} did {match.group('who')}"
                f"{' previously' if match.group('before') or match.group('had').lower().startswith('hat') else ''} meet"
                + (f" {match.group('occasion').strip(' ,')}" if match.group("occasion") else "")
            ),
        ),
        # "Wéi ee chinesesche Beamten huet gesot, datt …?": which Chinese official said …
        (
            re.compile(
                rf"^w[ée]i\s*e(?:e|ng)\w*\s+(?P<who>[^,?]+?)\s+{_LUXEMBOURGISH_HAS}\s+{_LUXEMBOURGISH_SAID}\s*,?\s+"
                r"(?:datt|dass|that)\s+(?P<said>.+)$",
                re.I,
            ),
            r"which \g<who> said that \g<said>",
        ),
        # "Wéi eng sinn déi zwou gréisste Wirtschaften?": which are the two largest economies
        (re.compile(r"^w[ée]i\s*eng\w*\s+(?:sinn|ass|waren|war)\s*,?\s+(?:d[ée]i|the)?\s*", re.I), "which are the "),
        (re.compile(r"\b(?P<count>two|three)\s+largest\s+(?P<thing>\w+)"), r"\g<count> largest \g<thing>"),
        # "Firwat war de Blinken optimistesch?": why was Blinken optimistic
        (
            re.compile(
                r"^(?:firwat|wisou|w[ée]isou)\s+(?:war|ass|waren)\s+(?P<who>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+"
                r"(?P<what>\w+)(?:\s+gewiescht)?$",
                re.I,
            ),
            r"why was \g<who> \g<what>",
        ),
        # "Wéi eng Zeitung huet den Artikel publizéiert?": which newspaper published the article
        (
            re.compile(
                r"^w[ée]i\s*eng\w*\s+(?:the\s+)?(?P<thing>newspaper|site|websäit|websait|medium)\s+(?:huet|hat)\s+(?P<what>[^,?]+?)\s+"
                r"(?:publiz[ée]iert|ver[ëe]ffentlecht|erausbruecht|bruecht)$",
                re.I,
            ),
            lambda match: (
                f"which {'newspaper' if match.group('thing') == 'newspaper' else 'website'} "
                f"published {match.group('what')}"
            ),
        ),
        # "Wang Yi, wat huet hien gesot?": the one asked about named first, put in the verb's place
        (
            re.compile(
                rf"^(?:an\s+)?(?P<who>(?-i:[A-Z])[^,?]*?|the\s+[^,?]+?),?\s+wat\s+(?P<has>{_LUXEMBOURGISH_HAS})\s+"
                r"(?:hien|si|se|hatt|en|he|she)\s+",
                re.I,
            ),
            r"wat \g<has> \g<who> ",
        ),
        # who said: "Wien huet gesot, datt …", "Wien sot …"
        (
            re.compile(
                rf"^wi?en\s+(?:{_LUXEMBOURGISH_HAS}\s+{_LUXEMBOURGISH_SAID}|{_LUXEMBOURGISH_SAID_NOW})\s*[,:]?\s+(?:datt\s+|dass\s+|that\s+)?",
                re.I,
            ),
            "who said ",
        ),
        (
            re.compile(rf"^wi?en\s+{_LUXEMBOURGISH_HAS}\s+(?P<said>.+?)\s+{_LUXEMBOURGISH_SAID}$", re.I),
            r"who said \g<said>",
        ),
        (re.compile(r"^(?P<start>who\s+said\s+)should\s+be\b", re.I), r"\g<start>they should be"),
        (re.compile(r"\bwe\s+should\s+(?P<what>\S+)\s+(?:sinn|si)\b", re.I), r"we should be \g<what>"),
        (re.compile(r"\bshould\s+(?P<what>\S+)\s+(?:sinn|si)\b", re.I), r"should be \g<what>"),
        # "Wat sollen déi zwee Länner sinn?" (what should the two countries be)
        (
            re.compile(r"^wat\s+should\s+(?P<who>[^,?]+?)\s+(?:sinn|si)\b(?P<rest>.*)$", re.I),
            r"what should \g<who> be\g<rest>",
        ),
        # what someone said: "Wat huet de Xi iwwer Taiwan gesot?", "Wat huet de Wang Yi dem Blinken gesot?"
        (
            re.compile(
                rf"^wat\s+(?:{_LUXEMBOURGISH_HAS}\s+(?P<who>[^,?]+?)(?:\s+to\s+(?P<whom>(?-i:[A-Z])[^,?]*?))?"
                rf"\s+(?:iwwer|zu|about)\s+(?P<topic>[^,?]+?)\s+{_LUXEMBOURGISH_SAID}"
                rf"|{_LUXEMBOURGISH_SAID_NOW}\s+(?P<now>[^,?]+?)\s+(?:iwwer|about)\s+(?P<of>[^,?]+?)){_ANSWER_WORDS}",
                re.I,
            ),
            lambda match: (
                f"what did {match.group('who') or match.group('now')} say"
                + (f" to {match.group('whom')}" if match.group("whom") else "")
                + f" about {match.group('topic') or match.group('of')}{match.group('rest') or ''}"
            ),
        ),
        (
            re.compile(
                rf"^wat\s+{_LUXEMBOURGISH_HAS}\s+(?P<who>[^,?]+?)\s+to\s+(?P<whom>(?-i:[A-Z])[^,?]*?)"
                rf"{_LUXEMBOURGISH_PLACE_OR_TIME}\s+{_LUXEMBOURGISH_SAID}{_ANSWER_WORDS}",
                re.I,
            ),
            lambda match: (
                f"what did {match.group('who')} say to {match.group('whom')}"
                f"{_luxembourgish_where(match.group('where'))}{match.group('rest') or ''}"
            ),
        ),
        (
            re.compile(
                rf"^wat\s+{_LUXEMBOURGISH_HAS}\s+(?P<who>[^,?]+?){_LUXEMBOURGISH_PLACE_OR_TIME}\s+{_LUXEMBOURGISH_SAID}"
                rf"{_ANSWER_WORDS}",
                re.I,
            ),
            lambda match: (
                f"what did {match.group('who')} say{_luxembourgish_where(match.group('where'))}"
                f"{match.group('rest') or ''}"
            ),
        ),
        (
            re.compile(
                rf"^wat\s+{_LUXEMBOURGISH_SAID_NOW}\s+(?P<who>[^,?]+?)(?:\s+to\s+(?P<whom>(?-i:[A-Z])[^,?]*?))?"
                rf"{_LUXEMBOURGISH_PLACE_OR_TIME}{_ANSWER_WORDS}",
                re.I,
            ),
            lambda match: (
                f"what did {match.group('who')} say"
                + (f" to {match.group('whom')}" if match.group("whom") else "")
                + f"{_luxembourgish_where(match.group('where'))}{match.group('rest') or ''}"
            ),
        ),
        # "Wat gouf iwwer den Handel gesot?": what was said about trade
        (
            re.compile(
                r"^wat\s+(?:gouf|ass|g[ëe]tt)\s+(?:iwwer|about)\s+(?P<topic>[^,?]+?)\s+(?:gesot|geschwat)(?:\s+ginn)?$",
                re.I,
            ),
            r"what was said about \g<topic>",
        ),
        # whom someone met, and who met someone: "Mat wiem huet de Blinken sech zu Peking getraff?"
        (
            re.compile(
                rf"^(?:mat\s+wiem|with\s+wiem|wie?n)\s+{_LUXEMBOURGISH_HAS}\s+(?!sech\b)(?P<who>[^,?]+?)(?:\s+sech)?"
                rf"(?P<before>(?:\s+(?:{_LUXEMBOURGISH_ALREADY}))*){_LUXEMBOURGISH_PLACE_OR_TIME}"
                rf"(?P<then>(?:\s+(?:{_LUXEMBOURGISH_ALREADY}))*)\s+{_LUXEMBOURGISH_MET}{_ANSWER_WORDS}",
                re.I,
            ),
            lambda match: (
                f"who did {match.group('who')}"
                + (" previously" if match.group("before") or match.group("then") else "")
                + f" meet{_luxembourgish_where(match.group('where'))}{match.group('rest') or ''}"
            ),
        ),
        (
            re.compile(
                rf"^wi?en\s+{_LUXEMBOURGISH_HAS}\s+sech\s+(?:with|mat)\s+(?P<whom>[^,?]+?)\s+{_LUXEMBOURGISH_MET}$",
                re.I,
            ),
            r"who met \g<whom>",
        ),
        # "Huet de Blinken de Li Qiang getraff?": did Blinken meet Li Qiang
        (
            re.compile(
                rf"^{_LUXEMBOURGISH_HAS}\s+(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+(?:sech\s+)?"
                r"(?:(?P<before>virdrun|fr[ée]ier|schonn|scho)\s+)?(?:with\s+)?"
                rf"(?P<whom>[^,?]+?)\s+(?:(?P<then>virdrun|fr[ée]ier)\s+)?{_LUXEMBOURGISH_MET}$",
                re.I,
            ),
            lambda match: (
                f"did {match.group('who')} {'previously ' if match.group('before') or match.group('then') else ''}"
                f"meet {match.group('whom')}"
            ),
        ),
        # "Wéini hu sech de Xi an de Blinken getraff?", "Wou huet de Blinken sech mam Xi getraff?": when (where) …
        (
            re.compile(
                rf"^{asked}\s+(?:{_LUXEMBOURGISH_HAS}|hu)\s+(?:sech\s+)?(?P<who>[^,?]+?)(?:\s+sech)?"
                rf"(?:\s+with\s+(?P<whom>[^,?]+?))?\s+{_LUXEMBOURGISH_MET}$",
                re.I,
            ),
            lambda match: (
                f"{_luxembourgish_asked(match.group('asked'))} did {match.group('who')} meet"
                + (f" {match.group('whom')}" if match.group("whom") else "")
            ),
        ),
        # "Wéini gouf den Artikel publizéiert?": when was the article published (updated, written)
        (
            re.compile(
                r"^(?P<asked>w[ée]ini|wann)\s+(?:gouf|ass|war)\s+(?P<what>[^,?]+?)(?:\s+(?P<first>first|last))?\s+"
                r"(?P<done>publiz[ée]iert|ver[ëe]ffentlecht|aktualis[ée]iert|geschriwwen|erauskomm|published|updated|written"
                r"|released)(?:\s+ginn)?$",
                re.I,
            ),
            lambda match: (
                f"when was {_with_the(match.group('what'))} "
                + (f"{match.group('first')} " if match.group("first") else "")
                + (
                    "updated"
                    if match.group("done").lower().startswith(("akt", "updated"))
                    else "written"
                    if match.group("done").lower().startswith(("gesch", "written"))
                    else "published"
                )
            ),
        ),
        # "Wou huet d'Reunioun stattfonnt?", "Wou war d'Reunioun?": where did the meeting take place
        (
            re.compile(
                rf"^{asked}\s+(?:{_LUXEMBOURGISH_HAS}\s+(?P<what>[^,?]+?)\s+stattfonnt|(?:war|gouf|ass)\s+(?P<was>[^,?]+?)"
                r"(?:\s+(?:ofgehalen|organis[ée]iert)(?:\s+ginn)?)?)$",
                re.I,
            ),
            lambda match: (
                f"{_luxembourgish_asked(match.group('asked'))} did "
                f"{_with_the(match.group('what') or match.group('was'))} take place"
            ),
        ),
        # how long something lasted, and how many hours: "Wéi laang huet d'Reunioun gedauert?"
        (
            re.compile(rf"^w[ée]i\s*vill\s+hours\s+(?:{_LUXEMBOURGISH_HAS}|hu)\s+(?P<what>[^,?]+?)\s+gedauert$", re.I),
            lambda match: f"how many hours did {_with_the(match.group('what'))} last",
        ),
        (
            re.compile(
                rf"^w[ée]i\s+laang\s+(?:(?:{_LUXEMBOURGISH_HAS}|hu)\s+(?P<what>[^,?]+?)\s+gedauert|(?:war|waren|goung|goungen)\s+"
                r"(?P<was>[^,?]+?))$|^(?P<thing>[^,?]+?)\s+(?:huet|hunn)\s+w[ée]i\s+laang\s+gedauert$",
                re.I,
            ),
            lambda match: (
                f"how long did {_with_the(match.group('what') or match.group('was') or match.group('thing'))} last"
            ),
        ),
        (
            re.compile(
                r"^w[ée]i\s*vill\s+(?P<unit>months|years|days|weeks)\s+(?:dauert|daueren|leeft|lafen)\s+(?P<what>[^,?]+)$",
                re.I,
            ),
            lambda match: f"how many {match.group('unit')} does {_with_the(match.group('what'))} last",
        ),
        # "Wéi vill Prinzipien huet de Xi proposéiert?": how many principles; "Wéi eng dräi Prinzipien …": which
        (
            re.compile(
                rf"^(?P<asked>w[ée]i\s*vill|w[ée]i\s*eng\w*|wat\s+fir\s+eng\w*|wat\s+fir)\s+(?:(?P<count>{numbers})\s+)?"
                rf"(?P<thing>\S+)\s+(?:{_LUXEMBOURGISH_HAS}|hu)\s+(?P<who>[^,?]+?)\s+(?P<done>{done})$",
                re.I,
            ),
            lambda match: (
                f"{'how many' if 'vill' in match.group('asked').lower() else 'which'} "
                + (
                    next(e for n, e in _LUXEMBOURGISH_NUMBERS.items() if re.fullmatch(n, match.group("count"), re.I))
                    + " "
                    if match.group("count")
                    else ""
                )
                + f"{match.group('thing')} did {match.group('who')} {_luxembourgish_done(match.group('done'))}"
            ),
        ),
        (
            re.compile(rf"^wat\s+{_LUXEMBOURGISH_HAS}\s+(?P<who>[^,?]+?)\s+(?P<done>{done})$", re.I),
            lambda match: f"what did {match.group('who')} {_luxembourgish_done(match.group('done'))}",
        ),
        # "Wat kascht den Abonnement?", "Wéi vill kascht …?": how much does the subscription cost
        (
            re.compile(
                r"^(?:wat|w[ée]i\s*vill)\s+(?:kascht|kaschten|k[ée]is)\s+(?P<what>[^,?]+?)(?P<per>\s+a\s+month)?$",
                re.I,
            ),
            lambda match: (
                f"how much does {_with_the(match.group('what'))} cost" + (" a month" if match.group("per") else "")
            ),
        ),
        # "Wien ass de Wang Yi?": who is Wang Yi
        (re.compile(r"^wi?en\s+(?:ass|as|is)\s+(?P<who>[^,?]+)$", re.I), r"who is \g<who>"),
        (re.compile(r"^wi?en\s+(?:war|wier)\s+(?P<who>[^,?]+)$", re.I), r"who was \g<who>"),
        # "Wat fir eng Funktioun huet de Wang Yi?", "Wat ass dem Wang Yi säi Posten?": what is Wang Yi's title
        (
            re.compile(
                r"^(?:wat\s+fir\s+(?:eng?\s+)?|w[ée]i\s*eng\w*\s+)title\s+(?:huet|hat|[ëe]s|ass)\s+(?P<who>[^,?]+?)(?P<where>\s+in\s+[^,?]+)?$"
                r"|^wat\s+(?:ass|as)\s+(?:to\s+)?(?P<owner>[^,?]+?)\s+(?:s[äa]i|hir|seng)\s+title$"
                r"|^wat\s+(?:ass|as)\s+(?:the\s+)?title\s+(?:of|vum|vun)\s+(?P<of>[^,?]+)$",
                re.I,
            ),
            _title_asked,
        ),
        # "Wéi ware d'Gespréicher?", "Wéi sinn d'Gespréicher gelaf?": how did the talks go
        (
            re.compile(
                r"^w[ée]i\s+(?:ware|waren|war|sinn|ass)\s+(?P<what>[^,?]+?)(?:\s+(?:gelaf|gaang|verlaf))?$", re.I
            ),
            lambda match: f"how did {_with_the(match.group('what'))} go",
        ),
        # "Firwat ass de Blinken op Peking gaangen?": why did Blinken go to Beijing
        (
            re.compile(
                r"^(?:firwat|wisou|w[ée]isou|wat\s+fir|warum)\s+(?:ass|war|huet)\s+(?P<who>[^,?]+?)\s+(?:op|an|a|no|in|to|ka)\s+"
                r"(?P<place>[^,?]+?)\s+(?:gaang(?:en)?|gefuer|gereest|komm|geflunn)$",
                re.I,
            ),
            r"why did \g<who> go to \g<place>",
        ),
        # "Wat ass op der Reunioun geschitt?": what happened at the meeting
        (
            re.compile(
                r"^wat\s+(?:ass|as)\s+(?P<where>[^,?]*?)\s*(?:geschitt|passéiert|passeiert|lass\s+gewiescht)$", re.I
            ),
            lambda match: "what happened" + (f" {match.group('where')}" if match.group("where") else ""),
        ),
        # "Iwwer wat hunn de Blinken an de Wang Yi geschwat?": what did Blinken and Wang Yi discuss
        (
            re.compile(
                rf"^(?:iwwer|about)\s+wat\s+(?:{_LUXEMBOURGISH_HAS}|hu)\s+(?P<who>[^,?]+?)\s+(?:geschwat|diskut[ée]iert|verhandelt)$",
                re.I,
            ),
            r"what did \g<who> discuss",
        ),
        # "Wéi laang hunn se geschwat?": how long did the talks last
        (
            re.compile(
                rf"^(?P<asked>w[ée]i\s+laang|w[ée]i\s*vill\s+(?:stonnen|hours))\s+(?:{_LUXEMBOURGISH_HAS}|hu)\s+(?P<who>[^,?]+?)\s+"
                r"(?:geschwat|diskut[ée]iert|verhandelt|beienee\s+gesiess)$",
                re.I,
            ),
            lambda match: (
                f"{'how long' if 'laang' in match.group('asked').lower() else 'how many hours'} did the talks"
                + (f" between {match.group('who')}" if " and " in match.group("who") else "")
                + " last"
            ),
        ),
        # "Wat steet am Artikel iwwer Russland?": what does the article say about Russia
        (
            re.compile(
                r"^wat\s+(?:steet|stoung|seet|schreift)\s+(?:in\s+)?the\s+article\s+(?:iwwer|about)\s+(?P<what>[^,?]+)$",
                re.I,
            ),
            r"what does the article say about \g<what>",
        ),
        # "Iwwer wat geet den Artikel?", "Wourëm geet et am Artikel?": what is the article about
        (
            re.compile(
                r"^(?:iwwer|about)\s+wat\s+(?:geet|ass|schwätzt|schwatzt|handelt)\s+(?P<what>[^,?]+)$"
                r"|^wour[ëe]m\s+geet\s+(?:et\s+)?(?:in\s+)?(?P<in>[^,?]+)$|^vu\s+wat\s+handelt\s+(?P<of>[^,?]+)$",
                re.I,
            ),
            lambda match: (
                "what is "
                f"{_with_the(re.sub(_IN, '', match.group('what') or match.group('in') or match.group('of')))} about"
            ),
        ),
        # "Gouf Taiwan ernimmt?", "Ass iwwer Taiwan geschwat ginn?": was Taiwan mentioned
        (
            re.compile(
                r"^(?:gouf|ass|g[ëe]tt|goufen|sinn)\s+(?:(?:iwwer|about)\s+)?(?P<what>[^,?]+?)\s+(?:ernimmt|erw[äa]nt|geschwat|diskut[ée]iert)"
                r"(?:\s+ginn)?(?P<where>\s+(?:in|at)\s+the\s+(?:talks|meeting))?$",
                re.I,
            ),
            r"was \g<what> mentioned\g<where>",
        ),
        # "Gëtt et eppes iwwer Russland am Artikel?": is there anything about Russia
        (
            re.compile(
                r"^(?:g[ëe]tt|gouf|steet)\s+(?:et\s+)?(?:eppes|iergendeppes)\s+(?:iwwer|about)\s+(?P<what>[^,?]+?)(?:\s+in\s+the\s+article)?$",
                re.I,
            ),
            r"is there anything about \g<what>",
        ),
        # "Wien huet den Artikel geschriwwen?": who wrote the article
        (re.compile(r"^wi?en\s+(?:huet|hat)\s+(?P<what>[^,?]+?)\s+geschriwwen$", re.I), r"who wrote \g<what>"),
        # "Huet de Xi eppes iwwer Taiwan gesot?": did Xi say anything about Taiwan; "… näischt …": didn't he
        (
            re.compile(
                rf"^{_LUXEMBOURGISH_HAS}\s+(?P<who>[^,?]+?)\s+(?:(?P<anything>eppes|iergendeppes)|(?P<nothing>n[äa]ischt))\s+"
                rf"(?:iwwer|about|zu)\s+(?P<topic>[^,?]+?)\s+{_LUXEMBOURGISH_SAID}$",
                re.I,
            ),
            lambda match: (
                ("did" if match.group("anything") else "didn't") + f" {match.group('who')} "
                f"say anything about {match.group('topic')}"
            ),
        ),
        # "Huet de Xi gesot, datt …?": did Xi say that …
        (
            re.compile(
                rf"^{_LUXEMBOURGISH_HAS}\s+(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+{_LUXEMBOURGISH_SAID}\s*,?\s+(?:datt|dass|that)\s+(?P<claim>.+)$",
                re.I,
            ),
            r"did \g<who> say that \g<claim>",
        ),
        # "Ass de Blinken no der Reunioun optimistesch gewiescht?": was Blinken optimistic after the meeting
        (
            re.compile(
                r"^(?:ass|war)\s+(?P<who>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+(?P<when>(?:after|before|during|at)\s+the\s+\w+\s+)?"
                r"(?P<what>optimistic|positive|hopeful)(?:\s+gewiescht)?$",
                re.I,
            ),
            lambda match: (
                f"was {match.group('who')} {match.group('what')}"
                + (f" {match.group('when').strip()}" if match.group("when") else "")
            ),
        ),
        # "An de Wang Yi?": what about Wang Yi
        (re.compile(r"^(?:and|an|a)\s+(?P<who>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)$"), r"what about \g<who>"),
        (re.compile(r"^wat\s+(?:ass|as)\s+", re.I), "what is "),
        (re.compile(r"^wat\b", re.I), "what"),
        (re.compile(r"^w[ée]ini\b", re.I), "when"),
        (re.compile(r"^wou\b", re.I), "where"),
        (re.compile(r"^(?:firwat|wisou|w[ée]isou)\b", re.I), "why"),
        (re.compile(r"^w[ée]i\s+laang\b", re.I), "how long"),
        (re.compile(r"^w[ée]i\s*vill\b", re.I), "how many"),
        (re.compile(r"^w[ée]i\s*eng\w*\b", re.I), "which"),
        (re.compile(r"^w[ée]i\b", re.I), "how"),
        (re.compile(r"^wi?en\b", re.I), "who"),
        *_word_for_word(_LUXEMBOURGISH_ENGLISH),
        (re.compile(r"\s{2,}"), " "),
        _according_to_last(),
        _the_the(),
        _us_foreign_minister(),
        *_in_english_at_last(),
        # "did Xi to Blinken propose": the one something was done to put after the verb
        (
            re.compile(
                r"\bdid\s+(?P<who>[^,?]+?)\s+(?P<to>to\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+(?P<verb>[a-z]+)$"
            ),
            r"did \g<who> \g<verb> \g<to>",
        ),
        (re.compile(r"\bwhich\s+the\s+"), "which "),  # "which the Chinese official", "which the US president"
    )


# Luxembourgish's own words ("huet", "gesot", "iwwer", "wiem", "wéini", "laang", "getraff"), none of them German's
# ("hat", "gesagt", "über", "wem", "wann", "lange", "getroffen") or Dutch's ("heeft", "gezegd", "over", "wanneer")
_LUXEMBOURGISH_WORDS = _lazy_pattern(
    r"\b(?:huet|hunn|gesot|gesoot|iwwer|wiem|w[ée]ini|laang|getraff|begéint|reunioun|firwat|wisou|w[ée]isou|gouf"
    r"|goufen|ernimmt|n[äa]ischt|eppes|d[ëe]sen|d[ëe]sem|w[ée]i\s*vill|w[ée]i\s*eng\w*|mam|vum|geschwat|geschriwwen"
    r"|publiz[ée]iert|propos[ée]iert|virgeschloen|geschitt|stattfonnt|gaangen|gereest|kascht|stonnen|m[ëe]nscherechter"
    r"|auss[e]?minister\w*|chinesesch\w*|amerikanesch\w*|gespr[ée]icher|gespr[ée]ich|s[ëe]tzung|l[äa]nner|zitater"
    r"|d['’]\s*(?:reunioun|gespr|s[ëe]tzung|usa|ukrain|zeitung|prinzip|presidenten|l[äa]nner))\b"
    r"|^(?:wat|wien|wou|w[ée]ini)\s+(?:ass|as|war|huet|hunn|sot|seet|kascht|fir|gouf|g[ëe]tt)\b|^wat\s+sot\b"
    r"|^wat\s+(?:soll|sollen|muss|mussen)\b"
    r"|^an\s+(?:de|den|d['’])\s*(?-i:[A-Z])\w*(?:\s+(?-i:[A-Z])\w*)?\W*$",
    re.I,
)


# How readers ask in Yiddish typed in Latin letters (YIVO's spelling, or near it), with English words: "Vos hot Blinken
# gezogt vegn Taiwan?" (what has Blinken said about Taiwan), "Ver hot gezogt az …?" (who said that …), "Ven hobn zikh
# Xi un Blinken getrofn?" (when did Xi and Blinken meet: "zikh" is the verb's "each other"), "Vu iz geven di
# bagegenish?" (where was the meeting), "Vi lang hobn di shmuesn gedoyert?" (how long did the talks last), "Vifl
# printsipn hot Xi forgeshlogn?" (how many principles did Xi propose). Its past is "hot" (has) or "iz" (is) with a
# participle at the end of the clause ("gezogt", said; "getrofn", met; "geshribn", written), the doer between them; a
# yes-or-no question opens on the helping verb ("Hot Xi gezogt az …?": did Xi say that …); "vegn" is "about", "tsu"
# "to", "un" "and", "mit" "with", "fun" "of", "keyn" "to" before a place, "nokh" "after", "az" "that", "der", "di",
# "dem" and "dos" "the". Its "vos", "ver" and "vu" are Spanish's "you", "see" and French's "seen", its "ven" Spanish's
# "come": the book is read only when a shape of Yiddish's own is there ("gezogt", "getrofn", "dermont", "vegn", "vos
# hot", "ver iz", "vifl", "vi lang", "farvos").
_YIDDISH_NAMES = {
    "(?-i:Khine|Chine|Kine)": "China", "(?-i:Amerike)": "America", "(?-i:Rusland|Rusland)": "Russia",
    "(?-i:Peking|Beidzhing|Bejdzhing)": "Beijing", "(?-i:Taivan|Tayvan)": "Taiwan",
    "(?:di\\s+)?(?-i:Fareynikte\\s+Shtatn|Fareynikte\\s+Shtaatn)": "the US", "(?-i:Kalifornye)": "California",
}  # fmt: skip
_YIDDISH_ARTICLE = r"(?:(?:der|di|dem|dos|a|an)\s+)?"
# Its titles and nouns, with the words around them, put into English before its shapes are read
_YIDDISH_THINGS = {
    f"loyt\\s+{_YIDDISH_ARTICLE}artikl": "according to the article",
    f"in\\s+{_YIDDISH_ARTICLE}artikl": "in the article",
    "(?:der|dem)\\s+dozikn\\s+artikl|(?:der|dem)\\s+artikl\\s+do": "this article",
    f"{_YIDDISH_ARTICLE}artikl": "the article",
    "(?:der\\s+|dem\\s+)?(?:oysern|oysn|oysland)[- ]?minister|oyslendisher\\s+minister"
    "|minister\\s+fun\\s+oysere\\s+inyonim": "foreign minister",
    "(?:der\\s+|dem\\s+)?(?:shtats|shtaats)[- ]?sekretar": "secretary of state",
    "(?:der\\s+|dem\\s+)?prezident": "president", "(?:der\\s+|dem\\s+)?(?:firer|onfirer|lider)": "leader",
    "(?:der\\s+|dem\\s+)?minister": "minister", "(?:der\\s+|dem\\s+)?(?:shprekher|portparol)": "spokesperson",
    "(?:der\\s+|dem\\s+)?(?:mekhaber|shrayber|avtor)": "author",
    # the meeting and the talks, with the words before them that say when ("nokh der bagegenish": after the meeting)
    f"nokh\\s+{_YIDDISH_ARTICLE}(?:bagegenish|tsuzamentref|trefung|zitsung)": "after the meeting",
    f"(?:far|farn)\\s+{_YIDDISH_ARTICLE}(?:bagegenish|tsuzamentref|trefung|zitsung)": "before the meeting",
    f"beshas\\s+{_YIDDISH_ARTICLE}(?:bagegenish|tsuzamentref|trefung|zitsung)": "during the meeting",
    f"nokh\\s+{_YIDDISH_ARTICLE}(?:shmuesn|farhandlungen|geshprekhn)": "after the talks",
    f"{_YIDDISH_ARTICLE}(?:bagegenish|tsuzamentref|trefung|zitsung)": "the meeting",
    f"{_YIDDISH_ARTICLE}(?:shmuesn|farhandlungen|geshprekhn|ongeredungen)": "the talks",
    "mentshn[- ]?rekht|mentshlekhe\\s+rekht": "human rights", "handl": "trade", "printsipn": "principles",
    "(?:di\\s+)?(?:batsiungen|batsiung|relatsyes)": "the relationship", "partners|partnyorn|shutfim": "partners",
    "rivaln|konkurentn": "rivals", "zey\\s+(?:zoln|darfn)\\s+zayn": "they should be",
    "(?:zoln|darfn)\\s+zayn": "should be",
    "di\\s+tsvey\\s+lender": "the two countries", "lender": "countries", "shoen|sho": "hours", "minutn": "minutes",
    "epes": "anything", "(?:dos\\s+|der\\s+)?(?:amt|shtele|pozitsye|titl)": "title",
    "(?:an\\s+)?organizatsye": "organisation", "tsitatn": "quotes", "zayt\\s+azoy\\s+gut|bite": "please",
}  # fmt: skip
# Its small words: "vegn" (about), "tsu" (to), "un" (and), "mit" (with), "fun" (of), "keyn" (to a place), "az" (that)
_YIDDISH_ENGLISH = {
    "vegn|vegen|iber": "about", "tsu": "to", "keyn": "to", "un": "and", "mit": "with", "fun": "of", "az": "that",
    "nokh": "after", "in": "in", "oykh": "also", "akhuts": "besides", "etre": "between",
    "der|dem|dos|di(?=\\s+(?-i:[a-z]))": "the", "tsvey": "two", "dray": "three", "fir": "four", "finf": "five",
}  # fmt: skip
_YIDDISH_SAID = r"(?:gezogt|gezagt|dertseylt|derklert|ongezogt)"
_YIDDISH_MET = r"(?:(?:zikh\s+)?(?:getrofn|getrofen|bagegnt|bagegent)(?:\s+zikh)?)"
_YIDDISH_HAS = r"(?:hot|hobn|iz|zaynen|zenen)"
# What was done, asked how many or whether ("forgeshlogn": proposed)
_YIDDISH_DONE = {
    "forgeshlogn": "propose", "forgelegt": "propose", "forgeleygt": "propose", "ongebotn": "propose",
    "dermont": "mention",
    "geshribn": "write", "ongezogt": "announce",
}  # fmt: skip
_YIDDISH_NAME = r"(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?"


@cache
def _yiddish() -> _Shapes:
    name, said, met, has = _YIDDISH_NAME, _YIDDISH_SAID, _YIDDISH_MET, _YIDDISH_HAS
    done = "|".join(_YIDDISH_DONE)
    return (
        _after_the_question(),
        (re.compile("[’`´‘]"), "'"),
        # "Un …", "Nu, …" (and, well) before the question; "Un vos mit Wang Yi?": what about Wang Yi
        (re.compile(r"^(?:un|nu|ober)\s*,?\s+(?=(?:vos|ver|vemen|ven|vu|vifl|vi|farvos|mit|far|hot|iz)\b)", re.I), ""),
        (re.compile(rf"^vos\s+(?:iz\s+)?mit\s+(?P<who>{name})$", re.I), r"what about \g<who>"),
        *_word_for_word(_YIDDISH_NAMES),
        *_word_for_word(_YIDDISH_THINGS),
        *_word_for_word(_YIDDISH_ENGLISH),
        _according_to_last(),
        # "Vos hot men gezogt about Taiwan?", "Vos iz gezogt gevorn about Taiwan?": what was said about Taiwan
        (
            re.compile(
                rf"^vos\s+(?:hot\s+men\s+{said}|iz\s+{said}\s+gevorn|iz\s+gevorn\s+{said})(?P<rest>\s+about\s+[^,?]+)?$",
                re.I,
            ),
            r"what was said\g<rest>",
        ),
        # "the talks of Wang Yi with Blinken": the talks between Wang Yi and Blinken
        (
            re.compile(
                rf"\b(?P<thing>the\s+(?:talks|meeting))\s+of\s+(?P<one>{name})\s+(?:with|and)\s+(?P<other>{name})\b"
            ),
            r"\g<thing> between \g<one> and \g<other>",
        ),
        # "Vos zaynen geven the three principles vos Xi hot forgeleygt?": which three principles did Xi propose
        (
            re.compile(
                rf"^vos\s+(?:zaynen|zenen|iz|zaynen\s+dos)\s+geven\s+the\s+(?P<thing>[^,?]+?)\s+(?:vos|that)\s+(?P<who>[^,?]+?)\s+"
                rf"{has}\s+(?P<done>{done})$",
                re.I,
            ),
            lambda match: (
                f"which {match.group('thing')} did {match.group('who')} {_YIDDISH_DONE[match.group('done').lower()]}"
            ),
        ),
        # "With velkhn Chinese minister hot Blinken zikh getrofn besides Xi?": which Chinese minister did Blinken meet
        (
            re.compile(
                rf"^(?:with\s+)?velkh\w*\s+(?P<what>[^,?]+?)\s+{has}\s+(?:zikh\s+)?(?P<who>{name})\s+{met}"
                r"(?P<rest>\s+(?:besides|in|at|after|during)\s+[^,?]+)?$",
                re.I,
            ),
            r"which \g<what> did \g<who> meet\g<rest>",
        ),
        # "Vos hot the article gezogt …?": what does the article say
        (
            re.compile(
                rf"^vos\s+(?:hot|zogt)\s+(?P<who>(?:this|the)\s+article)(?:\s+{said})?(?P<rest>\s+about\s+[^,?]+)?$",
                re.I,
            ),
            r"what does \g<who> say\g<rest>",
        ),
        # "Vos hot Blinken gezogt about Taiwan (to Xi, after the meeting)?": what did Blinken say …
        *_what_said(rf"vos\s+{has}", said, "about"),
        # "…, the one who received Blinken in Beijing?", "…, der vos …": who is meant said again after the question,
        # its title enough to name them
        (
            re.compile(
                r"^(?P<asked>what\s+did\s+[^,?]+?\s+say),\s+(?:the\s+one|der\s+vos|di\s+vos|yener)\s+(?:who|that|vos)?\s*.+$",
                re.I,
            ),
            r"\g<asked>",
        ),
        # "Ver hot gezogt az …?": who said …
        (
            re.compile(rf"^ver\s+(?:hot\s+)?{said}\s*,?\s+(?:that\s+)?(?!about\b)(?P<said>.+)$", re.I),
            r"who said \g<said>",
        ),
        # "Ven hobn zikh Xi and Blinken getrofn?", "Vu hot Blinken getrofn Xi?": when (where) did … meet
        (
            re.compile(
                rf"^(?P<asked>ven|vu)\s+{has}\s+(?:zikh\s+)?(?P<who>[^,?]+?)\s+{met}"
                rf"(?:\s+(?:with\s+)?(?P<whom>{name}))?(?P<where>\s+in\s+[^,?]+)?$",
                re.I,
            ),
            lambda match: (
                f"{'when' if match.group('asked').lower() == 'ven' else 'where'} did {match.group('who')} meet"
                + (f" {match.group('whom')}" if match.group("whom") else "")
                + (match.group("where") or "")
            ),
        ),
        # "Vu iz geven the meeting?", "Vu hot the meeting forgekumen?": where (when) did the meeting take place
        (
            re.compile(
                rf"^(?P<asked>ven|vu)\s+{has}\s+(?:geven\s+|forgekumen\s+)?(?P<what>the\s+[^,?]+?)"
                r"(?:\s+(?:geven|forgekumen|opgehaltn|gevorn|pasirt|farbrakht))?$",
                re.I,
            ),
            lambda match: (
                f"{'when' if match.group('asked').lower() == 'ven' else 'where'} did {match.group('what')} take place"
            ),
        ),
        # "Vi lang hobn the talks gedoyert?", "Vifl hours hobn the talks gedoyert?": how long (how many hours)
        (
            re.compile(
                rf"^(?P<asked>vi\s+lang|vifl\s+hours|vifl\s+tsayt)\s+{has}\s+(?P<what>[^,?]+?)\s+(?:gedoyert|gedoyernt|gedauert|ongehaltn)$"
                rf"|^(?P<asked2>vi\s+lang|vifl\s+hours|vifl\s+tsayt)\s+{has}\s+(?:gedoyert|gedoyernt|gedauert|ongehaltn)\s+(?P<what2>[^,?]+)$",
                re.I,
            ),
            lambda match: (
                ("how many hours" if "hours" in (match.group("asked") or match.group("asked2")).lower() else "how long")
                + f" did {_with_the(match.group('what') or match.group('what2'))} last"
            ),
        ),
        # "Vifl principles hot Xi forgeshlogn?": how many principles did Xi propose
        (
            re.compile(rf"^vifl\s+(?P<thing>\S+)\s+{has}\s+(?P<who>[^,?]+?)\s+(?P<done>{done})$", re.I),
            lambda match: (
                f"how many {match.group('thing')} did {match.group('who')} {_YIDDISH_DONE[match.group('done').lower()]}"
            ),
        ),
        # "Vifl kost Super Saver?": how much does Super Saver cost
        (
            re.compile(r"^vifl\s+(?:gelt\s+)?(?:kost|kostn)\s+(?P<what>[^,?]+)$", re.I),
            lambda match: f"how much does {_with_the(match.group('what'))} cost",
        ),
        # "Ver iz Wang Yi?": who is Wang Yi
        (re.compile(rf"^ver\s+iz\s+(?P<who>{name}|the\s+[^,?]+)$", re.I), r"who is \g<who>"),
        # "Far velkher organisation arbet Wang Yi?": which organisation does Wang Yi work for
        (
            re.compile(
                r"^(?:far|bay|in)\s+velkh\w*\s+(?P<employer>\w+)\s+(?:arbet|arbetn)\s+(?P<who>[^,?]+)$"
                r"|^(?P<who2>[^,?]+?)\s+(?:arbet|arbetn)\s+(?:far|bay|in)\s+velkh\w*\s+(?P<employer2>\w+)$",
                re.I,
            ),
            lambda match: (
                f"which {match.group('employer') or match.group('employer2')} does "
                f"{match.group('who') or match.group('who2')} work for"
            ),
        ),
        # "Vos far a title hot Wang Yi?", "Vos iz Wang Yi's title?": what is Wang Yi's title
        (
            re.compile(
                r"^vos\s+(?:far\s+(?:an?\s+)?)?title\s+(?:hot|farnemt)\s+(?P<who>[^,?]+)$"
                r"|^vos\s+iz\s+(?:the\s+)?(?P<owner>[^,?]+?)['’]s\s+title$|^vos\s+iz\s+(?:the\s+)?title\s+of\s+(?P<of>[^,?]+)$",
                re.I,
            ),
            _title_asked,
        ),
        # "With vemen hot zikh Blinken getrofn in Beijing?", "Vemen hot Blinken getrofn?": who did Blinken meet
        (
            re.compile(
                rf"^(?:with\s+)?vemen\s+{has}\s+(?:zikh\s+)?(?P<who>[^,?]+?)\s+{met}(?P<where>\s+(?:in|at|after|during)\s+[^,?]+)?$",
                re.I,
            ),
            r"who did \g<who> meet\g<where>",
        ),
        (re.compile(rf"^ver\s+{has}\s+{met}\s+(?:with\s+)?(?P<whom>[^,?]+)$", re.I), r"who met \g<whom>"),
        # "Farvos iz Blinken geforn to Beijing?": why did Blinken go to Beijing
        (
            re.compile(
                rf"^farvos\s+{has}\s+(?P<who>{name})\s+(?:geforn|gekumen|gegangen|gefloygn)\s+(?:to\s+|in\s+)?(?P<place>[^,?]+)$",
                re.I,
            ),
            r"why did \g<who> go to \g<place>",
        ),
        # "Ver hot geshribn the article?", "Ver hot the article geshribn?": who wrote the article
        (
            re.compile(r"^ver\s+hot\s+geshribn\s+(?P<what>[^,?]+)$|^ver\s+hot\s+(?P<what2>[^,?]+?)\s+geshribn$", re.I),
            lambda match: f"who wrote {match.group('what') or match.group('what2')}",
        ),
        # "Vos iz pasirt at the meeting?": what happened at the meeting
        (re.compile(r"^vos\s+iz\s+(?:geshen|pasirt|forgekumen)(?P<rest>.*)$", re.I), r"what happened\g<rest>"),
        # "Iz Rusland dermont gevorn?", "Hot men dermont Rusland?": was Russia mentioned
        (
            re.compile(
                r"^(?:iz|zaynen|zenen)\s+(?P<what>[^,?]+?)\s+dermont\s+gevorn(?:\s+in\s+the\s+article)?$"
                r"|^(?:hot\s+men|hot\s+the\s+article)\s+dermont\s+(?P<thing>[^,?]+?)(?:\s+in\s+the\s+article)?$"
                r"|^(?:hot\s+men|hot\s+the\s+article)\s+(?P<named>[^,?]+?)\s+dermont$",
                re.I,
            ),
            lambda match: f"was {match.group('what') or match.group('thing') or match.group('named')} mentioned",
        ),
        # "Hot Xi anything gezogt about Taiwan?": did Xi say anything about Taiwan; "Hot Xi gezogt that …?": did Xi
        # say that …; "Hot zikh Xi getrofn with Biden?": did Xi meet Biden
        (
            re.compile(
                rf"^hot\s+(?P<who>[^,?]+?)\s+(?:anything\s+{said}|{said}\s+anything)\s+(?P<about>about\s+[^,?]+)$", re.I
            ),
            r"did \g<who> say anything \g<about>",
        ),
        (
            re.compile(rf"^hot\s+(?P<who>[^,?]+?)\s+{said}\s*,?\s+that\s+(?P<said>.+)$", re.I),
            r"did \g<who> say that \g<said>",
        ),
        (
            re.compile(rf"^hot\s+(?:zikh\s+)?(?P<who>{name})\s+{met}\s+(?:with\s+)?(?P<whom>{name})$", re.I),
            r"did \g<who> meet \g<whom>",
        ),
        *_word_for_word(
            {
                "vos": "what",
                "ver": "who",
                "vemen": "whom",
                "ven": "when",
                "vu": "where",
                "vifl": "how many",
                "farvos": "why",
                "velkh\\w*": "which",
            }
        ),
        _the_the(),
        *_in_english_at_last(),
    )


# Yiddish's own shapes ("gezogt", "getrofn", "dermont", "vegn", "vos hot", "ver iz", "vifl", "vi lang", "farvos"), none
# of them German's ("gesagt", "getroffen", "erwähnt") or Luxembourgish's ("gesot", "getraff")
_YIDDISH_WORDS = _lazy_pattern(
    r"\b(?:gezogt|gezagt|getrofn|bagegnt|dermont|vegn|farvos|vifl|mentshn[- ]?rekht|bagegenish|shmuesn|forgeshlogn"
    r"|geshribn|gedoyert)\b|^\W*(?:(?:un|nu)\s+)?(?:vos|ver|vemen|ven|vu)\s+(?:hot|hobn|iz|zaynen|mit)\s"
    r"|^\W*(?:un\s+)?vi\s+lang\s+(?:hot|hobn)\b|^\W*(?:far|bay)\s+velkh\w*\s|^\W*vos\s+far\s+an?\s",
    re.I,
)

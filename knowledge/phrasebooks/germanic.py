"""Germanic phrasebooks: Swedish and Icelandic."""

from __future__ import annotations

import re
from functools import cache

from knowledge.phrasebooks.shapes import (
    _ANSWER_WORDS,
    _TWO_WORD_NAME,
    _according_to_last,
    _after_the_question,
    _in_english_at_last,
    _lazy_pattern,
    _plain_letters,
    _Shapes,
    _the_the,
    _us_foreign_minister,
    _what_it_costs,
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


def _icelandic_prepositions(text: str) -> str:
    """Its prepositions after the question's opening put into English ("Hvad sagdi Xi um Taivan": about)."""
    return re.sub(
        rf"\b(?:{'|'.join(_ICELANDIC_PREPOSITIONS)})\b(?=\s+\S)",
        lambda match: _ICELANDIC_PREPOSITIONS[match.group().lower()],
        text,
        flags=re.I,
    )


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

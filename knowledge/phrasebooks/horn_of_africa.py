"""Phrasebooks of the Horn of Africa: Somali, and Amharic typed in Latin letters."""

from __future__ import annotations

import re
from functools import cache

from knowledge.phrasebooks.shapes import (
    _ANSWER_WORDS,
    _after_the_question,
    _country_before_title,
    _how_long,
    _how_many_done,
    _in_english_at_last,
    _lazy_pattern,
    _past_participle,
    _Shapes,
    _the_the,
    _with_the,
    _word_for_word,
)
from knowledge.phrasebooks.verb_last import _verb_last, _VerbLast

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
        _after_the_question(),
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
        _the_the(),
        (
            re.compile(r"\bthe\s+(?P<title>politician|diplomat|official)\s+(?P<country>China|America|Russia|Japan)\b"),
            lambda match: f"the {_SOMALI_NATIONALITY[match.group('country')]} {match.group('title')}",
        ),  # "siyaasiga Shiinaha" (the politician of China): the Chinese politician
        *_in_english_at_last(),
    )


_SOMALI_WORDS = _lazy_pattern(
    r"^(?:muxuu|maxuu|maxay|maxaa|yaa|kuma|kumaa|goorma|goormuu|goormay|xaggee|halkee|imisa|immisa|meeqa|intee"
    r"|waa\s+kuma|sababta|maalintee|maalinma|saacadee)\b|\b(?:meeqa|imisa|immisa)\b|\b(?:waa\s+)?kumaa?\W*$"
    r"|\b(?:yiri|yidhi|yiraahdeen|sheegay|sheegtay|kulmay|kulmeen|kulantay|socday|socotay|kulanka|kulanku"
    r"|wada-?hadal\w*|noqdaan|maqaal\w*|yuu\s+la)\b",
    re.I,
)


# How readers ask in Amharic typed in Latin letters, with English words: "Xi sle Taiwan min ale?" (what did Xi say
# about Taiwan), "Blinken Beijing lay man gar tegenagne?" (whom did Blinken meet in Beijing), "sibsebaw lemin yahl gize
# fejje?" (how long did the meeting last), "partners mehon alebachew yale man new?" (who said they should be
# partners). Amharic puts its verb last, as Punjabi and Nepali do, and shares their shapes (verb_last.py); its small
# words come before the noun ("sle Taiwan": about Taiwan, "ke Blinken gar": with Blinken, "wede Beijing": to Beijing,
# "ye China": China's) or after it ("Beijing lay": in Beijing). Some of its words are English ones ("man": who, "min":
# what, "new": is, "yet": where, "sle": about), so it is read only when a question holds a word of its own
# ("tegenagne", "sibseba", "alebachew") or such words where English never puts them ("… man new?", "sle … min ale?").
# It asks with a cleft too ("Xi sint merhoch new yaqerebew?": how many principles is it that Xi proposed; "… meche
# new update yetederegew?": when is it that … was updated), and puts a relative before its noun ("Xi yetegenagnew …
# diplomat": the diplomat who met Xi).
_AMHARIC_NAMES = {
    "(?-i:Chayna|Chaina|Vayna)": "China", "(?-i:Amerika|Amerca)": "America", "(?-i:Rusya|Rasya)": "Russia",
    "(?-i:Taywan)": "Taiwan", "(?-i:Beyjing|Bejing)": "Beijing",
}  # fmt: skip
_AMHARIC_THINGS = {
    "(?:ye\\s+)?wuch\\s+gud(?:ay|dai|ai)\\s+minister": "foreign minister",
    "prezidant|prezident|pirezidant|perezidant|pirezident": "president",
    "tek(?:e|i)?lay\\s+minister": "prime minister", "meri": "leader", "[qk]al\\s+abay": "spokesperson",
    "bales[ie]ltan": "official", "gazeteg?na|gazetenya": "journalist",
    "(?:yih|yhe|yh)(?=\\s+(?:article|tsihuf\\w*|zena\\w*|sib?seba\\w*|sebseba\\w*))": "this",
    "sib?seba\\w*|sebseba\\w*|sibsiba\\w*": "the meeting", "w[iu]yiyit\\w*|dirdi?r\\w*": "the talks",
    "seat|se['’]at|saat|seatoch|seatat": "hours", "merhoch|merhowoch": "principles",
    "hulet\\s+(?:agerat|hageroch|hagerat)": "the two countries", "agerat|hageroch|hagerat": "countries",
    "tsihuf\\w*|tsuhuf\\w*|zena\\w*": "the article", "agarinet|agarnet": "partners",
    "te[qk]anaq?agn\\w*|tekanakagn\\w*": "rivals", "gingunet|ginyunet": "relations",
    "ginign?et(?:u|achew|achin)?|gingunetu": "the relationship", "chigir\\w*|chigr\\w*": "problem", "wana": "main",
    # what was done, and what someone did, said as a relative ("yaqerebew": that he proposed)
    "aqerebe|asqemete|aqerbu|ya[qk]erebe(?:w|ut|achew|u)?|ye[qk]erebew": "propose aderege",
    "teneg(?:a|e)g(?:ro|re|ere|eru|eren)\\s+neber\\w*": "had talked",
    "teneg(?:a|e)g(?:ere|re|eru|erech|erachew)": "talked",
}  # fmt: skip
_AMHARIC_SAID = (
    r"(?:ale|alu|alech|alachew|alachu|tenagere|tenagre|tenageru|tenagerech|negere|negerew|negeru|negerut|negerech"
    r"|negerachew)"
)
_AMHARIC = _VerbLast(
    by="",
    about=r"(?:sle|sile|sla|sela|s['’]le)\s+(?P<topic>.+?)",
    what=r"(?:min|mn|mindin|mndn|mindn)",
    said=_AMHARIC_SAID,
    who_said=(
        r"(?:(?:yale|yalew|yalech|yalu|yalut)\s+man(?:\s+(?:new|nachew|nat))?"
        r"|man\s+(?:new\s+)?(?:yale|yalew|yalech|ale|alu))"
    ),
    that=r"(?:blo|bilo|belo|yemil|ende)",
    who_said_that=r"man\s+(?:new\s+)?(?:yale|yalew|ale)(?:\s+(?:ende|that))?",
    whom=r"(?:(?:ke\s*)?man\s+gar|manin|mann?en)",
    who=r"man",
    met=r"(?:tegenagne|tegenagn|tegenagnu|tegenagnech|tegenagnew|tegenagnachew|tegenagnetu|agegne|agegnew|agegnut)",
    how_long=r"(?:le\s*)?(?:min\s+yahl|minyahl|sint)\s+(?:gize|gizie)|lemin\s+yahl\s+gize",
    how_many_hours=r"(?:le\s*)?(?:sint|min\s+yahl)\s+hours",
    lasted=r"(?:fejje|feje|fejebet|fejjebet|fejebachew|wesede|wesedebet|qoye|qoyu|qoyech|kebere)",
    when=r"(?:meche|mechie|mech)",
    where=r"(?:yet|yetu|yeti)",
    took_place=r"(?:tekahede|tekahedech|tekahedu|yetekahedew|neber|hone|honech|new)",
    how_many=r"(?:sint|snt)",
    did=r"(?:aderege|adergu|aderegu|adrege|adergo|aderegech|aderegut)",
    how_much=r"(?:sint|snt)\s+(?:new|yaskefilal|yaskefelal|birr\s+new|yikefelal)",
    who_is=r"man\s+(?:new|nachew|nat|nachu|neber)",
    why=r"(?:lemin|lemn|lmn)(?!\s+yahl)",
    went=r"(?:hede|hedu|hedech|meta|metu|metach|yehedew)",
    happened=r"(?:min|mn)\s+(?:hone|tefetere|tekesete|neber)",
    about_what=r"(?:sle|sile)\s+(?:min|mn)\s+(?:new|yawral|yawerall|yinageral|yenageral)",
    mentioned=r"(?:tete[qk]s\w*|tenes\w*|mention\s+tederg\w*)",
    wrote=r"(?:man\s+(?:new\s+)?(?:yetsafew|yetsafut|tsafe|tsafew|tsafu)|(?:yetsafew|yetsafut)\s+man(?:\s+new)?)",
    article=r"(?:(?:this|the)\s+)*(?:article|news|story)",  # "yih tsihuf": this the article
    title=r"(?:maereg|mastaweq|hulaf|sira|shumet)\w*\s+(?:min|mn)\s+(?:new|neber)",
    which=r"(?:yetignaw|yetignoch|yetnaw|yetnochu|yetignochu)",
)
_AMHARIC_ENGLISH = {
    "ena": "and", "gar": "with", "hulu": "all", "enesu": "they", "esu": "he", "esua|eswa": "she", "gin": "but",
    "weyim": "or", "hulet": "two", "sost": "three", "ya": "that",
}  # fmt: skip
# What was done to something, an English verb before Amharic's passive ("update yetederegew": that was updated)
_AMHARIC_DONE_TO = r"(?:yetederege(?:w|ut|chiw)?|tederege|tedergual|tedergo\s+neber)"
_AMHARIC_NAME_ASKED = r"(?:sim|smu?|simu)\s+(?:man|min)\s+(?:yibalal|yibalu|yibalalu|new)"  # what … is called
_AMHARIC_ASKED = {"meche": "when", "mechie": "when", "mech": "when", "yet": "where", "yetu": "where"}
_AMHARIC_NAME = r"(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?"  # "ke Antony Blinken gar": after its preposition, two


@cache
def _amharic() -> _Shapes:
    return (
        _after_the_question(),
        (re.compile(r"(?<=[a-z])-(?:u|w|wa|itu|un|n)\b"), ""),  # "subscription-u": the subscription
        *_word_for_word(_AMHARIC_NAMES),
        *_word_for_word(_AMHARIC_THINGS),
        # "partners mehon alebachew": they should be partners
        (
            re.compile(
                r"\b(?:enesu\s+)?(?P<what>\S+)\s+(?:mehon|mehone|mehonu|mehan)\s+(?:alebachew|alebet|alebin|alebachu"
                r"|yigebachewal)\b",
                re.I,
            ),
            r"they should be \g<what>",
        ),
        # its prepositions, and the postpositions it puts after a place ("Beijing lay": in Beijing)
        (re.compile(rf"\b(?i:ke)\s+(?P<name>{_AMHARIC_NAME})\s+(?i:gar)\b"), r"with \g<name>"),
        # "ke Chinese Foreign Minister gar": with the Chinese Foreign Minister (a name of three words or four)
        (
            re.compile(r"\b(?i:ke)\s+(?P<name>(?:(?-i:[A-Z])[\w-]*\s+){2,3}?(?-i:[A-Z])[\w-]*)\s+(?i:gar)\b"),
            r"with \g<name>",
        ),
        (re.compile(rf"\b(?i:le|la|wede)\s+(?P<name>{_AMHARIC_NAME})"), r"to \g<name>"),
        (re.compile(r"\b(?i:ye)-?\s*(?P<us>US|USA)\s+(?=\w)"), "the US "),  # "ye US diplomat": the US diplomat
        (re.compile(rf"\b(?i:ye)-?\s*(?P<name>{_AMHARIC_NAME})\s+(?=\w)"), r"\g<name>'s "),
        (re.compile(r"\b(?i:be)(?:-|\s+)?(?=(?-i:[A-Z])[a-z])"), "in "),  # "be Beijing", "be-Beijing", "beBeijing"
        (re.compile(rf"\b(?i:sle|sile)\s+(?P<name>{_AMHARIC_NAME})"), r"about \g<name>"),  # "… min ale sle Taiwan"
        (re.compile(r"\b(?P<name>(?-i:[A-Z])[\w-]*)\s+(?i:lay|wust|wst|wist)\b"), r"in \g<name>"),
        (
            re.compile(r"\b(?P<thing>the\s+(?:meeting|talks|article))\s+(?:lay|wust|wst|lie)\b", re.I),
            r"at \g<thing>",
        ),
        (
            re.compile(r"\bke\s+(?P<thing>the\s+(?:meeting|talks))\s+(?:behuala|bahuala|behwala)\b", re.I),
            r"after \g<thing>",
        ),
        # "Xi yetegenagnew ye US diplomat": the US diplomat who met Xi (the relative before its noun)
        (
            re.compile(
                rf"\b(?P<whom>{_AMHARIC_NAME})\s+(?:yetegenagne(?:w|ut|chiw|achew)|yagegne(?:w|ut))\s+"
                r"(?P<who>(?:the\s+(?:US\s+|American\s+|Chinese\s+)?|\S+['’]s\s+)?\S+)",
                re.I,
            ),
            r"\g<who> who met \g<whom>",
        ),
        # "Xi sint merhoch new yaqerebew?": how many principles is it that Xi proposed (a cleft, its "new" set aside)
        (re.compile(r"\b(?P<asked>sint|snt)\s+(?P<thing>(?!new\b)\S+)\s+new\s+(?=\S)", re.I), r"\g<asked> \g<thing> "),
        # "tsihufu meche new update yetederegew?": when was the article updated
        (
            re.compile(
                rf"^(?P<what>.+?)\s+(?P<asked>{'|'.join(_AMHARIC_ASKED)})\s+(?:new\s+)?(?P<verb>[a-z]+)\s+"
                rf"{_AMHARIC_DONE_TO}$",
                re.I,
            ),
            lambda match: (
                f"{_AMHARIC_ASKED[match.group('asked').lower()]} was {_with_the(match.group('what'))} "
                f"{_past_participle(match.group('verb').lower())}"
            ),
        ),
        # "…, sim-u man yibalal?": what is his name; "ye Wang Yi sim man new?": what is Wang Yi's name
        (
            re.compile(rf"^(?P<first>[^,]+),\s*{_AMHARIC_NAME_ASKED}$", re.I),
            r"\g<first>, what is his name",
        ),
        (
            re.compile(rf"^(?P<who>.+?)(?:['’]s)?\s+{_AMHARIC_NAME_ASKED}$", re.I),
            r"what is the name of \g<who>",
        ),
        # "Blinken with China's Foreign Minister had talked": the verb put before what it was done with
        (
            re.compile(r"^(?P<who>[^,]+?)\s+(?P<with>with\s+[^,]+?)\s+(?P<verb>had\s+talked|talked)(?=\s*,|$)", re.I),
            r"\g<who> \g<verb> \g<with>",
        ),
        # "Blinken endemilew, …": according to Blinken, …; "… sifeta": when … is solved; "… min yihonal": what will
        # … be
        (
            re.compile(r"^(?P<who>[^,]+?)\s+(?:endemilew|endemil|endalew|endalu|endemilut|endemitilew)\s*,?\s*", re.I),
            r"according to \g<who>, ",
        ),
        (
            re.compile(r"(?P<start>^|,\s*)(?P<what>[^,]+?)\s+(?:sifeta|sifetu|sifetaw|sitefta)\b", re.I),
            r"\g<start>when \g<what> is solved,",
        ),
        (
            re.compile(r"(?P<start>^|,\s*)(?P<what>[^,]+?)\s+(?:min|mn)\s+(?:yihonal|yhonal|yihonall)$", re.I),
            r"\g<start>what will \g<what> be",
        ),
        *_verb_last(_AMHARIC),
        *_word_for_word(_AMHARIC_ENGLISH),
        (re.compile(r"\s{2,}"), " "),
        _the_the(),
        _country_before_title(),
        *_in_english_at_last(),
    )


_AMHARIC_WORDS = _lazy_pattern(
    r"\b(?:tegenagn\w*|agegn\w*|fejje|fejebet|sib?seba\w*|sebseba\w*|alebachew|mehon|lemin|yahl|meche|tete[qk]s\w*"
    r"|tsafe|tsafew|yetsafew|tsihuf\w*|w[iu]yiyit\w*|dirdir\w*|aderege|adergu|enesu|agarinet|mindin|tekahede"
    r"|maereg\w*|mastaweq\w*|hulaf\w*|negere(?:w|u|ut|ch|achew)?|yetedereg\w*|tedereg\w*|ya[qk]ereb\w*"
    r"|teneg[ae]g\w*|yetegenagn\w*|yagegn\w*|endemilew|endalew|sifeta|yihonal|yibalal|chigir\w*|ginign?et\w*)\b"
    # words that are English ones too ("SLE", "man", "min", "new"), counted only beside another of Amharic's
    r"|\b(?:sle|sile)\s.*\b(?:min|mn|ale|alu|alech|new)\W*$|\b(?:yale|yalew)\s+man\b|\bman\s+(?:new|nachew)\W*$"
    r"|\bman\s+gar\b|\b(?:min|mn)\s+(?:ale|alu|alech|alachew)\b|\bmin\s+hone\W*$|\bsint\s+(?:new|yaskefilal)\W*$",
    re.I,
)

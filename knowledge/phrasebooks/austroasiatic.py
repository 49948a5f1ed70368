"""Austroasiatic phrasebook: Khmer typed in Latin letters."""

from __future__ import annotations

import re
from functools import cache

from knowledge.phrasebooks.in_place import _in_place
from knowledge.phrasebooks.shapes import _after_the_question, _lazy_pattern, _Shapes, _word_for_word

# How readers ask in Khmer typed in Latin letters (each as they hear it: "niyeay", "niyay" or "nijay" for និយាយ, say),
# with English words: "Xi niyeay ey pi Taiwan?" (what did Xi say about Taiwan), "Blinken chuob nerng nak na nov
# Beijing?" (whom did Blinken meet in Beijing), "kechchaprachoum ban yoreh pel ponman?" (how long did the meeting
# last), "nak na niyeay tha trauv tae chea dei kou?" (who said they should be partners). Khmer puts its words in
# English's order and leaves its question word where the answer would stand ("Xi said what about Taiwan"): its words
# are put into English one for one, then the shapes it shares with Lao (in_place.py) put the question word first. A
# title is said before the country it serves ("rodthamontrei kar bartes Chen": China's foreign minister), the country's
# name standing for its people ("neak kar tout Amerik": the American diplomat). Read before texting's shorthand is
# spelled out.
_KHMER_NAMES = {
    "(?-i:Sahaakrat\\s+Amerik\\w*|Sahak\\s*Rath\\s+Amerik\\w*|Sahaak\\s*rath\\s+Amerik\\w*)": "the US",
    "(?-i:Amerik|Ameriq|Amerique)": "America", "(?-i:Chen|Chin)(?![\\w-])(?!\\s+(?-i:[A-Z]))": "China",
    "(?-i:Ruossi|Russi|Rusi|Russie)": "Russia", "(?-i:Cheponn|Japon|Chopon)": "Japan",
    "(?-i:Pakang|Pekang|Pekin|Beyjing)": "Beijing", "(?-i:Kampuchea|Kampouchea)": "Cambodia",
    "(?-i:Swiss|Suis|Souis)": "Switzerland", "(?-i:Tai\\s+Wan)": "Taiwan",
    "(?-i:Samut\\s+Chen\\s+Khang\\s+Tbong|Samoth\\s+Chen\\s+Khang\\s+Tbaung)": "the South China Sea",
}  # fmt: skip
# Its words put into English one for one (a phrase first, then the words in it), in the order read
_KHMER_ENGLISH = {
    # phrases that say what they ask as a whole
    "nov\\s+tae|nov\\s+te": "still",
    "yoreh\\s+pel\\s+ponman|yu\\s+pel\\s+ponman|yur\\s+pel\\s+ponman|yoreh\\s+ponman|yu\\s+ponman"
    "|chomnay\\s+pel\\s+ponman|chamnay\\s+pel\\s+ponman": "HOWLONG",
    "ponman\\s+(?:maong|moung|mong|maung)": "HOWMANYHOURS",
    "mean\\s+(?:ey|avey|avei)\\s+(?:kaoet|kert|koet|keut)\\s+(?:laeng|leng|loeng)|(?:ey|avey|avei)\\s+(?:kaoet|kert|koet)"
    "\\s+(?:laeng|leng|loeng)": "what happened",
    "(?:hetu|het|heitu)\\s+(?:ey|avey|avei|avi)|mech|mek|hetu\\s+avei\\s+ban\\s+chea": "why",
    "pel\\s+(?:na|naa)|nov\\s+pel\\s+(?:na|naa)|pelna|kal\\s+na": "when",
    "nov\\s+(?:eina|ena|kanleng\\s+na|tinakanleng\\s+na)|nov\\s+na|eina|kanleng\\s+na": "where",
    "(?:dambaung|dambong|domboung|dom\\s*boung)": "first", "(?:chong|chugn)\\s+(?:kraoy|kroy)": "last",
    "(?:kaset|kasaet|kasset|sarapordamean)\\s+na": "which newspaper",
    "(?:pi|ampi)\\s+mun|kal\\s+pi\\s+mun": "previously",
    "vinh|vign": "",
    "tikrong\\s+na|ti\\s+krong\\s+na|krong\\s+na": "which city", "(?:thngai|tngai|tngay)\\s+na": "which day",
    "(?:nak|neak|anak|nek)\\s*na|ke\\s+na": "who",
    "(?:ey|avey|avei|avi|arai|ei)\\s+(?:khlah|klah|khlas)": "what",
    "trauv\\s+tae|trov\\s+tae|trov\\s+te|trauv\\s+te|kuor\\s+tae|kuo\\s+tae": "should",
    "chab\\s+(?:phderm|pdaem|phdaem)\\s+mean\\s+(?:sthirapheap|sthettheraphap)|mean\\s+sthirapheap\\s+laeng"
    "|chab\\s+(?:phderm|pdaem)\\s+sthet\\s+sthere": "are beginning to stabilise",
    "(?:kraoy|kroy|krouy)\\s+(?:kechchaprachoum|kech\\s*prachum|kechprochum|kar\\s+chuob)": "after the meeting",
    "(?:mun|mune)\\s+(?:kechchaprachoum|kech\\s*prachum|kechprochum|kar\\s+chuob)": "before the meeting",
    "(?:knong|kanong)\\s+(?:pel\\s+)?(?:kechchaprachoum|kech\\s*prachum|kar\\s+chuob)": "during the meeting",
    "(?:nov\\s+)?(?:dermdomboung|derm\\s+domboung|daem\\s+dambaung)\\s+(?:nai|ney)\\s+(?:kar\\s+)?(?:pipeaksa|pibaksa)":
        "at the start of the talks",
    "(?:tam|team)\\s+(?:atthabot|attabot|atabot)": "according to the article",
    "rodthamontrei\\s+(?:krosuong\\s+)?(?:kar\\s+)?(?:bartes|bortes|borotes|bor\\s+tes)|rathamontrey\\s+(?:krosuong\\s+)?"
    "(?:kar\\s+)?(?:bartes|bortes|borotes)": "foreign minister",
    "rodthamontrei|rathamontrey|rodtha\\s+montrei|roatmontrei": "minister",
    "prathanathibdei|prathean\\s+athibdei|prathean\\s+athipadey|prathanathipadey|brathean\\s+athibadei": "president",
    "neayok\\s+rodthamontrei|neayuk\\s+rathamontrey": "prime minister",
    "(?:neak|nak|anak)\\s+(?:kar\\s+tout|kartout|kar\\s+tut)": "diplomat", "(?:neak|nak|anak)\\s+kasaet": "journalist",
    "(?:neak|nak|anak)\\s+(?:niped|nipoan|sarsei)": "author", "mantrei|montrei": "official",
    "(?:neak|nak|anak)\\s+(?:duk|dek)\\s+noam|meadeknoam": "leader", "phnhaev|phnhieu": "guest",
    "kechchaprachoum|kech\\s*prachum|kechprochum|kech\\s+pra\\s+choum|kar\\s+chuob|prachum": "meeting",
    "kar\\s+(?:pipeaksa|pibaksa|pipeak\\s*sa)": "talks", "dam\\s*nar\\s*mok|domnaer": "visit",
    "(?:atthabot|attabot|atabot|ot\\s*thabot)\\s+(?:nih|nis|ni)": "this article",
    "atthabot|attabot|atabot|ot\\s*thabot|pordamean|portmean": "article",
    "sith\\s+mnous|setthi\\s+monuss|sethi\\s+manuss|sith\\s+manus": "human rights",
    "pheanijjakam|pheanichakam|pheanijakam": "trade", "kolkar|kollkar|kol\\s+kar|kolakar": "principles",
    "prates|prathes|bros": "countries", "tomnak\\s+tomnong|tomnaktomnong|tumnak\\s+tumnong": "relations",
    "dei\\s+kou|daikou|dai\\s+kou|tei\\s+kou|dey\\s+kou": "partners",
    "kou\\s+prachaeng|kouprachaeng|kou\\s+prachang": "rivals", "pheap\\s+khos\\s*(?:knea|khnea)": "differences",
    "vineaphoal|kar\\s+reek\\s+chomreun": "progress", "tamnaeng|domnaeng|tamneng": "title",
    "kar\\s+akphivoat|akphivoat": "development", "kar\\s+gaamtrong|gaamtrong": "support",
    "kec\\s+sahaprateabatkar|sahaprateabatkar": "cooperation", "kar\\s+korop|korop": "respect",
    "setthakech": "economy", "pipoplok": "world", "panhha": "problem", "kechkhetkhom": "efforts",
    "kechprom\\s+prieng|kichprom\\s+prieng": "agreement", "santesok": "security", "songkream": "war",
    "santipheap": "peace", "teanakamm": "sanctions", "rodthaphibal": "government", "anakot": "future",
    "vichchemean": "positive", "avichchemean": "negative", "kataa": "factors",
    "kar\\s+koen\\s+laeng|koen\\s+laeng": "increasing", "dohsray": "solved", "chbas": "clear",
    "maong|moung|mong|maung": "hours",
    # its words
    "niyeay|niyay|niyai|nyeay|nijay|niyeiy|thlaeng|thleng|tlaeng": "say", "prap|prab": "tell",
    "chuob|chuop|choub|juob|jub|juab|totuol|tatuol|tot\\s+tuol|tor\\s+tuol": "meet",
    "pipeaksa|pibaksa|pipeak\\s*sa": "discuss", "sarsei|sorsir|sarser|sorsei|sarsey": "write",
    "(?:chenh|chhen|chen)\\s+phsay|phsay|bahpum\\s+phsay": "publish", "kae\\s+samruol|kae\\s+samrul": "update",
    "lerk\\s+laeng|lerk\\s+leng|lerk\\s+yok\\s+mok\\s+niyeay": "mention",
    "sne|snae|snoeu|leuk\\s+laeng": "propose", "thvoeu|tver|twer|thveu": "do", "teou|tov|tow|tou": "go",
    "prarpruet|propruet|prapreut": "happen", "kan": "hold", "chea": "as",
    "(?:ey|avey|avei|avi|arai)": "what", "ponman|ponma|bonman|bonma|pon\\s+man": "how many",
    "ompi|ampi|om\\s+pi|am\\s+pi|pi\\s+reuong|pi": "about", "nerng|neung|ning|nung|neng": "with",
    "jamuoy|chea\\s+muoy|cheamuoy|chamuoy": "with", "nov|nou|now|knong": "in", "kraoy|kroy": "after",
    "mun": "before", "tha": "that", "nih|nis": "this", "noh": "that", "puok\\s*ke|pouk\\s+keh": "they",
    "knea|khnea|kna": "each other", "mean": "have", "trauv\\s+ban": "was", "ban": "did", "tae|tea": "whether",
    "te|teh|reu\\s+te|ru\\s+te|reu\\s+ot|dae\\s+reu\\s+te": "or not", "ot|min": "not", "muoy|mouy": "one",
    "pi(?=\\s+(?:kolkar|principles))": "two", "bei": "three", "buon": "four", "pram": "five",
}  # fmt: skip


@cache
def _khmer() -> _Shapes:
    return (
        _after_the_question(),
        (re.compile(r"\bpi\s+(?=(?:kolkar|kollkar|kolakar)\b)", re.I), "TWO "),
        *_word_for_word(_KHMER_NAMES),
        *_word_for_word(_KHMER_ENGLISH),
        *_in_place(r"chos|chuh|hey|oh"),
    )


_KHMER_WORDS = _lazy_pattern(
    r"\b(?:niyeay|niyay|niyai|nyeay|nijay|chuob|chuop|choub|juob|kechchaprachoum|kech\s*prachum|kechprochum"
    r"|(?:nak|neak|anak)\s*na|ponman|bonman|yoreh\s+pel|atthabot|attabot|rodthamontrei|rathamontrey"
    r"|prathanathibdei|sarsei|sorsir|pipeaksa|kolkar|tomnak\s+tomnong|dei\s+kou|daikou|trauv\s+tae|trov\s+tae"
    r"|hetu\s+(?:ey|avey|avei)|pel\s+na|nov\s+na|kaoet\s+laeng|lerk\s+laeng|tamnaeng|kaset\s+na|totuol)\b"
    r"|\b(?:say|niyeay|prap)\s+(?:ey|avey|avei)\b|\bprap\b.*\btha\s+(?:ey|avey|avei)\b",
    re.I,
)

"""South Slavic phrasebooks: Serbian and Croatian (and Bosnian), and Bulgarian, typed in Latin letters."""

from __future__ import annotations

import re
from functools import cache

from knowledge.phrasebooks.shapes import (
    _ANSWER_WORDS,
    _CZECH_FIRST_NAME,
    _CZECH_NAME,
    _OFFICE,
    _according_to_last,
    _after_the_question,
    _asked_before,
    _how_long,
    _how_many_done,
    _in_english_at_last,
    _lazy_pattern,
    _plain_letters,
    _Shapes,
    _the_the,
    _what_it_costs,
    _what_said,
    _why_done,
    _with_the,
    _word_for_word,
    _works_for,
)

# How readers ask in Serbian or Croatian (or Bosnian) typed in Latin letters, often without č, ć, š and ž and with
# English words: "Šta je Xi rekao o Tajvanu?" (what did Xi say about Taiwan), "Ko je rekao da …" (who said …), "S kim
# se Blinken sastao u Pekingu?" (whom did Blinken meet in Beijing), "Koliko je trajao sastanak?" (how long did the
# meeting last), "ministar spoljnih poslova Kine" (China's foreign minister), "predsednik Si" (President Xi). A name
# declined after a preposition, or as the one spoken to, is read in its own form ("o Tajvanu": about Taiwan, "sa
# Blinkenom": with Blinken, "Blinkenu": to Blinken), as the Czech book reads its names, and Serbian names of places
# and people as the English ones ("Peking", "Si Đinping"). Read before texting's shorthand is spelled out ("u
# Pekingu": in Beijing, not "you") and before Hawai'i Pidgin, whose "da" (the) is Serbian's "that" ("rekao da …").
# Croatian is read by the same book, with its own words beside Serbian's: "Tko je rekao da bi trebali biti partneri?"
# (who said they should be partners), "S kime se sastao Blinken?", "Je li Tajvan spomenut?" (was Taiwan mentioned),
# "državni tajnik" (secretary of state), "glasnogovornik" (spokesperson), "tijekom sastanka" (during the meeting),
# "Vjeruje li Xi da …" (does Xi believe that …), "Koje zemlje su na popisu?" (which countries are on the list).
# Bosnian is read by it too, with its own words beside the other two's: "Šta je rečeno o Tajvanu?" (what was said
# about Taiwan), "Da li je Xi rekao da …" (did Xi say that …), "O kojim temama su razgovarali Xi i Blinken?" (what did
# Xi and Blinken talk about; "o kojim principima": which principles), "U kojoj organizaciji radi Wang Yi?" (which
# organisation does Wang Yi work for), "Kojeg dana su se sastali?" (on which day did they meet), "odnosi počinju da se
# stabilizuju" (relations are beginning to stabilise), "O kojim se pitanjima SAD i Kina ne slažu?" (what do the US and
# China disagree on), "Da li je razgovor bio neproduktivan?" (was the talk unproductive), "šef kineske diplomatije"
# (the head of Chinese diplomacy: the Chinese foreign minister), "sedmica" (week), "historija" (history).
_SERBIAN_MARKED = (("c", "čć"), ("s", "š"), ("z", "ž"))
_SERBIAN_PLACES = {
    "(?-i:Si\\s+(?:Dj|D|Dz)inping\\w*)": "Xi Jinping", "(?-i:Si(?:ja|ju|jem)?)": "Xi",
    "(?-i:Vang\\s+Ji\\w*)": "Wang Yi", "(?-i:Tajvan\\w*)": "Taiwan", "(?-i:Peking\\w*)": "Beijing",
    "(?-i:Juzn\\w*\\s+kinesk\\w*\\s+mor\\w*)": "the South China Sea", "(?-i:Kin(?:a|e|i|u|om))": "China",
    "(?-i:Ameri(?:k(?:a|e|i|u|om)|ci))": "America",
    "(?-i:SAD)": "the US", "(?-i:Sjedinjen\\w*\\s+(?:Americk\\w*\\s+)?Drzav\\w*)": "the United States",
    "(?-i:Rusij(?:a|e|i|u|om))": "Russia", "(?-i:Ukrajin(?:a|e|i|u|om))": "Ukraine",
    "(?-i:Vasington\\w*)": "Washington", "(?-i:Bajden\\w*)": "Biden", "(?-i:Kalifornij\\w*)": "California",
    "(?-i:Srbij\\w*)": "Serbia", "(?-i:Sangaj\\w*)": "Shanghai", "(?-i:Japan\\w*)": "Japan",
    "(?-i:Moskv\\w*)": "Moscow", "(?-i:Evrop\\w*|Europ\\w*)": "Europe", "(?-i:Severn\\w*\\s+Kore\\w*)": "North Korea",
    "(?-i:Juzn\\w*\\s+Kore\\w*)": "South Korea",
}  # fmt: skip
_CROATIAN_PLACES = {"(?-i:Xi(?:ja|ju|jem))": "Xi", "(?-i:Wang\\s+Yi(?:ja|ju|jem))": "Wang Yi"}
# Bosnian's words, and the ones it shares that the Serbian table has no English for: "ljudskim pravima" (human rights
# declined), "počinju da se stabilizuju" (are beginning to stabilise), "sedmica" (week)
_BOSNIAN_ENGLISH = {
    "ljudsk\\w*\\s+prav\\w*": "human rights", "pocinju\\s+(?:da\\s+)?(?:se\\s+)?": "are beginning to ",
    "pocinje\\s+(?:da\\s+)?(?:se\\s+)?": "is beginning to ",
    "pocel[ia]\\s+(?:su\\s+)?(?:da\\s+)?(?:se\\s+)?|poceo\\s+(?:je\\s+)?(?:da\\s+)?(?:se\\s+)?": "began to ",
    "stabiliz\\w*": "stabilise", "sedmic\\w*": "week", "historij\\w*": "history", "hiljad\\w*": "thousand",
    "razlik\\w*": "differences", "nesporazum\\w*": "misunderstandings", "napret\\w*|napredak": "progress",
    "(?:prema|po|u)\\s+(?:clanku|tekstu)": "according to the article", "pitanj\\w*": "issues",
    # what a talk or a meeting was, asked yes or no ("Da li je razgovor bio neproduktivan?": was the talk unproductive)
    "neproduktiv\\w*": "unproductive", "produktiv\\w*": "productive", "nekonstruktiv\\w*": "unconstructive",
    "konstruktiv\\w*": "constructive", "neuspje[sš]\\w*|neuspe[sš]\\w*": "unsuccessful",
    "uspje[sš]\\w*|uspe[sš]\\w*": "successful", "negativ\\w*": "negative", "opsir\\w*|detalj\\w*": "extensive",
}  # fmt: skip
_CROATIAN_ENGLISH = {
    "drzavn\\w*\\s+tajni\\w*": "the secretary of state", "glasnogovorni\\w*": "the spokesperson",
    "duznosni\\w*": "the official", "celni\\w*": "the leader", "bi\\s+trebal[ie]\\s+biti": "they should be",
    "ne\\s+bi\\s+(?:smjel|trebal)[aeio]?\\s+biti": "should not be",
    "bi\\s+(?:smjel|trebal)[aeio]?\\s+biti": "should be",
    "ne\\s+bi\\s+(?:smjel|trebal)[aeio]?": "should not", "bi\\s+(?:smjel|trebal)[aeio]?": "should",
    "tocn\\w*\\s+rijeci": "the exact words", "rijeci": "words", "tijekom": "during", "poslije": "after",
    "svijeta|svjeta": "of the world", "su\\s+bil[aei]": "were", "ministri|ministre": "ministers",
    "gospodarstv\\w*": "economies", "vjeruje": "believe", "obje": "both",
}  # fmt: skip
# The nouns a Bosnian "o kojim …" (about which …) asks of that say no more than "what" ("o kojim temama": about which
# topics, what)
_BOSNIAN_WHAT_ABOUT = ("tem", "pitanj", "stvar", "stvarim")


def _bosnian_talked_about(match: re.Match[str]) -> str:
    """ "O kojim temama su razgovarali Xi i Blinken?": what did Xi and Blinken talk about; "O kojim principima je
    govorio Xi?": which principles did Xi talk about (its noun put into English by the book's table after); without
    the one who talked ("O kojim pitanjima je razgovarano?"), what was discussed."""
    noun = match.group("what")
    asked = "what" if noun.lower().startswith(_BOSNIAN_WHAT_ABOUT) else f"which {noun}"
    who = match.group("who") or match.group("subject")
    if who:
        return f"{asked} did {who} talk about"
    return "what was discussed" if asked == "what" else f"{asked} were discussed"


def _bosnian_agreed_on(match: re.Match[str]) -> str:
    """ "O kojim se sve pitanjima SAD i Kina ne slažu?": what do the US and China disagree on; "o kojim principima …":
    which principles (its noun put into English by the book's table after)."""
    noun = match.group("what")
    asked = "what" if noun.lower().startswith(_BOSNIAN_WHAT_ABOUT) else f"which {noun}"
    agree = "disagree" if match.group("not") else "agree"
    return f"{asked} do {match.group('who')} {agree} on{match.group('rest') or ''}"


# What a Croatian or Serbian reader asks works for: "Za koju organizaciju radi Wang Yi?" (which organisation …)
_SERBIAN_EMPLOYERS = {
    "organizacij": "organisation", "ministarstv": "ministry", "vlad": "government", "instituci": "institution",
    "tvrtk": "company", "firm": "company", "kompanij": "company", "novin": "newspaper",
}  # fmt: skip
_SERBIAN_ENGLISH = {
    "ministr?\\w*\\s+(?:spoljnih|vanjskih)\\s+poslova|sef\\w*\\s+diplomatije": "the foreign minister",
    "drzavn\\w*\\s+sekretar\\w*": "the secretary of state", "ministar|ministra|ministru|ministrom": "the minister",
    "predsednik\\w*|predsjednik\\w*": "the president", "premijer\\w*": "the prime minister",
    "lider\\w*|vodj\\w*": "the leader", "portparol\\w*": "the spokesperson", "zvanicnik\\w*": "the official",
    "novinar\\w*": "the journalist", "diplomat\\w*": "the diplomat", "autor\\w*": "the author",
    "kinesko-americk\\w*": "China-US", "americko-kinesk\\w*": "US-China", "kinesk\\w*": "Chinese",
    "americk\\w*": "American", "rusk\\w*": "Russian",
    "(?:ovaj|ovom|ovog|taj|tom|tog)\\s+(?:clan\\w*|tekst\\w*)": "this article",
    "ovaj|ovom|ovog|ovoj|ovu|ove|ovi": "this", "taj|tom|tog|toj|ta": "the", "raspolozenj\\w*": "mood",
    "pozitivn?\\w*": "positive", "stav\\w*": "position", "paket\\w*": "plan", "godin\\w*": "years",
    "mesec\\w*": "months", "mogu|moze": "can", "stvarno": "really", "stabiliz\\w*": "stabilise",
    "resi|resen\\w*": "solved", "kad|kada": "when", "clan(?:ak|ku|ka|kom)|tekst(?:u|a)?": "the article",
    "sastan(?:ak|ka|ku|kom)|susret\\w*": "the meeting", "razgovor\\w*|pregovor\\w*": "the talks",
    "sati|sata|casova": "hours", "princip(?!al)\\w*|nacel\\w*": "principles",
    "treba\\s+da\\s+budu|trebalo\\s+bi\\s+da\\s+budu|trebaju\\s+biti|trebali\\s+bi\\s+biti|moraju\\s+(?:da\\s+budu|biti)":
        "they should be",
    "treba\\s+da|trebalo\\s+bi\\s+da": "should", "budu|biti": "be", "partner\\w*": "partners",
    "rival\\w*|suparnic\\w*|protivnic\\w*": "rivals", "odnos\\w*": "relations", "zemlje|zemalja|drzave": "countries",
    "trgovin\\w*": "trade", "ljudsk\\w*\\s+prava": "human rights", "pretplat\\w*": "the subscription",
    "stabiln\\w*": "stable", "dve|dva|dvije": "two", "tri": "three", "svi|sve|svih": "all", "obe|oba": "both",
    "najvec(?:i|a|e|ih|u|eg|oj)": "largest", "ekonomij(?:e|ama)": "economies", "ekonomij(?:a|u|i|om)": "economy",
    "sveta": "of the world", "veruje": "believe", "zajedno": "together", "napredova\\w*": "progress",
    "bogat\\w*": "rich", "tem(?:e|ama)": "topics", "tem(?:a|u|i|om)": "topic",
    "na\\s+(?:listi|popisu)(?=\\s+(?!(?:izmedju|medju|u|na|o|ili|i)\\b)\\w)": "on the list of",
    "na\\s+(?:listi|popisu)": "on the list", "list(?:a|e|i|u|om)|popis\\w*": "list", "izmedju": "between",
    "medju": "among", "uz": "with", "dobij(?:es|ete|e)|dobiva(?:s|te)?": "you get", "besplat\\w*": "free",
    "pristup\\w*(?=\\s+koj)": "access to", "pristup\\w*": "access", "novin(?:e|a|ama)": "newspapers",
    "citanj\\w*": "reading", "minut\\w*": "minutes",
    "koj(?:im|oj|em|ima|eg|ega|u|e|a|i)": "which",
    "citat\\w*|izjav\\w*": "quotes", "molim(?:\\s+te|\\s+vas)?": "please", "daj(?:te)?\\s+mi": "give me",
    "(?:reci|kazi)(?:te)?\\s+mi": "tell me", "tacn\\w*\\s+reci": "the exact words", "reci": "words",
    "o|povodom|u\\s+vezi\\s+sa?": "about", "(?-i:i)": "and", "ili": "or", "(?<!['’])(?:sa|s)": "with", "se": "",
    "tek": "only", "u": "in", "na": "at", "posle|nakon": "after", "pre|prije": "before", "tokom|za\\s+vreme": "during",
    "iz|od": "from", "ne": "not", "je": "is", "su": "are", "bio|bila|bilo|bili": "was", "oni|one": "they", "da": "that",
}  # fmt: skip
_SERBIAN_SAID = (
    r"(?:rekao|rekla|rekli|kazao|kazala|kazali|izjavio|izjavila|izjavili|porucio|porucila|govorio|govorila|tvrdio"
    r"|tvrdila|naveo|navela|rece|kaze|kazu)"
)
_SERBIAN_MET = r"(?:sastao|sastala|sastali|sastale|susreo|susrela|susreli|sreo|srela|sreli|nasao|nasla|nasli)"
_SERBIAN_TALKED = r"(?:razgovarao|razgovarala|razgovarali|pricao|pricala|pricali|pregovarao|pregovarali)"
_SERBIAN_LASTED = r"(?:trajao|trajala|trajalo|trajali|trajale|potrajao|potrajala|potrajali)"
_SERBIAN_ASKED = r"(?P<asked>kada|kad|gde|gdje)"
_SERBIAN_HELPER = r"(?:(?:je|su|se|sve|tacno|to)\s+)*"  # "se je", "su se", "je sve": the small words around a verb
_SERBIAN_WHY_DONE = {
    "otisao": "go", "otisla": "go", "dosao": "come", "dosla": "come", "putovao": "travel", "rekao": "say",
    "posetio": "visit", "sastao": "meet", "predlozio": "propose", "upozorio": "warn", "izjavio": "say",
    "otputovao": "travel", "otputovala": "travel", "posjetio": "visit",
}  # fmt: skip
# What a reader asks someone thinks: "Vjeruje li Xi da …" (does Xi believe that …)
_SERBIAN_THINKS = {
    "vjeruje": "believe", "veruje": "believe", "misli": "think", "smatra": "think", "tvrdi": "claim", "zna": "know",
    "ocekuje": "expect",
}  # fmt: skip
_SERBIAN_THINKS_WORDS = "|".join(_SERBIAN_THINKS)
_SERBIAN_DOING = {"citanje": "read", "pisanje": "write", "putovanje": "travel"}  # "treba za čitanje": take to read
_SERBIAN_DONE = {
    "predlozio": "propose", "predlozila": "propose", "predlozili": "propose", "pomenuo": "mention",
    "spomenuo": "mention", "naveo": "mention", "potpisao": "sign", "posetio": "visit", "izneo": "present",
    "najavio": "announce", "rekao": "say", "posjetio": "visit",
}  # fmt: skip


@cache
def _serbian() -> _Shapes:
    return (
        _after_the_question(),
        *_plain_letters(_SERBIAN_MARKED),
        (re.compile("đ"), "dj"),
        (re.compile("Đ"), "Dj"),
        *_word_for_word(_SERBIAN_PLACES),
        *_word_for_word(_CROATIAN_PLACES),
        (
            re.compile(rf"\b(?P<by>(?i:o|u|na|po|prema|k|ka|pri))\s+{_CZECH_FIRST_NAME}(?P<name>{_CZECH_NAME})u\b"),
            r"\g<by> \g<first>\g<name>",
        ),
        (
            re.compile(
                rf"\b(?P<by>(?i:sa|s|za|pred|nad|pod|medju|izmedju))\s+{_CZECH_FIRST_NAME}(?P<name>{_CZECH_NAME})(?:om|em)\b"
            ),
            r"\g<by> \g<first>\g<name>",
        ),
        (
            re.compile(
                r"\b(?P<by>(?i:od|do|iz|kod|bez|protiv|posle|nakon|tokom|oko|umesto))\s+"
                rf"{_CZECH_FIRST_NAME}(?P<name>{_CZECH_NAME})a\b"
            ),
            r"\g<by> \g<first>\g<name>",
        ),
        (re.compile(rf"\b(?P<name>{_CZECH_NAME})u\b"), r"to \g<name>"),  # "Šta je Vang Ji rekao Blinkenu?"
        (
            re.compile(r"\b(?P<by>(?i:sa|s))\s+(?P<name>(?:[A-Z][\w-]*\s+)?[A-Z][a-z]*[aeiouy])jem\b"),
            r"\g<by> \g<name>",
        ),
        (re.compile(rf"\b(?P<name>{_CZECH_NAME})(?:ov|ova|ovo|ove|ovi|ovog|ovom|ovu|ev|eva|evo|eve)\b"), r"\g<name>'s"),
        (re.compile(r",?\s+je\s*l(?:i)?\b.*$", re.I), ""),  # "…, je l bio pozitivan": a tag, "was it positive"
        (re.compile(r"\b(?:uopste|uopce|ustvari|zapravo|inace)\b,?\s*", re.I), " "),
        (re.compile(r"^\s+|\s+$"), ""),
        (
            re.compile(r"^(?:kakav|kakva|kakvo|kakvi|kakve)\s+(?:je|su)\s+(?:bio|bila|bilo|bili)\s+", re.I),
            "what was ",
        ),
        (re.compile(r"^(?:kakav|kakva|kakvo|kakvi|kakve)\s+(?:je|su)\s+", re.I), "what is "),
        # "Kojeg dana su se sastali Xi i Blinken?": on which day did Xi and Blinken meet
        (
            re.compile(
                rf"^(?:kog|kojeg|kojega)\s+dana\s+{_SERBIAN_HELPER}(?:{_SERBIAN_MET}\s+(?P<who>[^,?]+)"
                rf"|(?P<subject>[^,?]+?)\s+{_SERBIAN_HELPER}{_SERBIAN_MET})$",
                re.I,
            ),
            lambda match: f"on which day did {match.group('who') or match.group('subject')} meet",
        ),
        (re.compile(r"^(?:kog|kojeg)\s+dana\b", re.I), "what day"),
        (
            re.compile(
                rf"^(?:(?P<verb>{_SERBIAN_THINKS_WORDS})\s+li\s+(?P<who>.+?)|da\s+li\s+(?P<subject>.+?)\s+"
                rf"(?P<does>{_SERBIAN_THINKS_WORDS}))\s+da\s+",
                re.I,
            ),
            lambda match: (
                f"does {match.group('who') or match.group('subject')} "
                f"{_SERBIAN_THINKS[(match.group('verb') or match.group('does')).lower()]} that "
            ),
        ),
        (
            re.compile(
                r"^(?:a|i|pa)\s+(?=(?:sta|sto|ko|tko|s|sa|koga|kada|kad|gde|gdje|koliko|zasto|kako|o|u|da)\b)", re.I
            ),
            "",
        ),
        # "Da li je Xi rekao da …?", "Je li Xi rekao nešto o Tajvanu?", "Da li je Xi spomenuo Tajvan?": did Xi say that
        # …, did he say anything about Taiwan, did he mention Taiwan
        (
            re.compile(rf"^(?:da|je)\s+li\s+(?:je\s+)?(?P<who>[^,?]+?)\s+(?:je\s+)?{_SERBIAN_SAID}\s*,?\s+da\s+", re.I),
            r"did \g<who> say that ",
        ),
        (
            re.compile(
                rf"^(?:da|je)\s+li\s+(?:je\s+)?(?P<who>[^,?]+?)\s+(?:je\s+)?{_SERBIAN_SAID}\s+(?:nesto|ista|isto)\s+(?=o\s)",
                re.I,
            ),
            r"did \g<who> say anything ",
        ),
        (
            re.compile(
                r"^(?:da|je)\s+li\s+(?:je\s+)?(?P<who>(?-i:[A-Z])[^,?]*?)\s+(?:je\s+)?(?:s?pomenu(?:o|la|li)|naveo|navela)\s+"
                r"(?P<what>[^,?]+?)(?:\s+u\s+(?:clanku|tekstu))?$",
                re.I,
            ),
            r"did \g<who> mention \g<what>",
        ),
        # "Šta je rečeno o Tajvanu?": what was said about Taiwan; "Šta piše o Tajvanu u članku?": what does the article
        # say about it
        (
            re.compile(
                r"^(?:sta|sto)\s+(?:je|se)\s+(?:receno|reklo|kazano|govorilo|izjavljeno|napisano|pisalo)\s+"
                r"(?:u\s+(?:clanku|tekstu)\s+)?(?P<about>(?:o|povodom|u\s+vezi\s+sa?)\s+[^,?]+?)(?:\s+u\s+(?:clanku|tekstu))?$",
                re.I,
            ),
            r"what was said \g<about>",
        ),
        (
            re.compile(
                r"^(?:sta|sto)\s+(?:pise|se\s+kaze|kaze\s+(?:clanak|tekst))\s+(?:u\s+(?:clanku|tekstu)\s+)?"
                r"(?P<about>(?:o|povodom|u\s+vezi\s+sa?)\s+[^,?]+?)(?:\s+u\s+(?:clanku|tekstu))?$",
                re.I,
            ),
            r"what does the article say \g<about>",
        ),
        # "O kojim temama su razgovarali Xi i Blinken?": what did Xi and Blinken talk about
        (
            re.compile(
                rf"^o\s+(?:kojim|kakvim)\s+(?:se\s+)?(?:sve\s+)?(?P<what>\w+)\s+{_SERBIAN_HELPER}"
                rf"(?:(?P<subject>(?-i:[A-Z])[^,?]*?)\s+{_SERBIAN_HELPER})?"
                rf"(?:{_SERBIAN_TALKED}|govori(?:o|la|li)|raspravlja\w*|diskutova\w*|razgovarano|pregovarano)"
                r"(?:\s+(?P<who>[^,?]+))?$",
                re.I,
            ),
            _bosnian_talked_about,
        ),
        # "O kojim se sve pitanjima SAD i Kina ne slažu?": which issues do the US and China disagree on
        (
            re.compile(
                r"^o\s+(?:kojim|kakvim)\s+(?:se\s+)?(?:sve\s+)?(?P<what>\w+)\s+(?:se\s+)?(?P<who>[^,?]+?)\s+(?:se\s+)?"
                r"(?P<not>ne\s+)?(?:slazu|slaze|slagali|slagale|slozili|slozile|razilaze|razlikuju)(?:\s+se)?"
                r"(?P<rest>\s+(?:prema|po|u)\s+(?:clanku|tekstu))?$",
                re.I,
            ),
            _bosnian_agreed_on,
        ),
        # "Da li je Blinkenov razgovor s Wang Yijem bio neproduktivan?": was Blinken's talk with Wang Yi unproductive
        (
            re.compile(
                r"^(?:da|je)\s+li\s+(?:je\s+|su\s+)?(?P<what>[^,?]+?)\s+(?:je\s+|su\s+)?(?P<was>bio|bila|bilo|bili|bile)\s+"
                r"(?P<how>\w+)$",
                re.I,
            ),
            lambda match: (
                f"{'were' if match.group('was').lower() in ('bili', 'bile') else 'was'} "
                f"{match.group('what')} {match.group('how')}"
            ),
        ),
        # "šef kineske diplomatije" (the head of Chinese diplomacy): the Chinese foreign minister
        (re.compile(r"\bsef(?:a|u|om)?\s+(?P<of>[a-z]+)\s+diplomatij\w*", re.I), r"the \g<of> foreign minister"),
        # "U kojoj organizaciji radi Wang Yi?": which organisation does Wang Yi work for
        (
            re.compile(r"^u\s+(?:kojoj|kojem|kojim)\s+(?P<employer>\w+)\s+radi\s+(?P<who>.+)$", re.I),
            _works_for(_SERBIAN_EMPLOYERS),
        ),
        (
            re.compile(
                rf"^t?ko\s+{_SERBIAN_HELPER}{_SERBIAN_SAID}(?:\s+je)?\s*,?\s+(?:da\s+(?:su\s+|je\s+)?|that\s+)?", re.I
            ),
            "who said ",
        ),
        (
            re.compile(
                r"^t?ko\s+(?:je\s+)?(?:napisao|napisala|pise|autor)\s+(?:ovaj\s+|ovog\s+|taj\s+|tog\s+)?(?:clan|tekst)\w*$"
                r"|^t?ko\s+je\s+autor\w*(?:\s+(?:ovog\s+|tog\s+)?(?:clanka|teksta))?$",
                re.I,
            ),
            "who wrote the article",
        ),
        (re.compile(rf"^t?ko\s+{_SERBIAN_HELPER}{_SERBIAN_MET}\s+(?:sa|s|with)\s+", re.I), "who met "),
        (
            re.compile(
                r"^t?ko\s+je\s+(?:sreo|srela|primio|primila|video|videla|posetio|upoznao)\s+(?P<whom>.+?)(?:(?<=\w{4})a)?$",
                re.I,
            ),
            r"who met \g<whom>",
        ),
        (
            re.compile(
                rf"^(?:sa|s)\s+kime?\s+{_SERBIAN_HELPER}{_SERBIAN_MET}\s+{_SERBIAN_HELPER}(?P<who>.+?)"
                r"(?=\s+(?:u|na|in|posle|nakon|tokom|pre)\s|$)",
                re.I,
            ),
            r"who did \g<who> meet",
        ),
        (
            re.compile(rf"^(?:sa|s)\s+kime?\s+{_SERBIAN_HELPER}(?P<who>.+?)\s+{_SERBIAN_HELPER}{_SERBIAN_MET}\b", re.I),
            r"who did \g<who> meet",
        ),
        (
            re.compile(
                r"^koga\s+je\s+(?P<who>.+?)\s+(?:sreo|srela|video|videla|primio|primila|posetio|upoznao)\b", re.I
            ),
            r"who did \g<who> meet",
        ),
        (
            re.compile(
                r"^koga\s+je\s+(?:sreo|srela|video|videla|primio|primila|posetio|upoznao)\s+(?P<who>.+?)"
                r"(?=\s+(?:u|na|in)\s|$)",
                re.I,
            ),
            r"who did \g<who> meet",
        ),
        (
            re.compile(rf"^(?P<who>.+?)\s+{_SERBIAN_HELPER}{_SERBIAN_MET}\s+(?:sa|s)\s+kime?\b", re.I),
            r"who did \g<who> meet",
        ),
        (
            re.compile(
                rf"^(?:sa|s)\s+kime?\s+{_SERBIAN_HELPER}(?:{_SERBIAN_TALKED}\s+{_SERBIAN_HELPER}(?P<who>.+?)"
                rf"|(?P<subject>.+?)\s+{_SERBIAN_HELPER}{_SERBIAN_TALKED})(?=\s+(?:u|na|in|posle|nakon|tokom|pre)\s|$)",
                re.I,
            ),
            lambda match: f"who did {match.group('who') or match.group('subject')} talk with",
        ),  # "Sa kim je razgovarao Blinken?": who did Blinken talk with
        (
            re.compile(r"^kako\s+(?:je|su)\s+(?:prosao|prosla|proslo|prosli)\s+(?P<what>.+)$", re.I),
            r"how did \g<what> go",
        ),
        (
            re.compile(
                r"^(?:koji|koja|koje)\s+(?:su\s+|je\s+)?(?P<what>.+?)\s+(?:su\s+|je\s+)?(?:pomenut|spomenut)\w*"
                r"(?:\s+u\s+(?:clanku|tekstu))?$",
                re.I,
            ),
            r"which \g<what> were mentioned",
        ),
        (re.compile(r"^t?ko\s+(?:je\s+)?(?:bio|bila)\s+", re.I), "who was "),
        (re.compile(r"^t?ko\s+je\s+(?:taj|ta|to)\s+", re.I), "who is "),
        *_what_said(
            r"(?:sta|sto)",
            f"{_SERBIAN_HELPER}{_SERBIAN_SAID}",
            r"(?:o|about|povodom|u\s+vezi\s+sa?)",
            before_who=_SERBIAN_HELPER,
        ),
        (
            re.compile(rf"^(?P<who>[^,?]+?),?\s+(?:sta|sto)\s+(?:je\s+)?{_SERBIAN_SAID}\b(?P<rest>.*)$", re.I),
            r"what did \g<who> say\g<rest>",
        ),
        (
            re.compile(
                rf"^koliko\s+{_SERBIAN_HELPER}(?P<hours>sati|casova)\s+{_SERBIAN_HELPER}{_SERBIAN_LASTED}"
                r"(?:\s+(?P<what>.+))?$",
                re.I,
            ),
            _how_long,
        ),
        (
            re.compile(
                rf"^koliko\s+{_SERBIAN_HELPER}(?:dugo\s+|vremena\s+)?{_SERBIAN_HELPER}{_SERBIAN_LASTED}"
                r"(?:\s+(?P<what>.+))?$",
                re.I,
            ),
            _how_long,
        ),
        (
            re.compile(rf"^koliko\s+{_SERBIAN_HELPER}(?:dugo\s+)?(?P<what>.+?)\s+{_SERBIAN_LASTED}$", re.I),
            _how_long,
        ),
        (
            re.compile(
                rf"^{_SERBIAN_ASKED}\s+{_SERBIAN_HELPER}{_SERBIAN_MET}\s+(?P<who>.+?)\s+(?:sa|s|with)\s+(?P<whom>.+)$",
                re.I,
            ),
            r"\g<asked> did \g<who> meet \g<whom>",
        ),
        (re.compile(rf"^{_SERBIAN_ASKED}\s+{_SERBIAN_HELPER}{_SERBIAN_MET}$", re.I), r"\g<asked> did they meet"),
        (
            re.compile(rf"^{_SERBIAN_ASKED}\s+{_SERBIAN_HELPER}{_SERBIAN_MET}\s+(?P<who>.+)$", re.I),
            r"\g<asked> did \g<who> meet",
        ),
        (
            re.compile(
                rf"^{_SERBIAN_ASKED}\s+{_SERBIAN_HELPER}(?P<who>.+?)\s+{_SERBIAN_HELPER}{_SERBIAN_MET}\s+(?:sa|s|with)\s+"
                r"(?P<whom>.+)$",
                re.I,
            ),
            r"\g<asked> did \g<who> meet \g<whom>",
        ),
        (
            re.compile(rf"^{_SERBIAN_ASKED}\s+{_SERBIAN_HELPER}(?P<who>.+?)\s+{_SERBIAN_HELPER}{_SERBIAN_MET}$", re.I),
            r"\g<asked> did \g<who> meet",
        ),
        (
            re.compile(
                rf"^{_SERBIAN_ASKED}\s+{_SERBIAN_HELPER}(?:odrzan[aoi]?|odrzao|odrzala|odrzali)\s+(?:se\s+)?(?P<what>.+)$",
                re.I,
            ),
            r"\g<asked> was \g<what> held",
        ),
        (
            re.compile(rf"^{_SERBIAN_ASKED}\s+{_SERBIAN_HELPER}(?:bio|bila|bilo|bili)\s+(?P<what>.+)$", re.I),
            r"\g<asked> was \g<what>",
        ),
        (re.compile(r"^(?:kada|kad)\b", re.I), "when"),
        (re.compile(r"^(?:gde|gdje)\b", re.I), "where"),
        (
            re.compile(
                rf"^koliko\s+(?:je\s+)?(?P<thing>\S+)\s+(?:je\s+)?(?P<done>{'|'.join(_SERBIAN_DONE)})\s+(?P<who>.+)$",
                re.I,
            ),
            _how_many_done(_SERBIAN_DONE),
        ),
        (re.compile(r"^koliko\s+(?:kosta|je\s+cena|iznosi)\s+(?P<what>.+)$", re.I), r"how much does \g<what> cost"),
        # "Koliko vremena treba za čitanje …": how long does it take to read …
        (
            re.compile(
                r"^koliko\s+(?:(?P<time>vremena)|(?P<what>\w+))\s+(?:treba|je\s+potrebno|trebaju)\s+za\s+"
                r"(?P<doing>citanje|pisanje|putovanje)\b",
                re.I,
            ),
            lambda match: (
                f"{'how long' if match.group('time') else 'how many ' + match.group('what')} does it take to "
                f"{_SERBIAN_DOING[match.group('doing').lower()]}"
            ),
        ),
        (re.compile(r"^koliko\b", re.I), "how many"),
        (
            re.compile(
                rf"^zasto\s+(?:je|su)\s+(?P<who>.+?)\s+(?:se\s+)?(?P<verb>{'|'.join(_SERBIAN_WHY_DONE)})\b(?P<rest>.*)$",
                re.I,
            ),
            _why_done(_SERBIAN_WHY_DONE, to="u"),
        ),  # "Zašto je Blinken otišao u Peking?": why did Blinken go to Beijing
        (re.compile(r"^zasto\b", re.I), "why"),
        (re.compile(r"^kako\b", re.I), "how"),
        (
            re.compile(
                r"^(?:koju|kakvu)\s+(?:duznost|funkciju|poziciju|titulu)\s+(?:obnasa|ima|vrsi|zauzima|obavlja)\s+"
                r"(?P<who>.+)$",
                re.I,
            ),
            r"what is \g<who>'s position",
        ),
        (
            re.compile(r"^za\s+(?:koju|koji|koje)\s+(?P<employer>\w+)\s+radi\s+(?P<who>.+)$", re.I),
            _works_for(_SERBIAN_EMPLOYERS),
        ),  # "Za koju organizaciju radi Wang Yi?": which organisation does Wang Yi work for
        (re.compile(r"^(?:koji|koja|koje|koju|kojim)\b", re.I), "which"),
        (re.compile(r"^(?:sta|sto)\s+(?:se\s+)?(?:desilo|dogodilo|desava|dogadja|zbilo)\b", re.I), "what happened"),
        (re.compile(r"^(?:sta|sto)\s+je\s+bilo\b", re.I), "what happened"),
        (
            re.compile(r"^o\s+cemu\s+(?:je|se\s+radi\s+u|govori|pise(?:\s+u)?)\s+(?P<what>.+)$", re.I),
            r"what is \g<what> about",
        ),
        (
            re.compile(r"^o\s+cemu\s+su\s+(?:razgovarali|pricali|govorili)\s+(?P<who>.+)$", re.I),
            r"what did \g<who> talk about",
        ),
        (
            re.compile(
                r"^(?:(?:da|je)\s+li\s+(?:je\s+|se\s+|su\s+)?)?(?:u\s+(?:clanku|tekstu)\s+)?"
                r"(?:pomenut|spomenut|pominje|spominje)\w*(?:\s+li)?(?:\s+se)?\s+"
                r"(?P<what>.+?)(?:\s+u\s+(?:clanku|tekstu))?$",
                re.I,
            ),
            r"was \g<what> mentioned",
        ),
        (
            re.compile(
                r"^(?:(?:da|je)\s+li\s+(?:je\s+|se\s+)?)?(?P<what>.+?)\s+(?:je\s+|se\s+|su\s+)?"
                r"(?:pomenut|spomenut|pominje|spominje)\w*"
                r"(?:\s+u\s+(?:clanku|tekstu))?$",
                re.I,
            ),
            r"was \g<what> mentioned",
        ),
        (re.compile(r"^t?ko\s+je\s+", re.I), "who is "),
        (re.compile(r"^(?:sta|sto)\s+je\s+", re.I), "what is "),
        (re.compile(r"^(?:sta|sto)\b", re.I), "what"),
        (re.compile(r"^t?ko\b", re.I), "who"),
        *_word_for_word(_BOSNIAN_ENGLISH),
        *_word_for_word(_CROATIAN_ENGLISH),
        *_word_for_word(_SERBIAN_ENGLISH),
        (re.compile(r"\s{2,}"), " "),
        (
            re.compile(
                rf"\b(?P<noun>talks|meeting|words|quotes|visit|relations|position|mood)\s+(?P<name>{_CZECH_NAME})a\b"
            ),
            r"\g<noun> of \g<name>",
        ),
        (re.compile(r"\b(?P<nationality>American|Chinese|Russian)\s+the\s+"), r"the \g<nationality> "),
        _the_the(),
        *_in_english_at_last(),
    )


_SERBIAN_WORDS = _lazy_pattern(
    r"^(?:(?:a|i|pa)\s+)?(?:[sš]ta|[sš]to|t?ko|s(?:a)?\s+kime?|koga|kada|kad|gd(?:j)?e|koliko|za[sš]to|kako"
    r"|o\s+[cč]emu|da\s+li|kakav|kakva|kakvo|kakvi|kakve|kog\s+dana|koji|koja|koje)\s+"
    r"(?=(?:.*\s)?(?:je|se|li|su|ko[sš]ta|ka[zž]e|ka[zž]u|re[cč]e|treba)\b)"
    r"|^(?:vjeruje|veruje|misli|smatra|tvrdi|zna|o[cč]ekuje)\s+li\s|\bpretplat\w*\b.*\bkoj(?:im|oj|em|ima|u|e|a|i)\b"
    r"|\b(?:rekao|rekla|rekli|izjavio|izjavila|sastao|sastala|sastali|sastan(?:ak|ku|ka)|trajao|trajala|trajali"
    r"|razgovarao|razgovarali"
    r"|trajalo|[cč]lan(?:ak|ku|ka)|pomenut\w*|spomenut\w*|pominje|spominje|re[cč]eno|razgovarano)\b"
    r"|^(?:(?:a|i|pa)\s+)?(?:o\s+(?:kojim|kakvim)|u\s+(?:kojoj|kojem)\s+\w+\s+radi)\s|\b[sš]ef\w*\s+\w+\s+diplomatij\w*"
    r"|^(?:za\s+)?(?:koju|kakvu)\s+(?:du[zž]nost|funkciju|poziciju|titulu|organizacij\w*|ministarstv\w*)\b",
    re.I,
)


# How readers ask in Bulgarian typed in Latin letters, with English words: "Kakvo kaza Xi za Taiwan?" (what did Xi
# say about Taiwan), "S kogo se sreshtna Blinken v Pekin?" (whom did Blinken meet in Beijing), "Kolko dalgo prodalzhi
# sreshtata?" (how long did the meeting last), "Koi kaza che triabva da sa partniori?" (who said they should be
# partners). Its letters are typed as chat types them and put into one spelling first: "ъ" as a, u or y ("dalgo",
# "dulgo"), "щ" as sht or 6t ("sreshta", "sre6ta"), "ш" as sh or 6, "ч" as ch or 4 ("4e": that), "я" as ya, ia or q
# ("tryabva", "trqbva"). Its article is put on the noun's end ("sreshtata": the meeting, "statiyata": the article), a
# name after "na" is the one spoken to ("Kakvo kaza Wang Yi na Blinken?": what did Wang Yi say to Blinken), and its
# names of places and people are read as the English ones ("Pekin", "Kitai", "SASHT", "Si Dzinpin"). Read before
# texting's shorthand is spelled out and before the Serbian book, which would take its "koga" (when) for Serbian's
# "whom", and before Hawai'i Pidgin, whose "da" (the) is Bulgarian's "to" ("tryabva da sa": should be).
_BULGARIAN_SPELLINGS = {
    "d[auy]lgo\\b": "dalgo", "prod[auy]l(?:zh|j|z)": "prodalzh", "sre(?:sht|st|sh)": "sresht",
    "tr[iy]?[aq]bva": "tryabva", "stati(?:[iy]?a|q)": "statiya", "d[auy]r(?:zh|j|z)av": "darzhav",
    "v[auy]n(?:sh|s)n": "vanshn", "minist[auy]r": "ministar", "s[auy]sto(?:ya|ia|q|i)": "sastoya",
    "za(?:sh|s)to\\b": "zashto", "be(?:sh|s)e\\b": "beshe", "sl[uy](?:ch|c)i": "sluchi", "s[auy]s\\b": "sas",
    "v[auy]v\\b": "vav", "(?:ch|c)e\\b": "che", "ko[iyj]\\b": "koi", "k[auy']de\\b": "kade", "kvo\\b": "kakvo",
    "t[auy]rgovi": "targovi", "s[auy]p[ae]rni(?:ts|c)": "saparnits", "partn(?:yo|io|'o|o|jo)r": "partnior",
    "za(?:ya|ia|ja)vi": "zayavi", "ob(?:ya|ia|ja)vi": "obyavi", "vi(?:dya|dia|dja)": "vidya",
    "razgovar[iy]?a": "razgovarya", "predlo(?:zh|j|z)": "predlozh", "(?:c|ts)enata": "tsenata",
    "organiza(?:ts|c)i": "organizatsi", "dl[auy](?:zh|j|z)nost": "dlazhnost", "chove(?:sh|s)k": "choveshk",
}  # fmt: skip
_BULGARIAN_NAMES = {
    "(?-i:Si\\s+Dzh?inpin\\w*)": "Xi Jinping", "(?-i:Si)": "Xi", "(?-i:Uan\\s+I|Van\\s+I)": "Wang Yi",
    "(?-i:Blink[aeuy]n)": "Blinken", "(?-i:Ba[iy]d[aeuy]n)": "Biden", "(?-i:Pekin\\w*)": "Beijing",
    "(?-i:Ta[iy]van\\w*)": "Taiwan", "(?-i:Yu(?:zh|j)nokita[iy]sk\\w*\\s+more)": "the South China Sea",
    "(?-i:Kita[iy](?:a|ya)?)": "China", "(?-i:SA(?:SHT|Sht|ShT|SHt|St|ST))": "the US", "(?-i:Amerika)": "America",
    "(?-i:Rusi(?:ya|ia|a))": "Russia", "(?-i:Ukra[iy]?na)": "Ukraine", "(?-i:Vashington\\w*)": "Washington",
    "(?-i:Kaliforni(?:ya|ia|a))": "California", "(?-i:B[auy]lgari(?:ya|ia|a))": "Bulgaria", "(?-i:Moskva)": "Moscow",
    "(?-i:Evrop(?:a|ata))": "Europe", "(?-i:Yaponi(?:ya|ia|a))": "Japan",
}  # fmt: skip
# Its titles, put into English before the shapes read the question ("ministarat na vanshnite raboti na Kitai": the
# foreign minister of China, its "na" not read as "at")
_BULGARIAN_TITLES = {
    "ministar\\w*\\s+na\\s+vanshnite\\s+raboti|vanshni\\w*\\s+ministar\\w*": "the foreign minister",
    "darzhav\\w*\\s+sekretar\\w*": "the secretary of state",
    "premier\\w*|ministar-predsedatel\\w*": "the prime minister", "ministar\\w*": "the minister",
    "prezident\\w*": "the president", "lider\\w*|rakovoditel\\w*": "the leader",
    "govoritel\\w*|pres-sekretar\\w*": "the spokesperson", "ofitsial\\w*|predstavitel\\w*": "the official",
    "zhurnalist\\w*": "the journalist", "diplomat\\w*": "the diplomat", "kita[iy]sk\\w*": "Chinese",
    "amerikansk\\w*": "American", "rusk\\w*": "Russian",
}  # fmt: skip
_BULGARIAN_ENGLISH = {
    "(?:tazi|tova|tozi)\\s+statiya\\w*": "this article", "statiyata": "the article", "statiya": "article",
    "(?:tazi|tova|tozi)\\s+sreshta\\w*": "this meeting", "sreshtata": "the meeting", "sreshti|sreshta": "meeting",
    "razgovorite|pregovorite": "the talks", "razgovori|pregovori": "talks", "chasa|chasove": "hours",
    "minuti": "minutes", "printsip\\w*|princip\\w*": "principles",
    "(?:te\\s+)?tryabva\\s+da\\s+(?:sa|badat|budat|bydat)": "they should be", "tryabva(?:\\s+da)?": "should",
    "partnior\\w*": "partners", "saparnits\\w*|rival\\w*": "rivals", "otnosheni\\w*": "relations",
    "dvete\\s+(?:darzhavi|strani)": "the two countries", "darzhavi|strani": "countries", "targovi\\w*": "trade",
    "choveshk\\w*\\s+prava": "human rights", "abonament\\w*": "the subscription", "vsichki": "all",
    "tsitat\\w*|citat\\w*": "quotes", "tochnite\\s+dumi": "the exact words", "dumi": "words", "molya": "please",
    "daj(?:te)?\\s+mi": "give me", "kazh(?:i|ete)\\s+mi": "tell me", "mezhdu": "between",
    "neshto": "anything", "avtor\\w*": "the author", "za|otnosno": "about", "(?-i:i)": "and", "ili": "or",
    "(?<!['’])(?:s|sas)": "with", "v|vav": "in",
    "po\\s+vreme\\s+na": "during", "na": "at", "sled": "after", "predi": "before", "ot": "from", "che": "that",
    "ne": "not", "e": "is", "sa": "are", "beshe|bil|bila|bilo": "was", "te": "they", "toi": "he", "tya": "she",
    "tazi|tova|tozi|tezi": "this", "se|li": "", "da": "to",
}  # fmt: skip
_BULGARIAN_SAID = (
    r"(?:kaza|kazal|kazala|kazali|kazaha|kazva|zayavi|zayavil|zayavila|spodeli|spodelil|otbelyaza|podcherta"
    r"|otgovori)"
)
_BULGARIAN_MET = r"(?:sreshtna|sreshtnal|sreshtnala|sreshtnali|sreshtnaha|vidya|vidyal|vidyaha)"
_BULGARIAN_TALKED = r"(?:razgovarya|razgovaryal|razgovaryaha|govori|govoril|govoriha)"
_BULGARIAN_LASTED = r"(?:prodalzhi|prodalzhiha|prodalzhava|prodalzhavat|trae|traya|traeshe)"
_BULGARIAN_HELPER = r"(?:(?:e|sa|se|li|beshe)\s+)*"  # "se e", "e li": the small words around a verb
_BULGARIAN_SEEN = r"(?:sreshtna|sreshtnal|vidya|vidyal|prie|priel|poseti|posreshtna)"  # met someone, without "se"
_BULGARIAN_ASKED = {"koga": "when", "kade": "where"}
_BULGARIAN_DONE = {
    "predlozhi": "propose", "predlozhil": "propose", "spomena": "mention", "spomenal": "mention", "podpisa": "sign",
    "obyavi": "announce", "posochi": "mention", "izbroi": "list",
}  # fmt: skip
_BULGARIAN_WHY_DONE = {
    "otide": "go", "otishal": "go", "zamina": "go", "patuva": "travel", "doyde": "come", "kaza": "say",
    "poseti": "visit", "sreshtna": "meet", "predlozhi": "propose",
}  # fmt: skip
_BULGARIAN_EMPLOYERS = {
    "organizatsi": "organisation", "ministerstv": "ministry", "pravitelstv": "government", "institutsi": "institution",
    "kompani": "company", "firm": "company", "vestni": "newspaper",
}  # fmt: skip


# What someone did, in a question that opens on "which" after a preposition ("V koi den Xi prie Blinken?": on which
# day did Xi meet Blinken), each aorist put into its English verb; the nouns asked "which" of, with the preposition
# English puts before each ("v koi den": on which day, "v koya sgrada": in which building, "v koi chas": at which
# time), and the whole a part of it is taken from ("ot sedmitsata": of the week)
_BULGARIAN_DID = {
    "prie": "meet", "priel": "meet", "priela": "meet", "sreshtna": "meet", "sreshtnal": "meet", "sreshtnaha": "meet",
    "poseti": "visit", "posetil": "visit", "napisa": "write", "napisal": "write", "predlozhi": "propose",
    "podpisa": "sign", "obyavi": "announce", "pristigna": "arrive", "zamina": "leave", "otide": "go",
    "doyde": "come", "kaza": "say", "publikuva": "publish",
}  # fmt: skip
_BULGARIAN_WHICH = {
    "den|dena|denya": ("on", "day"), "data|datata": ("on", "date"), "chas|chasa": ("at", "time"),
    "grad|grada": ("in", "city"), "sgrada|sgradata": ("in", "building"), "zala|zalata": ("in", "hall"),
    "mesets|mesetsa": ("in", "month"), "godina|godinata": ("in", "year"), "darzhava|darzhavata": ("in", "country"),
    "mesto|mestoto": ("in", "place"),
}  # fmt: skip
_BULGARIAN_WHOLE = {"sedmitsa": "week", "mesets": "month", "godina": "year", "den": "day"}
_BULGARIAN_BY = {
    "ot": "from", "do": "until", "sled": "after", "predi": "before", "za": "for", "s": "with", "sas": "with",
}  # fmt: skip
# What someone wants, thinks or expects, asked with "kakvo" (what): "A Blinken, kakvo iska dvete strani da izbegnat?"
# (and Blinken, what does he want the two countries to avoid), the verb's tense and person read off its ending
_BULGARIAN_WANTS = {
    "iska": ("does", "want"), "iskat": ("do", "want"), "iskashe": ("did", "want"), "iskal": ("did", "want"),
    "iskala": ("did", "want"), "iskali": ("did", "want"), "ochakva": ("does", "expect"), "ochakvat": ("do", "expect"),
    "ochakvashe": ("did", "expect"), "misli": ("does", "think"), "mislyat": ("do", "think"),
    "predlaga": ("does", "propose"), "predlagat": ("do", "propose"), "podkrepya": ("does", "support"),
    "podkrepi": ("did", "support"), "poiska": ("did", "ask for"), "poiskaha": ("did", "ask for"),
}  # fmt: skip
# A verb after "da" (to), its English: "da izbegnat" (to avoid), "da razreshat" (to resolve)
_BULGARIAN_TO_DO = {
    "izbegn\\w*|izbyagva\\w*": "avoid", "razresh\\w*": "resolve", "postign\\w*": "achieve",
    "stabiliz\\w*": "stabilise", "sadeistv\\w*|satrudnich\\w*": "cooperate", "podobr\\w*": "improve",
    "izyasn\\w*": "clarify", "obsad\\w*|obsazhda\\w*": "discuss", "b[auy]d(?:at|e|em|esh)|sa": "be",
}  # fmt: skip


def _bulgarian_which(match: re.Match[str]) -> str:
    """ "on which day of the week did Xi meet Blinken": the preposition English puts before the noun asked of."""
    noun = match.group("noun").lower()
    before, english = next(asked for forms, asked in _BULGARIAN_WHICH.items() if noun in forms.split("|"))
    by = (match.group("by") or "").lower()
    before = _BULGARIAN_BY.get(by, before) if by else ""
    whole = match.group("whole")
    of = f" of the {_BULGARIAN_WHOLE[whole.lower()]}" if whole else ""
    verb = _BULGARIAN_DID[(match.group("verb") or match.group("done")).lower()]
    whom = match.group("whom") or match.group("with")
    return (
        f"{before} which {english}{of} did {match.group('subject') or match.group('who')} {verb}"
        + (f" {whom}" if whom else "")
    ).lstrip()


def _bulgarian_wants(match: re.Match[str]) -> str:
    """ "what does Blinken want the two countries to avoid": "does" or "did" as the verb's ending says."""
    does, verb = _BULGARIAN_WANTS[match.group("verb").lower()]
    return f"what {does} {match.group('who')} {verb}{match.group('rest') or ''}"


def _how_long_of(match: re.Match[str]) -> str:
    """ "how long did the meeting last", the thing that lasted named before its verb or after it."""
    what = match.group("what") or match.group("thing")
    return f"how long did {_with_the(what) if what else 'it'} last"


@cache
def _bulgarian() -> _Shapes:
    said = f"{_BULGARIAN_HELPER}{_BULGARIAN_SAID}"
    met = f"{_BULGARIAN_HELPER}{_BULGARIAN_MET}(?:\\s+se)?"
    did = "|".join(_BULGARIAN_DID)
    wants = "|".join(_BULGARIAN_WANTS)
    named = r"(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)"  # "Blinken", "Wang Yi"
    return (
        _after_the_question(),
        # "6t", "6" and "4" in a word: щ, ш and ч; "q" after a letter: я
        (re.compile(r"(?<=[a-z])6t|\b6t(?=[a-z])", re.I), "sht"),
        (re.compile(r"(?<=[a-z])6|\b6(?=[a-z])", re.I), "sh"),
        (re.compile(r"(?<=[a-z])4|\b4(?=[a-z])", re.I), "ch"),
        (re.compile(r"(?<=[a-z])q(?!u)"), "ya"),
        *((re.compile(rf"\b{spelled}", re.I), one) for spelled, one in _BULGARIAN_SPELLINGS.items()),
        *_word_for_word(_BULGARIAN_NAMES),
        *_word_for_word(_BULGARIAN_TITLES),
        # "the foreign minister na China": of China; "na Blinken": to Blinken
        (
            re.compile(rf"\b(?P<title>(?i:{_OFFICE}))\s+(?i:na)\s+(?=(?-i:[A-Z])|the\s+US\b)"),
            r"\g<title> of ",
        ),
        (re.compile(r"\b(?i:na)\s+(?=(?-i:[A-Z])(?!(?:America|China|Russia|Ukraine|Europe|Taiwan)\b))"), "to "),
        (re.compile(r"^(?:a|i|ami)\s+(?=(?:kakvo|koi|koya|s|sas|kogo|koga|kade|kolko|zashto|kak|za)\b)", re.I), ""),
        (re.compile(r"\b(?:vsashtnost|vapreki\s+vsichko|vsashto|vsashtnost)\b,?\s*", re.I), ""),
        (re.compile(rf"^koi\s+{_BULGARIAN_HELPER}{_BULGARIAN_SAID}\s*,?\s+(?:che\s+|that\s+)?", re.I), "who said "),
        (
            re.compile(
                r"^koi\s+(?:e\s+)?(?:napisa|napisal)(?:\s+(?:tazi\s+|tova\s+|tozi\s+)?statiya\w*)?$"
                r"|^koi\s+e\s+avtor\w*(?:\s+na\s+(?:tazi\s+)?statiya\w*)?$",
                re.I,
            ),
            "who wrote the article",
        ),
        (re.compile(rf"^koi\s+{met}\s+(?:sas|s|with)\s+", re.I), "who met "),
        # "V koi den ot sedmitsata Xi prie Blinken?": on which day of the week did Xi meet Blinken
        (
            re.compile(
                r"^(?:(?P<by>v|vav|na|ot|do|sled|predi|za|s|sas)\s+)?(?:koi|koya|koe|kakav|kakva)\s+"
                rf"(?P<noun>{'|'.join(_BULGARIAN_WHICH)})(?:\s+(?:ot|na)\s+(?P<whole>{'|'.join(_BULGARIAN_WHOLE)})\w*)?\s+"
                rf"(?:{_BULGARIAN_HELPER}(?P<verb>{did})(?:\s+se)?\s+(?P<subject>.+?)(?:\s+(?:s|sas)\s+(?P<with>.+))?"
                rf"|(?P<who>.+?)\s+{_BULGARIAN_HELPER}(?P<done>{did})(?:\s+se)?(?:\s+(?:s\s+|sas\s+)?(?P<whom>.+))?)$",
                re.I,
            ),
            _bulgarian_which,
        ),
        # "A Blinken, kakvo iska …?", "Kakvo iska Blinken …?": what does Blinken want …
        *(
            (re.compile(shape, re.I), _bulgarian_wants)
            for shape in (
                rf"^(?:(?:a|i|ami)\s+)?(?P<who>[^,?]+?),\s+(?:kakvo|kvo)\s+(?P<verb>{wants})(?:\s+se)?(?P<rest>\s+.+)?$",
                rf"^(?:kakvo|kvo)\s+(?P<verb>{wants})(?:\s+se)?\s+(?P<who>{named})(?P<rest>\s+.+)?$",
                rf"^(?:kakvo|kvo)\s+(?P<who>{named})\s+(?P<verb>{wants})(?:\s+se)?(?P<rest>\s+.+)?$",
            )
        ),
        (
            re.compile(
                rf"^(?:sas|s)\s+kogo\s+{met}\s+{_BULGARIAN_HELPER}(?P<who>.+?)(?=\s+(?:v|vav|na|in|at|sled|predi|po)\s|$)",
                re.I,
            ),
            r"who did \g<who> meet",
        ),
        (re.compile(rf"^(?:sas|s)\s+kogo\s+{_BULGARIAN_HELPER}(?P<who>.+?)\s+{met}\b", re.I), r"who did \g<who> meet"),
        (
            re.compile(
                rf"^(?:sas|s)\s+kogo\s+{_BULGARIAN_HELPER}(?:{_BULGARIAN_TALKED}\s+{_BULGARIAN_HELPER}(?P<who>.+?)"
                rf"|(?P<subject>.+?)\s+{_BULGARIAN_HELPER}{_BULGARIAN_TALKED})(?=\s+(?:v|vav|na|in|at|sled|predi)\s|$)",
                re.I,
            ),
            lambda match: f"who did {match.group('who') or match.group('subject')} talk with",
        ),  # "S kogo razgovarya Blinken?": who did Blinken talk with
        (
            re.compile(
                rf"^kogo\s+{_BULGARIAN_HELPER}(?:{_BULGARIAN_SEEN}\s+(?P<who>.+?)|(?P<subject>.+?)\s+{_BULGARIAN_SEEN})"
                r"(?=\s+(?:v|vav|na|in|at)\s|$)",
                re.I,
            ),
            lambda match: f"who did {match.group('who') or match.group('subject')} meet",
        ),
        (
            re.compile(
                rf"^kakvo\s+{said}\s+(?P<who>[^,?]+?)\s+to\s+(?P<whom>[^,?]+?)\s+(?:za|otnosno)\s+(?P<topic>[^,?]+)"
                rf"{_ANSWER_WORDS}",
                re.I,
            ),
            r"what did \g<who> say to \g<whom> about \g<topic>\g<rest>",
        ),  # "Kakvo kaza Blinken na Xi za Taiwan?"
        *_what_said(
            r"kakvo",
            said,
            r"(?:za|about|otnosno|po\s+otnoshenie\s+na)",
            r"(?P<where>\s+(?:in|at|from|after|during|before|v|vav|na|sled|predi|po\s+vreme\s+na|ot)\s+[^,?]+)?",
            before_who=_BULGARIAN_HELPER,
        ),
        (
            re.compile(rf"^(?P<who>[^,?]+?),?\s+kakvo\s+{said}\b(?P<rest>.*)$", re.I),
            r"what did \g<who> say\g<rest>",
        ),
        (
            re.compile(rf"^kakvo\s+(?:e\s+)?(?:obyavi|obyavil|obyavila)\s+(?P<who>[^,?]+?){_ANSWER_WORDS}", re.I),
            r"what did \g<who> announce\g<rest>",
        ),
        (
            re.compile(
                r"^(?:kazal|kazala|kazali)\s+li\s+(?:e\s+|sa\s+)?(?P<who>[^,?]+?)\s+(?:neshto\s+)?(?:za|otnosno)\s+"
                rf"(?P<topic>[^,?]+){_ANSWER_WORDS}",
                re.I,
            ),
            r"did \g<who> say anything about \g<topic>\g<rest>",
        ),
        (
            re.compile(
                rf"^kolko\s+{_BULGARIAN_HELPER}(?P<hours>chasa|chasove)\s+{_BULGARIAN_HELPER}{_BULGARIAN_LASTED}"
                r"(?:\s+(?P<what>.+))?$",
                re.I,
            ),
            _how_long,
        ),
        (
            re.compile(
                rf"^kolko\s+(?:dalgo\s+|vreme\s+)?{_BULGARIAN_HELPER}{_BULGARIAN_LASTED}(?:\s+(?P<what>.+))?$"
                rf"|^(?:kolko\s+(?:dalgo|vreme)\s+)?(?P<thing>.+?)\s+(?:kolko\s+(?:dalgo|vreme)\s+)?"
                rf"{_BULGARIAN_HELPER}{_BULGARIAN_LASTED}$",
                re.I,
            ),
            _how_long_of,
        ),
        (
            re.compile(rf"^(?P<asked>koga|kade)\s+{met}\s+(?P<who>.+?)\s+(?:sas|s|with)\s+(?P<whom>.+)$", re.I),
            lambda match: _asked_before(
                _BULGARIAN_ASKED, match, f"did {match.group('who')} meet {match.group('whom')}"
            ),
        ),
        (
            re.compile(rf"^(?P<asked>koga|kade)\s+{met}(?:\s+(?P<who>.+))?$", re.I),
            lambda match: _asked_before(_BULGARIAN_ASKED, match, f"did {match.group('who') or 'they'} meet"),
        ),
        (
            re.compile(
                rf"^(?P<asked>koga|kade)\s+{_BULGARIAN_HELPER}(?P<who>.+?)\s+{met}(?:\s+(?:sas|s|with)\s+(?P<whom>.+))?$",
                re.I,
            ),
            lambda match: _asked_before(
                _BULGARIAN_ASKED,
                match,
                f"did {match.group('who')} meet" + (f" {match.group('whom')}" if match.group("whom") else ""),
            ),
        ),
        (
            re.compile(
                r"^(?P<asked>koga|kade)\s+(?:se\s+)?(?:sastoya|provede|e\s+provedena|beshe\s+provedena|mina)"
                r"(?:\s+se)?\s+(?P<what>.+)$",
                re.I,
            ),
            lambda match: _asked_before(_BULGARIAN_ASKED, match, f"did {match.group('what')} take place"),
        ),
        (
            re.compile(r"^(?P<asked>koga|kade)\s+(?:beshe|e|byaha|sa)\s+(?P<what>.+)$", re.I),
            lambda match: _asked_before(_BULGARIAN_ASKED, match, f"was {match.group('what')}"),
        ),
        (re.compile(r"^koga\b", re.I), "when"),
        (re.compile(r"^kade\b", re.I), "where"),
        (
            re.compile(
                rf"^kolko\s+(?P<thing>\S+)\s+(?:e\s+|sa\s+)?(?P<done>{'|'.join(_BULGARIAN_DONE)})\s+(?P<who>.+)$", re.I
            ),
            _how_many_done(_BULGARIAN_DONE),
        ),
        (
            re.compile(r"^kolko\s+(?:struva|e\s+tsenata\s+na)\s+(?P<what>.+)$|^(?P<thing>.+?)\s+kolko\s+struva$", re.I),
            _what_it_costs,
        ),
        (re.compile(r"^kolko\s+e\s+(?P<what>.+)$", re.I), r"how much is \g<what>"),
        (re.compile(r"^kolko\b", re.I), "how many"),
        (
            re.compile(
                rf"^zashto\s+(?:(?P<who>.+?)\s+(?:e\s+)?(?P<verb>{'|'.join(_BULGARIAN_WHY_DONE)})|(?P<done>"
                rf"{'|'.join(_BULGARIAN_WHY_DONE)})\s+(?P<subject>.+?))(?=\s+(?:v|vav|na|za|in|at|to)\s|$)(?P<rest>.*)$",
                re.I,
            ),
            _why_done(_BULGARIAN_WHY_DONE, to="v|vav"),
        ),  # "Zashto Blinken otide v Pekin?": why did Blinken go to Beijing
        (re.compile(r"^zashto\b", re.I), "why"),
        (
            re.compile(
                r"^kakva\s+(?:e\s+)?(?:dlazhnost\w*|pozitsi\w*|funktsi\w*|titl\w*)\s+(?:na\s+|to\s+|of\s+)?(?P<who>.+)$",
                re.I,
            ),
            r"what is \g<who>'s position",
        ),
        (
            re.compile(r"^za\s+(?:koya|koe|koi|kakva)\s+(?P<employer>\w+)\s+raboti\s+(?P<who>.+)$", re.I),
            _works_for(_BULGARIAN_EMPLOYERS),
        ),  # "Za koya organizatsiya raboti Wang Yi?": which organisation does Wang Yi work for
        (re.compile(r"^kakvo\s+shte\s+(?:se\s+)?(?:sluchi|stane)\b", re.I), "what will happen"),
        (re.compile(r"^kakvo\s+(?:se\s+)?(?:e\s+)?(?:sluchi|stana|sluchilo)\b", re.I), "what happened"),
        (
            re.compile(r"^za\s+kakvo\s+(?:e|se\s+otnasya|govori|pishe|razkazva)\s+(?P<what>.+)$", re.I),
            r"what is \g<what> about",
        ),
        (re.compile(r"^(?P<what>.+?)\s+za\s+kakvo\s+(?:e|govori|pishe)$", re.I), r"what is \g<what> about"),
        (
            re.compile(rf"^za\s+kakvo\s+{_BULGARIAN_HELPER}{_BULGARIAN_TALKED}\s+(?P<who>.+)$", re.I),
            r"what did \g<who> talk about",
        ),
        (
            re.compile(
                r"^(?:koi|koya|koe|koito)\s+(?P<what>\S+)\s+(?:sa\s+|e\s+|byaha\s+|beshe\s+)?"
                r"(?:spomenat\w*|spomenava\w*|posochen\w*)(?:\s+(?:v|vav)\s+statiya\w*)?$",
                re.I,
            ),
            r"which \g<what> were mentioned",
        ),
        (
            re.compile(
                r"^(?:(?:dali\s+)?(?:e\s+|se\s+)?(?:spomenat\w*|spomenava)\s+(?:li\s+)?(?:e\s+|se\s+|sa\s+)?"
                r"(?P<what>.+?)|(?:dali\s+)?(?P<thing>.+?)\s+(?:e\s+|li\s+e\s+|se\s+)?(?:spomenat\w*|spomenava)"
                r"(?:\s+li)?)(?:\s+(?:v|vav)\s+statiya\w*)?$",
                re.I,
            ),
            lambda match: f"was {match.group('what') or match.group('thing')} mentioned",
        ),
        (re.compile(r"^koi\s+(?:e|sa)\s+", re.I), "who is "),
        (re.compile(r"^koi\s+beshe\s+", re.I), "who was "),
        (re.compile(r"^kakvo\s+e\s+", re.I), "what is "),
        (re.compile(r"^kakvo\b", re.I), "what"),
        (re.compile(r"^(?:koya|koe|koito|koi(?=\s+\S+\s+(?:sa|e|byaha|beshe|se)\b))\b", re.I), "which"),
        (re.compile(r"^koi\b", re.I), "who"),
        (re.compile(r"^kak\b", re.I), "how"),
        *(
            (re.compile(rf"(?<!tryabva )\bda\s+(?:{verb})\b", re.I), f"to {english}")
            for verb, english in _BULGARIAN_TO_DO.items()
        ),
        (re.compile(r"\bshould\s+(?P<who>(?-i:[A-Z])[\w-]*)\s+(?:da|to)\b"), r"should \g<who>"),  # "tryabva X da"
        *_word_for_word(_BULGARIAN_ENGLISH),
        (re.compile(r"\s{2,}"), " "),
        (re.compile(r"\b(?P<nationality>American|Chinese|Russian)\s+the\s+"), r"the \g<nationality> "),
        _the_the(),
        *_in_english_at_last(),
    )


_BULGARIAN_WORDS = _lazy_pattern(
    r"^(?:(?:a|i|ami)\s+)?(?:kakvo|kvo|ko[iyj]|koya|s(?:[auy]s)?\s+kogo|kogo|koga|k[auy]de|kolko|za(?:sh|s|6)to"
    r"|za\s+kakvo|kazal[aio]?\s+li|spomenat\w*\s+li|spomenava\s+li|za\s+koya|kakva)\s+"
    r"(?=(?:.*\s)?(?:kaza\w*|za(?:ya|ia|ja|q)vi\w*|spodeli\w*|sre(?:sht|st|6t)n\w*|vi(?:dya|dia|dq)\w*|razgovar\w*"
    r"|prod[auy]l(?:zh|j|z)\w*|trae|traya|sa|e|be(?:sh|6)e|che|4e|sl[uy](?:ch|4)i|stana|struva|predlo(?:zh|j)\w*"
    r"|ob(?:ya|ia|q)vi\w*|napisa\w*|avtor\w*|otide|zamina|patuva|raboti|dl[auy](?:zh|j)nost\w*|stati\w*"
    r"|spomena\w*|govor\w*|iska\w*|poiska\w*|ochakva\w*|misli|mislyat|predlaga\w*|podkrep\w*)\b)"
    r"|^[^,?]+?,?\s+(?:kakvo|kvo)\s+(?:e\s+)?(?:kaza\w*|za(?:ya|ia|ja|q)vi\w*|iska\w*|ochakva\w*|predlaga\w*)\b"
    r"|^(?:(?:v|vav|na|ot|do|sled|predi)\s+)?(?:ko[iyj]|koya|koe|kakav|kakva)\s+(?:den|dena|denya|data|chas|chasa|grad"
    r"|grada|sgrad\w*|zal\w*|mesets\w*|godin\w*|darzhav\w*|mest\w*)\s+(?=(?:.*\s)?(?:prie\w*|sre(?:sht|st|6t)n\w*"
    r"|poseti\w*|napisa\w*|predlo(?:zh|j)i|podpisa|ob(?:ya|ia|q)vi|pristigna|zamina|otide|doyde|kaza|publikuva)\b)"
    r"|\b(?:sre(?:sht|6t)(?:na|nal|nala|nali|naha|ata|ite)|prod[auy]l(?:zh|j)(?:i|iha|ava)|tr(?:ia|ya|q)bva"
    r"|stati(?:yata|iata|qta)|razgovorite)\b",
    re.I,
)


# How readers ask in Macedonian typed in Latin letters, with or without š, č, ž, ќ and ѓ (typed "sh", "ch", "zh", "kj"
# and "gj" too) and with English words: "Shto rece Xi za Tajvan?" (what did Xi say about Taiwan), "So kogo se sretna
# Blinken vo Peking?" (whom did Blinken meet in Beijing), "Kolku traeshe sredbata?" (how long did the meeting last),
# "Koj rece deka treba da bidat partneri?" (who said they should be partners). Macedonian asks as Bulgarian does, its
# article put on the noun's end ("sredbata": the meeting, "statijata": the article), "na" before the one spoken to
# ("Shto mu rece Wang Yi na Blinken?": what did Wang Yi say to Blinken), a pronoun doubling the one asked about ("Kogo
# go sretna …"); its own words are put into Bulgarian ones and the question read by the Bulgarian book, as Slovak is
# by the Czech one. Read before the Bulgarian book and the Serbian one, which would take its "sto" (what, Croatian's
# too) and "rece" (said) with Serbian's "o" (about) in their place, and only when a word of Macedonian's own is there
# ("shto", "kolku", "deka", "vo", "sredbata", "statijata", "bidat", "traeshe").
_MACEDONIAN_MARKED = (("sh", "šŝ"), ("ch", "čć"), ("zh", "ž"), ("kj", "ќḱ"), ("gj", "ѓǵđ"), ("dz", "ѕ"))
_MACEDONIAN_BULGARIAN = {
    # names and places
    "(?-i:Si\\s+(?:Dz|Dzh|Dj|Gj|G|Dzj)[iy]np[iy]ng?\\w*)": "Si Dzhinpin", "(?-i:Vang?\\s+(?:J|Y)i)": "Van I",
    "(?-i:Tajvan\\w*)": "Taivan", "(?-i:Kina)": "Kitai", "(?-i:SAD)": "SASHT", "(?-i:Rusija)": "Rusiya",
    "(?-i:Kalifornija)": "Kaliforniya", "(?-i:Bajden)": "Biden", "(?-i:Vasington)": "Vashington",
    "(?-i:Japonija)": "Yaponiya", "(?-i:Makedonija)": "Macedonia", "(?-i:Antoni)": "Antony",
    "(?-i:Dzho|Dzo)": "Joe",
    # what is said around a question: "spored statijata" (according to the article), "na pochetokot na" (at the
    # start of), "od nedelata" (of the week), "pochnuvaat da se stabiliziraat" (are beginning to stabilise)
    "spored\\s+(?:statijata|napisot|tekstot)": "according to the article",
    "spored": "according to",
    "na\\s+po(?:ch|c)etokot\\s+na": "at the start of", "na\\s+krajot\\s+na": "at the end of",
    "(?:od|vo)\\s+(?:nedelata|sedmicata)": "ot sedmitsata",
    "(?:po(?:ch|c)nuvaat|po(?:ch|c)naa|zapo(?:ch|c)nuvaat|zapo(?:ch|c)naa)\\s+da\\s+se\\s+stabiliziraat":
        "are beginning to stabilise",
    "(?:po(?:ch|c)nuva|po(?:ch|c)na|zapo(?:ch|c)nuva)\\s+da\\s+se\\s+stabilizira": "is beginning to stabilise",
    # titles
    "(?:ministerot|minister)\\s+za\\s+nadvore(?:sh|s)ni\\s+raboti|(?:shefot|sefot)\\s+na\\s+diplomatijata":
        "ministarat na vanshnite raboti",
    "dr(?:zh|z)avniot\\s+sekretar|dr(?:zh|z)aven\\s+sekretar": "darzhavniyat sekretar",
    "pretsedatel\\w*|pretsedatel|presedatel\\w*|pretsjedatel\\w*": "prezidentat", "premierot": "premierat",
    "ministerot": "ministarat", "liderot": "lider", "portparol\\w*": "govoritel", "novinar\\w*": "zhurnalist",
    "kineski\\w*|kineska\\w*|kinesk\\w*": "kitayski", "amerikanski\\w*": "amerikanski",
    "funkcij\\w*|pozicij\\w*|titul\\w*": "dlazhnostta",
    # question words, and the small words around them
    "(?:koja|kakva)\\s+e\\s+(?=dlazhnostta\\b)": "kakva e ", "koja": "koya", "zo(?:sh|s)to": "zashto", "kolku": "kolko",
    "za\\s+(?:shto|sto)": "za kakvo", "deka": "che", "vo": "v", "so": "s", "posle": "sled",
    "po(?=\\s+(?!vreme\\b))": "sled",
    "pred": "predi", "za\\s+vreme\\s+na": "po vreme na", "megju|megu|medju": "mezhdu", "od": "ot", "nesto": "neshto",
    "dolgo": "dalgo",
    "kj?e": "shte",  # "ke se sluchi": will happen
    "(?:mu|i|im|go|ja|gi)\\s+(?=(?:rece|reche|kazha|kaza|rekol|izjavi|sretna\\w*|napisha|napisa|napishal|napisal|poseti\\w*|vide\\w*"
    "|primi\\w*|predlo(?:zh|z)\\w*|objavi\\w*|spomna\\w*|spomena\\w*)\\b)": "",
    "primi|primil": "prie",
    # verbs
    "rece|reche|kazha|kazh|rekol|rekla|kazhal|kazhala": "kaza", "rekoa|kazhaa|kazaa": "kazaha",
    "izjavi|izjavil|izjavila": "zayavi", "najavi|objavi|objavil": "obyavi", "sretnaa|sretnale": "sreshtnaha",
    "sretna|sretnal|sretnala": "sreshtna", "trae(?:she|se|ja|sha|la|l|e)?": "prodalzhi",
    "(?:ch|c)ini|ko(?:sh|s)ta": "struva",
    "predlo(?:zh|z)i|predlo(?:zh|z)il": "predlozhi", "napisha|napisa|napishal|napisal": "napisa", "otpatuva": "zamina",
    "dojde": "doyde", "posetil": "poseti", "zboruvaa|zboruvashe|razgovaraa|razgovarashe|razgovaral\\w*": "razgovaryaha",
    "zboruva": "govori", "bea": "byaha", "bidat|bideme|bidete|se(?=\\s+partner)": "sa",
    "se(?=\\s+spomenat\\w*)": "sa", "odr(?:zh|z)a(?:na|no|n)?": "provede", "slu(?:ch|c)i|slu(?:ch|c)ilo": "sluchi",
    # things
    "sredbata": "sreshtata", "sredbite": "sreshtite", "sredba|sredbi": "sreshta",
    "(?:ovaa|ovoj)\\s+(?:statija|napis|tekst)": "tazi statiya", "statijata|napisot|tekstot": "statiyata",
    "statija|napis|tekst": "statiya", "(?:ch|c)asa|(?:ch|c)asovi": "chasa", "principi": "printsipa",
    "treba\\s+da|bi\\s+trebalo\\s+da": "tryabva da", "partner\\w*": "partniori", "odnosi\\w*": "otnosheniyata",
    "zemji\\w*|dr(?:zh|z)avi\\w*": "darzhavi", "trgovija\\w*": "targoviya",
    "(?:ch|c)ovekovi(?:te)?\\s+prava": "choveshkite prava", "pretplat\\w*": "abonamentat", "vladata": "pravitelstvoto",
    "ovaa": "tazi", "ovoj": "tozi", "ova": "tova",
}  # fmt: skip


# What published an article ("Koj vesnik ja objavi …": which newspaper published …), read off its word's first letters,
# and what was done to it ("Koga e objavena statijata?": when was the article published)
_MACEDONIAN_OUTLETS = {
    "vesn": "newspaper", "port": "website", "vebs": "website", "sajt": "website", "medi": "outlet",
    "agen": "news agency",
}  # fmt: skip
_MACEDONIAN_DONE_TO = {"objav": "published", "publi": "published", "napis": "written", "azuri": "updated"}
# A verb of what is done to a thing, after "se" ("koga ke se reshi …": when … is solved), and its English
_MACEDONIAN_DONE_TO_IT = {
    "reshi": "solved", "resi": "solved", "razreshi": "resolved", "razresi": "resolved", "postigne": "achieved",
    "potpishe": "signed", "potpise": "signed", "zavrshi": "finished", "zavrsi": "finished", "odrzhi": "held",
    "odrzi": "held", "objavi": "published",
}  # fmt: skip
# The words a Macedonian question opens on, and its verbs of saying
_MACEDONIAN_ASKING = r"shto|sto|koj|koja|koe|koi|kogo|so\s+kogo|koga|kade|kolku|zoshto|zosto|dali|za\s+shto"
_MACEDONIAN_SAID = r"rece|reche|kazha|kaza|rekol|rekla|izjavi\w*|objavi\w*|najavi\w*|predlozhi\w*"
_MACEDONIAN_NUMBERS = {"dva": "two", "dve": "two", "tri": "three", "chetiri": "four", "cetiri": "four", "pet": "five"}


@cache
def _macedonian() -> _Shapes:
    return (
        _after_the_question(),
        *_plain_letters(_MACEDONIAN_MARKED),
        # "Spored Xi, shto …?": according to Xi, what …, put after the question as English may put it, so that the
        # question is read from its question word
        (
            re.compile(rf"^spored\s+(?P<whom>[^,?]+?),?\s+(?P<asked>(?:{_MACEDONIAN_ASKING})\b.+)$", re.I),
            r"\g<asked>, spored \g<whom>",
        ),
        # "Antony Blinken shto izjavi …?": the one who spoke named before "shto" (what)
        (
            re.compile(rf"^(?P<who>(?-i:[A-Z])[^,?]*?),?\s+(?:shto|shta)\s+(?=(?:{_MACEDONIAN_SAID})\b)", re.I),
            r"\g<who> kakvo ",
        ),
        (re.compile(r"^(?:(?:a|i)\s+)?(?:shto|sto|shta)\b", re.I), "kakvo"),
        # an English noun with Macedonian's article on its end ("problem-ot", "summit-ot"): the noun
        (re.compile(r"\b(?P<noun>[A-Za-z]+)-(?:ot|ta|to|te|ite|ov|va|vo|ve|na)\b(?!-)"), r"\g<noun>"),
        *_word_for_word(_MACEDONIAN_BULGARIAN),
        (re.compile(r"^ko[ij]\s+sreshtna\s+(?=\S)", re.I), "koi se sreshtna s "),  # "Koj go sretna X": who met X
        # "… koga ke se reshi problemot": when the problem is solved (a thing done to, "se" and its verb)
        (
            re.compile(
                rf"\s+koga\s+(?:shte\s+)?se\s+(?P<done>{'|'.join(_MACEDONIAN_DONE_TO_IT)})\s+(?P<what>[^,?]+)", re.I
            ),
            lambda match: (
                f" when {_with_the(match.group('what'))} is {_MACEDONIAN_DONE_TO_IT[match.group('done').lower()]}"
            ),
        ),
        (re.compile(r"^dali\s+(?:se\s+)?spom(?:e)?nuva(?:at)?\s+", re.I), "spomenava li se "),  # was … mentioned
        # "Koj vesnik ja objavi statijata?": which newspaper published the article
        (
            re.compile(
                r"^(?:ko[ij]|koya|koe)\s+(?P<thing>vesnik\w*|portal\w*|vebsajt\w*|sajt\w*|medium\w*|agencij\w*)\s+"
                r"(?:obyavi|publikuva\w*)\s+(?P<what>.+)$",
                re.I,
            ),
            lambda match: (
                f"which {_MACEDONIAN_OUTLETS[match.group('thing').lower()[:4]]} published "
                f"{'the article' if match.group('what').lower().startswith('stat') else match.group('what')}"
            ),
        ),
        # "Koga e objavena statijata?": when was the article published
        (
            re.compile(
                r"^(?P<asked>koga|kade)\s+(?:e|be(?:sh|s)e|bila|bil)\s+(?P<done>objaven|publikuvan|napi(?:sh|s)an|azuriran)\w*\s+"
                r"(?P<what>.+)$",
                re.I,
            ),
            lambda match: (
                f"{'when' if match.group('asked').lower() == 'koga' else 'where'} was "
                f"{'the article' if match.group('what').lower().startswith('stat') else match.group('what')} "
                f"{_MACEDONIAN_DONE_TO[match.group('done').lower()[:5]]}"
            ),
        ),
        # "Koi tri principi gi predlozhi Xi?": what three principles did Xi propose
        (
            re.compile(
                rf"^(?:koi|kakvi|koya|koe|koj)\s+(?P<count>{'|'.join(_MACEDONIAN_NUMBERS)})\s+(?P<thing>\S+)\s+"
                r"(?P<done>predlozhi|obyavi|spomena|podpisa)\s+(?P<who>.+)$",
                re.I,
            ),
            lambda match: (
                f"what {_MACEDONIAN_NUMBERS[match.group('count').lower()]} {match.group('thing')} did "
                f"{match.group('who')} {_BULGARIAN_DONE[match.group('done').lower()]}"
            ),
        ),
        # "Dali Xi rece neshto za …": did Xi say anything about …, as Bulgarian asks it ("Kazal li e Xi …")
        (re.compile(r"^dali\s+(?P<who>[^,?]+?)\s+(?:kaza|zayavi)\s+(?=(?:neshto|za)\b)", re.I), r"kazal li e \g<who> "),
        *_bulgarian(),
        (re.compile(r",\s+(?=according\s+to\s+[^,?]+$)"), " "),  # "…, according to Xi", put after it above
        _according_to_last(),
    )


_MACEDONIAN_WORDS = _lazy_pattern(
    r"^(?:(?:a|i)\s+)?(?:shto|kolku|zo(?:sh|s|š)to|za\s+shto)\s+"
    r"(?=(?:.*\s)?(?:re(?:ch|c|č)e|rekol|rekla|rekoa|kaza|ka(?:zh|ž)a\w*|izjavi\w*|objavi\w*|najavi\w*|sretna\w*"
    r"|trae\w*|(?:ch|c|č)ini|ko(?:sh|s|š)ta|predlo(?:zh|z|ž)i\w*|otide|otpatuva|dojde|slu(?:ch|c|č)i\w*|e|se|bea"
    r"|be(?:sh|s|š)e|mu|go|ja|zboruva\w*|razgovara\w*|raboti|napi(?:sh|s|š)a\w*|dolgo|vreme)\b)"
    r"|^(?:(?:a|i)\s+)?(?:(?:sh|s|š)to|koj|koja|koe|koi|kogo|so\s+kogo|koga|kade|kolku|zo(?:sh|s|š)to"
    r"|za\s+(?:(?:sh|s|š)to|koja|koj)|(?:vo|na)\s+(?:koja|koj|koe)|dali|e\s+li|kakva|kakov|kakvi)\s+"
    r"(?=(?:.*\s)?(?:deka|vo|sredb\w*|statij\w*|napisot|tekstot|bidat|bideme|trae(?:sh|s|š)e|traeja|sretna\w*|rekol"
    r"|rekoa|re(?:ch|c|č)e|pretplat\w*|(?:ch|c|č)ovekov\w*|nadvore(?:sh|s|š)n\w*|ministerot|pretsedatel\w*"
    r"|zboruva\w*|ka(?:zh|ž)a\w*|zemji\w*|(?:ch|c|č)ini|odr(?:zh|z|ž)\w*|funkcij\w*|pozicij\w*|vesnik\w*|spored"
    r"|po(?:ch|c|č)etokot|objaven\w*|spom(?:e)?nuva\w*|nedelata|primi|principi)\b)"
    r"|^dali\s+.*\bTajvan|^(?:za|vo)\s+koja\s+\w+\s+raboti\b"
    r"|^spored\s+[^,?]+?,?\s+(?:(?:sh|š)to|kolku|koj|koja|kade|koga|zo(?:sh|š)to)\s"
    r"|^(?-i:[A-Z])[^,?]*?,?\s+shto\s+(?:re(?:ch|c|č)e|rekol|rekla|ka(?:zh|ž)a|izjavi\w*|objavi\w*|najavi\w*)\b",
    re.I,
)

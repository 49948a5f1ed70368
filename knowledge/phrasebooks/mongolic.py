"""Mongolic phrasebook: Mongolian typed in Latin letters."""

from __future__ import annotations

import re
from functools import cache

from knowledge.phrasebooks.shapes import _TWO_WORD_NAME, _lazy_pattern, _Shapes
from knowledge.phrasebooks.verb_last import _Agglutinating, _agglutinating, _VerbLast

# How readers ask in Mongolian typed in Latin letters (chat's "h" or "kh" for х, "u" for ү and "o" or "u" for ө, "ts"
# for ц, "ch" for ч, "sh" for ш, "j" for ж, "y" or "i" for ы and й), with English words: "Xi Taivaniin talaar yu gesen
# be?" (what did Xi say about Taiwan), "Blinken Beejingt hentei uulzsan be?" (whom did Blinken meet in Beijing),
# "Uulzalt hed tsag urgeljilsen be?" (how many hours did the meeting last), "Hen hamtragch baih yostoi gej helsen be?"
# (who said they should be partners). It puts its verb last, as the Turkic books do, and shares their shapes
# (verb_last._Agglutinating): a name's case ending says what English puts before it ("Taivaniin": Taiwan's,
# "Beejingt": in Beijing, "Blinkend": to Blinken, "Blinkentei": with Blinken), its words after a noun put before it
# ("Taivaniin talaar": about Taiwan, "uulzaltyn daraa": after the meeting). A question closes on its particle ("be",
# "ve", "uu"), left off first; its "said" (minister) is read only after "gadaad hergiin" (foreign affairs'), English's
# "said" being a word of the question too.
_MONGOLIAN_MARKED = (("o", "ö"), ("u", "ü"))
_MONGOLIAN_NAMES = {
    "(?-i:(?:Shi|Si|Xi)\\s+(?:Zinpin|Jinpin|Jinping|Tszinpin|Zinping)\\w*)": "Xi Jinping",
    "(?-i:Van\\s+(?:I|Yi)|Wang\\s+I)(?![\\w'-])": "Wang Yi", "(?-i:Entoni|Antoni)(?=\\s+Blinken)": "Antony",
    "(?-i:Jo|Djo|Joe)(?=\\s+Baiden)": "Joe",
    "(?-i:(?:Omnod|Umnud|Umard)\\s+Hyatadyn\\s+(?:tengis|tenges)\\w*)": "the South China Sea",
    "(?-i:Hyatad-AN[UY]|AN[UY]-Hyatad)(?:['’-]?(?:yn|iin))?": "China-US",
    "(?-i:Amerikiin\\s+Negdsen\\s+Uls\\w*|AN[UY]|ANU)(?:['’-]?(?:yn|iin|d|t|aas|tai|iig))?": "the US",
    "(?-i:Ardyn\\s+Ih\\s+Hurlyn\\s+Ordon\\w*)": "the Great Hall of the People",
}  # fmt: skip
_MONGOLIAN_STEMS = {
    "taivan": "Taiwan", "taiwan": "Taiwan", "beejin": "Beijing", "beejing": "Beijing", "beijing": "Beijing",
    "hyatad": "China", "khyatad": "China", "kitad": "China", "amerik": "America", "amerika": "America",
    "oros": "Russia", "ukrain": "Ukraine", "vashington": "Washington", "kaliforni": "California", "baiden": "Biden",
    "evrop": "Europe", "yapon": "Japan", "mongol": "Mongolia", "shveitsari": "Switzerland", "frants": "France",
    "german": "Germany", "enetheg": "India", "iran": "Iran", "solongos": "Korea", "angli": "Britain",
    "izrail": "Israel", "siri": "Syria", "blinken": "Blinken",
}  # fmt: skip
# What English puts before a name for its case ending ("Taivaniin": Taiwan's, "Beejingt": in Beijing)
_MONGOLIAN_CASES = {
    "iin": "'s", "in": "'s", "yn": "'s", "y": "'s", "ny": "'s", "ii": "'s", "giin": "'s", "n": "'s", "d": "in/to",
    "t": "in/to",
    "ad": "in/to", "ed": "in/to", "od": "in/to", "aas": "from", "ees": "from", "oos": "from", "uus": "from",
    "gaas": "from", "gees": "from", "tai": "with", "tei": "with", "toi": "with", "iig": "", "ig": "", "g": "",
    "yg": "", "ruu": "to", "luu": "to", "aar": "by", "eer": "by",
}  # fmt: skip
_MONGOLIAN_THINGS = {
    "niitlel\\w*\\s+(?:yosoor|yos\\w*|daguu)": "according to the article",
    "yaria\\s+helelts\\w*\\s+ehend|heleltsee\\w*\\s+ehend": "at the start of the talks",
    "uulzalt\\w*\\s+ehend": "at the start of the meeting",
    "yaria\\s+helelts\\w*\\s+tugsgult\\w*|heleltsee\\w*\\s+tugsgult\\w*": "at the end of the talks",
    "uulzalt\\w*\\s+tugsgult\\w*": "at the end of the meeting",
    "togtvorjij\\s+(?:ehel\\w*|baina|bain)|togtvorjih\\s+ehelsen": "are beginning to stabilise",
    "gadaad\\s+hergiin\\s+said\\w*|GHS|GKhS": "foreign minister",
    "turiin\\s+nariin\\s+bichgiin\\s+darga\\w*": "secretary of state", "yerunhii\\s+said\\w*": "prime minister",
    "hevleliin\\s+(?:toloolok|tuluulugch|hars)\\w*": "spokesperson",
    "yerunhiilugch\\w*|yeronhiilogch\\w*|erunhiilegch\\w*|yerunhiilogch\\w*|prezident\\w*": "president",
    "udirdagch\\w*|lider\\w*": "leader", "albany\\s+hun\\w*|albany\\s+tushaaltan\\w*|tushaaltan\\w*": "official",
    "setguulch\\w*": "journalist", "diplomat\\w*": "diplomat", "zohiogch\\w*|avtor\\w*": "author",
    "zochin\\w*": "guest",
    "uulzaltyn\\s+daraa|uulzaltaas\\s+hoish": "after the meeting",
    "uulzaltyn\\s+umnu|uulzaltaas\\s+umnu|uulzaltaas\\s+omno": "before the meeting",
    "uulzaltyn\\s+(?:uyeer|ueer|uyer|yavtsad)": "during the meeting", "uulzalt\\s+deer|uulzaltad": "at the meeting",
    "uulzalt(?:yn|yg|aas|ig|uud)?": "meeting", "yaria\\s+heleltsee\\w*\\s+daraa": "after the talks",
    "yaria\\s+helelts\\w*|heleltsee\\w*|helelts\\w*": "talks", "ailchlal\\w*|aylal\\w*": "visit",
    "ene\\s+niitlel\\w*|ene\\s+medee\\w*": "this article", "niitleld|medeend": "in the article",
    "niitlel\\w*|medee(?:g|nii|nd)?": "article", "huniii?\\s+erh\\w*|hunii\\s+erh\\w*|hun\\s+erh\\w*": "human rights",
    "hudaldaa\\w*": "trade", "tsag": "hours", "zarchim\\w*|zarchm\\w*|printsip\\w*": "principles",
    "uls\\s+oron\\w*|ulsuud\\w*|orn\\w*": "countries", "zahialga\\w*|gishuunchlel\\w*": "subscription",
    "hamtragch\\w*|tuns\\w*|partner\\w*": "partners", "ursagch\\w*|ursaldagch\\w*|dain?s\\w*": "rivals",
    "hariltsaa\\w*": "relations", "yalgaa\\w*|zorchil\\w*|sanal\\s+zorolt\\w*": "differences",
    "ahits\\w*|devshil\\w*": "progress", "ba|bolon": "and", "doloo\\s+honogiin": "week's",
    "anh(?:ny)?|anhaa": "first", "umnu\\s+ni|omno\\s+ni|urid\\s+ni|urd\\s+ni": "previously",
    "uulzalt\\w*\\s+deer": "at the meeting", "suuld|hamgiin\\s+suuld": "last", "asuudal\\w*": "",
    "hyatadyn\\s+tal(?:yn|iin)?": "Chinese", "amerikiin\\s+tal(?:yn|iin)?": "American",
}  # fmt: skip
_MONGOLIAN_SAID = (
    r"(?:gesen|gej\s+helsen|helsen|hellee|helev|helj\w*|yarisan|yarilaa|yariv|medegdsen|medegdlee|medegdev"
    r"|ontsolson|temdeglesen|mention\s+hiisen)"
)
_MONGOLIAN_MET = (
    r"(?:uulzsan|uulzav|uulzlaa|uulzjee|uulzaltyg\s+hiisen|uulzalt\s+hiisen|uulzalt\s+hiiv|huleen\s+avsan"
    r"|meet\s+hiisen)"
)
_MONGOLIAN = _VerbLast(
    by="",
    about=r"(?P<topic>.+?)\s+(?:talaar|tuhai)",  # put into "about …" first
    what=r"(?:yu|yug|yuu|yamar\s+yum|yu\s+yum)(?:\s+gej)?",
    said=_MONGOLIAN_SAID,
    who_said=r"(?:hen\s+(?:helsen|gesen|hellee|helev|yarisan)|(?:gej|gesen)\s+helsen\s+n\s+hen)",
    that=r"(?:gej|gesen)",
    who_said_that=r"hen\s+(?:helsen|hellee)(?:\s+(?:ve|be))?,?\s+(?:ni\s+)?",
    whom=r"(?:with\s+hen|hentei|hend|heniig|hen\s+hentei)",
    who=r"(?:hen|hed)",
    met=_MONGOLIAN_MET,
    how_long=r"(?:hir|hed|hichneen|hicheen)\s+(?:udaan|hugatsaa\w*)|hed\s+(?:honog|minut)",
    how_many_hours=r"hed\s+(?:tsag|hours)",
    lasted=r"(?:urgeljilsen|urgeljlev|urgeljillee|urgeljiljee|urgeljilsen\s+yum|ursan|yavsan)",
    when=r"(?:hezee)",
    where=r"(?:haana|hana)",
    took_place=r"(?:bolson|bolov|bolloo|boljee|zohion\s+baiguulagdsan|yavagdsan|bolson\s+yum)",
    how_many=r"(?:hed|heden)",
    did=r"(?:hiisen|hiiv|hiilee|bolgoson|bolgov|bolgolloo|gargasan)",
    how_much=r"(?:hed\s+(?:tugrug|dollar)|une\s+(?:ni\s+)?(?:hed|hichneen)|hichneen|yamar\s+untei)",
    who_is=r"(?:hen|gedeg\s+hen|hen\s+yum)",
    why=r"(?:yagaad|yaagaad|yamar\s+uchraas|yund|yuny\s+tuld)",
    went=r"(?:yavsan|ochson|irsen|yavav|ochiv|ochloo|ailchlal\s+hiisen|aylal\s+hiisen)",
    happened=r"(?:yu\s+(?:bolson|bolov|bolloo|tohioldson))",
    about_what=r"(?:yunii\s+(?:tuhai|talaar)(?:\s+(?:yum|baina|bichsen))?)",
    mentioned=(
        r"(?:durdsan|durdagdsan|durdlaa|durdagdav|dursan|yarigdsan|helegdsen|mention\s+hiisen)\w*"
        r"(?:\s+(?:uu|yuu|yum\s+uu))?"
    ),
    wrote=r"(?:hen\s+(?:bichsen|bichiv|bichlee|bichjee))",
    article=r"(?:(?:this|the)\s+)*(?:article|news|story)",
    title=r"(?:alban\s+tushaal|albal|tushaal)\w*\s+(?:yu|yamar)",
    which=r"(?:ali|yamar)",
)
# Words of the news, put into English last, so that the words said match the article's
_MONGOLIAN_NEWS_WORDS = {
    "hugjil\\w*": "development", "demjleg\\w*": "support", "hamtyn\\s+ajillagaa\\w*": "cooperation",
    "hundlel\\w*": "respect", "ediin\\s+zasag\\w*": "economy", "delhii\\w*": "world",
    "sanaa\\s+zovnil\\w*": "concerns",
    "hicheel\\s+zutgel\\w*": "efforts", "heleltseer\\w*": "agreement", "ayulgui\\s+baidal\\w*": "security",
    "dain": "war", "enh\\s+tai?van\\w*": "peace", "horig\\w*": "sanctions", "zasgiin\\s+gazar\\w*": "government",
    "osolt\\w*|usult\\w*": "growth", "irees\\w*|ireedui\\w*": "future", "eyereg": "positive",
    "sorog|surug": "negative", "ood\\s+bol(?:j|son|oh)|cheche?glen\\w*": "flourishing", "huchtei": "strong",
    "huchin\\s+zuil\\w*": "factors",
    "nemegdej\\s+baina|osoj\\s+baina|usuj\\s+baina": "increasing",
    "shiidvel|shiidegdvel": "solved", "todorhoi": "clear", "odoo\\s+ch": "still",
}  # fmt: skip
_MONGOLIAN_BOOK = _Agglutinating(
    marked=_MONGOLIAN_MARKED,
    names=_MONGOLIAN_NAMES,
    stems=_MONGOLIAN_STEMS,
    people=frozenset({"baiden", "blinken"}),
    cases=_MONGOLIAN_CASES,
    glued="iin|yn|aas|ees|oos|tai|tei|toi|iig|ruu",
    not_ended=r"Mohammed|Ahmed|Toyota|Tokai|Shanghai|Dubai|Hawaii|Thai|Mumbai|Hanoi|Sinai|Bonsai|Eid|Fayed",
    things=_MONGOLIAN_THINGS,
    about="talaar|tuhai|tuhaid",
    with_="hamt|hamtdaa",
    and_="ba|bolon",
    after="daraa|hoish",
    before="umnu|omno",
    during="uyeer|ueer|yavtsad",
    should_be=(r"\b(?:(?P<we>bid)\s+)?(?P<what>\S+)\s+(?:baih|boloh|bolokh)\s+(?:yostoi|heregtei|yostoi\s+baina)\b"),
    done={"sanal": "propose", "medegdel": "announce", "gariin\\s+useg": "sign", "ailchlal": "visit"},
    words=_MONGOLIAN,
    question_words=r"yu|yug|yunii|yuny|hen|hend|hentei|ali|yamar|hed|hezee|haana|yagaad|ene|ter",
    which={
        "udur|udr|odor": "on which day",
        "tsagt|tsagaas": "at what time",
        "hotod|hot": "in which city",
        "barilgad|baishind": "in which building",
        "sard": "in which month",
        "ond|jild": "in which year",
    },
    outlets={
        "sonin": "newspaper",
        "sait": "website",
        "veb": "website",
        "hevlel|heblel": "publication",
        "agentlag": "news agency",
        "suvag": "channel",
    },
    published={
        "niitlegd|niitel|hevlegd|hevlel|gars|gargas": "published",
        "bichigd": "written",
        "shinechlegd|update|apdeit": "updated",
    },
    numbers={
        "neg": "one",
        "hoyor": "two",
        "gurav": "three",
        "gurvan": "three",
        "durvun": "four",
        "dorvon": "four",
        "tav": "five",
        "tavan": "five",
    },
    employers={
        "baiguullaga": "organisation",
        "yaam": "ministry",
        "zasgiin": "government",
        "kompani": "company",
        "sonin": "newspaper",
    },
    whence=r"haanaas|haanaas\s+ch",
    opening=r"tegeed|harin|za|ene\s+ni",
    what_about=r"^(?:harin|tegeed)\s+(?P<who>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)(?:\s+(?:yu|ve|bol))?\s*$",
    how=r"yaaj|yamar|yamarhan",
    went_on=r"bolson|bolov|ongorson|ungursun|yavagdsan",
    verbs={"tohirol\\w*|tohiroltsson": "agree", "uulz\\w*": "meet", "yarils\\w*": "talk"},
    said_not=r"heleegui|gesengui|helsengui|yariagui",
    in_view=r"bodloor|uzelteer|sanaagaar",
    works=r"ajilladag|ajillaj\s+baigaa|ajillana",
    cost=r"hed\s+(?:tugrug|dollar)\s+(?:baidag|ve)|une\s+(?:ni\s+)?hed\s+ve|yamar\s+untei",
    anything=r"yamar\s+neg\s+(?:yum|zuil)|yamar\s+negen\s+(?:yum|zuil)|yum",
    also="bas|also",
    there_is=r"bii\s*(?:yu|uu)?|baina\s*(?:uu|yu)?|baigaa\s*(?:yu|uu)?",
    question_mark=r"uu|yuu|vuu",
    english={
        "ba|bolon": "and",
        "esvel|buyu": "or",
        "ted|tednii": "they",
        "ugui|bish": "not",
        "ene": "this",
        "bas": "also",
        "tovchhon|tovch": "briefly",
        "delgerengui": "in detail",
        "yag": "exactly",
        **_MONGOLIAN_NEWS_WORDS,
    },
)


@cache
def _mongolian() -> _Shapes:
    return (
        # the question's closing particle ("… gesen be?"), left off; a yes-or-no question's ("… durdsan uu?") stays,
        # read with its verb
        (re.compile(r"\s+(?:be|ve|bol|bee|vee)\s*(?=[?,]|$)", re.I), ""),
        # "Xi Blinken hoyor" (Xi and Blinken, the two of them), "Beejing ruu" (to Beijing)
        (
            re.compile(
                rf"\b(?P<one>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*),?\s+(?P<other>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+hoyor\b"
            ),
            r"\g<one> and \g<other>",
        ),
        (re.compile(r"\b(?P<place>(?-i:[A-Z])[\w-]*)\s+(?:ruu|luu|ruugaa|luugaa)\b"), r"to \g<place>"),
        # "Blinken Wang Yi hoyor yuny talaar yarilsan" (about what talked): what did Blinken and Wang Yi talk about
        (
            re.compile(
                r"^(?P<who>.+?)\s+(?:yuny|yunii|yuu)\s+(?:talaar|tuhai)\s+(?:yarilt?san|yarisan|heleltsen)\w*$", re.I
            ),
            r"what did \g<who> talk about",
        ),
        # "Xi Amerikiig huchtei baihyg demjij baina uu?" (Xi, America strong being, supports?): does Xi support America
        # being strong; "… demjsen uu?": did … support
        (
            re.compile(
                r"^(?P<who>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)\s+(?P<what>(?-i:[A-Z])\S*)\s+(?P<how>[^?]+?)\s+"
                r"(?:baihyg|baihig|baigaag)\s+(?P<verb>demjij\s+baina|demjdeg|demjsen)\s+(?:uu|yuu)(?:\s*\?.*)?$",
                re.I,
            ),
            lambda match: (
                f"{'did' if match.group('verb').lower() == 'demjsen' else 'does'} {match.group('who')} support "
                f"{match.group('what')} being {match.group('how')}"
            ),
        ),
        # "Wang Yi yamar alban tushaaltai ve?" (what post does Wang Yi hold): what is Wang Yi's title
        (re.compile(r"^(?P<who>.+?)\s+yamar\s+(?:alban\s+)?tushaal\w*$", re.I), r"what is \g<who>'s title"),
        *_agglutinating(_MONGOLIAN_BOOK),
    )


# Mongolian's own words: its verbs' past ("gesen", "helsen", "uulzsan", "urgeljilsen"), its question words and
# postpositions ("talaar", "hezee", "haana"), and the particle closing a question after a word of its
_MONGOLIAN_WORDS = _lazy_pattern(
    r"\b(?:gesen|helsen|hellee|uulz\w+|urgeljil\w*|talaar|tuhai|hezee|haana|yagaad|yaagaad|niitlel\w*|hentei"
    r"|heniig|durds\w*|durdagd\w*|bichsen|niitlegd\w*|zarchim\w*|hamtragch\w*|yostoi|hariltsaa\w*|yaria|helelts\w*"
    r"|gadaad\s+hergiin|yerunhiilugch\w*|hichneen|bolson\s+(?:be|ve|bol)|zarchm\w*|sanal\s+bolgo\w*"
    r"|tushaal\w*|yarigd\w*|asuudal\w*|tovchhon|tegeed|harin|yarisan|niitelsen|heleegui|yarilt?san"
    r"|(?:ene\s+medeeg|niitleliig)\s+(?:\w+\s+){1,2}gargasan|baihyg\s+(?:demjij\s+baina|demjsen|demjdeg)\s+uu)\b"
    r"|\b(?:hen|yu|hed)\s+\w+\s+(?:be|ve|uu)\W*$|\s(?:hen|yu)\s+(?:be|ve)\W*$",
    re.I,
)

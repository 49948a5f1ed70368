"""Questions asked in other languages and dialects, put into the English the question parser reads."""

from __future__ import annotations

import re
from collections.abc import Callable

from knowledge.phrasebooks.african import (
    _HAUSA_WORDS,
    _IGBO_WORDS,
    _KINYARWANDA_WORDS,
    _SESOTHO_WORDS,
    _SHONA_WORDS,
    _SWAHILI_WORDS,
    _WOLOF_WORDS,
    _YORUBA_WORDS,
    _ZULU_WORDS,
    _hausa,
    _igbo,
    _kinyarwanda,
    _sesotho,
    _shona,
    _swahili,
    _wolof,
    _yoruba,
    _zulu,
)
from knowledge.phrasebooks.albanian import _ALBANIAN_WORDS, _albanian
from knowledge.phrasebooks.andean import _QUECHUA_WORDS, _quechua
from knowledge.phrasebooks.armenian import _ARMENIAN_WORDS, _armenian
from knowledge.phrasebooks.austroasiatic import _KHMER_WORDS, _khmer
from knowledge.phrasebooks.austronesian import _MALAGASY_WORDS, _malagasy
from knowledge.phrasebooks.baltic import _LATVIAN_WORDS, _LITHUANIAN_WORDS, _latvian, _lithuanian
from knowledge.phrasebooks.basque import _BASQUE_WORDS, _basque
from knowledge.phrasebooks.british_isles import (
    _BRETON_WORDS,
    _COCKNEY_WORDS,
    _GAELIC_WORDS,
    _GEORDIE_WORDS,
    _SCOTS_WORDS,
    _SCOUSE_WORDS,
    _WELSH_WORDS,
    _breton,
    _cockney,
    _gaelic,
    _geordie,
    _scots,
    _scouse,
    _welsh,
)
from knowledge.phrasebooks.creoles import (
    _BISLAMA_WORDS,
    _HAWAII_WORDS,
    _KREYOL_WORDS,
    _PAPIAMENTU_WORDS,
    _PATOIS_WORDS,
    _PIDGIN_WORDS,
    _SRANAN_WORDS,
    _bislama,
    _hawaii,
    _kreyol,
    _papiamentu,
    _patois,
    _pidgin,
    _sranan,
)
from knowledge.phrasebooks.germanic import (
    _FAROESE_WORDS,
    _ICELANDIC_WORDS,
    _LUXEMBOURGISH_WORDS,
    _SWEDISH_WORDS,
    _YIDDISH_WORDS,
    _faroese,
    _icelandic,
    _luxembourgish,
    _swedish,
    _yiddish,
)
from knowledge.phrasebooks.hmong_mien import _HMONG_WORDS, _hmong
from knowledge.phrasebooks.horn_of_africa import _AMHARIC_WORDS, _SOMALI_WORDS, _amharic, _somali
from knowledge.phrasebooks.kartvelian import _GEORGIAN_WORDS, _georgian
from knowledge.phrasebooks.maltese import _MALTESE_WORDS, _maltese
from knowledge.phrasebooks.mongolic import _MONGOLIAN_WORDS, _mongolian
from knowledge.phrasebooks.near_eastern import (
    _GREEK_WORDS,
    _HEBREW_WORDS,
    _KURDISH_WORDS,
    _PERSIAN_WORDS,
    _TAJIK_WORDS,
    _greek,
    _hebrew,
    _kurdish,
    _persian,
    _tajik,
)
from knowledge.phrasebooks.pacific import (
    _BISAYA_WORDS,
    _MAORI_WORDS,
    _SAMOAN_WORDS,
    _TAGLISH_OPENINGS,
    _TONGAN_WORDS,
    _bisaya,
    _maori,
    _samoan,
    _taglish,
    _tongan,
)
from knowledge.phrasebooks.romance import (
    _CATALAN_WORDS,
    _EUROPEAN_OPENINGS,
    _GALICIAN_WORDS,
    _JOUAL_WORDS,
    _ROMANIAN_WORDS,
    _catalan,
    _european,
    _galician,
    _joual,
    _romanian,
)
from knowledge.phrasebooks.shapes import _lazy_pattern, _Shapes
from knowledge.phrasebooks.slavic import (
    _BELARUSIAN_WORDS,
    _CZECH_WORDS,
    _SLOVAK_WORDS,
    _SLOVENE_WORDS,
    _UKRAINIAN_WORDS,
    _belarusian,
    _czech,
    _slovak,
    _slovene,
    _ukrainian,
)
from knowledge.phrasebooks.south_asian import (
    _BANGLA_WORDS,
    _HINDUSTANI_ENGLISH,
    _HINDUSTANI_PARTICLE,
    _HINDUSTANI_WORDS,
    _KANNADA_WORDS,
    _MALAYALAM_WORDS,
    _MARATHI_WORDS,
    _NEPALI_WORDS,
    _PASHTO_WORDS,
    _PUNJABI_WORDS,
    _SINHALA_WORDS,
    _TANGLISH_WORDS,
    _TELUGU_WORDS,
    _bangla,
    _hindustani,
    _kannada,
    _malayalam,
    _marathi,
    _nepali,
    _pashto,
    _punjabi,
    _sinhala,
    _tanglish,
    _telugu,
)
from knowledge.phrasebooks.south_slavic import (
    _BULGARIAN_WORDS,
    _MACEDONIAN_WORDS,
    _SERBIAN_WORDS,
    _bulgarian,
    _macedonian,
    _serbian,
)
from knowledge.phrasebooks.tai_kadai import _LAO_WORDS, _lao
from knowledge.phrasebooks.tibeto_burman import _BURMESE_WORDS, _burmese
from knowledge.phrasebooks.turkic import (
    _AZERBAIJANI_WORDS,
    _KAZAKH_WORDS,
    _KYRGYZ_WORDS,
    _TATAR_WORDS,
    _UYGHUR_WORDS,
    _UZBEK_WORDS,
    _azerbaijani,
    _kazakh,
    _kyrgyz,
    _tatar,
    _uyghur,
    _uzbek,
)
from knowledge.phrasebooks.uralic import _ESTONIAN_WORDS, _HUNGARIAN_WORDS, _estonian, _hungarian

# Each language's book, its shapes and the pattern a question in it matches (both compiled the first time a question
# needs them), is kept in the module of its family (shapes.py and verb_last.py hold what they share); here they are put
# in the order they are read, which matters where one language's words are another's.
# Pidgin, Bengali, Nepali, Swahili, Amharic, Patois, Persian, Greek, Scots, Hebrew, Haitian Creole, Quebec French,
# Swedish, Welsh, Yoruba, Ukrainian, Romanian, Slovak (before Czech, whose book it ends with), Czech, isiZulu, te reo
# Māori, Bisaya, Hungarian, Latvian (before Estonian and Lithuanian, whose "kas" is its who and what, and whose "kur" is
# its where), Estonian (before Lithuanian, whose "kas", who, is Estonian's "whether") and Lithuanian,
# each read in full when a question holds one of its words: a cue word of its, looked up among the question's words
# first (most questions hold none), then its pattern. A cue is a word's run of letters a to z ("träffade" is looked up
# as "tr" and "ffade", "Kí ni" as "k" and "ni", "întâlnit" as "nt" and "lnit"), or, in a question that is not all
# ASCII, a whole word with a letter that is not ("hvør", "нәрсә"; no book before this round's has one among its cues).
_Phrasebooks = tuple[tuple[frozenset[str], Callable[[], re.Pattern[str]], Callable[[], _Shapes]], ...]
_PHRASEBOOKS: _Phrasebooks = (
    (frozenset("wetin abeg oga na talk tok".split()), _PIDGIN_WORDS, _pidgin),
    (frozenset("bolechhe bolechen bollo boleche niye".split()), _BANGLA_WORDS, _bangla),
    (
        frozenset(
            "bhane bhanyo bhannubhayo bhaneko bhanera bhanne kasle kasale kaslai bhete bhetyo bhetnubhayo bhetghat "
            "barema chalyo kahile kaile lekhyo lekheko ullekh garyo garnubhayo gareko bhayo thiyo hunuhuncha parcha "
            "parchha samma ko kina kati rahyo bhanda kasto kun garne".split()
        ),
        _NEPALI_WORDS,
        _nepali,
    ),
    (
        frozenset(
            "alisema amesema anasema alisemaje nani ilitajwa imetajwa ilizungumziwa alitajwa alikutana kuhusu".split()
        ),
        _SWAHILI_WORDS,
        _swahili,
    ),
    (
        frozenset(
            "sle sile tegenagne tegenagn tegenagnu tegenagnech tegenagnew agegne agegnew fejje fejebet sibsebaw "
            "sibseba sebseba sebsebaw alebachew mehon lemin yahl gize meche teteqse teteqsual tetekse tsafe tsafew "
            "yetsafew tsihuf wuyiyit dirdir aderege adergu enesu agarinet mindin tekahede maereg mastaweq hulaf yale "
            "yalew man min sint negere negerew negeru negerut yetederegew yetederege tederege yaqerebew yaqerebut "
            "yeqerebew tenegagro tenegagre tenegagere yetegenagnew yagegnew endemilew endalew sifeta yihonal yibalal "
            "chigir ginignetu ginignet".split()
        ),
        _AMHARIC_WORDS,
        _amharic,
    ),
    (frozenset("wah seh weh pon inna afta a".split()), _PATOIS_WORDS, _patois),
    (frozenset("goft gofte molaghat darbare darbareye koja bood".split()), _PERSIAN_WORDS, _persian),
    (frozenset("eipe poios poion poia poso poses posa synantise kratise".split()), _GREEK_WORDS, _greek),
    (frozenset("whit wha hoo aboot whaur onything didnae wisnae telt frae heid".split()), _SCOTS_WORDS, _scots),
    (
        frozenset("amar amra amru nifgash nifgesha nimshecha nimshach kama matai eifo bdiyuk".split()),
        _HEBREW_WORDS,
        _hebrew,
    ),
    (frozenset("kisa kiy kiyes konbyen kile kil rankontre moun".split()), _KREYOL_WORDS, _kreyol),
    (frozenset("kess kesse qui quoi quel rencontr dur bas".split()), _JOUAL_WORDS, _joual),
    (
        frozenset(
            "vad vem hur vilken vilket vilka och men r nar var ffade ffades traffade traffades mndes mns "
            "utrikesministern tet samtalen artikeln".split()
        ),
        _SWEDISH_WORDS,
        _swedish,
    ),
    (
        frozenset(
            "beth pwy pryd ble lle pa faint hyd oedd arlywydd gyfarfod cyfarfod erthygl wrtha dywedodd ddywedodd "
            "dwedodd ddwedodd wedodd deudodd ddeudodd dudodd ddudodd wedws dywedon ddywedon dwedon ddwedon".split()
        ),
        _WELSH_WORDS,
        _welsh,
    ),
    (
        frozenset(
            "kini ni ta tani lo pa nipa bo nibo ibo igba nigba igbawo nigbawo wo gb melo meloo bawo gbodo aare "
            "r".split()
        ),
        _YORUBA_WORDS,
        _yoruba,
    ),
    (
        frozenset(
            "shcho shco scho sho shto khto koly skilky kym koho kogo de skazav skazala skazaly skazalo kazav kazala "
            "zaiavyv zaiavyla zayavyv zayavyla hovoryv hovoryla govoryv povidomyv zustriv zustrivsia zustrivsya "
            "zustrilasia zustrilysia zustrich zustrichi tryvala tryvaly tryvav".split()
        ),
        _UKRAINIAN_WORDS,
        _ukrainian,
    ),
    (
        frozenset(
            "ce cine spus zis declarat durat intalnit ntalnit lnit intalnire intalnirea lnire lnirea cand nd unde cat "
            "cate cati c te despre mentionat ionat scris citatele rog mi".split()
        ),
        _ROMANIAN_WORDS,
        _romanian,
    ),
    (
        frozenset(
            "kto kedy kolko ko preco pre ako co o om povedal povedala povedali stretol stretla stretli stretnutie "
            "stretnutia stretnuti stretnut clanok nok spomenuty spomenut rokovania rokovani hovoril hovorila hovorili "
            "vsetky etky tajomnik tajomn aku ake aky aka ak ktorej ktorom ktorych prebehol prebehla prebehlo prebehli "
            "podla pod velvyslanec".split()
        ),
        _SLOVAK_WORDS,
        _slovak,
    ),
    (
        frozenset(
            "co kdo kdy kde jak kolik kym koho rekl rekla rekli ekl ekla ekli rikal setkal setkala setkali trvala "
            "trval trvalo trvaly schuzka schuzky schuzce schuzku zka zky zce zku clanek clanku nek nku napsal zminen "
            "zminil zm dlouho prosim pros citaty cit proc pro".split()
        ),
        _CZECH_WORDS,
        _czech,
    ),
    (
        frozenset(
            "uthini wathini bathini uthe wathe bathe othe othi ushoni washoni bashoni ushilo ubani ngubani ungubani "
            "nobani nabani uhlangane bahlangane wahlangana bahlangana ohlangane abahlangane behlangane hlangane "
            "umhlangano isikhathi esingakanani nini kuphi kephi malini kanjani ngicela ngitshele ngiphe ungiphe "
            "nginike unginike kumele kufanele ukhulunyiwe kukhulunywe kushiwo kwashiwo obhale obhala ubhale ezingaki "
            "amangaki abangaki zingaki mangaki yini kwathiwani".split()
        ),
        _ZULU_WORDS,
        _zulu,
    ),
    (
        frozenset(
            "aha wai korero koorero rero tutaki tuutaki taki pehea peehea hea hia tena teenaa koa katoa ahea aahea "
            "nonahea noonahea inahea whakahuatia korerotia rerotia tuhi homai hoomai mai".split()
        ),
        _MAORI_WORDS,
        _maori,
    ),
    (
        frozenset(
            "unsa unsay unsang kinsa kinsay kinsang kanus kanusa kanosa ngano nganong giunsa tagpila pila asa asang "
            "bahin mahitungod gihisgutan nahisgutan gihisgotan nahisgotan giingon niingon miingon ingon nahimamat "
            "nagkita milungtad nilungtad nahitabo naa aduna duna anaa".split()
        ),
        _BISAYA_WORDS,
        _bisaya,
    ),
    (
        frozenset(
            "mit mi ki kivel kikkel kit kinek mikor hol hany h ny mennyi mennyibe meddig miert rt melyik hogyan mirol "
            "mir l mondott mondta mondtak nyilatkozott talalkozott talalkoztak tal lkozott lkoztak lkoz tartott "
            "tartottak szoba sz ba kerult ker lt cikk cikket cikkben irta rta kulugyminiszter gyminiszter".split()
        ),
        _HUNGARIAN_WORDS,
        _hungarian,
    ),
    (
        frozenset(
            "ko kas ar kad kur cik k kadel kalab par vai kura kuras kuri kurs kuru kuram kuros kurai kada kadi kads "
            "kadas un bet nu tad tik tikas tiksanas teica pateica sac sacija".split()
        ),
        _LATVIAN_WORDS,
        _latvian,
    ),
    (
        frozenset(
            "mida mis kes keda kellega kellele millal kus mitu kui kaua miks kuidas millest mille milline millised "
            "milliseid missugune millises kas ytles utles tles ytlesid utlesid tlesid kohtus kohtusid kohtas "
            "kohtumine kohtumise kohtumisel kohtumist kestis kestsid peaksid labiraakimised bir kimised konelused "
            "nelused".split()
        ),
        _ESTONIAN_WORDS,
        _estonian,
    ),
    (
        frozenset(
            "ka kas kuo kam kada kur kiek kodel kod kaip apie ar pasake pasak sake sak teige teig susitiko susitik "
            "susitikimas susitikimo susitikime truko tesesi si uztruko parase para pasiule pasi straipsnis straipsni "
            "straipsnio straipsnyje kalbejo kalb jo pareiske parei kokius kokias kokie kokia koks kuria kuriuos kurias "
            "sako diena".split()
        ),
        _LITHUANIAN_WORDS,
        _lithuanian,
    ),
)
# Faroese, Malagasy, Tatar, Catalan, Basque, Luxembourgish, Belarusian, Igbo, Burmese, Maltese, Hausa, Macedonian,
# Tajik, Kurdish, Malayalam, Georgian, Armenian, Khmer, Lao, Icelandic, Mongolian, Uyghur, Kyrgyz, Kazakh,
# Azerbaijani, Uzbek, Bulgarian, Albanian, Serbian (and Croatian), Sinhala, Tanglish, Pashto, Punjabi, Somali, Hawai'i
# Pidgin, Cockney, Geordie and Scouse, read before texting's shorthand is spelled out. The first twenty-six are read
# first, each only when a word of its own is there (Armenian's "u", and, is texting's "you"; Khmer's "tha", that, and
# Icelandic's letters typed plain are read before anything is spelled out). The three of this round come first, none
# of their cue patterns another book's words, each read in full before a book that shares some of its words would take
# them: Faroese's "hvar" (where), "hittust" (met) and "fundinum" (the meeting) are Icelandic's, its "og" (and) and
# "at" (that) Danish's and Norwegian's; Malagasy's "no" (its mark of what is asked), "ny" (the), "i" (before a name)
# and "ve" (a yes-or-no question's mark) are English's and texting's words, its "iza" (who) Spanish's "hoist"; Tatar's
# "кем" (who) is Russian's whom, its "кайда" (where) and "кайсы" (which) Kyrgyz's and its "әйтте" (said) Bashkir's. A
# question that is not all ASCII is looked up by its whole words as well as by their runs of a to z (Faroese's "hvør",
# who, is "hv" and "r"; Tatar's Cyrillic words hold no a to z at all). The five of the round before come next, none of
# their cue patterns another book's words: Catalan's "qui", "on" and "va" are French's, English's and Spanish's,
# Basque's "da" and "non" Hausa's and French's, Luxembourgish's "wat" texting's and Dutch's "what", Belarusian's
# "shto", "khto" and "u" (in) Ukrainian's and Russian's words and texting's "you" (its book reads its words as
# Ukrainian ones, then the Ukrainian book's shapes), Igbo's "na", "ka" and "ya" Pidgin's, Swahili's, Burmese's and
# Hausa's. Uyghur is read before Kyrgyz, Kazakh, Azerbaijani and Uzbek, which would read its "Kim … dedi?", "kerek"
# and "bilen" without its own words and endings.
# Burmese before Albanian, Nepali and Hindi, whose "ka", "ko" and "bar" are its words too, Maltese and Hausa before the
# books their "u" (and), "da" (with) and "na" (of) would be read by, Tajik before Persian and Kurdish, whose "chi" and
# "ki" it shares, Lao beside Khmer, whose shapes it reads its words in (in_place.py). Kyrgyz, Kazakh and Azerbaijani
# before Uzbek, which would read their "Kim … dedi?" (who said …) as its own, Kyrgyz before Kazakh, which would read its
# "kerek" and "bolush-" without its endings, Kazakh before Azerbaijani, whose "Name ne dedi?" it would read without
# Kazakh's endings ("Blinkenge": to Blinken). Macedonian is read before Bulgarian, whose book reads it once its words
# are Bulgarian ones, and Serbian, which would take its "sto" (what) and "rece" (said) with Serbian's "o" (about) in
# their place; Kurdish's and Uzbek's "u" ("û": and; he) are texting's "you", Kurdish's "kê" and "ku" Albanian's whom and
# where, Uzbek's "kim" (who) Serbian's whom, Malayalam's "eppo" (when) Tamil's too, Georgian's "da" (and) Hawai'i
# Pidgin's "the". Albanian's, Serbian's and Somali's "u" (Albanian's mark of a verb done to oneself, "u takua": met;
# Serbian's and Somali's in, to) is texting's "you", Pidgin's "wen" after a subject is the past ("Xi wen say") where
# texting's "wen" is "when", Geordie's "hoo" is "how" where texting's is "who", Cockney's "wot" and Scouse's "sed" are
# cue words of their own. Bulgarian is read before Serbian, which would take its "koga" (when) for "whom", and the seven
# from Bulgarian to Punjabi before Pidgin and Cockney, which would take Bulgarian's "da" (to), Serbian's "da" (that),
# Sinhala's "da" (its question's mark), Tamil's "da" and Pashto's and Punjabi's "da" (of) for "the", and Somali's "oo"
# (and) for "who"; Pashto before Punjabi, whose "da … zikar" it would read as its own; Geordie is read before Scouse,
# which would take its "like" and "an".
# Slovene, Kinyarwanda, Shona, Galician and Quechua (among Spanish words), this round's, are read first of all, none
# of their cue patterns another book's words: Slovene's before the Czech, Serbian and Croatian books, which would take
# its "kdo" (who) and "koliko" (how many) as their own; Kinyarwanda's and Shona's before the Swahili, isiZulu, Igbo and
# Pidgin books, which would take their "na" (and, with) and Shona's "nani" (with whom) as their own; Galician's and
# Quechua's before the Catalan book and the European one, which would read Galician's "que" and "e", and the Spanish
# among Quechua's words, without their own.
# Telugu, Marathi, Sesotho and Tongan, this round's, are read before those, none of their cue patterns another book's
# words: Telugu's before the Tanglish and Malayalam books, whose "enna" and "entha" are near its "emi" and "entha";
# Marathi's, in Devanagari (its words looked up whole, vowel signs and all) or in Latin letters, before the Punjabi,
# Nepali and Hindustani books, whose "kon" (who) and "ullekh" (mention) are its words too; Sesotho's before the
# isiZulu, Shona and Swahili books and Taglish, whose "le", "na", "ka" and "mang" are its words too; Tongan's before the
# Māori and Serbian books, whose "ko" opens its questions. Bosnian is read by the Serbian and Croatian book
# (south_slavic.py).
# Wolof, Hmong, Papiamentu, Bislama and Scottish Gaelic, this round's, are read before all of those, none of their cue
# patterns another book's words: Wolof's before the Lao book, which would take its "la" (its mark of what is asked)
# and a name after it for Lao's "lawang" (between), and the Hausa and Igbo books, whose "ak" and "ci" are its words too;
# Hmong's, whose "li" is a Chinese name, anywhere; Papiamentu's before the Spanish one, whose "cuanto" it shares (a
# Spanish question typed plain is no Papiamentu one: the book asks for its own verbs after it); Bislama's before the
# Hawai'i Pidgin and Patois books, which would read its "wea" (where) and "wanem" without its "nao" and "i"; Scottish
# Gaelic's before the Czech and Slovak books, which would read its "co" (who, typed plain) and "a" as their own.
# Sranan Tongo, Yiddish, Breton, Samoan and Kannada, this round's, are read before all of those, none of their cue
# patterns another book's words: Sranan's before Taglish, whose "san" (where) is its "san" (what), and the te reo Māori
# book, whose "taki" is its verb of saying; Yiddish's before the Luxembourgish book and the European one, whose "wat",
# "vos" and "ver" are near its words; Breton's before the Welsh book and the European one, whose French it mixes in,
# and the books whose "da", "e" and "ha" are its "to", "in" and "and"; Samoan's before the Tongan and Māori books, whose
# "fai", "mai", "lea" and "ia" are its words too; Kannada's before the Tanglish, Telugu and Malayalam books, whose
# "yaaru" (who) and shapes it shares (verb_last.py).
_BEFORE_TEXTING: _Phrasebooks = (
    (
        frozenset(
            "san pe taki taigi suma oten omeni ben konmakandra komakandra takimakandra sanede ede sortu wroko miti "
            "skrifi fesi nen".split()
        ),
        _SRANAN_WORDS,
        _sranan,
    ),
    (
        frozenset(
            "vos ver vemen ven vu vifl farvos vegn gezogt gezagt getrofn bagegnt dermont geshribn gedoyert "
            "forgeshlogn bagegenish shmuesn mentshn velkher velkhe".split()
        ),
        _YIDDISH_WORDS,
        _yiddish,
    ),
    (
        frozenset(
            "petra piv pegoulz pelec pegeit pegement perak deus lavaret diwar benn meneget kaozeadenno kaozeadennou "
            "haozeadenno haozeadennou emvod peseurt kaoz bez".split()
        ),
        _BRETON_WORDS,
        _breton,
    ),
    (
        frozenset(
            "fai mai atu anafea fea fia uiga feiloai feiloaiga fonotaga talanoaga taua ua aisea faapefea apefea "
            "faigaluega tusia tofi tulaga ia lea tala".split()
        ),
        _SAMOAN_WORDS,
        _samoan,
    ),
    (
        frozenset(
            "helidaru helidru heliddaru helidare helidaare helida helidlu heliddu helidraa helidaraa bagge yaavaga "
            "yavaga elli yelli eshtu yeshtu yaake bhetiyaadru bhetiyaadaru bhetiaadru bheti nadeyitu helalaaytu "
            "ullekha kelsa maatukathe yaarannu enaadru yenaadru prastaapisidaru prastaapisidru aagabeku hudde huddhe "
            "bardiddu bardidru bareda baredaru nadeyithu aadre oppikondra sigidaaginda".split()
        ),
        _KANNADA_WORDS,
        _kannada,
    ),
    (
        frozenset(
            "lan lu kan kañ kagn kany fan ñaata gnaata naata nyaata aata mbiru mbirum mbiri daje dajee dajeoon "
            "dajewoon ndaje waxtaan waxtaanu waxoon moo mooy moy gnoo ñoo ndax tax waral jawriñ jawriñu jawrignu "
            "jawrignou njiit njiitu tudd tuddu tuddoon yàgg yagg yaggoon liggéeyal liggeeyal liggéey liggeey kurél "
            "kurel lañu lagnu nag moom la".split()
        ),
        _WOLOF_WORDS,
        _wolof,
    ),
    (
        frozenset(
            "hais cas twg leej leejtwg thaum qhov pes tsawg txog tias ntsib thiab puas tsab xov xwm rooj sib tham teev "
            "lawv vim npaum haujlwm hauj lwm suav meskas asmeskas lavxias yuav tsum nyob tshwm ne dab tsi tshaj "
            "xwb".split()
        ),
        _HMONG_WORDS,
        _hmong,
    ),
    (
        frozenset(
            "kiko kico ken quen bisa topa reuni unda kuantu cuanto pakiko pakico tokante tocante kombersashon "
            "kombersashonnan combersacion combersacionnan menshona menshon wordu skirbi propone dura kosta luga mester "
            "anto ora dia tempu traha trabou puesto funshon funcion organisashon organisacion riba kua cua tema "
            "diferensia".split()
        ),
        _PAPIAMENTU_WORDS,
        _papiamentu,
    ),
    (
        frozenset(
            "wanem nao talem talemaot mitim mit miting tokbaot storian toktok tekem aoa haoa hamas blong saed hu wea "
            "raetem putum givim kamaot tufala olgeta oli wetem hapen longfala kost kostem oganaesesen posisen mo "
            "tu".split()
        ),
        _BISLAMA_WORDS,
        _bislama,
    ),
    (
        frozenset(
            "thuirt thubhairt dubhairt tuirt cuin caite càite cait carson mheud dheidhinn choinnich coinnich coinneamh "
            "choinneamh coinneimh choinneimh comhraidhean còmhraidhean comhradh còmhradh chaidh deach robh thachair "
            "sgriobh sgrìobh dreuchd obair agus co cò de dè cia aidich gheall chreid dhearbh measg".split()
        ),
        _GAELIC_WORDS,
        _gaelic,
    ),
    (
        frozenset(
            "emi emiti enti yemi annaru annaaru annadu annadi annara annaraa anadu chepparu cheppaaru cheppadu "
            "cheppindi chepadu cheppara chepparaa gurinchi gurunchi evaru yevaru evarini yevarini evaritho ekkada "
            "yekkada eppudu yeppudu kalisaru kalisadu kalusukunnaru jarigindi jarigayi jarigaayi sepu gantalu enduku "
            "rasaru raasaru chesaru chesaaru prastavinchara prastavincharaa matladaru roju undali undaali undalani "
            "chestaru videsanga videshanga pratipadincharu prathipaadincharu padavi hoda madhya unnayi unnaayi "
            "unnai".split()
        ),
        _TELUGU_WORDS,
        _telugu,
    ),
    (
        frozenset(
            "kay kaay mhanale mhanle mhanala mhanali mhatle mhatla sangitle sangitla sangitli koni konala kunala "
            "konashi kadhi kevha kuthe kothe kiti baddal vishayi bhetle bhetale bhetla jhali zali ullekh lihila "
            "kartat chalali challi kon ahe aahe ahet aahet gele kele mandle "
            "काय म्हणाले म्हणाला म्हणाली म्हणालं म्हटले म्हटलं सांगितले सांगितलं कोण कोणी "
            "कोणाला कोणाशी कुठे कोठे कधी केव्हा किती बद्दल विषयी भेटले भेटला झाली झाला उल्लेख कोणत्या कोणती कोणता कोणते "
            "याआधी घेतली konte ghetli".split()
        ),
        _MARATHI_WORDS,
        _marathi,
    ),
    (
        frozenset(
            "itse itseng itsoe itswe boletse boletseng boletsoe boletswe buile buileng builoe buuoe mang kopane "
            "kopanne kopano kopanong lipuisano dipuisano letona mopresidente sengoloa sengolwa neng kae bokae mekae "
            "mabapi sebeletsa sebetsa nkile hlahisitse sisintse hobaneng ngotseng etsahetse lokela thoe sehlooho "
            "sehloohong buisane lehlakore bontsitse bontshitse bapresidente lumellane".split()
        ),
        _SESOTHO_WORDS,
        _sesotho,
    ),
    (
        frozenset(
            "lea aki leaaki peh pehe pehē nae naa anef anefe anefē fiha fekau fekauaki fakataha houa hai siaina "
            "minisita palesiteni lave lavei ngaue ngāue feiloaki hā fē alu fuoloa talanoa alea fefe fēfē "
            "totongi".split()
        ),
        _TONGAN_WORDS,
        _tongan,
    ),
    (
        frozenset(
            "kaj kdaj kje zakaj rekel dejal dejala dejali izjavil izjavila povedal povedala srecal srecala srecali "
            "srecanje srecanja srecanju sestal sestala sestali sestanek sestanku pogovori pogovorov pogovorih casa "
            "dolgo omenil omenila omenjen omenjena omenjeno kitajske kitajska kitajski kitajsko kitajskem "
            "ameriski ameriska predlagal predlagala nacel nacela kom srečal srečala srečali srečanje "
            "srečanja srečanju časa ameriški ameriška načel načela narocnina naročnina kaksen kakšen kaksno kakšno "
            "napisal kateri stavbi potekalo potekal potekala govor začenjajo zacenjajo državama drzavama".split()
        ),
        _SLOVENE_WORDS,
        _slovene,
    ),
    (
        frozenset(
            "yavuze bavuze wavuze avuga yavuga yavuzwe byavuzwe bwavuzwe ryari bahuye yahuye bahuriye wahuye ninde nde "
            "ibiganiro ikiganiro byamaze yamaze cyamaze kingana inkuru nkuru yabereye byabereye amahame angahe "
            "zingahe kuki yabwiye yatanze yanditse wanditse minisitiri umunyamabanga umuvugizi ubushinwa bushinwa "
            "uburusiya tayiwani bijyanye ifatabuguzi ubucuruzi umubano naho uwuhe iyihe ayahe izihe ibihe yasohotse "
            "byasohotse icyizere ibihugu".split()
        ),
        _KINYARWANDA_WORDS,
        _kinyarwanda,
    ),
    (
        frozenset(
            "chii akati vakati akataura vakataura akaudza akadudza akakurudzira akasangana vakasangana vakasanganira "
            "riini kupi ndiani ndiyani hurukuro nhaurirano musangano dzakatora yakatora wakatora yakareba nguva "
            "waitirwa wakaitirwa wakaitwa mangani mingani zvingani marii gurukota mutungamiri mutauriri chinyorwa "
            "yakadudzwa rakadudzwa yakataurwa chakataurwa misimboti kodzero mushure ko akaenda akanyora "
            "chinzvimbo akazoti rakati vakazoti kudii yakabudiswa rakabudiswa pepanhau nepepanhau".split()
        ),
        _SHONA_WORDS,
        _shona,
    ),
    (
        frozenset(
            "dixo dixeron dixera dixese quen cando canto canta cantos cantas xuntanza xuntanzas xuntaronse xuntouse "
            "xunt ronse reunironse reuniron reuniuse tamen propuxo propuxeron preguntou voceiro voceira cal cales "
            "escribiu publicouse mencionouse falouse citouse unha reunion dereitos subscricion estranxeiros "
            "reuníronse xuntáronse tamén reunión subscrición dous teñen diferenzas xuntos xuntas xornal posto".split()
        ),
        _GALICIAN_WORDS,
        _galician,
    ),
    (
        frozenset(
            "imatataq imata imataq imamanta imamantataq imarayku imaraykutaq imanaqtin imanaqtintaq pitaq piwan "
            "piwantaq pikunataq hayk haykaq haykaqtaq haykataq hayka haykan jayk jaykaq aq aqtaq ataq maypi maypitaq "
            "maymanta mayman mayqan mayqin mayqintaq nirqan nirqanku rimarqan rimarqanku willarqan tupanakurqanku "
            "tupanakurqan tuparqan tuparqanku tupanakuy rimanakuy rimanakurqanku karqan karqanku karqa pachataq "
            "willakuy willakuypi qillqa qillqarqan manta wan chu qa taq ri nispa rimarqanchu tuparqanchu karqanchu "
            "nirqanchu cheqaqchu chiqaqchu churarqan haykʼaq haykʼaqtaq haykʼa pitawan pitawantaq rimanakurqa "
            "nisqamanta nisqamantapas nisqanman rimarqankuchu rimarqanchu munanchu munankuchu llaqtapi suyup "
            "nirqa".split()
        ),
        _QUECHUA_WORDS,
        _quechua,
    ),
    (
        frozenset(
            "hvat hvør hvor hvussu segði segdi søgdu sogdu hvønn hvonn hvørjum hvorjum hvørja hvorja hvørjar hvorjar "
            "hvørjir hvorjir hvørji hvorji hví nær naer leingi nakað nakad fundurin fundin fundinum hittust hitti "
            "uttanríkisráðharrin uttanrikisradharrin uttanríkisráðharri uttanrikisradharri ráðharrin radharrin "
            "samráðingarnar samradingarnar samráðingar samradingar skrivaði skrivadi vitjaði vitjadi tosaði tosadi "
            "tosaðu tosadu kjakaðu kjakadu møtti motti høvundurin hovundurin tríggjar triggjar tríggir triggir millum "
            "áðrenn adrenn kinesiski amerikanski sambandsríkini sambandsrikini mannarættindi mannaraettindi "
            "grundreglur bjartskygdur ávaraði avaradi lovaði lovadi samdust greinini tíðindi tidindi útgivin utgivin "
            "varð vard nevnt nevnd nevndi hevur hevdi satt ferðaðist ferdadist ferðaðust ferdadust".split()
        ),
        _FAROESE_WORDS,
        _faroese,
    ),
    (
        frozenset(
            "inona oviana rahoviana taiza aiza ohatrinona hoatrinona nahoana maninona hafiriana iza nolazain "
            "nolazainy notenenin nambaran voalazan natolotr naroson nosoratan nihaonan niresahan nifanarahan "
            "nampitandreman nangatahin nampanantenain nitsidihan nilaza niteny nanambara nihaona nitranga fihaonana "
            "fivoriana lahatsoratra fifampiresahana naharitra naharetan voatonona notononina nanoratra navoaka "
            "nifanaraka nitsidika niresaka famandrihana tokony ary nankany nampitandrina nampanantena voaresaka "
            "noresahina".split()
        ),
        _MALAGASY_WORDS,
        _malagasy,
    ),
    (
        frozenset(
            "нәрсә нэрсэ нәрсәләр нәрсәне диде диделәр дидеме дигән дигэн әйтте эйтте әйттеләр әйткән әйттеме кайчан "
            "кайда кем ә белән белэн турында турындагы хакында очрашты очраштылар очрашу очрашуда очрашудан "
            "очрашуга очрашуы очрашкан очраштымы ничә нича ничек күпме купме нигә ниге өчен сөйләде сөйләште "
            "сөйләштеләр сөйләшүләр мәкалә мәкаләне мәкаләдә мәкаләнең мәкаләгә тәкъдим телгә килеште килештеләр "
            "килешкән нинди вазыйфасы теләде кисәтте вәгъдә сойлэде мэкалэ мэкалэне тэкъдим нэрсэне диделэр "
            "dide didelar nerse narsa nersa kaychan kaichan turynda turinda belan belen ochrashty ochrashtylar "
            "ochrashu ochrashuda nichek kupme soylade soylede".split()
        ),
        _TATAR_WORDS,
        _tatar,
    ),
    (
        frozenset(
            "va van vaig es ha han amb qu qui quan quant quants quantes quin quina quins quines per reuni reunio "
            "xina "
            "xin xines xinesa pequ pequin nord americ americana esmentat esmentar esmenta esmenten menciona tracta "
            "segons despr despres aquest aquesta tamb tambe rrec carrec alguna converses subscripci subscripcio "
            "dels on parla".split()
        ),
        _CATALAN_WORDS,
        _catalan,
    ),
    (
        frozenset(
            "zer nork nori norekin noiz zenbat zergatik zertaz zeintzuk buruz buruzkoa bilera bilerak bileran "
            "bileraren artikulua artikuluan artikuluaren artikulu elkarrizketak elkarrizketa elkarrizketen "
            "harpidetza harpidetzak txina txinako txinan iraun esan adierazi aipatu elkartu bildu proposatu idatzi "
            "argitaratu gertatu joan egin izan nor non zein eta ustez iritziz arabera esanetan hitzetan aburuz nolakoa "
            "nolakoak erabili adierazi".split()
        ),
        _BASQUE_WORDS,
        _basque,
    ),
    (
        frozenset(
            "huet hunn gesot gesoot iwwer wiem ini weini laang getraff beg int begeint reunioun firwat wisou isou "
            "weisou gouf goufen ernimmt ischt naischt eppes sen desen sem desem vill eng mam vum geschwat "
            "geschriwwen publiz iert publizeiert propos proposeiert virgeschloen geschitt stattfonnt gaangen gereest "
            "kascht stonnen nscherechter menscherechter ausseminister aussenminister chinesesch chineseschen "
            "chinesesche amerikanesch amerikaneschen amerikanesche gespr icher gespreicher ich gespreich tzung "
            "setzung nner lanner zitater wat wien wou sot an".split()
        ),
        _LUXEMBOURGISH_WORDS,
        _luxembourgish,
    ),
    (
        frozenset(
            "skazau skazaw kazau kazaw ska za sustreusia sustreusya sustreu sustrelasia sustrelisia sustrecha "
            "sustrechy sustrechu sustrechi sustreche kolki doujylasia douzhylasia douzylasia doujylisia dze dzie chamu "
            "hety hetaha hetym artykul artykula artykule artykulu autar adbylasia adbylosia adbylisia zhadvausia "
            "zhadvalasia zgadvausia apublikavali apublikavany apublikavana napisau prapanavau pasada pasadu peramovy "
            "peramovach peramou kashtuje kitaj kitaja kitai zsha dziarzhsakratar zamiezhnych zamezhnykh pra shto "
            "hadzin padpiska shtoniebudz kali khto tak skaza sustre ylasia kaza dou hto sia sustrakausia takoje "
            "zhadvalisia zhadvalasia zhadvausia zhadvali zhadany zhadana zgadvalisia pavodle pavinny tydnia "
            "dzejnichaje abnauleny abnaulena "
            "zavuc".split()
        ),
        _BELARUSIAN_WORDS,
        _belarusian,
    ),
    (
        frozenset(
            "gini kwuru kwuwara gwara banyere gbasara zutere zuru nzuko nz ogologo kedu olee ebee mgbe akuko "
            "ak dere biputara tuputara ukpuru kp okwa kpoturu kp mkparita mmekorita mmek ahu ah kwesiri kwes "
            "kwanu kwan ihi onye ego kparitara kwuritara onwa afo ubochi izu oru kwekoritara".split()
        ),
        _IGBO_WORDS,
        _igbo,
    ),
    (
        frozenset(
            "pyaw pyo pyawt twe tway tweh twae sone bal bae bel thu akyaung kyaung achaung mhar hmar kyar kyin phyit "
            "hpyit mal thint phaw hpaw sar sartan thadin wun wungyi thamada tayoke tayout sway swe nway nwe htote yar "
            "htu htoo lu mate mait phet nar naryi khaung pyi pyee atwin twin thwar thwa bar khaing atwet".split()
        ),
        _BURMESE_WORDS,
        _burmese,
    ),
    (
        frozenset(
            "x dwar qal qalet qalu stqarr iltaqa ltaqa iltaqghet iltaqghu iltaqaw laqgha laqg kemm il fejn ghaliex "
            "ghala liema kiteb kitbet issemma ssemma msemmi imsemmi artiklu tahdidiet ta ghandna ghandhom nkunu ikunu "
            "msiehba imsiehba siegha sieghat principji principju ppropona ippropona kariga ppubblikat ippubblikat "
            "aggornat kummerc drittijiet jiswa abbonament ma lil min meta hemm l i ic aliex ala andna andhom didiet "
            "pjan reklami kuljum xiex "
            "msie sieg ina kummer ornat ie ara kwotazzjonijiet taghtini aghtini tini esprima differenzi fost "
            "kif".split()
        ),
        _MALTESE_WORDS,
        _maltese,
    ),
    (
        frozenset(
            "ya ta sun suka aka an ce fada gana hadu rubuta wallafa ambaci ambata dauka dauki gudana faru game dangane "
            "yaushe nawa taron ganawa ganawar tattaunawa tattaunawar labarin kamata wane wanene waye ministan harkokin "
            "shugaban sakataren dangantaka dangantakar kasuwanci idoji kaidoji abokan mukami mukamin meyasa akwai "
            "marubuci marubucin hakkin yancin amurka kuma shin yake kasance zan karanta wadanne mafi".split()
        ),
        _HAUSA_WORDS,
        _hausa,
    ),
    (
        frozenset(
            "shto sto to kolku zoshto zosto zo koj koja koe koi kogo so koga kade za vo na dali li kakva kakov "
            "kakvi".split()
        ),
        _MACEDONIAN_WORDS,
        _macedonian,
    ),
    (
        frozenset(
            "guft gufta guftand guftaast vokhurd vokhurdand vohurd voxurd vokhuri mulokot muloqot mulokoti borai "
            "boraji borayi kujo kuja charo kist chist davom barguzor navisht navishtaast nashr boyad boshem boshand "
            "zikr yod vaziri kotibi maqolaro maqolai guftugu muzokirot peshnihod sharikon hamkoron kadom huquqi "
            "tijorat munosibat munosibathoi amriko ima tojikiston chize yagon ruy obuna chand kor tavallud omilhoi "
            "qabul guftuguhoi guftuguho guftuguyi mulokoti vokhurdand tavr vazifa vazifai nazari lozim mavzuho medihad "
            "mekunad".split()
        ),
        _TAJIK_WORDS,
        _tajik,
    ),
    (
        frozenset(
            "ci chi got gotiye ragihand qewim qewimi dit ke ki k kiye ye ciqas cend kengi keng kenge cima kijan "
            "nivisand niv sand dixebite hevditin hevd tin dom dewam li pek behs behsa i end iqas ima jan d t p axiv "
            "axivi tistek ti tek heye gori gor wesand we".split()
        ),
        _KURDISH_WORDS,
        _kurdish,
    ),
    (
        frozenset(
            "paranju paranjathu paranjath paranjo paranjittundo paranjitundo paranj pranju aareya aarey aare aaru "
            "aaranu aaraanu kandathu kandath kandumutti ethra etra neendu eppol eppozha eppozhanu evide evideyaanu "
            "enthinu enthina enthukondu sambhavichu kurichu ezhuthi ezhuthiyathu aakanam aavanam aayirikkanam cheythu "
            "cheythathu enthu enthaanu enthanu enthine koodikazhcha koodikkazhcha prakhyapichu enthenkilum thammilulla "
            "thudangi prakaram cheytha aazhchayile ethu ethokke cheyyunnathu cheyyunnath cheyyunnu".split()
        ),
        _MALAYALAM_WORDS,
        _malayalam,
    ),
    (
        frozenset(
            "tqva tkva tqves utxra utkhra utxres ganacxada ganaskhada shexvda shekhvda shexvdnen shekhvdnen shexvedra "
            "shexvedris shexvedraze shekhvedra gagrdzelda gastanda gaimarta chatarda moxda mokhda dawera dauwera "
            "shestavaza wavida tsavida chavida gaemgzavra mushaobs naxsenebi naxsenebia nakhsenebi moxseniebuli "
            "ixsenieba ghirs ramdeni ramden ratom rattom rodis vistan molaparakeba molaparakebebi ganixiles isaubres "
            "vin ra m ma tanamdeboba uchiravs shesaxeb shesaxebaa exeba statia statiashi gamoaqveyna gamoqveynda "
            "romelma kviris stabilizdeba mixedvit aris iyo siashi".split()
        ),
        _GEORGIAN_WORDS,
        _georgian,
    ),
    (
        frozenset(
            "asec asets asecin asac handipec handipecin handipets handipel handipum handipumy handipumic handipman "
            "tevec tevel inchqan incqan masin vortegh vortex inchu hodvac hodvacy hodvacum hodvaci hodvats hodvatsy "
            "nshvel nshvec hishatakvel grel hraparakvel hraparakvec arajarkec arajarkel banakcutyunnery "
            "banakcutyunneri banakcutyun nakharar nakharary naxarar nakhagah naxagah petqartughary linenq kayacav texi "
            "tegh gortsynker gortsynkerner pekinum chinastani haraberutyunnery haraberutyuny skzbunq skzbunqner inch "
            "inc ench ov um vor pashton pashtony naxkinum nshvac nshvats".split()
        ),
        _ARMENIAN_WORDS,
        _armenian,
    ),
    (
        frozenset(
            "niyeay niyay niyai nyeay nijay chuob chuop choub juob kechchaprachoum kech prachum kechprochum nak neak "
            "anak nakna neakna ponman bonman yoreh atthabot attabot rodthamontrei rathamontrey prathanathibdei sarsei "
            "sorsir pipeaksa kolkar tomnak dei daikou trauv trov hetu pel nov kaoet lerk tamnaeng prap kaset "
            "vinh".split()
        ),
        _KHMER_WORDS,
        _khmer,
    ),
    (
        frozenset(
            "wao vao nyang phai kong xoum xum sum soum kongpaxoum kongpasum sua xua mong don pan dai thao meua mua "
            "sai pen bot khuam botkhuam khian noe sanoe lak kan khu ha lat tha mon ti latthamonti pathanathibodi "
            "kiaw kieo kiew kao wao theung sit thi nut sam phan tam naeng amelika sahalat latsia lat hao tong pob phop "
            "pai wan mueang thuk je la ja yang jang taek tang lawang wang nyao deuan duean".split()
        ),
        _LAO_WORDS,
        _lao,
    ),
    (
        frozenset(
            "sag sagdi sogdu s g hitti hittust hvern hverja hverjum hven hvenaer hvar hversu hve lengi st stod stodu "
            "fundurinn fundinum fundinn fundarins greinin greinina greininni greinarinnar vi vidraedur vidraedurnar "
            "utanr utanrikisradherra herra radherra forsetinn eitthva eitthvad hva hvada samstarfsa samstarfsadilar "
            "ttum ttu aettum aettu nefnt minnst bandar bandarikin bandarikjanna l lagdi h fund fundur "
            "askriftin skrift gerdist uppf uppfaerd fjallar hver af hverju vegna samkv mt samkvaemt var voru hvernig "
            "hofundurinn hvadan um tok hefur hafdi taldi taldu telur hverjar hverjir".split()
        ),
        _ICELANDIC_WORDS,
        _icelandic,
    ),
    (
        frozenset(
            "gesen helsen hellee helev uulzsan uulzav uulzlaa uulzalt uulzaltyn uulzaltaas uulzaltad urgeljilsen "
            "urgeljlev talaar tuhai hezee haana yagaad yaagaad niitlel niitleliig niitleld niitlelyg hentei heniig "
            "hend durdsan durdagdsan bichsen niitlegdsen zarchim hamtragch yostoi hariltsaa yaria heleltsee gadaad "
            "yerunhiilugch hichneen bolson be ve uu zarchmyg sanal bolgoson tushaaltai tushaal yarigdsan asuudal "
            "tovchhon tegeed harin yarisan niitelsen heleegui yarilsan yariltsan gargasan medeeg demjij demjsen".split()
        ),
        _MONGOLIAN_WORDS,
        _mongolian,
    ),
    (
        frozenset(
            "neme nime nemiler nimiler nemini nimini nemishqa nimishqa heqqide heqqidiki toghrisida bilen qanche "
            "qanchilik nechche dawamlashti dawamlashqan dawamlashtimu dawam yighin yighinda yighindin yighinning "
            "qachan "
            "qeyerde n me d di dimu gen ytti ytqan lindi k r shti shken shtimu tk z ldi lgen lidi tashqi xitay "
            "xitayning xitayliq hemkar bolushimiz wezipisi wezipe otturigha teklip maqalini maqalide maqalining "
            "maqalidin maqalige hbetl hbetlesht zl sht yazghan barghan qandaq boldimu bolghan yin jeryanida shkendin "
            "korushkendin yaxshilandimu yaxshilandi keypiyati kayfiyati "
            "turidu tilgha elindi elindimu lindimu dawamlishidu chu zlirini zini sozlirini sozini kimdur degen".split()
        ),
        _UYGHUR_WORDS,
        _uyghur,
    ),
    (
        frozenset(
            "emne emnege emneni emneler jonundo tuuraluu tuurasynda joluktu jolukkan jolugushtu jolugushkan jolugushuu "
            "jolugushuuda jolugushuudan zholuktu kancha kanchalyk kachan kaerde sozuldu sozulgan ubakyt ubakytka "
            "otkoruldu tyshky katchy onektesh onoktosh bolushubuz boluubuz menen suyloshuu suyloshuular makalany "
            "makalada kabardy kytaylyk amerikalyk aytyldy eskerildi ataandash mamile mamileler adam soodo kyzmaty "
            "ishteyt kandaycha kantip aytpady degen barby algach jumanyn kiyin cheyin uchurunda turuktashyp sunushtady "
            "sunush kaysy ataldyby aytyldyby eskerildibi soz makala makalanyn avtoru kyzmatta kyzmaty dediby dedibi "
            "ayttyby aytkanby bildirdiby jolukkanby joluktubu jatat j nd yl "
            "kt".split()
        ),
        _KYRGYZ_WORDS,
        _kyrgyz,
    ),
    (
        frozenset(
            "turaly jaiynda jayynda kezdesti kezdesken kezdesipti kezdesu kezdesude kezdesuden kezdesuge kezdesudin "
            "kimmen kimge sozyldy sozylgan qansha qanshaga kansha neshe qashan kashan qaida kaida jerde zherde nege "
            "nelikten qaisy qaysy maqala maqalany maqalada maqalanyn aitty aytty aitqan aytqan kerek bolu boluy "
            "boluymyz seriktes ataldy atalgan aityldy aitylgan jazdy jazgan zhazdy zhazgan jariyalandy jariyalady "
            "jariyalangan zhariyalandy otkizildi bardy usyndy syrtqy me kelissozder kelissozderdin kelissozderden "
            "kelissozderde qatynastar qatynas turaqtana ilgerileu kelispeushilik qarsylas sauda quqyqtary memlekettik "
            "hatshysy hatshy lauazymy qyzmeti avtory janartyldy aptanyn birdene birdeme qagida qagidany barlyq "
            "sozderin isteidi jazylym dedi aqsh amerikalyq qytailyq reseilik qysqasha tarapynan talqylandy alghash "
            "algash resmi qytai qytaidyn buryn aitpady jane zhane qalai talqylady talqylau lauazymda qyzmette".split()
        ),
        _KAZAKH_WORDS,
        _kazakh,
    ),
    (
        frozenset(
            "n q g d t l r b s ne kim yaz klif etdi prinsip haqq haqqinda barede bar kiml kimle kiminle qeder gorusdu "
            "gorusub gorusmusdu gorusde gorusden gorushdu davam deyib deyen olunub olunubmu edilib edilibmi meqale "
            "meqaleni meqalede meqalenin vaxt harada harda hans hansi nece neceye nazir naziri xarici terefdas fda "
            "olmal olmaliyiq olmalidir irilib kecirilib kecirildi derc rc yazib danisiqlar danisiqlarin danisiqlardan "
            "teklif getdi gedib nese sey kimdir qeyd munasibetler sabitlesmeye irelileyis ferqler reqib reqibler "
            "ticaret huquqlari vezifesi zif muellifi teskilatda isleyir dovlet sitatlari yenilenib heftenin xatirlanib "
            "behs dedi ab vv evveller sohbet demedi razilasmisdilar razilasdilar bes".split()
        ),
        _AZERBAIJANI_WORDS,
        _azerbaijani,
    ),
    (
        frozenset(
            "nima aytdi aytdimi aytgan uchrashdi uchrashishdi uchrashgan uchrashdilar uchratdi uchrashuv "
            "uchrashuvda uchrashuvdan haqida qancha necha nechta davom qachon qayerda qaerda nega nimaga qaysi kimni "
            "kimga bilan yozgan yozdi tilga bo lib ldi kerak kerakligini maqola maqolani maqolada lavozimi ishlaydi "
            "turadi bordi kim taklif lon elon imzo haftaning bormi rtasidagi chop barqarorlasha".split()
        ),
        _UZBEK_WORDS,
        _uzbek,
    ),
    (
        frozenset(
            "kakvo kvo koi koy koj koya kogo koga kade kude kyde kolko zashto zasto za kakva kazal kazala kazali "
            "kazalo spomenat spomenata spomenato spomenati spomenava sreshtna sreshtnal sreshtnala sreshtnali "
            "sreshtnaha sreshtata sreshtite sre tna ata ite naha prodalzhi prodalzhiha prodalzhava prodalji prodylzhi "
            "produlzhi prodalzi triabva tryabva trabva trqbva statiyata statiata statiqta razgovorite".split()
        ),
        _BULGARIAN_WORDS,
        _bulgarian,
    ),
    (
        frozenset(
            "cfare cfar far c cka qka ka shka kush ke kend kujt kur ku sa pse perse rse cili cila cilat cilet cilin "
            "cilen tha thane takua takuan takoi zgjati takimi takimin takimit artikulli artikullin artikullit "
            "bisedimet duhet permend permendur rmend rmendur".split()
        ),
        _ALBANIAN_WORDS,
        _albanian,
    ),
    (
        frozenset(
            "sta sto ta to ko tko kim koga kada kad gde gdje koliko zasto za kako cemu emu li rekao rekla rekli "
            "izjavio izjavila sastao sastala sastali sastanak sastanku sastanka trajao trajala trajali trajalo clanak "
            "clanku clanka lanak lanku lanka pomenut spomenut pominje spominje kakav kakva kakvo kakvi kakve kog "
            "kosta koji koja koje kaze kazu rece razgovarao razgovarali kime koju kakvu vjeruje veruje misli smatra "
            "tvrdi zna ocekuje pretplatu pretplata pretplate pretplati kojim kakvim kojoj kojem receno "
            "razgovarano".split()
        ),
        _SERBIAN_WORDS,
        _serbian,
    ),
    (
        frozenset(
            "mokakda mokadda monawada kiwwe kiwwa kiyuwe kiyuwa kiuwe kiyala kawda kauda kawuda hamba hambuna "
            "hambune hambunes hambawuna hambawune kochchara kochara welawak giyada kawadada kawadda koheda kohede "
            "kiyada keeyada liwwe liyuwe wenna eka kiyak keeyak ai aei giye giya mokak mention sandahan thiyenawada "
            "tiyenawada mokuth kiyata kiyatada kohe kohen".split()
        ),
        _SINHALA_WORDS,
        _sinhala,
    ),
    (
        frozenset(
            "enna yaaru yaru yaara yaarai yarai evlo evvalavu ethana ethanai eppo enga pathi paththi patthi yen "
            "sonnaru sonnar sonnaar sonnaaru sonnanga sonnaanga sonnaga sonnadhu sonnathu chonnaru solli nadanthuchu "
            "nadandhuchu irukanum irukkanum pannaru pannar pannaanga pannanga panninaru pannunaaru panninaanga "
            "pannunanga ezhuthunaanga eluthunaanga santhichaaru mention eppadi epdi solliruku irunthuchu ponaaru "
            "ponaanga ponanga vanthaaru vandhaaru pesinaaru pesinaanga edhukku ethukku".split()
        ),
        _TANGLISH_WORDS,
        _tanglish,
    ),
    (
        frozenset(
            "wayel wayal owayel wewayel woyel wlidal wleedal wlidel owlidal dawam mooda cherta charta chiray sok chaa "
            "oshwal okral wokral okro wokro zikr zikar leekaly lekalay wakhist waxist wale wali walay kral shi wosi "
            "osi dey dai bara baara bare baare ohda uhda kaar kawi wayeli wayele wayle wayali melaw milaw milao manz "
            "hisab hesab numbar nambar".split()
        ),
        _PASHTO_WORDS,
        _pashto,
    ),
    (
        frozenset(
            "keha kiha akhya akheya akha aakhya kinne kihne kinnu kihnu kisnu milya mileya mila milia miliya kinni "
            "kinna kithe kitthe kado kadon vich chahida chahide ohna likhya likheya gallbaat hoya kaun kon kyon kyun "
            "kiyon kis kehde ahuda ohda zikar zikr kehda kehdi jehde jehda jehdi sehmati shuru".split()
        ),
        _PUNJABI_WORDS,
        _punjabi,
    ),
    (
        frozenset(
            "muxuu maxuu maxay maxaa yaa kuma kumaa goorma goormuu goormay xaggee halkee imisa immisa meeqa intee waa "
            "sababta yiri yidhi yiraahdeen sheegay sheegtay kulmay kulmeen kulantay socday socotay kulanka kulanku "
            "wadahadal wadahadallada noqdaan maqaal maqaalka yuu maalintee maalinma saacadee jir".split()
        ),
        _SOMALI_WORDS,
        _somali,
    ),
    (frozenset("wen da dat dey wat wea togedda bruddah braddah brah howzit k".split()), _HAWAII_WORDS, _hawaii),
    (
        frozenset(
            "oo ow wot woz wiv abaht arahnd rahnd dahn aht fink finks nuffink nuffin somefink summink summat anyfink "
            "anyfin innit oughta bruv geezer".split()
        ),
        _COCKNEY_WORDS,
        _cockney,
    ),
    (
        frozenset(
            "gan gannin ganning gannen thi divvent divn divnt howay haway hadaway wor knaa hyem nowt owt wes hev aal "
            "alreet neebody whe whee hinny marra hoo man pet like mind lad eh kid ye di hisself gaffer".split()
        ),
        _GEORDIE_WORDS,
        _geordie,
    ),
    (
        frozenset(
            "wha wharr worr warr shud wud cud sed bout dey dem dat dis dese dose der dere youse yer gis giz gizza wuz "
            "meetin talkin sayin goin doin tellin happenin comin gettin lastin mentionin askin visitin sittin havin "
            "speakin runnin makin takin leavin holdin plannin sortin calmin an kid de la lar lad like tings ya den "
            "wid".split()
        ),
        _SCOUSE_WORDS,
        _scouse,
    ),
)
_LOWER_WORD = re.compile(r"[a-z]+")
# A word of letters, some of them not ASCII's, looked up as a whole only in a question that is not all ASCII
# (Faroese's "hvør" and "segði", Tatar's "нәрсә" and "диде"; most questions are ASCII, and the older books' cues are
# runs of a to z), Devanagari's vowel signs, virama and nasals inside it (Marathi's "म्हणाले", which are no letters to
# Python, would be cut into "म", "हण" and "ल"); compiled the first time such a question comes
_LETTERS = _lazy_pattern(r"(?:[^\W\d_]|[\u0900-\u0903\u093a-\u094f\u0955-\u0957\u0962\u0963])+")


def in_english(text: str) -> str:
    """The question with another language's question shapes and words put into English ("ano sabi ni X",
    "X ne kya kaha", "Vad sa X om Y?"); a question in English comes back as it was."""
    if text.split(" ", 1)[0].lower() in _TAGLISH_OPENINGS:  # most questions: none of them to try
        for taglish, english in _taglish():
            text = taglish.sub(english, text, count=1)
    if _HINDUSTANI_WORDS().search(text):
        for hindustani, english in _hindustani():
            text = hindustani.sub(english, text.rstrip("?!. "), count=1)
        text = _HINDUSTANI_PARTICLE().sub(lambda m: _HINDUSTANI_ENGLISH.get(m.group().lower(), ""), text)
    return _read(text, _PHRASEBOOKS)


def in_english_before_texting(text: str) -> str:
    """The question in a language or dialect whose words texting's shorthand would misread, put into English ("Xi
    wen say": what Xi said, not when; "u Pekingu": in Beijing); a question in English comes back as it was."""
    return _read(text, _BEFORE_TEXTING)


def _read(text: str, phrasebooks: _Phrasebooks) -> str:
    """The question read by each phrasebook it holds a cue word of and whose pattern it matches."""
    lowered = text.lower()
    words = set(_LOWER_WORD.findall(lowered))
    if not lowered.isascii():
        words.update(word for word in _LETTERS().findall(lowered) if not word.isascii())
    for cues, pattern, phrasebook in phrasebooks:  # read only when a question holds their words
        if not cues.isdisjoint(words) and pattern().search(text):
            text = text.rstrip("?!. ")
            for shape, english in phrasebook():
                text = shape.sub(english, text)
    return text


def european_in_english(text: str) -> str:
    """The question's Spanish, French, German or Portuguese shape put into English ("¿Qué dijo X?")."""
    if text.split(" ", 1)[0].lower() in _EUROPEAN_OPENINGS:
        for european, in_english in _european():
            text = european.sub(in_english, text, count=1)
    return text

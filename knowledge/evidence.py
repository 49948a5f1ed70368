"""What a question needs from a passage to be answered: its content words, its entities, its answer type.

The engine abstains from evidence, not from a guess: a question that names something
the article never names (a place, a person, a number, a day) has no answer here, and a
passage answers only when it holds what the question's slot asks for — the entities
it names and, for "how old", "how much", "how long" and the like, an answer of that type.
Frame words ("what was said about", "did they talk about", "take place") carry no topic.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from knowledge.lexicon import (
    AUXILIARY_VERBS,
    CALENDAR_WORDS,
    CAPITALS,
    FULL_FORMS,
    HONORIFICS,
    MONTH_NAMES,
    NATIONALITIES,
    NATIONALITY_PHRASES,
    NOT_NAMES,
    ORGANISATION_WORDS,
    ROLE_MODIFIERS,
    ROLE_WORDS,
    WEEKDAY_NAMES,
    is_role_word,
    without_possessive,
)
from knowledge.synonyms import country_terms, synonyms_of
from knowledge.tokenize import IRREGULAR_PAST, STOP_WORDS, tokenize

# Words that frame a question without naming its topic.
FRAME_WORDS = frozenset(
    """
    mention mentioned mentions talk talked talks discuss discussed discusses describe described
    describes take took taken place happen happened happens anything something everything said say
    says tell told know learn article story report reported write wrote written supposed last lasts lasted name
    speak speaks spoke spoken remark remarks comment comments commented located situated
    go goes went gone get gets got cause caused causes causing
    quote quotes quoted quotation exact exactly verbatim word words line lines phrase
    quotable punchy punchiest soundbite tweet tweetable pls plz please
    mean means meant even actually
    dreadful awful terrible horrible wretched bloody damn darn
    """.split()
)
_STEM_MIN = 5  # shorter names must match exactly
_POSSESSIVE_WORD = re.compile(r"(?:['’]s|s['’])$")
_LOWER_WORD = re.compile(r"[a-z]+")
_QUESTION_WORDS = frozenset("what who whom whose which when where why how did does do is was were are".split())
# A sum written after its currency's letter is one word: "K2.1 billion", "K15,000".
_CAPITALISED = re.compile(r"\b[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*(?:[.,]\d+)*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*(?:[.,]\d+)*)*")
# "13th" too: "the 13th Assembly" is not the 14th; and a sum's number ("£5m", "$2bn")
_NUMBER = re.compile(r"\b\d[\d,.]*(?:st|nd|rd|th)?\b|(?<=[$€£¥₹])\d[\d,]*(?=(?:m|bn|k|tn)\b)")

_NAIRA = r"₦\s?\d|\bN\d[\d,.]*(?:bn|tn|m|k)\b"  # "N47.6bn", as Nigerian papers write sums
# "P2.5 billion", "P32,580", as Philippine papers write pesos (not a form called "P45")
_PESO = r"₱\s?\d|\bP\d{1,3}(?:,\d{3})+\b|\bP\d[\d.]*(?:[\s-]*(?:billion|million|trillion|B|M)\b|bn\b)"
# A currency written as letters before the sum: "R640 million", "R2 800", "Sh1.2 billion", "RM3,500", "ZAR 120",
# "VT2,100" (vatu), "E4.2 million" (emalangeni), "K1.5 billion" (kina, kwacha), "Nu 300" (ngultrum).
# ISO codes of currencies (not ALL, TOP, SOS, PEN or COP, which are also words), before a sum or after it ("214
# AMD", in capitals only).
_CODES = (
    r"(?:ZAR|KES|INR|AED|SAR|QAR|CNY|RMB|JPY|HKD|SGD|AUD|CAD|NZD|MYR|IDR|PHP|NGN|GHS|VND|NIS|ILS|THB|KRW|TWD"
    r"|EGP|UGX|TZS|PKR|LKR|BDT|TRY|BRL|MXN|SEK|NOK|DKK|PLN|ISK|CZK|HUF|RON|BGN|UAH|RUB|KZT|NPR|MMK|KHR|ARS|CLP"
    r"|ETB|RWF|ZMW|MWK|XOF|XAF|KWD|OMR|BHD|JOD|MAD|TND|DZD|BND|SDG|SSP|GEL|LAK|AMD|AZN|MNT|BTN|FJD|PGK|WST|JMD"
    r"|TTD|BSD|BBD|GYD|MUR|SCR|NAD|BWP|MZN|AOA|LYD|IQD|LBP|YER|AFN|UZS|KGS|TJS|MDL|RSD|MKD|BAM|SLL|LRD|GMD|MVR"
    r"|SBD|VUV|XPF|HRK|KMF|MGA|HTG|DOP|SZL|LSL|BIF|DJF|ERN|STN|PYG|UYU|GTQ|HNL|NIO|CRC|ANG|XCG)"
)
# More currencies by name, after a sum: "22 soms", "D1.2 million" aside, "450 rufiyaa", "35 meticais"
_MORE_CURRENCIES = (
    r"soms?|dalasis?|meticais|metical|guilders?|rufiyaa|laari|manats?|tenge|lari|drams?|tugriks?|leva|levs?|"
    r"kuna|lempiras?|quetzal(?:es)?|bolivianos?|colones|gourdes?|kwanzas?|ariary|pula|maloti|emalangeni|nakfa|"
    r"leones?|ouguiyas?|afghanis|vatu|ngultrum|kyats?|riels?|somoni|hryvnias?|denars?|marka|kroon|lats|litas"
)
_IN_MORE_CURRENCIES = (
    rf"\b\d[\d,.]*\s*(?:million\s+|billion\s+)?(?:{_MORE_CURRENCIES})\b"  # "22 soms", "1.2 million lari"
)
_LETTERED = (
    r"\b(?:R|Sh|Shs|USh|TSh|KSh|Ksh|KShs|RM|Rp|Tk|E|K|Nu\.?)\s?\d{1,3}(?:[ ,]\d{3})+\b"
    r"|\b(?:R|Sh|Shs|USh|TSh|KSh|Ksh|KShs|RM|Rp|Tk|E|K|Nu\.?)\s?\d[\d.]*\s?(?:billion|million|trillion|bn|m|tn)\b"
    r"|\bVT\s?\d"
    r"|\bD\d[\d,.]*(?:\s?(?:billion|million|bn|m))?(?![\w-])"  # Gambian dalasis: "D150", "D1.2 million"
    rf"|\b{_CODES}\s?\d"  # "VND26.1 trillion", "ISK 7.8 billion", "BND1,284,600", "GEL 1.50"
    rf"|\b\d[\d,.]*(?:\s?(?:billion|million|bn|m))?\s?(?-i:{_CODES})\b"  # "214 AMD", "42.6 billion AMD"; not "3 try"
)
# Sums in a currency's small coin: "35.25ppl" (pence per litre), "99p", "1.75 pence", "30 cents"; not "5 p.m.".
_SMALL_COINS = r"\b\d[\d,.]*\s?(?:ppl|pence|cents?|p(?!\.?m\b)(?![\w’'-]))"
_MONEY = re.compile(
    rf"{_NAIRA}|{_PESO}|{_LETTERED}|[$€£¥₹]\s?\d|\b\d[\d,.]*\s*(?:%|per\s*cent|percent)|\b\d[\d,.]*\s*(?:million|billion|trillion|bn|m|k)\b|\b(?:CHF|USD|EUR|GBP|Rs)\b\s?\d"
    r"|\b\d[\d,.]*\s+(?:dollars|euros|pounds|francs|crowns|rupees|yen|yuan|shillings|pesos|crore|lakh|naira|cedis)\b"
    rf"|{_IN_MORE_CURRENCIES}|{_SMALL_COINS}",
    re.IGNORECASE,
)
# "How much will it cost?" asks for a sum in a currency: "340 million euros", not "fell 31%".
_SUM = re.compile(
    rf"{_NAIRA}|{_PESO}|{_LETTERED}|[$€£¥₹]\s?\d|\b(?:CHF|USD|EUR|GBP|Rs)\b\.?\s?\d"
    r"|\b\d[\d,.]*\s*(?:million|billion|trillion|bn|m|k)?\s+(?:dollars|euros|pounds|francs|crowns|rupees|yen|yuan|"
    r"shillings|pesos|crore|lakh|kronor|kroner|krone|kronur|rand|won|naira|cedis|shekels|dong|rupiah|ringgit|baht|"
    r"zloty|forint|koruna|lei|hryvnia|roubles|rubles|dinars|riyals|dirhams|soles|taka|kwacha|birr)\b"
    rf"|{_IN_MORE_CURRENCIES}|{_SMALL_COINS}",
    re.IGNORECASE,
)
# "Novak, 52, said": an age between commas, not the thousands of "later, 1,800 people".
_AGE = re.compile(
    r"\b\d{1,3}-year-old\b|\baged\s+\d{1,3}\b|(?<!\d),\s*\d{1,3},(?!\d)|\b\d{1,3}\s+years\s+old\b", re.IGNORECASE
)
_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen"
)
# A number of units of time: "26 minutes", "five and a half hours", "a 97-minute adjournment"; not a rate
# ("4,100 boat movements a year", "twice a day").
_UNITS_OF_TIME = (
    rf"\b(?:\d[\d,.]*|{_NUMBER_WORDS}|(?<!s\s)(?<!twice\s)(?<!once\s)(?:a|an)|half|several|few)"
    # "six more weeks", "two full days"
    r"[\s-]+(?:(?:more|further|extra|additional|full|long|straight|consecutive|whole|working|business)\s+)?"
    r"(?:and\s+a\s+half\s+)?"
    r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|nights?)\b(?!-old\b)"  # "a 29-year-old": an age
)
_SPAN = (
    # "for eight months before settling", "a journey of seven weeks": a length, whatever follows
    r"\b(?:for|within|of|lasting)\s+(?:(?:about|around|nearly|almost|roughly|some|just|only|up\s+to|at\s+least"
    rf"|close\s+to|more\s+than|less\s+than|under|over)\s+)?{_UNITS_OF_TIME}"
    + f"|{_UNITS_OF_TIME}"
    + r"(?![\s,]+(?:earlier|later|ago)\b|\s+(?:before|after)\b)"  # "thirteen days earlier" is a point in time
)
# "How long is the judgment / the bridge?" asks for a length: "the 94-page judgment", "a 3-mile span".
_LENGTH = (
    rf"\b(?:\d[\d,.]*|{_NUMBER_WORDS})[\s-]+(?:pages?|miles?|kilometres?|kilometers?|km|metres?|meters?|feet|foot|"
    r"yards?|inches)\b"
)
_DURATION_SPAN = re.compile(_SPAN, re.IGNORECASE)  # "for 26 minutes", "a 97-minute adjournment"
# "10h00", as southern African and French papers write the time
_CLOCK_TIME = r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\b\d{1,2}[:.h]\d{2}\b|\b(?:noon|midnight)\b"
# A start or an end is a date or a time of day: "until March 10", "since 2020", not "since his previous encounter".
_WHEN_WORD = (
    r"(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december|today|tomorrow|tonight|midnight|noon|dawn|then|now|morning|"
    r"afternoon|evening|retirement)\b)"
)
# Years from one to another: "mayor from 1946 to 1961", "between 1987 and 2011", "(1390–1452)".
_YEAR_SPAN = (
    r"\b(?:from|between)\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ža-z]+\s+)?\d{4}\s+(?:to|until|till|and)\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ža-z]+\s+)?\d{4}\b"
    r"|\b\d{4}\s*[–-]\s*(?:\d{2}|\d{4})\b"
)
_YEARS_BETWEEN = re.compile(_YEAR_SPAN)
# A character of the same clause: "joined the line at 9.00 p.m. on Tuesday and … 11 hours later".
_IN_CLAUSE = r"(?:[^.;“”\"]|\.(?!\s+(?-i:[A-Z])))"
# An end or a start too, or a span between two times of day ("began at 11pm and ended a little after 3am").
_DURATION = re.compile(
    _SPAN + rf"|\b(?:until|through|since)\s+(?:[\w’'-]+\s+){{0,3}}?{_WHEN_WORD}"
    # "how long has he been farming?": "he started farming only two years ago"
    rf"|\b(?:started|began|begun|joined|opened|arrived|moved|founded)\b{_IN_CLAUSE}{{0,60}}?{_UNITS_OF_TIME}\s+ago\b"
    rf"|\b(?:joined|started|began|arrived|left|set\s+off)\b{_IN_CLAUSE}{{0,80}}?{_UNITS_OF_TIME}\s+later\b"
    rf"|(?:{_CLOCK_TIME}).{{1,120}}?(?:{_CLOCK_TIME})"
    # "the basin is in its 23rd year of drought", "the strike entered its second week"
    r"|\b(?:its|their)\s+(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
    r"twelfth)\s+(?:(?:straight|consecutive|full)\s+)?(?:day|night|week|month|year|decade)\b"
    rf"|{_YEAR_SPAN}",
    re.IGNORECASE,
)
# A number of units of time, however used ("for five hours before agreeing"), or years from and to.
_TIME_COUNT = re.compile(f"{_UNITS_OF_TIME}|{_YEAR_SPAN}", re.IGNORECASE)
_COUNT = re.compile(
    r"(?<![:\d])\b(?!(?:19|20)\d\d\b)\d[\d,.]*(?:st|nd|rd|th)?\b(?!:\d)"
    rf"|\b(?:{_NUMBER_WORDS}|dozens|hundreds|thousand|thousands|million|billion|half)\b",
    re.IGNORECASE,
)
# Months by name; "May" is also a verb, so patterns that need it decide how to read it.
_MONTHS_BUT_MAY = MONTH_NAMES.replace("|May", "")
_MEASURES = (
    r"(?:kilo|centi|milli)?met(?:re|er)s?|km|cm|mm|m|miles?|feet|foot|ft|inch(?:es)?|tonnes?|tons?|kilo(?:gram)?s?|kg|"
    r"lb|litres?|liters?|gallons?|hectares?|ha|acres?|degrees?|knots?|square"
)
# "How much diesel does the dredger burn a day?": a sum, a share, or an amount measured ("about 9,000 litres").
_AMOUNT = re.compile(rf"{_MONEY.pattern}|\b\d[\d,.]*\s*(?:{_MEASURES})\b", re.IGNORECASE)
# "How fast was it moving?" is answered by a speed or a rate: "81mph", "up to 40 centimetres a day", "17 per cent".
_SPEED = re.compile(
    r"\d[\d,.]*\s*(?:mph|km/h|kph|kmh|knots?)\b|\d\s*(?:%|per\s*cent\b|percent\b)"
    rf"|\b(?:\d[\d,.]*|{_NUMBER_WORDS})(?:[\s-]+[\w/-]+){{0,2}}?\s+(?:a|an|per|each|every)\s+"
    r"(?:second|minute|hour|day|week|month|year)\b",
    re.IGNORECASE,
)
# "How many people …?" is answered by a head count, not "for seven months", "9 per cent" or "£58,300".
# How many live somewhere, as news puts it: "a city of about 140,000", "home to 2.1 million people".
_ABOUT = r"(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over)\s+)?"  # "a town of *about* 6,800"
_POPULATION = re.compile(
    r"\b(?:city|town|village|country|nation|island|state|province|region|district|municipality|community|suburb"
    r"|shire|county|borough|parish|commune|township|settlement)\s+of\s+" + _ABOUT + r"\d"
    r"|\bhome\s+to\s+" + _ABOUT + r"\d"
    r"|\bpopulation\b[^.;]{0,30}?\d|\d[\d,.]*\s*(?:million\s+|m\s+)?(?:residents|inhabitants|people\s+live)\b",
    re.IGNORECASE,
)
# A reason given: "because …", "due to …", "amid …", "after …", "citing …", "so that …", "to avoid …".
_REASON = re.compile(
    r"\b(?:because|cause[ds]?|due\s+to|owing\s+to|thanks\s+to|so\s+that|in\s+order\s+to|amid|citing|in\s+protest"
    r"|as\s+a\s+result|reasons?|why|prompt(?:ed|ing)|led\s+to|blam(?:ed|ing)|after|following|since(?!\s+\d)|given"
    r"|for\s+(?:fear|lack|the\s+sake|a|an|his|her|their|its)|over\s+(?:concerns?|fears?|claims?)"
    r"|to\s+(?:avoid|prevent|protect|ensure|save|reduce|address|discuss|seek|secure))\b",
    re.IGNORECASE,
)
_SCORE = re.compile(r"(?<![\d.,:/])\b\d{1,2}\s?[-–]\s?\d{1,2}\b(?![\d.,:/-])")  # a match's score: "1-2", "a 2-1 win"
# A vote's tally: "by 79 votes to 63", "38-12", "passed 5–2", "61.4 per cent voted yes"
_TALLY = re.compile(
    rf"\b(?:\d[\d,]*|{_NUMBER_WORDS})\s+votes?\s+to\s+(?:\d|(?:{_NUMBER_WORDS})\b)"  # "by seven votes to five"
    r"|\b\d[\d,]*\s+to\s+\d|(?<![\d.,:/])\b\d{1,3}\s?[-–]\s?\d{1,3}\b(?![\d.,:/-])"
    r"|\b\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent)"
)
_HEADCOUNT = re.compile(
    # nor by a year ("in March 1888"), a footnote mark ("[29]") or a day of a month ("on 25 July")
    rf"(?<![$€£¥₹\[])(?!\b1\d\d\d\b)(?:{_COUNT.pattern})"
    rf"(?!\s+(?:{_MONTHS_BUT_MAY})\b)"
    r"(?!\s*(?:%|per\s*cent|percent)|[\s-]+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b"
    # nor by a measure ("rose 6.2 metres", "a 17-kilometre stretch"), nor a part of a longer number ("6." of "6.2")
    rf"|[\s-]*(?:{_MEASURES})\b|\s*(?:°|in\))|[.,]?\d)",
    re.IGNORECASE,
)
_TIME = re.compile(
    r"(?i:\b\d{1,2}\s*(?:a\.m\.|p\.m\.)"  # no word boundary after "a.m."
    rf"|\b(?:\d{{4}}|\d{{1,2}}[:.]\d{{2}}|\d{{1,2}}\s*(?:am|pm)|{WEEKDAY_NAMES}|"
    r"today|yesterday|tonight|tomorrow|morning|afternoon|evening|night|midnight|noon|dawn|week|"
    r"month|year|weekend|decades?|century|centuries|\d{4}s|spring|summer|autumn|winter|(?:first|second|third|fourth|final|last|next|"
    r"this)\s+quarter|q[1-4])\b)"
    # Months only as months: capitalised ("march" and "may" are verbs), a short form next to a day's number
    # ("Pieter-Jan" is a name), and "May" inside a sentence or before a number ("May I …" asks).
    rf"|\b(?:{_MONTHS_BUT_MAY})\b"
    r"|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}\b"
    r"|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|(?<=\S\s)May\b|\bMay\s+\d"
)
# "What day …?" asks for a day: a weekday, a date, "yesterday"; not the hour or the year.
_DAY = re.compile(
    rf"(?i:\b(?:(?:{WEEKDAY_NAMES})s?|today|yesterday|tomorrow|tonight)\b)"
    rf"|\b(?:{MONTH_NAMES}|Jan|Feb|Mar|"
    r"Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}(?:st|nd|rd|th)?\b"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH_NAMES}|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b"
)
# "What year …?" asks for a year: "in 2019", "the 1990s", "last year", "two years ago"; not "saving for a year".
_YEAR = re.compile(
    r"\b(?:1[0-9]{3}|20[0-9]{2})(?:s|\b)|\b(?:last|this|next|previous|same|that|the\s+following)\s+year\b"
    r"|\byears?\s+(?:ago|earlier|later|before|after)\b|\b\d{1,2}(?:st|nd|rd|th)[\s-]+century\b",
    re.IGNORECASE,
)
_LENGTH_OR_DURATION = re.compile(f"{_LENGTH}|{_DURATION.pattern}", re.IGNORECASE)
_LENGTH_OR_SPAN = re.compile(f"{_LENGTH}|{_SPAN}", re.IGNORECASE)
# "What time …?" asks for a time of day, not the day: "at 4:40 a.m.", "shortly before midnight".
# A part of the day answers too ("crested early on Monday"), the clock best; a day alone does not.
_CLOCK = re.compile(
    rf"{_CLOCK_TIME}|\b(?:early|late|morning|afternoon|evening|night|overnight|dawn|dusk|midday|daybreak)\b",
    re.IGNORECASE,
)
_CLOCK_BEST = re.compile(_CLOCK_TIME, re.IGNORECASE)
# A name given as a nickname: "known to generations of workers as “the Old Lady”", "nicknamed", "dubbed", "a
# reputation on social media as a “weekend train”", or in brackets after a Thai name: "Ms Supawadee Chaiyaporn (Noi)".
# How many children someone has: "a mother of three", "father of four", "her two children", "an only son"
_KIN_WORDS = r"(?:children|kids|sons|daughters|grandchildren|grandkids|grandsons|granddaughters)"
_OFFSPRING = re.compile(
    rf"\b(?:mother|father|mum|mom|dad|parent|grandmother|grandfather|grandparent|grandma|grandpa)\s+of\s+"
    rf"(?:\d+|{_NUMBER_WORDS})\b"
    rf"|\b(?:\d+|{_NUMBER_WORDS})\s+(?:(?:young|small|little|grown|grown-up|adult|school-age|teenage)\s+)?{_KIN_WORDS}\b"
    r"|\b(?:an?\s+only|one)\s+(?:child|son|daughter)\b",
    re.IGNORECASE,
)
_OFFSPRING_SHAPE = rf"^how\s+many\s+{_KIN_WORDS}\s+(?:does|did|do|has|had|have)\b"
_OFFSPRING_ASKED = re.compile(_OFFSPRING_SHAPE, re.IGNORECASE)
# Where someone lives: ", a retired teacher from Petržalka", "his home in Kamsama village", "who lives in the Tåsi
# Vista subdivision", "In Mamoral Heights, Marcia Alleyne, …", "a Dededo resident"
_HOME = re.compile(
    r",\s+(?:(?:an?|the)\s+[^,;“”\"]{0,60}?\s(?:from|in)|(?:\d+,\s+)?from)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž]|\b(?:lives?|lived|living|resides?|resided|residing|settled)\s+(?:in|at|on|near|outside)\b"
    r"|\bresidents?\s+of\b|\bhomes?\s+(?:in|at|on|near)\b|\b[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+\s+(?:resident|native|local)s?\b"
    r"|^(?:In|At|Back\s+in)\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*){0,3},"
)
_HOME_SHAPE = r"^where\s+(?:does|did)\s+(?P<owner>.+?)\s+(?:live|reside|stay)\s*(?:now\s*)?[?.!]*$"
# A language something was said in: "said in Quechua, through an interpreter", "Speaking to Yle in Swedish",
# "put it plainly in Kriol"
_LANGUAGES = (
    "english french spanish portuguese german italian dutch swedish norwegian danish finnish icelandic russian "
    "ukrainian polish czech slovak hungarian romanian bulgarian serbian croatian greek turkish arabic hebrew persian "
    "farsi dari pashto urdu hindi bengali bangla punjabi nepali sinhala tamil telugu malay indonesian bahasa tagalog "
    "filipino thai lao khmer vietnamese burmese mandarin cantonese chinese japanese korean mongolian kazakh uzbek "
    "georgian armenian kurdish amharic tigrinya somali oromo oromoo swahili kiswahili yoruba igbo hausa zulu isizulu "
    "xhosa isixhosa setswana sesotho shona ndebele chichewa kinyarwanda luganda afrikaans quechua aymara guarani "
    "kriol creole patois bislama pijin samoan tongan fijian maori māori chamorro hawaiian welsh gaelic irish catalan "
    "basque galician sámi sami maltese albanian macedonian latvian lithuanian estonian slovene slovenian "
    "belarusian bosnian montenegrin moldovan luxembourgish faroese greenlandic kalaallisut inuktitut inuinnaqtun "
    "cree ojibwe navajo tatar bashkir chechen azerbaijani azeri turkmen tajik kyrgyz uyghur tibetan dzongkha "
    "malayalam kannada marathi gujarati odia assamese sindhi dhivehi tetum malagasy javanese sundanese cebuano "
    "bisaya ilocano palauan marshallese chuukese gilbertese tuvaluan niuean rarotongan tahitian "
    "wolof fula fulani twi akan ewe kpelle krio lingala kikongo tshiluba kirundi luo kikuyu tigre berber tamazight"
)
_LANGUAGE = re.compile(
    rf"\b(?:in|into)\s+(?:(?:fluent|broken|halting|rapid|plain|their|his|her|own)\s+){{0,2}}"
    rf"(?:afaan\s+)?(?:{'|'.join(_LANGUAGES.split())})\b",
    re.IGNORECASE,
)
_NICKNAME = re.compile(
    r"(?i:\bnick-?named?\b|\bdubbed\b|\b(?:known|referred\s+to|reputation)\s+(?:[\w’'-]+\s+){0,5}?as\s+"
    r"(?:an?\s+|the\s+)?[“\"‘'])|[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+\s+\([A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿ]+\)"
)
_PLACE = re.compile(
    # "at the 1,270-seat Wrenfield Theatre": a size or a number before the name
    rf"\b(?:at|in|into|from|near|outside|inside)\s+(?:the\s+)?(?:[\d,.]+(?:-[a-z]+)?\s+)?"
    rf"(?!(?:{WEEKDAY_NAMES}|{MONTH_NAMES})\b)[A-ZÀ-ÖØ-ÞĀ-Ž]"
    # or a venue named by its kind: "at a converted tram depot", "outside the court", "in the capital"
    r"|\b(?:at|in|into|near|outside|inside)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w’'-]+\s+){0,3}?(?:depot|hall|hotel|"
    r"centre|center|square|stadium|arena|church|mosque|temple|school|campus|office|offices|headquarters|palace|"
    r"parliament|court|courthouse|embassy|residence|building|warehouse|factory|plant|port|harbour|harbor|airport|"
    r"station|terminal|village|town|city|capital|venue|park|bridge|gates?|suite|room|theatre|theater|cinema|museum|"
    r"library|hospital|clinic|university|college|market|restaurant|club|gallery|auditorium|chamber)\b"
    # a road, and a bearing from a named place: "on northbound Highway 38, roughly 2 miles south of Millbrook"
    r"|\b(?:on|along|off)\s+(?:the\s+)?(?:(?:north|south|east|west)bound\s+)?(?:Highway|Interstate|Route|"
    r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*\s+)+(?:Road|Street|Avenue|Highway|Motorway|Freeway|Expressway|Lane|Drive|Boulevard))\b"
    r"|\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž]"
)
_PERSON = re.compile(r"\b[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+|\b(?:Mr|Mrs|Ms|Dr)\.?\s+[A-ZÀ-ÖØ-ÞĀ-Ž]")
# A name inside the sentence (its first word is capitalised anyway), or an acronym ("KSBR"); never "I".
_ORGANISATION = re.compile(
    r"(?<=[\w,;:’'\"“”)]\s)(?!I\b|I[’']\w)[A-ZÀ-ÖØ-ÞĀ-Ž][\w&’'-]*|\b[A-ZÀ-ÖØ-ÞĀ-Ž]{2,}[A-ZÀ-ÖØ-ÞĀ-Ž0-9&]*\b"
)


_MEDIA_NAME_WORDS = (
    "Times|Post|Journal|News|Press|Media|Radio|Television|TV|Gazette|Herald|Tribune|Courier|Guardian|Telegraph|"
    "Chronicle|Daily|Weekly|Magazine|Agency|Channel|Wire|Bulletin|FM|Network|Review|Observer|Standard|Mirror|"
    "Express|Sentinel|Examiner|Inquirer|Dispatch|Ledger|Monitor|Signal|Vigía|Echo|Mercury|Clarion|Argus|Advertiser|"
    "Record|Star|Mail|Independent|Citizen|Globe|Register|Enquirer|Gleaner|Advocate"
)
_MEDIA_WORDS = "outlet newspaper paper journal magazine agency broadcaster station channel network website"
_MEDIA_NOUNS = "|".join(["daily", "weekly", *_MEDIA_WORDS.split()])
# Asked for, a bare "agency" is a government's ("which agency reviewed the deal?"); a news agency is named so.
_ASKED_MEDIA = "|".join([*(w for w in _MEDIA_WORDS.split() if w != "agency"), r"(?:news|press|wire)\s+agency"])
# An outlet named: "the Kelderby Chronicle", "told NordVision", "the business daily Het Havenblad",
# "Generation Now, a youth network".
_OUTLET = re.compile(
    rf"\b(?:told|telling|tells|according\s+to|quoted\s+by|reported\s+by|interviewed\s+by)\s+(?:the\s+)?"
    r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž]|[a-z][\w-]*\.[a-z]{2,3}\b)"  # "told mbl.is"
    rf"|\b[A-ZÀ-ÖØ-ÞĀ-Ž][\w&’'.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž0-9][\w&’'.-]*)*\s+(?:{_MEDIA_NAME_WORDS})\b"
    # "the Sawt al-Madina radio station": a name, its particles too, before what it is
    rf"|\b(?!(?:The|A|An|This|That|Its|Their|His|Her|Our)\b)[A-ZÀ-ÖØ-ÞĀ-Ž][\w&’'.-]*(?:\s+(?:[A-ZÀ-ÖØ-ÞĀ-Ž0-9]|[a-z]{{1,3}}-[A-ZÀ-ÖØ-ÞĀ-Ž])[\w&’'.-]*)*"
    rf"\s+(?:radio\s+|television\s+|tv\s+|news\s+)?(?:{_MEDIA_NOUNS})\b"
    rf"|\b(?:{_MEDIA_NOUNS})\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž]"
    r"|\b(?:Journal|Annals|Proceedings|Bulletin|Review|Gazette)\s+of\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž]"  # "Journal of …"
    rf"|\b[A-ZÀ-ÖØ-ÞĀ-Ž][\w&’'.-]*,\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{_MEDIA_NOUNS})\b"
    r"|\b[A-Z][A-Za-z]*-?(?:TV|FM)\b"  # call letters and a club's channel: "KWNO-TV", "RoversTV"
    # Named by what it did: "El Universal reported Haddad as saying", "published on Wednesday in Nature".
    r"|\b[A-ZÀ-ÖØ-ÞĀ-Ž][\w&’'.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w&’'.-]*){0,3}\s+(?:first\s+)?reported\b"
    r"|\bpublished\s+(?:[\w,]+\s+){0,3}?in\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž]"
)


@dataclass(frozen=True, slots=True)
class AnswerType:
    """The kind of answer a question asks for, and how to see one in a sentence."""

    name: str
    pattern: re.Pattern[str]
    required: bool  # a passage without one does not answer (how old, how much …)
    best: re.Pattern[str] | None = None  # the plainest answers of the type, preferred to the rest
    nearby: bool = False  # required, but the next sentence of the paragraph may hold it ("… on Thursday.")


_PLACE_WORDS = (
    "city cities country countries town village place building venue hotel region province neighbourhood neighborhood "
    "district suburb street"
)
_PLACE_NOUNS = rf"(?:{_PLACE_WORDS.replace(' ', '|')})s?"
# Stuff measured in other units than money: "how much rain", "how much water was released"
_STUFF = (
    "rain|rainfall|snow|snowfall|water|ice|oil|gas|fuel|milk|power|energy|electricity|land|ground|space|sleep|"
    "food|grain|coal|waste|sewage|carbon|methane|co2|sediment|ash|lava|smoke"
)
# A word naming a thing measured, not money or time, nor a verb: "diesel", "cup lump", "fresh water".
_THING_WORD = (
    r"(?!(?:money|cash|funding|funds|compensation|subsidy|subsidies|tax|taxes|aid|budget|revenue|revenues|profit|"
    r"profits|income|salary|pay|wages|debt|rent|fee|fees|fare|fares|levy|loan|investment|capital|donations?|reward|"
    r"time|sleep|longer|later|earlier|more|extra|do|does|did|has|have|had|is|are|was|were|will|would|could|can|"
    r"should|it|they|he|she|we|you|i|the|a|an|of)\b)[a-z][\w-]*"
)
_SHAPES = {
    # "what's the Tánaiste's age?"; not "what age group"
    "age": (
        r"^how\s+old\b|^what\b[^?]*\bage\b(?!\s+(?:group|limit|bracket|range|gap|requirement))"
        r"|^(?:[\w’'-]+\s+){1,3}age\s*\?*$"  # "drexler age??"
    ),
    "sum": (
        r"^how\s+much\b(?!\s+(?:time|longer|later|earlier|more\s+time))(?=.*\b(?:cost|costs|costing|pay|pays|paid|"
        r"spend|spends|spent|worth|price|priced|charge|charges|charged|owe|owes|owed|fine|fined|donate|donated|invest|"
        r"invested|borrow|borrowed|bill|budget)\b)"
        r"|^what\s+(?:does|do|will|would)\s+(?:[\w’'-]+\s+){1,6}?cost\b"  # "what does a Premetro ride cost now?"
    ),
    # "how much diesel does the dredger burn?" asks for an amount of a thing, measured or counted in money
    "amount": (
        rf"^how\s+much\s+(?:{_THING_WORD}\s+)?{_THING_WORD}\s+"
        r"(?:do|does|did|has|have|had|is|are|was|were|will|would|could|can|got|gets|get|per|a|an|each|every)\b"
    ),
    # "how much rain fell?" asks for an amount of a stuff, a number ("142mm"), not a sum of money
    "money": rf"^how\s+much\b(?!\s+(?:time|longer|later|earlier|more\s+time|(?:more\s+|extra\s+)?(?:{_STUFF})\b))"
    r"(?!.*\bweigh)",
    # "How long is the judgment?" (a thing, no verb after it) may be its length, not only how long it lasted.
    "length": (
        r"^how\s+long\s+(?:is|was|are|were)\s+(?:the|a|an|this|that|its|their|his|her)\s+[\w’'-]+(?:\s+[\w’'-]+)?\s*\?*$"
    ),
    # "How long before the ceremony did water flow?": "two days before the ceremony", a gap between two events
    "gap": r"^how\s+(?:long|soon|many\s+(?:minutes|hours|days|weeks|months|years))\s+(?:before|after)\b",
    # "talks length", "duration of the talks?": typed in a hurry
    "duration": r"^how\s+(?:long|quickly|soon)\b|\bfor\s+how\s+long\b|^[\w’' -]{1,40}\s(?:length|duration)\s*\??$"
    r"|^(?:the\s+)?(?:length|duration)\s+of\b",
    # "For how many years did she run it?": a number of years, or the years it ran from and to.
    "span": (
        r"^(?:for\s+)?how\s+many\s+(?:minutes|hours|days|weeks|months|years|decades)\s+"
        r"(?:did|does|do|has|have|had|was|were|will)\b(?!.*\bago\b)"
    ),
    "population": (
        r"^how\s+many\s+(?:people|residents|inhabitants|persons)\s+(?:live|lives|living|reside|resides|call)\b"
        r"|^(?:what\s+is|what's|how\s+(?:big|large)\s+is)\s+(?:the\s+|(?P<owner>[\w-]+)['’]s\s+)?population\b"
    ),
    "reason": r"^why\b",  # a reason given: the passage must say why, not only what
    # "who won the last election?": a winner, not whatever sentence names the election
    "winner": r"^who\s+(?:won|wins|will\s+win|is\s+going\s+to\s+win|is\s+winning)\b",
    # "what was the final score?"; in "the half-time score" the half is a topic, not the shape
    "score": (
        r"^(?:what|how)(?:['’]s|\s+(?:was|is|were|did))\s+(?:the\s+)?"
        r"(?:(?:final\s+|full-?time\s+)?score(?:line)?\b|(?=[\w-]+\s+score(?:line)?\b))"
    ),
    # "What was the result of the vote?", "vote result", "how did the ballot go?"
    "tally": (
        r"^(?:what\s+(?:was|is|were)\s+)?(?:the\s+)?(?:result|outcome|tally|margin)\s+of\s+(?:the\s+)?"
        r"(?:[\w-]+\s+){0,2}(?:vote|ballot|poll|referendum)\b"
        r"|^(?:the\s+)?(?:[\w-]+\s+)?(?:vote|ballot|referendum)\s+(?:result|outcome|tally|count)s?$"
        r"|^how\s+did\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:vote|ballot|referendum)\s+go\b"
        # "What was the vote in the Løgting?"; not what it was about
        r"|^what\s+(?:was|is)\s+the\s+(?:final\s+)?vote\b(?!\s+(?:about|over|for|on)\b)"
    ),
    "offspring": _OFFSPRING_SHAPE,  # "How many kids does the baker have?": "a mother of three", "her two children"
    "count": (
        r"^how\s+many\b(?!\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|nights?|times|"
        rf"per\s*cent|percent|points?|{_MEASURES})\b)"
    ),
    "speed": r"^how\s+fast\s+(?:is|was|are|were)\b|^(?:at\s+)?what\s+speed\b",
    "number": (
        r"^(?:by\s+)?how\s+(?:many|much|far|big|large|high|low|deep|fast|steep)\b|\bwhat\s+(?:percentage|number|share)\b"
        r"|^(?:in\s+)?(?:what|which)\s+minute\b"  # "what minute did Okafor score?": the 87th
    ),
    "nickname": r"^(?:what|which)\b.*\bnick-?names?\b",  # "What was Furnace Five's nickname?"
    "language": r"^(?:in\s+)?(?:what|which)\s+language\b",  # "In what language did Ccahuana Huillca speak?"
    "clock": r"^(?:at|by|until|from|during|between|as\s+of)?\s*what\s+(?:(?:clock|exact)\s+)?(?:time|hours?)\b",
    "day": r"^(?:on\s+)?(?:what|which)\s+(?:days?|weekdays?|dates?)\b",
    "year": r"^(?:(?:in|from|since|by|until|during)\s+)?(?:what|which)\s+(?:year|decade|century)\b",
    "time": (
        r"^(?:(?:from|since|until|till|by)\s+)?when\b"  # "from when would the limit apply?"
        r"|^(?:at|on|in|from|by|until)?\s*(?:what|which)\s+(?:time|day|date|hour|year|month|week)\b"
    ),
    "home": _HOME_SHAPE,  # "Where does Tamsin Furbert live?"
    "place": rf"^where\b|^(?:(?:in|at|from|to)\s+)?(?:what|which)\s+{_PLACE_NOUNS}\b|^(?:venue|location)\b",
    "outlet": rf"^(?:which|what)\s+(?:[\w’'-]+\s+){{0,2}}?(?:{_ASKED_MEDIA})\b",
    "organisation": (
        rf"^(?:which|what)\s+(?:[\w’'-]+\s+){{0,2}}?(?:{_MEDIA_WORDS.replace(' ', '|')}|"
        r"organisation|organization|group|company|firm|body|union|association|charity|regulator|watchdog|agency"
        r"|authority|ministry|department)\b"
    ),
    "person": r"^who\b",
}
_WINNER = re.compile(
    r"\b(?:won|win|wins|winning|winners?|victor(?:y|ies|ious)|elected|re-elected|beat|defeated)\b", re.IGNORECASE
)
# The first shape a question has decides its type; "required" types must be in the answer.
_TYPES: tuple[tuple[re.Pattern[str], AnswerType], ...] = tuple(
    (re.compile(_SHAPES[kind.name], re.IGNORECASE), kind)
    for kind in (
        AnswerType("age", _AGE, required=True),
        AnswerType("sum", _SUM, required=True),
        AnswerType("amount", _AMOUNT, required=True),
        AnswerType("money", _MONEY, required=True),
        # "How long?" is best answered by a length of time, not "until Friday".
        AnswerType("length", _LENGTH_OR_DURATION, required=True, best=_LENGTH_OR_SPAN, nearby=True),
        AnswerType("gap", _TIME_COUNT, required=True, nearby=True),
        AnswerType("duration", _DURATION, required=True, best=_DURATION_SPAN, nearby=True),
        AnswerType("span", _TIME_COUNT, required=True, nearby=True),
        AnswerType("population", _POPULATION, required=True),
        AnswerType("reason", _REASON, required=True),
        AnswerType("winner", _WINNER, required=True),
        AnswerType("score", _SCORE, required=True),
        AnswerType("tally", _TALLY, required=True),
        AnswerType("offspring", _OFFSPRING, required=True),
        AnswerType("count", _HEADCOUNT, required=True),
        AnswerType("speed", _SPEED, required=True),
        AnswerType("number", _COUNT, required=True),
        AnswerType("nickname", _NICKNAME, required=True),
        AnswerType("language", _LANGUAGE, required=True),
        AnswerType("clock", _CLOCK, required=True, best=_CLOCK_BEST, nearby=True),
        AnswerType("day", _DAY, required=True, nearby=True),
        AnswerType("year", _YEAR, required=True, nearby=True),
        AnswerType("time", _TIME, required=True, nearby=True),
        AnswerType("home", _HOME, required=True),
        AnswerType("place", _PLACE, required=False),
        AnswerType("outlet", _OUTLET, required=True),
        AnswerType("organisation", _ORGANISATION, required=False),
        AnswerType("person", _PERSON, required=False),
    )
)


# "How do I register for the fuel pass?": the reader’s own errand, which a news story answers only where it tells
# readers what to do ("Residents can register online at …", "apply by calling 0800 …").
# Asked for advice: "how do I top up my card?", "how do you plant a mangrove?", "should I buy a monthly pass?", "best
# way to clean an air fryer?": only an article that tells readers what to do answers.
_HOW_DO_I = re.compile(
    r"^\s*(?:how\s+(?:do|can|could|should|would|shall)\s+(?:i|we|you|one)\s+(?!say|tell)\w"
    r"|(?:should|shall)\s+(?:i|we)\s+\w|(?:(?:what|which)(?:['’]s|\s+is)\s+the\s+)?best\s+(?:way|place|time)\s+to\b)",
    re.IGNORECASE,
)
_INSTRUCTION = re.compile(
    r"\b(?:can|may|should|must|need\s+to|are\s+(?:asked|urged|advised|encouraged)\s+to|will\s+be\s+able\s+to)\s+"
    r"(?:\w+\s+){0,2}?(?:apply|register|call|phone|visit|contact|book|pay|sign|report|collect|submit|download|email"
    r"|text|top|use|bring|claim|check|log|go)\b"
    r"|\bby\s+(?:calling|visiting|emailing|texting|applying|registering|logging)\b"
    r"|\b(?:www\.|https?://)|\b(?:hotline|helpline|toll-free|free\s+line)\b",
    re.IGNORECASE,
)
_HOW_TO = AnswerType("instruction", _INSTRUCTION, required=True)


def answer_type(question: str) -> AnswerType | None:
    """What kind of answer the question asks for, if its shape says."""
    if expanded := _expansion_type(question):
        return expanded
    if _HOW_DO_I.match(question):
        return _HOW_TO
    shaped = _shape(question)
    if shaped is None and (fronted := _fronted(question)) is not None:
        shaped = _shape(fronted)
    return shaped[1] if shaped is not None else _name_type(question) or _definition_type(question)


# A question asked in place: "Xi said he had put forward how many core principles?", "fao gave how much",
# "tender for the permanent operator opens when?"
_IN_PLACE = re.compile(
    r"^(?!(?:how|what|when|where|which|who|whom|whose|why|did|does|do|is|was|are|were|can|could|will|would|has"
    r"|have|had)\b)(?P<before>.+?)\s+(?P<asked>how\s+(?:many|much|long|old|far|big)\b.*|(?:what|which)\s+"
    r"(?:year|day|date|time|month)\b.*|(?:when|where)\s*\??\s*$)",
    re.IGNORECASE,
)


def _fronted(question: str) -> str | None:
    """A question asked in place, with what it asks for put first ("how many core principles … Xi said he had put
    forward"); None for one that is not."""
    asked = _IN_PLACE.match(question.strip())
    return f"{asked.group('asked')} {asked.group('before')}" if asked else None


# "What is the Funafuti Kaupule?", "what's a smolt": what a thing is, best where the article glosses it
_DEFINITION_ASKED = re.compile(
    r"^(?:so\s+)?(?:what|wat)(?:['’]?s|\s+(?:is|are))\s+(?:(?:a|an|the)\s+)?"
    r"(?P<thing>[^\W\d_][\w’'-]*(?:\s+[^\W\d_][\w’'-]*){0,2}?)s?\s*\?*\s*$",
    re.IGNORECASE,
)


def _definition_type(question: str) -> AnswerType | None:
    """A question asking what a thing is is best answered where the article glosses it: "the Funafuti Kaupule, the
    island council,", "smolts, the young salmon that …", "a smolt is …"."""
    asked = _DEFINITION_ASKED.match(question.strip())
    if asked is None or asked.group("thing").split()[-1].lower() in _PREPOSITIONS:  # "what is the strike about?"
        return None
    thing = re.escape(asked.group("thing"))
    glossed = re.compile(
        rf"\b{thing}s?(?:,\s+(?:the|a|an)\s+[a-z]|\s+\((?:the|a|an)\s|\s+(?:is|are|means|refers\s+to)\s+(?:a|an|the)\s)",
        re.IGNORECASE,
    )
    return AnswerType("definition", glossed, required=False)


# "What does WASA stand for?", "what's TEU short for", "full form of BNPB": the words an acronym is made of.
_EXPANSION_ASKED = re.compile(
    r"\b(?:stands?|standing)\s+for\b|\bshort\s+for\b|\bfull\s+(?:name|form)\b|\bacronym\b|\babbreviation\b",
    re.IGNORECASE,
)
_ACRONYM_ASKED = re.compile(r"\b[A-Z][A-Z0-9&]*(?:-[A-Z0-9]+)?\b")
# "what does kru even mean", "wat does AIP stand for": an acronym a texter types in lower case
_ACRONYM_MEANING = re.compile(
    r"\b(?:what|wat|wht)\s+(?:does|do|is)\s+(?:the\s+)?([a-z]{2,6}|[A-Z][A-Z0-9&]{1,5})\s+(?:even\s+|actually\s+)?"
    r"(?:mean|stand\s+for)\b"
)


def _expansion_type(question: str) -> AnswerType | None:
    """A question asking what an acronym stands for is answered where the article spells it out: "the Water and
    Sewerage Authority (WASA)", "BNPB (National Disaster Mitigation Agency)"."""
    lowered = question.lower()
    if not any(w in lowered for w in (" for", "full", "acronym", "abbreviation", " mean")):
        return None  # most questions: no acronym asked about
    if meaning := _ACRONYM_MEANING.search(question):
        acronyms = [meaning.group(1).upper()]
    else:
        asked = _EXPANSION_ASKED.search(question)
        acronyms = [a for a in _ACRONYM_ASKED.findall(question) if len(a) > 1] if asked else []
    if len(acronyms) != 1:
        return None
    acronym = re.escape(acronyms[0])
    # "(WASA)", and "(KRU Rrjedha, from the Albanian Kompania Rajonale …)": a bracket opening on the acronym
    spelled = re.compile(
        rf"\(\s*{acronym}\b[^()]{{0,80}}\)|\b{acronym}s?\s+\([A-Za-z]|\b{acronym},?\s+(?:which\s+)?stands\s+for\b"
    )
    return AnswerType("expansion", spelled, required=True)


def _shape(question: str) -> tuple[re.Match[str], AnswerType] | None:
    """The words that give the question its type, and that type: the first shape it has."""
    for shape, kind in _TYPES:
        if match := shape.search(question.strip()):
            return match, kind
    return None


_NAME_ASKED = re.compile(
    r"^\s*(?:what|which)\s+(?:is|was|are|were)\s+(?:the\s+name\s+of\s+)?(?:the|this|that|its|their|his|her)\s+"
    r"(?:[\w’'-]+\s+){0,3}?([a-z][\w-]*)\s*(called|named|titled|entitled|known\s+as)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)


# "What was the name of the dredger that the Hjalmar fired on?", "what's the title of her first monograph"
_NAME_OF = re.compile(
    r"^\s*(?:what|which)(?:[’']s|\s+(?:is|was|are|were))\s+the\s+(?:name|title)s?\s+of\s+"
    r"(?:the|this|that|its|their|his|her|an?|(?:[A-Z][\w’'-]*\s+){0,2}[\w’'-]+[’']s)\s+(?:[\w’'-]+\s+){0,3}?([a-z][\w-]*)"
    r"(?=\s*[?.!]*\s*$|\s+(?:that|which|who|whom|whose|where|when|she|he|they|it|the|a|an|its|their|his|her|"
    r"in|at|on|for|from|by|with|of)\b)",
    re.IGNORECASE,
)


def shape_terms(question: str) -> frozenset[str]:
    """The search terms of the words that give the question its type ('which news agency', 'how many'); not
    the place whose population is asked ("how big is *Yarrabee's* population")."""
    if _expansion_type(question) and (expansion := _EXPANSION_ASKED.search(question)):
        return frozenset(tokenize(expansion.group()))  # "stand for"
    shaped = _shape(question)
    if shaped is None:
        named = _NAME_OF.match(question)  # "the name of her shop": a name, ending in "Shop" or "Store"
        return frozenset(tokenize(" ".join(_NAMED_ALIKE.get(named.group(1), ())))) if named else frozenset()
    owner = shaped[0].groupdict().get("owner")
    return frozenset(tokenize(shaped[0].group())) - frozenset(tokenize(owner or ""))


def _name_type(question: str) -> AnswerType | None:
    """'What is the bill called?' asks for the bill's name: "The Homes and Communities (Planning Reform) Bill",
    or a name given after "called", "named", "dubbed" or "known as"; "what was the name of the dredger that …?"
    must be answered by a name, not by "a dredger working in the channel"."""
    if named := _NAME_OF.match(question):
        return AnswerType("name", _named(named.group(1)), required=True)
    match = _NAME_ASKED.match(question)
    if match is None or (match.group(2) is None and "name of" not in question.lower()):
        return None
    return AnswerType("name", _named(match.group(1)), required=False)


# Kinds of thing a name may end in for one another: "Whitley’s Store" is the name of a shop
_NAMED_ALIKE = {
    "shop": ("shop", "store"), "store": ("store", "shop"), "company": ("company", "firm"), "firm": ("firm", "company"),
}  # fmt: skip


def _named(word: str) -> re.Pattern[str]:
    """A name of a thing of this kind: capitalised words ending in it ("the Navigation Act", "Megaregion"), a name or
    a title after it ("the gunboat, the Hjalmar,", "her book The Lantern Sea"), or one after "called" or "named"."""
    single = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    kinds = _NAMED_ALIKE.get(single, (single,))  # "the name of her shop": "Whitley’s Store"
    head = "|".join(map(re.escape, kinds))
    titled = "|".join(re.escape(kind[0].upper() + kind[1:]) for kind in kinds)
    capitalised = r"[A-ZÀ-ÖØ-ÞĀ-Ž(“\"][\w’'&().“”\"-]*"
    return re.compile(
        rf"(?:{capitalised}\s+(?:(?:and|of|for|on|the|&)\s+)*)+(?:{titled})(?:s|es)?\b"
        # "Megaregion" of a region, "Dukaan Registry app" (not "The bill")
        rf"|\b(?!(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our|My|Your|Every|Each|Another)\b)[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*(?:{head}|\s+(?:{head}))"
        r"(?:s|es)?\b"
        rf"|\b(?i:{head})(?:s|es)?,?\s+(?:(?:the|an?)\s+)?[“\"‘']?[A-ZÀ-ÖØ-ÞĀ-Ž]"
        r"|\b(?:called|named|dubbed|titled|entitled|known\s+as)\s+(?:the\s+)?[“\"‘']?[A-ZÀ-ÖØ-ÞĀ-Ž]"
    )


# with the forms of address a courteous reader adds: "His Excellency President Xi", "the Honourable Secretary"
FRAME_TERMS = frozenset(tokenize(" ".join(FRAME_WORDS) + " excellency honourable honorable"))
# The kinds of answer a "which newspaper / in which city" question asks for: its shape, not its topic.
KIND_TERMS = frozenset(tokenize(f"{_MEDIA_WORDS} {_PLACE_WORDS}"))
# Each country's forms as search terms ("china", "chines", "beij") for finding a demonym's country.
_COUNTRY_TERMS = {country: frozenset(terms) for country, terms in country_terms(capitals=True, one_word=False).items()}


# Countries' names of two words as search terms: "united kingdom" ("unit", "kingdom") for Britain.
_COUNTRY_PHRASE_TERMS: dict[str, tuple[tuple[str, ...], ...]] = {}
for _phrase, _country in NATIONALITY_PHRASES.items():
    _COUNTRY_PHRASE_TERMS[_country] = (*_COUNTRY_PHRASE_TERMS.get(_country, ()), tuple(tokenize(_phrase)))


def names_only(topic: str, subject: Collection[str]) -> bool:
    """Whether every word of a topic that is no stop word is among the subject's terms, a country by any of its
    names ("america" for the article's "US")."""
    named = False
    for word in topic.split():
        terms = _word_terms(word)
        if not terms:
            continue
        country = NATIONALITIES.get(without_possessive(word.lower().strip("?,.!")))
        if not set(terms) <= set(subject) and not (country and not _COUNTRY_TERMS[country].isdisjoint(subject)):
            return False
        named = True
    return named


# "how many hours did the meeting last" asks for a duration as "how long" does: its unit of time is no topic ("five and
# a half hours of talks" is no answer about the meeting)
# "talks length", "the duration of the talks": the shape of a "how long" typed in a hurry, no topic
_LENGTH_SHAPE = re.compile(r"\s(?:length|duration)\s*\??$|^(?:the\s+)?(?:length|duration)\s+of\b", re.IGNORECASE)
_HOW_SHAPE = re.compile(
    rf"^\s*(?:(?:for|by|over|after|within)\s+)?(?:how\s+many\s+(?:minutes|hours|days|weeks|months|years)\b|how\s+\w+|(?:at|by|on|in|from|to)?\s*(?:what|which)\s+(?:time|hours?|day|weekday|date|year|month|week|minute|{_PLACE_NOUNS})"
    r"(?:\s+of\s+(?:the\s+)?(?:day|week|month|year)\b)?"  # "what day of the week": the week is no topic
    r"|what\s+(?:kind|sort|type)s?\s+of)\b",
    re.IGNORECASE,
)


# "What is the bill called?" asks for its name: "called" is the shape, not "called the bill a charter".
_CALLED = re.compile(
    r"^(\s*(?:what|which)\b.*?)\s+(?:called|named|titled|entitled|known\s+as)\s*[?.!]*\s*$", re.IGNORECASE
)


# "going to" before a verb is the future, not going anywhere: "how much is it going to cost?"
_GOING_TO = re.compile(r"\bgoing\s+to\s+(?!(?:the|a|an|his|her|their|its|this|that|court|work)\b)(?-i:[a-z])", re.I)


def search_terms(question: str) -> list[str]:
    """The question's search terms, without the words of a 'how long / how far / what time …' shape.

    "How long" (or "how many hours") asks for a duration: a sentence saying "as long as it took" is no answer, and
    "what time" a time of day, not a sentence with the word "time". The future's "going to" is no term.
    """
    shapeless = _LENGTH_SHAPE.sub(" ", _HOW_SHAPE.sub("", question, count=1))
    if "going" in shapeless:
        shapeless = _GOING_TO.sub(lambda m: m.group()[-1], shapeless)
    if called := _CALLED.match(shapeless):
        shapeless = called.group(1)
    shapeless = _HONORIFIC.sub(" ", shapeless)  # "Mr Blinken": Blinken, whom the article may never call "Mr"
    return tokenize(shapeless) or tokenize(question)


_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Mx|Miss|Messrs)\.?(?=\s+[A-ZÀ-ÖØ-ÞĀ-Ž])")


def content_terms(question: str) -> list[str]:
    """The question's search terms without its frame words ('what was said about Taiwan' -> taiwan)."""
    terms = search_terms(question)
    return [t for t in terms if t not in FRAME_TERMS] or terms


# Counts and ordinals from three up are as exact as digits ("the *four* principles", "the *third* quarter");
# "one", "two", "first" and "second" are often just words ("the two leaders", "for the first time").
_COUNT_WORD = re.compile(
    rf"\b(?:{'|'.join(w for w in _NUMBER_WORDS.split('|') if w not in ('one', 'two', 'hundred', 'dozen'))}|"
    r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\b",
    re.IGNORECASE,
)


_LOWER_CASE_WORD = re.compile(r"(?<![\w’'-])[a-z][a-z.]+(?![\w’'-])")  # "canada", "u.s."


def question_entities(question: str) -> tuple[str, ...]:
    """Names, numbers and days the question mentions, which an answer must hold ("March 25" as one date)."""
    found: list[str] = []
    dates = _MONTH_DAY.findall(question)
    for words in _name_runs(question):
        named = (
            _named_part(w)
            for i, w in enumerate(words)
            if (w.lower() not in NOT_NAMES or _is_calendar(w)) and not (_is_title(w) and not _names_a_body(words, i))
        )
        found.extend(w for w in named if w)
    found = [w for w in found if not any(d.startswith(w + " ") for d in dates)] + dates
    question = _MONTH_DAY.sub(" ", question)
    centuries = [m.group() for m in _CENTURY.finditer(question)]  # "the 14th century": any year of it
    found.extend(centuries)
    question = _CENTURY.sub(" ", question)
    if "0s" in question:  # "the 1990s": any year of them; "the 1100s": the 12th century
        found.extend(_DECADE.findall(question))
        question = _DECADE.sub(" ", question)
    found.extend(m.group() for m in _YEAR_RANGE.finditer(question))  # "the 1959–60 expedition"
    question = _YEAR_RANGE.sub(" ", question)
    found.extend(_NUMBER.findall(question))
    found.extend(_COUNT_WORD.findall(question))  # "the *four* principles" when the article has three
    return tuple(dict.fromkeys(found))


_YEAR_RANGE = re.compile(r"\b((?:1[5-9]|20)\d\d)\s?[–—-]\s?(\d\d)\b(?![\d,.:])")


def _named_part(word: str) -> str:
    """A hyphenated word's capitalised parts, the name in it: "Portuguese-born" is "Portuguese", "COVID-era"
    "COVID"; "Lac-Sauvageon" stays whole."""
    if "-" not in word:
        return word
    parts = word.split("-")
    if all(p[:1].isupper() or p[:1].isdigit() for p in parts if p):
        return word
    return "-".join(p for p in parts if p[:1].isupper())


def countries_in_lower_case(question: str) -> tuple[str, ...]:
    """The countries, capitals and demonyms a question types in lower case: "how many sites in canada"."""
    return tuple(w for w in _LOWER_CASE_WORD.findall(question) if w in NATIONALITIES and w not in STOP_WORDS)


_ASKED_HEAD = re.compile(r"\b(?:which|what)\s+([a-z][\w’'-]*)", re.IGNORECASE)


def recased(question: str, names: Mapping[str, str]) -> str:
    """The question with each lower-case word the article writes only as a name written as the article does.

    "when was the california summit" names California as "When was the California summit?"
    does; the words of its shape stay common ("which hospital", "how old").
    """
    if not any(word in names or word in _DAY_NAMES for word in _PASSAGE_WORD.findall(question)):
        return question  # most questions: nothing to recase, and the shape need not be read
    kept = shape_terms(question) | {head.lower() for head in _ASKED_HEAD.findall(question)}

    def as_written(match: re.Match[str]) -> str:
        word = match.group()
        if word in _DAY_NAMES:
            return word.capitalize()
        if word not in names or word in kept or not kept.isdisjoint(_word_terms(word)):
            return word
        return names[word]

    return _PASSAGE_WORD.sub(as_written, question)


def _name_runs(question: str) -> Iterable[list[str]]:
    """Each run of capitalised words, without question words and a sentence-opening common word."""
    for match in _CAPITALISED.finditer(question):
        words = [w for w in match.group().split() if without_possessive(w.lower()) not in _QUESTION_WORDS]  # "What's"
        if match.start() == 0 and words and words[0].lower() in NOT_NAMES:
            words = words[1:]
        yield words


def entity_phrases(question: str, entities: Iterable[str]) -> dict[str, str]:
    """Each entity's whole name in the question ('San' -> 'San Francisco', 'Merensky' -> 'Kaja Merensky',
    'four' -> 'four principles'), the question read once."""
    runs = list(_name_runs(question))
    return {e: _whole_name(question, runs, e) for e in entities}


def entity_phrase(question: str, entity: str) -> str:
    """The whole name a question's entity word stands in, for telling the reader."""
    return entity_phrases(question, [entity])[entity]


def _whole_name(question: str, runs: list[list[str]], entity: str) -> str:
    """The run of names an entity stands in, or the count word with what it counts ("four principles")."""
    if _COUNT_WORD.fullmatch(entity) and (counted := re.search(rf"\b{entity}\s+([a-z][\w-]*)", question)):
        return counted.group()
    return next((" ".join(words) for words in runs if entity in words), entity)


_MONTH_DAY = re.compile(rf"\b(?:{MONTH_NAMES})\s+\d{{1,2}}\b")


# A day or month a reader types in lower case is still that day ("who did he meet on monday"); "march"
# and "may" are left out, being words too.
_DAY_NAMES = CALENDAR_WORDS - {"march", "may"}


def _names_a_body(words: list[str], at: int) -> bool:
    """Whether a role's modifier is the first word of a body's name: "Supreme Court", "Home Office"."""
    following = words[at + 1].lower() if at + 1 < len(words) else ""
    return words[at].lower() in ROLE_MODIFIERS and following in ORGANISATION_WORDS


def _is_title(word: str) -> bool:
    """Whether a capitalised word is a title or role ('CEO', 'Minister'), not a name to look for."""
    lowered = word.lower().strip(".")
    return lowered in ROLE_WORDS or lowered in ROLE_MODIFIERS or lowered in HONORIFICS


def states_the_hour_of(entities: Collection[str], text: str) -> bool:
    """Whether a text gives a time of day, and the entities are days: "when did plenary resume on Tuesday?" is
    answered by "shortly after plenary resumed at 11.20am" in a story of that Tuesday."""
    return bool(entities) and all(_is_calendar(e) for e in entities) and bool(_CLOCK_BEST.search(text))


def _is_calendar(word: str) -> bool:
    """Whether a capitalised word names a day or month (asked about, it must be in the answer)."""
    return word.lower() in CALENDAR_WORDS


def missing_from(entities: Collection[str], vocabulary: Collection[str]) -> list[str]:
    """The entities no form of which is in ``vocabulary`` (search terms of the article)."""
    return [e for e in entities if not _present(e, vocabulary)]


def dates_unwritten(entities: Collection[str], text: str) -> list[str]:
    """The dates ("March 5") and spans of years ("2025-26") a text never writes, in any style ("Mar. 5", "5 March",
    "March 5th", "2025/2026"), though it may hold their words apart ("March 6 … 5:46 a.m.")."""
    unwritten = []
    for entity in entities:
        if years := _YEAR_RANGE.fullmatch(entity):  # "the 2025-26 budget": the article's is the 2024-25 one
            start, end = years.groups()
            if not re.search(rf"\b{start}\s?[–—/-]\s?(?:{start[:2]})?{end}\b", text):
                unwritten.append(entity)
            continue
        if not _MONTH_DAY.fullmatch(entity):
            continue
        month, day = entity.split()
        month_form, day_form = rf"{month[:3]}[a-z]*\.?", rf"0?{day}(?:st|nd|rd|th)?"
        written = rf"\b{month_form}\s+{day_form}\b(?![:.]\d)|\b{day_form}\s+(?:of\s+)?{month_form}"
        if not re.search(written, text):
            unwritten.append(entity)
    return unwritten


def offered_instead(question: str, missing: Collection[str], entities: Collection[str]) -> list[str]:
    """The missing entities a question offers as another choice for one the article has: "Is it Wang Yi or
    Wang Yee?", "Antony or Anthony?", "Thursday, Friday or Saturday?" ask which, and the article's answers it."""
    if " or " not in question or len(missing) >= len(entities):
        return []
    return [e for e in missing if re.search(_CHOICE.format(name=re.escape(e)), question)]


# A name before or after the "or" of a choice, a few words away, or in a list: "Thursday, Friday or Saturday".
_CHOICE = r"\bor\s+(?:\S+\s+){{0,2}}?{name}\b|\b{name},?(?:\s+\S+){{0,2}}?\s+or\b"


# A capital that stands for its country ("Beijing wants …", "Washington's envoy") is a place after "in" or "to".
_CAPITAL_AS_PLACE = re.compile(rf"\b(?:in|at|to|from|visit\w*)\s+((?i:{'|'.join(sorted(CAPITALS))}))\b(?!['’])")


# A body named by its kind and what it is of: "the Ministry of Tourism", "the Department for Transport".
_BODY_OF = re.compile(
    r"\b(?P<kind>Ministry|Department|Office|Bureau|Commission|Authority|Council|Institute|Agency)\s+(?:of|for)\s+"
    r"(?P<name>(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*(?:\s+(?:and\s+|&\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*)*)"
)


def bodies_unwritten(question: str, texts: Iterable[str]) -> list[str]:
    """The bodies a question names by kind and field ("the Ministry of Tourism") where the article's texts name another
    body of that kind ("the Ministry of Marine Resources") and never this one, nor as "the Tourism Ministry"."""
    bodies = list(_BODY_OF.finditer(question))
    if not bodies:
        return []  # most questions: the article's text is not joined for them
    text = " ".join(texts)
    unwritten = []
    for body in bodies:
        kind, name = body["kind"], re.escape(body["name"].removeprefix("the "))
        if re.search(rf"\b{kind}\s+(?:of|for)\s+(?:the\s+)?{name}\b|\b{name}\s+{kind}\b", text, re.IGNORECASE):
            continue
        if re.search(rf"\b{kind}\s+(?:of|for)\s+(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž]", text):
            unwritten.append(body.group())
    return unwritten


def places_missing(question: str, vocabulary: Collection[str]) -> list[str]:
    """The capitals a question names as places ("meet in Washington") that the article never names itself."""
    return [c for c in _CAPITAL_AS_PLACE.findall(question) if not all(t in vocabulary for t in tokenize(c))]


_CENTURY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\s+century\b", re.IGNORECASE)
_DECADE = re.compile(r"\b1?\d{2}0s\b")  # "the 1990s", "the 1100s"


_FULL_FORM_TERMS = {
    term: frozenset(t for full in fulls for t in tokenize(full))
    for short, fulls in FULL_FORMS.items()
    for term in tokenize(short)
}


def _present(entity: str, vocabulary: Collection[str]) -> bool:
    """Whether an entity, or its country or stem ('Chinese', 'China'; 'Marbeckian', 'Marbeck'), is there."""
    century = _CENTURY.fullmatch(entity)
    if century:  # "the turn of the 20th century" is held by 1900, "the 14th century" by 1358
        first = (int(century.group(1)) - 1) * 100
        return any(len(v) == 4 and v.isdigit() and first <= int(v) <= first + 100 for v in vocabulary)
    # "the 1990s" is held by 1994; "the 1100s" by 1130 or "the 12th century"
    if entity.endswith("0s") and _DECADE.fullmatch(entity):
        first = int(entity[:-1])
        span = 100 if first % 100 == 0 else 10
        in_century = span == 100 and f"{first // 100 + 1}th" in vocabulary and "centuri" in vocabulary
        return (
            entity.lower() in vocabulary
            or in_century
            or any(len(v) == 4 and v.isdigit() and first <= int(v) < first + span for v in vocabulary)
        )
    if years := _YEAR_RANGE.fullmatch(entity):  # "1959–60": written so, or as "1959–1960"
        start, end = years.groups()
        return start in vocabulary and (end in vocabulary or start[:2] + end in vocabulary)
    terms = _word_terms(entity)
    if not terms:
        return True  # a stop word: nothing to look for
    if all(t in vocabulary or not _FULL_FORM_TERMS.get(t, frozenset()).isdisjoint(vocabulary) for t in terms):
        return True  # "Tony Blinken" is there as "Antony Blinken"
    country = NATIONALITIES.get(without_possessive(entity.lower()))  # "Washington's"
    if country and any(term in vocabulary for term in _COUNTRY_TERMS[country]):
        return True
    if country and any(all(t in vocabulary for t in phrase) for phrase in _COUNTRY_PHRASE_TERMS.get(country, ())):
        return True  # "Britain": "annexed by the United Kingdom"
    if len(terms) > 1:
        return False  # a date ("March 25"): every word of it, as written
    stem = terms[0]
    if len(stem) < _STEM_MIN:
        return False
    prefix = stem[: _STEM_MIN - 1]  # two forms of a name share at least this much: a cheap first test
    return any(v.startswith(prefix) and _same_name(stem, v) for v in vocabulary)


def _same_name(a: str, b: str) -> bool:
    """Whether two terms are one name in two forms ('norwegian' and 'norway', 'marbeckian' and 'marbeck')."""
    shared = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        shared += 1
    if shared < _STEM_MIN - 1 or shared < 0.6 * min(len(a), len(b)):
        return False
    # the longer one's own end is a name's ("-egian", "-ese", "-ian"): not "constitut" against "consum"
    longer = max(a, b, key=len)
    return shared == len(longer) or longer.endswith(_NAME_ENDINGS) or min(len(a), len(b)) == shared


# How a place's people or language end ("Norwegian", "Chinese", "Marbeckian", "Israeli", "Nepalese").
_NAME_ENDINGS = ("ian", "ean", "an", "es", "ese", "ish", "i", "ic", "er", "ite", "in", "is", "ia", "a", "y")


def holds(terms: Collection[str], entities: Collection[str]) -> bool:
    """Whether a passage (its search terms) holds every entity of the question, in some form."""
    return not missing_from(entities, terms)


# "voted no" and "said no" are answers, not negations.
_NEGATION = re.compile(
    r"\b(?:not|never|nobody|none|neither|nor|without)\b|(?<!\bvoted\s)(?<!\bvote\s)(?<!\bsaid\s)(?<!\bsay\s)\bno\b|n['’]t\b",
    re.IGNORECASE,
)
_UNIT = re.compile(
    r"\bhow\s+(?:many|much)\s+(seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|nights?|"
    r"miles?|kilometres?|kilometers?|metres?|meters?|tonnes?|tons?|percent|per\s+cent)\b",
    re.IGNORECASE,
)


# The thing a "how many" question counts.
_COUNTED = re.compile(
    # not a phrasal verb: "how many turned up?" counts people, not turns ("how many died?" counts the dead)
    r"\bhow\s+many\s+(?!of\b|more\b|other\b|times\b|people\b|[a-z]+ed\s+(?:up|out)\b)([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})",
    re.IGNORECASE,
)


def _is_plural(word: str) -> bool:
    """Whether a word a 'how many' question counts looks plural ("suppliers", not "glass")."""
    return word.endswith("s") and not word.endswith("ss")


def other_kind_counted(question: str, vocabulary: Collection[str], texts: Iterable[str]) -> str | None:
    """The thing a 'how many' question counts, when a word the article never uses says which kind of it and the
    article counts another kind ("how many *organic* suppliers": "its 1,140 conventional suppliers"); else None.
    A reader's own word for the same kind ("how many *extra* tankers": "a further 20 tankers") is no other kind.
    """
    counted = _COUNTED.search(question)
    if counted is None:
        return None
    words = counted.group(1).split()
    plural = next((i for i, w in enumerate(words) if _is_plural(w)), None)
    if plural is not None and words[plural + 1 : plural + 2] == ["of"] and len(words) > plural + 2:
        return _other_kind_after(words[plural:], vocabulary, texts)  # "how many drums of diesel"
    if not plural:
        return None
    kinds = [w for w in words[:plural] if w.lower() not in STOP_WORDS]
    if all(term in vocabulary for w in kinds for term in tokenize(w)):
        return None
    before = re.compile(
        rf"(?:\d[\d,.]*|\b(?:{_NUMBER_WORDS}))\s+([a-z][a-z-]+)\s+{re.escape(words[plural])}\b", re.IGNORECASE
    )  # the kind a count is given of: "1,140 conventional suppliers", not "water tankers"
    asked = {w.lower() for w in words}
    others = {m.group(1).lower() for text in texts for m in before.finditer(text)} - asked - STOP_WORDS
    return " ".join(words[: plural + 1]) if others else None


def _other_kind_after(words: list[str], vocabulary: Collection[str], texts: Iterable[str]) -> str | None:
    """ "drums of diesel", when the article never says diesel and counts drums of something else ("412 drums of
    gasoline"); else None."""
    thing, kind = words[0], words[2]
    if kind.lower() in STOP_WORDS or all(term in vocabulary for term in tokenize(kind)):
        return None
    counts = re.compile(
        rf"(?:\d[\d,.]*|\b(?:{_NUMBER_WORDS}))\s+{re.escape(thing)}\s+of\s+([a-z][a-z-]+)", re.IGNORECASE
    )
    return " ".join(words[:3]) if any(counts.search(text) for text in texts) else None


# Words whose swap turns a true question into a near miss ("the smallest stadium" of "the largest stadium"):
# each word on one side of a "|" is the opposite of each on the other.
_OPPOSITES = (
    "largest biggest | smallest", "large big | small", "larger bigger | smaller", "longer | shorter",
    "higher | lower", "older | younger newer", "faster quicker | slower", "heavier | lighter", "wider | narrower",
    "deeper | shallower", "stronger | weaker", "cheaper | dearer", "richer | poorer", "most | least fewest",
    "highest | lowest", "high | low", "longest | shortest",
    "oldest | youngest newest", "best | worst", "first | last", "maximum | minimum",
    "north northern northward northbound | south southern southward southbound",
    "east eastern eastward eastbound | west western westward westbound",
    "upper | lower", "open | close", "begin start | end finish", "entrance | exit",
    "import | export", "buy purchase acquire | sell", "hire | fire", "inside | outside", "early | late",
    "earliest | latest", "richest | poorest", "busiest | quietest", "hottest warmest | coldest coolest",
    "wettest | driest", "fastest quickest | slowest", "strongest | weakest", "heaviest | lightest",
    "cheapest | dearest", "deepest | shallowest", "widest | narrowest", "tallest | shortest",
    "male | female", "men | women", "domestic | foreign",
    # kin of the other sex: "her daughter's fees" are not "Shs720,000 … for her son"
    "son | daughter", "husband | wife", "brother | sister", "father | mother", "boy | girl",
    "grandfather | grandmother", "grandson | granddaughter", "nephew | niece", "uncle | aunt",
    "public | private", "urban | rural", "approve propose proposed | reject rejected", "support | oppose",
    "acquit | convict",
    "ally | enemy", "above | below", "before | after", "create | eliminate destroy", "spare spared | destroy destroyed",
    "allow permit | ban forbid prohibit", "include | exclude", "agree | disagree", "accept | refuse", "pass | fail",
    "arrive | depart", "seriously severely critically badly serious severe critical | slightly lightly minor",
    "modern contemporary | medieval ancient",
    "permanent permanently | temporary temporarily", "alive | dead", "guilty | innocent", "legal | illegal",
    "kill killed die died dead death deaths fatal drown drowned | injure injured injury injuries wound wounded hurt",
    "hard | soft", "wet | dry", "full | empty", "indoor | outdoor", "inbound | outbound", "incoming | outgoing",
    "upstream | downstream", "offshore | onshore", "junior | senior", "primary | secondary",
    "morning mornings | evening evenings", "weekday weekdays | weekend weekends", "add added | remove removed cut cuts",
    "tourist tourists visitor visitors | resident residents local locals",
    # which way a number went
    "rise gain increase grow climb jump win profit profitable surplus | fall lose loss decrease drop decline "
    "shrink slide slump deficit",
)  # fmt: skip


# Words of which one excludes the others: "the company's second chairman" is not its first.
_EXCLUSIVE = (
    "first second third fourth fifth sixth seventh eighth ninth tenth",
    "daily weekly monthly quarterly annual",
)


def _opposites() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Each word's opposites, and the words on its own side, as lower-case words and search terms ("below" is
    a stop word)."""
    found: dict[str, set[str]] = {}
    alike: dict[str, set[str]] = {}
    exclusive = (f"{w} | {' '.join(o for o in group.split() if o != w)}" for group in _EXCLUSIVE for w in group.split())
    for entry in (*_OPPOSITES, *exclusive):
        one, other = ({form for word in side.split() for form in (word, *tokenize(word))} for side in entry.split("|"))
        for side, opposite in ((one, other), (other, one)):
            for word in side:
                found.setdefault(word, set()).update(opposite)
                if entry in _OPPOSITES:  # "third" is alike no other ordinal
                    alike.setdefault(word, set()).update(side)
    return (
        {word: frozenset(others) for word, others in found.items()},
        {word: frozenset(others) for word, others in alike.items()},
    )


OPPOSITES, _SAME_SIDE = _opposites()
# "last year" and the verb ("due to last 48 hours", "how long will it last?") are no opposite of "first".
_LAST_TIME = re.compile(
    r"\b(?:last|next)\s+(?:year|week|month|night|season|quarter|time|weekend|spring|summer|autumn|winter)\b"
    r"|\b(?:to|will|would|did|does|do|could|can|may|might|should|n['’]t)\s+last\b|\blast(?:s|ed)\b"
    # "when did Rovers last win?": most recently, answered by "the first time since 1998"
    r"|\blast\s+(?=(?:\w+ed|win|won|play|see|saw|seen|meet|met|hold|held|visit|go|went|take|took|make|made)\b)"
    r"|\bat\s+(?:the\s+(?:very\s+)?)?(?:least|most)\b",  # "at least 40": no opposite of "the most visited"
    re.IGNORECASE,
)
_HOW_LONG_LAST = re.compile(r"^(\s*(?:for\s+)?how\s+long\b.*)\blast\b", re.IGNORECASE)


def swapped_opposite(question: str, passage: str) -> str | None:
    """A word of the question the passage lacks while holding its opposite ('smallest' against 'largest')."""
    asked = _forms(question)
    if not any(word in OPPOSITES for word in asked):
        return None
    held = _forms(passage)
    written = set(_LOWER_WORD.findall(question.lower()))
    for word in sorted(asked - held, key=lambda w: (w not in written, w)):  # the word as written before its stem
        if synonyms_of(word) & held or _SAME_SIDE.get(word, frozenset()) & held:
            continue  # "finished" is held by "completed", "southern" by "the south bank"
        opposite = OPPOSITES.get(word, frozenset())
        if opposite & held and not opposite & asked:
            return word
    return None


# A clock time read as hours and minutes: "3:12 p.m.", "5pm", "06:50", "12.55pm" (a bare hour needs its half of
# the day).
_CLOCK_READING = re.compile(
    r"\b(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?\s*(?P<half>[ap])\.?\s?m\b\.?"
    r"|\b(?P<hour24>[01]?\d|2[0-3]):(?P<minute24>[0-5]\d)\b(?!\s*[ap]\.?\s?m\b)",  # "10.30" may be a number
    re.IGNORECASE,
)


def _clock_times(text: str) -> set[int]:
    """The minutes past midnight each clock time stands for; "3:12" with no half of the day, both."""
    times: set[int] = set()
    for match in _CLOCK_READING.finditer(text):
        if match["half"]:
            hour = int(match["hour"]) % 12 + (12 if match["half"].lower() == "p" else 0)
            times.add(hour * 60 + int(match["minute"] or 0))
        else:
            hour, minute = int(match["hour24"]), int(match["minute24"])
            times.update({hour * 60 + minute, (hour + 12) % 24 * 60 + minute} if hour <= 12 else {hour * 60 + minute})
    return times


def other_clock_time(question: str, passage: str) -> bool:
    """Whether the passage gives a time of day, but not the one the question asks about.

    "What happened at 3:12 p.m.?" is not answered by "a tremor at 3:12 a.m.", nor "how many
    were injured as of 5pm?" by "146 had been injured as of 11 a.m.".
    """
    asked = _clock_times(question)
    if not asked:
        return _other_half_of_day(question, passage)
    given = _clock_times(passage)
    return bool(given) and asked.isdisjoint(given)


_HALF_ASKED = {
    "a": re.compile(r"\bmornings?\b", re.IGNORECASE),
    "p": re.compile(r"\b(?:afternoons?|evenings?)\b", re.IGNORECASE),
}
_HALF_GIVEN = re.compile(r"\d(?:[:.]\d\d)?\s*([ap])\.?m\b", re.IGNORECASE)


def _other_half_of_day(question: str, passage: str) -> bool:
    """Whether a question asks about the morning and the passage's times are all p.m., or the reverse: "what time
    does the bus leave in the evening?" is not answered by "leaving at 5.20am"."""
    asked = [half for half, words in _HALF_ASKED.items() if words.search(question)]
    if len(asked) != 1 or _HALF_ASKED[asked[0]].search(passage):
        return False
    given = {m.group(1).lower() for m in _HALF_GIVEN.finditer(passage)}
    return bool(given) and asked[0] not in given


# "How many people were injured …?": what is counted and the deed it is counted for.
_COUNTED_DEED_ASKED = re.compile(
    r"^how\s+many\s+(?P<noun>[a-z]+)\s+(?:were|was|have\s+been|had\s+been|got|are)\s+(?P<deed>[a-z]+(?:ed|en))\b",
    re.IGNORECASE,
)
# "six people were arrested", "14 workers had been hurt"
_COUNTED_DEED = re.compile(
    rf"\b(?:\d[\d,]*|{_NUMBER_WORDS})\s+(?:[a-z]+\s+)?(?P<noun>[a-z]+)\s+(?:were|was|have\s+been|had\s+been|got)\s+"
    r"(?:(?:later|also|then|all|reportedly)\s+)?(?P<deed>[a-z]+(?:ed|en))\b",
    re.IGNORECASE,
)


def counted_for_another_deed(question: str, passage: str) -> bool:
    """Whether a passage counts what the question counts only for another deed: "how many people were injured?"
    is not answered by "six people were arrested" in a passage that says nothing of injuries."""
    asked = _COUNTED_DEED_ASKED.match(question)
    if asked is None:
        return False
    deed = set(_word_terms(asked["deed"]))
    if not deed.isdisjoint(tokenize(passage)):
        return False
    noun = set(_word_terms(asked["noun"]))
    counted = [m for m in _COUNTED_DEED.finditer(passage) if not noun.isdisjoint(_word_terms(m["noun"]))]
    return bool(counted)


_BORN = re.compile(r"\bborn\b", re.IGNORECASE)
_BORN_COMPOUND = re.compile(r"\w-born\s+((?:[\w’'-]+\s+){0,3}[\w’'-]+)", re.IGNORECASE)


def born_to_another(question: str, passage: str) -> bool:
    """Whether a question about where or when someone was born meets only another person's "-born":
    "Where was Ottilie Brannagh born?" is not answered by "the Eskarran-born Tobias Wennerlund"."""
    if not _BORN.search(question):
        return False
    standalone = [m for m in _BORN.finditer(passage) if m.start() == 0 or passage[m.start() - 1] != "-"]
    if standalone:
        return False
    asked = {t for e in question_entities(question) for t in _word_terms(e)}
    followers = [set(tokenize(m.group(1))) for m in _BORN_COMPOUND.finditer(passage)]
    return bool(asked and followers) and all(asked.isdisjoint(words) for words in followers)


# A measure naming a thing: "the 30-year bond", "a two-year contract", "the 97-minute adjournment".
_MEASURE = re.compile(
    rf"\b(\d[\d,.]*|{_NUMBER_WORDS})[\s-](year|month|week|day|hour|minute|mile|kilometre|metre|storey|page|point)s?\b",
    re.IGNORECASE,
)


def other_measure(question: str, passage: str) -> bool:
    """Whether the passage gives the question's measure of a thing only with another number: "the 30-year
    bond yield" is not "the 10-year yield", nor "a two-year contract" "a three-year one"."""
    asked = _MEASURE.findall(question)
    if not asked:
        return False  # most questions: no measure to compare
    held: dict[str, set[str]] = {}
    for number, unit in _MEASURE.findall(passage):
        held.setdefault(unit.lower(), set()).update(tokenize(number))
    for number, unit in asked:
        numbers = held.get(unit.lower())
        if numbers and numbers.isdisjoint(tokenize(number)):
            return True
    return False


# A thing known by its number: "Ward 17", "Term One", "Phase II", "Gate 4", "Route 3"
_NUMBERED = re.compile(
    r"\b(ward|term|phase|stage|grade|route|line|gate|terminal|platform|level|zone|block|lot|section|article|clause|"
    r"chapter|round|group|district|unit|wing|pier|berth|runway|bus|tram|flight|lane|exit|junction|category|class|"
    r"form|standard|precinct|sector|division|tier|pillar|pump|well|reactor|turbine|shaft|furnace|hall|court)\s+"
    rf"(\d+[a-z]?|{_NUMBER_WORDS}|[IVX]+)\b(?![-–—]|\s*(?:%|per\s*cent|percent))",
    re.IGNORECASE,
)


def other_number_of_a_thing(question: str, passage: str) -> bool:
    """Whether the passage numbers the question's thing only otherwise: "the ward 12 councillor" is not "Ward 17
    councillor Lwazi Moyo", nor "Term Three" "Term One"."""
    asked = _NUMBERED.findall(question)
    if not asked:
        return False  # most questions: no numbered thing
    held: dict[str, set[str]] = {}
    for thing, number in _NUMBERED.findall(passage):
        held.setdefault(thing.lower(), set()).add(_as_numeral(number))
    return any((numbers := held.get(thing.lower())) and _as_numeral(number) not in numbers for thing, number in asked)


_ROMAN = {numeral: str(value) for value, numeral in enumerate("i ii iii iv v vi vii viii ix x xi xii".split(), 1)}


def _as_numeral(number: str) -> str:
    """A number as digits, however written: "Three", "III" and "3" are one (tokenize spells out the words)."""
    lowered = number.lower()
    terms = tokenize(lowered)
    return _ROMAN.get(lowered) or (terms[0] if terms else lowered)


# "… in Turkish lira?": the currency a sum is asked in, and how a passage writes it.
_CURRENCIES = {
    "dollar": r"\$|\bdollars?\b|\bUSD\b",
    "euro": r"€|\beuros?\b|\bEUR\b",
    "pound": r"£|\bpounds?\b|\bsterling\b|\bGBP\b",
    "lira": r"₺|\blira\b|\bliras\b|\bTL\b|\bTRY\b",
    "yen": r"¥|\byen\b|\bJPY\b",
    "yuan": r"¥|\byuan\b|\brenminbi\b|\bRMB\b|\bCNY\b",
    "rupee": r"₹|\brupees?\b|\bRs\.?|\bINR\b|\bPKR\b|\bLKR\b",
    "peso": r"₱|\bpesos?\b|\bMXN\b|\bPHP\b",
    "naira": r"₦|\bnaira\b|\bN\d",
    "rand": r"\brand\b|\bR\s?\d|\bZAR\b",
    "dirham": r"\bdirhams?\b|\bDh\s?\d|\bAED\b",
    "real": r"R\$|\breais\b|\breal\b|\bBRL\b",
    "shekel": r"₪|\bshekels?\b|\bNIS\b|\bILS\b",
    "dong": r"₫|\bdong\b|\bVND",
    "rupiah": r"\brupiah\b|\bRp\s?\d|\bIDR\b",
    "ringgit": r"\bringgit\b|\bRM\s?\d|\bMYR\b",
    "baht": r"฿|\bbaht\b|\bTHB\b",
}
_CURRENCY_ASKED = re.compile(
    r"\bin\s+(?:(?:[A-Z][a-z]+|US|U\.S\.|Hong\s+Kong|New\s+Zealand)\s+)?(?P<unit>dollars?|euros?|pounds?|lira|liras|yen"
    r"|yuan|rupees?|pesos?|naira|rand|dirhams?|reais|real|shekels?|dong|rupiah|ringgit|baht)\b",
    re.IGNORECASE,
)


# A period named by its place in time: "last season", "this year", "next month".
_RELATIVE_PERIOD = re.compile(
    r"\b(?P<when>last|this|next|previous|past|current|coming)\s+(?P<period>year|season|week|month|quarter|term|"
    r"winter|summer|spring|autumn|fall|decade)\b",
    re.IGNORECASE,
)
_SAME_WHEN = {"previous": "last", "past": "last", "current": "this", "coming": "next"}
_YEAR_WRITTEN = re.compile(r"\b(?:19|20)\d\d\b")


def other_period(question: str, passage: str) -> bool:
    """Whether the passage gives the period the question asks about only as another one: "how many growers did
    it finance *last season*?" of "had financed 11 000 growers *this season*"."""
    asked = {(_SAME_WHEN.get(w.lower(), w.lower()), p.lower()) for w, p in _RELATIVE_PERIOD.findall(question)}
    if not asked:
        return False
    given = {(_SAME_WHEN.get(w.lower(), w.lower()), p.lower()) for w, p in _RELATIVE_PERIOD.findall(passage)}
    if not given or asked & given or {w for w, _ in asked} & {w for w, _ in given} or _YEAR_WRITTEN.search(passage):
        return False  # "this season" for "this year"; "the budget for 2026, up from this year" for "next year's"
    return bool({p for _, p in asked} & {p for _, p in given})


# The media a reader may ask about, by the words that name each: "which radio station", "told TV6".
_MEDIA = {
    # "radio", "Radyo Bantay", "Nam Lolwe FM"; a broadcaster is radio or television
    "radio": re.compile(r"\bra[dḍ]y?[io]o?\b|(?-i:\bFM\b)|\bbroadcaster\b", re.IGNORECASE),
    "television": re.compile(r"\b(?:tv|television|televised)|\btv\d*\b|\bbroadcaster\b", re.IGNORECASE),
    "print": re.compile(r"\b(?:newspaper|paper|daily|weekly|magazine)\b", re.IGNORECASE),
    "agency": re.compile(r"\b(?:news|press|wire)\s+(?:agency|service)\b", re.IGNORECASE),
    "online": re.compile(r"\b(?:portal|website|news\s+site)\b", re.IGNORECASE),
}
_BROADCAST = frozenset({"radio", "television"})
_BROADCASTER = re.compile(r"\bbroadcaster\b", re.IGNORECASE)


def other_medium(question: str, passage: str) -> bool:
    """Whether the passage's outlet is of another medium than the one asked about: "which radio station did she
    talk to?" of "she told TV6", or of "told Meridian", when no word says it is radio."""
    question = _BROADCASTER.sub(" ", question)  # "which broadcaster": radio or television, either may be meant
    asked = {medium for medium, words in _MEDIA.items() if words.search(question)}
    if not asked:
        return False  # most questions: no medium asked about
    given = {medium for medium, words in _MEDIA.items() if words.search(passage)}
    if asked & _BROADCAST:
        return not asked & given  # a station's medium is in its name or beside it: "local radio Erbol"
    return bool(given) and not asked & given


def other_currency(question: str, passage: str) -> str | None:
    """The currency a question asks a sum in ("… in Turkish lira?"), when the passage gives none in it."""
    asked = _CURRENCY_ASKED.search(question)
    if asked is None:
        return None
    unit = asked.group("unit").lower()
    unit = {"reais": "real", "liras": "lira"}.get(unit, unit.removesuffix("s"))
    written = _CURRENCIES.get(unit)
    return None if written is None or re.search(written, passage, re.IGNORECASE) else asked.group().removeprefix("in ")


_WHICH = re.compile(r"^which\s+((?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*)", re.IGNORECASE)
_INDEFINITE = frozenset("a an one some several another other unnamed unidentified various".split())
_POSSESSORS = frozenset("his her their its our my your".split())  # "his hostel": his, but no name given
_PASSAGE_WORD = re.compile(r"[\w’'-]+")


def left_unnamed(question: str, passage: str) -> str | None:
    """The thing a "which …?" question asks to be named, when the passage mentions it without a name.

    "Which trade journal praised the reopening?" is not answered by "a trade journal described
    the reopening as …", nor "which bookmaker got the money?" by "deposited with online
    bookmakers": the article has the thing, not its name.
    """
    asked = _WHICH.match(question)
    if asked is None:
        return None
    words = [m.group() for m in _PASSAGE_WORD.finditer(passage)]
    for word in _asked_thing(asked.group(1).split()):
        terms = _word_terms(word.lower())
        places = [i for i, w in enumerate(words) if terms and _word_terms(w.lower())[:1] == terms[:1]]
        if places and all(_unnamed_at(words, i) for i in places):
            return word
    return None


def _asked_thing(words: list[str]) -> list[str]:
    """The words naming a "which" question's thing, up to its verb: "trade journal" of "trade journal described"."""
    thing = []
    for word in words:
        if word.lower() in AUXILIARY_VERBS or word.lower().endswith("ed") or word.lower() in IRREGULAR_PAST:
            break
        thing.append(word)
    # One thing: "which principles" may be a list; "which farmers' union" is a union, the farmers its owners.
    return [w for w in thing if not w.lower().endswith("s") and not w.endswith(("'", "’", "'s", "’s"))]


def _unnamed_at(words: list[str], at: int) -> bool:
    """Whether the noun at a word's place is indefinite and bears no name: "a trade journal", "online bookmakers"."""
    near = words[max(1, at - 3) : at + 3]  # the first word is capitalised anyway
    if any(w[0].isupper() for w in near if w.lower() not in NOT_NAMES):
        return False  # "the Oudmere Courier", "a trade journal, Canal World,"
    before = [w.lower() for w in words[max(0, at - 3) : at]]
    # the determiner nearest the noun is its own: "in a statement: ‘The committee …’" is the committee just named
    nearest = next((w for w in reversed(before) if w in _INDEFINITE or w in _POSSESSORS or w == "the"), None)
    if nearest is not None and nearest != "the":
        return True
    plural = words[at].lower().endswith("s")
    return plural and not any(w in ("the", "its", "their", "his", "her", "our", "these", "those") for w in before)


# "Who succeeded <Ferreira-Haldane> …?": the doer asked for, and the one the deed was done to.
_DOER_QUESTION = re.compile(
    r"^(?i:who|which\s+[a-z]+)\s+(?P<verb>[a-z]+(?:ed|s))\s+(?:the\s+)?"
    r"(?P<name>(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*\s+){0,3}[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*)"
)
# Up to eight words between "by" and the doer's name, within one clause.
_BY_DOER = r"\s+by\s+(?:[^\s.;:]+\s+){0,8}?"


def swapped_roles(question: str, passage: str) -> str | None:
    """The name a "who did it to X?" question asks about, when the passage has X doing it.

    "Who succeeded Ferreira-Haldane as chief engineer?" is not answered by "Lindqvist-Marr … was
    succeeded by … Julius Ferreira-Haldane": there he is the successor, and his own is not named;
    nor "who replaced the Normans?" by "the Normans … replaced the Anglo-Saxons".
    """
    asked = _DOER_QUESTION.match(question.strip())
    if asked is None:
        return None
    stem = _word_terms(asked.group("verb").lower())[:1]
    name = asked.group("name").split()[-1]
    if not stem or name.lower() in _NO_SUBJECT:
        return None
    verbs = [m for m in _PASSAGE_WORD.finditer(passage) if _word_terms(m.group().lower())[:1] == stem]
    by_them = [v for v in verbs if re.match(_BY_DOER + re.escape(name) + r"\b", passage[v.end() :])]
    done_to = [
        v
        for v in verbs
        if v not in by_them and re.match(rf"\s+(?:[^\s.;:]+\s+){{0,3}}?{re.escape(name)}\b", passage[v.end() :])
    ]
    # "Who replaced the Normans?": "The invading Normans and their descendants replaced the Anglo-Saxons"
    by_name = [
        v
        for v in verbs
        if v not in done_to
        and not re.match(r"\s+by\b", passage[v.end() :])  # "a committee headed by …": done to it
        and _active_subject_before(name).search(passage, 0, v.start())
    ]
    return asked.group("name") if (by_them or by_name) and not done_to else None


def _active_subject_before(name: str) -> re.Pattern[str]:
    """A name a few words before a verb, in its clause and not as a passive's ("Danes were defeated"); the
    pattern is built per name, and ``re`` caches it."""
    return re.compile(
        rf"\b{re.escape(name)}\b(?:\s+(?!(?:was|were|is|are|been|be|being|by|who|which|that|as|in|on|at|of|for|with|to|from)\b)"
        rf"[^\s.;:,]+){{0,4}}\s+$"
    )


# "How much did <the nurses' union> <spend> …?": a question whose subject comes after its auxiliary.
_SUBJECT_QUESTION = re.compile(
    r"^(?:how\s+(?:much|many|long|far|often|big)(?:\s+[a-z]+)?|when|where|why|what(?:\s+[a-z]+)?)\s+"
    r"(?:did|does|do|has|have|had|will|would|can|could)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_DETERMINERS = frozenset("the a an its their his her this that these those".split())
_SKIPPED_BEFORE_VERB = frozenset(
    "has had have was were is are will would could can may might should must also already then still not never".split()
)
_ORDER_WORDS = frozenset("next last first new old previous current former other same".split())
# A sentence opening on a name and its verb: "Harwick Rovers won …", "The Bank of Aurelia has raised …"; a
# pronoun names no one ("We have slept …").
_OPENING_NAME = re.compile(
    r"^(?:The\s+)?(?!(?:I|We|He|She|They|It|You)\s)"
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*(?:\s+(?:of\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*){0,3})\s+"
    r"(?:(?:has|have|had|also|then|later|first)\s+)*(?P<verb>[a-z][\w’'-]*)"
)
_PREPOSITIONS = frozenset("in on at of with for from by to under after before during into about".split())
_ADVERBS = frozenset("first ever last also still actually originally eventually later then".split())
_ANYONE = frozenset("people anyone someone everyone everybody anybody somebody they you".split())
_NO_SUBJECT = frozenset("he she they it we i who which that and but or".split())


def swapped_subject(question: str, passage: str) -> str | None:
    """The question's subject, when the passage gives its verb another subject.

    "How much did the nurses' union spend on agency staff?" is not answered by "The board
    spent £21.7m on agency and bank staff" (the question's subject never named there), nor
    "what did Oda Merensky die of?" by "Teodor Merensky died of a heart attack" (a name
    that shares a word is another person when neither name holds the other).
    """
    asked = _SUBJECT_QUESTION.match(question)
    if asked is None:
        return None
    words = asked.group("rest").split()
    held = set(tokenize(passage))
    subject, at = _compound_subject(words, *_subject_and_verb(words), held)
    verb = words[at].strip("?,.") if at < len(words) else None
    wanted = {t for w in subject for t in _word_terms(w.lower())}
    verb_terms = _word_terms(verb.lower()) if verb else ()
    if not wanted or not verb_terms:
        return None
    unnamed = wanted.isdisjoint(held)
    partly_named = not unnamed and not wanted <= held  # "Oda Merensky" where only "Teodor Merensky" is
    # "When did Eastmoor Athletic first win the cup?": "Harwick Rovers won the cup …, beating Eastmoor Athletic".
    named_elsewhere = not unnamed and not partly_named and subject[-1][:1].isupper()
    words = [m.group() for m in _PASSAGE_WORD.finditer(passage)]
    for at, word in enumerate(words):
        if _word_terms(word.lower())[:1] == verb_terms[:1]:
            if at + 1 < len(words) and words[at + 1].lower() == "by":
                continue  # "The island was formally annexed by the United Kingdom": the doer follows
            if _as_noun(words, at):
                continue  # "How much did the project cost?": "The line was approved at an estimated cost of …"
            theirs = _subject_before(passage, words, at)
            other_name = partly_named and subject[-1][:1].isupper() and not (theirs <= wanted or wanted <= theirs)
            if unnamed and subject[-1][:1].isupper() and _names_back(words, at):
                continue  # "How many stores will Pellworth close?": "The company will close 64 …" may be it
            if theirs and ((unnamed and wanted.isdisjoint(theirs)) or other_name):
                return " ".join(subject)
    if named_elsewhere and (opening := _OPENING_NAME.match(passage)):
        their_verb = opening.group("verb").lower()
        theirs = set(tokenize(opening.group("name")))
        if _word_terms(their_verb)[:1] == verb_terms[:1] and theirs.isdisjoint(set(tokenize(question))):
            return " ".join(subject)
    return None


def _as_noun(words: list[str], at: int) -> bool:
    """Whether a passage's word is used as a noun: "the cost", "an estimated cost", "the highest tide" (not
    "died of")."""
    before = [w.lower() for w in words[max(0, at - 2) : at]]
    determined = bool(before) and before[-1] in _DETERMINERS
    if determined or len(before) < 2:
        return determined
    return (before[0] in ("a", "an") and before[1].endswith("ed")) or (before[0] == "the" and before[1].endswith("est"))


_NATION_REACH = 3  # words after a demonym that it may qualify: "the Chinese foreign minister"
_WORD_THEN_STOP = re.compile(r"([\w’'-]+)([,;:.!?]|\s[—–-]\s)?")  # a word, and the stop after it, if any


def swapped_nationality(question: str, passage: str, described: Collection[str] = ()) -> str | None:
    """A word the question gives one country and the passage only another: "the *French* president" against
    "the *Chinese* president", "China's top diplomat" against "the top US diplomat".

    ``described``: the terms of descriptions that name a person of the article, who is checked for instead.
    """
    asked = {(country, head) for country, head in _nation_heads(question) if head not in described}
    if not asked:
        return None
    held = _nation_heads(passage)
    for country, head in sorted(asked):
        theirs = {c for c, h in held if h == head}
        if theirs and country not in theirs:
            return head
    return None


# A capitalised adjective: "Christian", "Byzantine", "Frankish", "Catholic", and a demonym ("Polish", "French");
# a name's own word ("Oyelaran", "Brannigan") is not one, nor a country's ("China").
_PROPER_ADJECTIVE = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿ]+(?:ian|ine|ish|ese|ic|ical)$")
_DEMONYM_ENDING = re.compile(r"(?:an|ese|ish|ic|i|ch|ek|ss)$")
_AUXILIARIES = frozenset("did does do will would can could has have had is was are were should may might".split())


def moved_modifier(question: str, passage: str) -> str | None:
    """A capitalised adjective the question puts on one noun and the passage only on another: "who was famed
    for their *Christian spirit*?" against "famed for their martial spirit and … their Christian piety"."""
    pairs = _proper_adjective_pairs(_PASSAGE_WORD.findall(question))
    if not pairs:
        return None  # most questions: the passage need not be read
    words = [without_possessive(w) for w in _PASSAGE_WORD.findall(passage)]
    heads = [_word_terms(w.lower())[:1] for w in words]
    for adjective, noun, head in pairs:
        places = [i for i, w in enumerate(words) if w == adjective]
        if any(head in heads[i + 1 : i + 3] for i in places):
            continue
        qualifies_another = any(i + 1 < len(words) and words[i + 1].islower() for i in places)
        if qualifies_another and any(
            term == head and _OTHER_QUALIFIER.search(words[i - 1]) and words[i - 1].lower() not in STOP_WORDS
            for i, term in enumerate(heads)
            if i
        ):
            return f"{adjective} {noun}"
    return None


def _proper_adjective_pairs(asked: list[str]) -> list[tuple[str, str, tuple[str, ...]]]:
    """A question's capitalised adjectives, each with the noun after it and that noun's term ("Christian",
    "spirit", ("spirit",))."""
    pairs = []
    for at in range(1, len(asked) - 1):
        adjective, noun = asked[at], asked[at + 1]
        if asked[at - 1].lower() in _AUXILIARIES or not _is_proper_adjective(adjective):
            continue  # "When did Oyelaran announce …": a subject and its verb
        head = _word_terms(noun)[:1] if noun.islower() and noun not in STOP_WORDS else ()
        if head:
            pairs.append((adjective, noun, head))
    return pairs


# A word before a noun that qualifies it: a name's or another adjective ("martial spirit", "Norman mercenary"),
# not a noun used as one ("the agriculture minister" may be the Polish one).
_OTHER_QUALIFIER = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-Ž]|(?:al|ous|ive|ic|ful|ary|ern|ese|ish|ian)$")


def _is_proper_adjective(word: str) -> bool:
    """Whether a capitalised word is an adjective: "Christian", "Byzantine", "Polish" (not "China", "Rome")."""
    lower = word.lower()
    if lower in NATIONALITIES:
        return lower not in CAPITALS and _DEMONYM_ENDING.search(lower) is not None
    return _PROPER_ADJECTIVE.match(word) is not None


def _nation_heads(text: str) -> set[tuple[str, str]]:
    """Each country a text names by its name or demonym (not its capital), with the terms of the words after it."""
    found = list(_WORD_THEN_STOP.finditer(text))
    words = [m.group(1) for m in found]
    pairs: set[tuple[str, str]] = set()
    for at, word in enumerate(words):
        lower = without_possessive(word.lower())
        country = NATIONALITIES.get(lower)
        if country is None or lower in CAPITALS or (lower == "us" and word != "US"):  # "tell us"
            continue
        if found[at].group(2):
            continue  # "Pakistan, the largest market": what follows the comma is said of it, not a noun it qualifies
        for after, match in zip(words[at + 1 : at + 1 + _NATION_REACH], found[at + 1 :], strict=False):
            if without_possessive(after.lower()) in NATIONALITIES:
                break  # "US and China": the next country's words are its own
            pairs.update((country, term) for term in tokenize(after)[:1])
            if match.group(2):
                break  # "for Kenyan tea, bought": the clause ends at the comma
    return pairs


def _before_verb(words: list[str], at: int) -> int:
    """The place of the word before a verb, past its auxiliaries and adverbs ("has", "also", "quietly")."""
    back = at - 1
    while back >= 0 and (words[back].lower() in _SKIPPED_BEFORE_VERB or words[back].lower().endswith("ly")):
        back -= 1
    return back


def _names_back(words: list[str], at: int) -> bool:
    """Whether a verb's subject is "the" and a common noun ("The company will close", "The nonprofit chain
    runs"): a second reference."""
    back = _before_verb(words, at)
    for _ in range(_COMPOUND_REACH):
        if back < 1 or not words[back].islower():
            return False
        if words[back - 1].lower() == "the":
            return True
        back -= 1
    return False


def _subject_and_verb(words: list[str]) -> tuple[list[str], int]:
    """A question's subject after its auxiliary and where the verb after it stands: "the nurses' union", the
    index of "spend" (``len(words)`` when there is none)."""
    at = 1 if words and words[0].lower() in _DETERMINERS else 0
    subject: list[str] = []
    while at < len(words) and (words[at][:1].isupper() or _POSSESSIVE_WORD.search(words[at])):
        subject.append(words[at])
        at += 1
    if not subject or not subject[-1][:1].isupper():
        while at < len(words) and words[at].lower() in _ORDER_WORDS:  # "the next assembly"
            subject.append(words[at])
            at += 1
        if at >= len(words):
            return [], len(words)
        subject.append(words[at])  # the head after "the" or a possessive: "the union", "the nurses' union"
        at += 1
    if subject[-1].lower() in _ANYONE:
        return [], len(words)  # "when did people vote?": no one in particular
    while at < len(words) - 1 and (words[at].lower() in _ADVERBS or words[at].lower().endswith("ly")):
        at += 1  # "when did Eastmoor *first* win …"
    return subject, at


_COMPOUND_REACH = 2  # more nouns a lower-case subject may take: "the tea industry", "the city bus company"
# A noun that may qualify the next one: lower case and singular ("tea", "bus"), not "ministers" or "bank's".
_MODIFIER_NOUN = re.compile(r"[a-z-]+(?:ss|us|is)|[a-z-]*[a-rt-z]")


def _compound_subject(words: list[str], subject: list[str], at: int, held: set[str]) -> tuple[list[str], int]:
    """A lower-case subject that runs on when its supposed verb (at ``at``) is no verb of the passage and a
    word after it is: in "does the tea industry employ", "industry" is not the verb, "employ" is ("does the
    storm hit Richard's fleet" keeps "hit": "Richard's" is no verb)."""
    if at >= len(words) or not subject or subject[-1][:1].isupper() or subject[-1].lower() in STOP_WORDS:
        return subject, at
    if _in_passage(words[at].strip("?,."), held):
        return subject, at
    longer = subject
    for verb_at in range(at + 1, min(at + _COMPOUND_REACH, len(words) - 1) + 1):
        word = words[verb_at - 1].strip("?,.")  # taken into the subject
        if word.lower() in STOP_WORDS or not _MODIFIER_NOUN.fullmatch(longer[-1]) or _POSSESSIVE_WORD.search(word):
            break  # "did she make her record dive", "the central bank's director of regulation speak": no nouns
        longer = [*longer, word]
        verb = words[verb_at].strip("?,.")
        if verb.islower() and _in_passage(verb, held):
            return longer, verb_at
    return subject, at


def _in_passage(word: str, held: set[str]) -> bool:
    """Whether a word's first search term is one of the passage's."""
    terms = _word_terms(word.lower())
    return bool(terms) and terms[0] in held


def _subject_before(passage: str, words: list[str], at: int) -> set[str]:
    """The search terms of the words just before a verb that may be its subject ("The board" of "spent")."""
    back = _before_verb(words, at)
    if back < 0 or words[back].lower() in _NO_SUBJECT or not _word_terms(words[back].lower()):
        return set()  # "he spent", "and spent", "who spent": the subject is elsewhere
    terms: set[str] = set()
    while back >= 0 and len(terms) < 3 and words[back].lower() not in _DETERMINERS:
        found = _word_terms(words[back].lower())
        if not found:
            break
        terms.update(found)
        back -= 1
    if back == 1 and words[back].lower() in _DETERMINERS and words[0].lower() in _PREPOSITIONS:
        return set()  # "In a paper presented to the conference, she …": the sentence opens on a phrase, no subject
    return terms


def _forms(text: str) -> set[str]:
    """A text's lower-case words and search terms, without a "last" that is no opposite of "first"."""
    text = _LAST_TIME.sub(" ", _HOW_LONG_LAST.sub(r"\1", text))
    return set(_LOWER_WORD.findall(text.lower())) | set(tokenize(text))


def negated(text: str) -> bool:
    """Whether a question or sentence is negative ('who did not meet …', 'has not signed'); a contrast is not
    ("partners and not rivals", "partners, not rivals")."""
    return bool(_NEGATION.search(_CONTRAST.sub(" ", text)))


_CONTRAST = re.compile(r"(?:\band|\bbut|,)\s+not\s+(?:a\s+|an\s+|the\s+)?[\w’'-]+\s*$", re.IGNORECASE)


_COUNT_REACH = 4  # words from a number to what it counts: "1,800 employees", "all 17 of its elementary schools"


@lru_cache(maxsize=65536)
def _word_terms(word: str) -> tuple[str, ...]:
    """The search terms of one word or name as written (cached: counting reads every word of a sentence, and
    a question's names are looked for in every candidate passage)."""
    return tuple(tokenize(word))


def counts_of(text: str, units: Collection[str]) -> bool:
    """Whether a text gives a number of one of the units (search terms): "1,800 employees", "a 97-minute break";
    a number of years may be given as the years it ran from and to ("mayor from 1946 to 1961"), and a count
    that changed may follow its unit ("cuts weekday sailings between Hamilton and Dockyard from 16 to 12")."""
    if "year" in units and _YEARS_BETWEEN.search(text):
        return True
    words = text.split()
    for i, word in enumerate(words):
        if not any(term in units for term in _word_terms(word)):
            continue
        if any(_COUNT.search(w) for w in words[max(0, i - _COUNT_REACH) : i + 1]):
            return True
        if _CHANGED_COUNT.match(" ".join(words[i + 1 : i + 1 + _CHANGE_REACH])):
            return True
    return False


_CHANGE_REACH = 8  # words from what is counted to the change in it, the change included
_CHANGED_COUNT = re.compile(r"^(?:\S+\s+){0,4}?from\s+\d[\d,]*\s+to\s+\d[\d,]*(?!\S*%)\b")


_DIMENSION = re.compile(
    r"^how\s+(deep|wide|tall|high|thick|heavy)\s+(?:is|was|are|were|will)\b"
    r"|^how\s+much\s+(?:does|did|do|will|would|can)\s+.+?\s(weigh)\b",  # "how much does the lander weigh?"
    re.IGNORECASE,
)
# A mass is a weight however it is written: "the 1,950-kilogram (4,300-pound) lander".
_DIMENSION_WORDS = {
    "deep": "deep depth", "wide": "wide width across", "tall": "tall height high", "high": "high height tall",
    "thick": "thick thickness",
    "heavy": "heavy weight weighs weighed weighing kilogram kilograms kg tonne tonnes ton tons pound pounds lb lbs "
    "gram grams ounce ounces",
}  # fmt: skip
_DIMENSION_WORDS["weigh"] = _DIMENSION_WORDS["heavy"]


def asked_dimension(question: str) -> frozenset[str] | None:
    """The words of the measure "how deep is …?" asks for: a passage must state that measure, not another.

    "How deep is the canal?" is not answered by "a 64-kilometre navigable canal".
    """
    asked = _DIMENSION.match(question)
    return frozenset(_DIMENSION_WORDS[(asked.group(1) or asked.group(2)).lower()].split()) if asked else None


# An age given beside a name: "Gwen Pennick, 47, runs the estate", "Isaac Mugerwa, aged 29,".
_NAMED_AGE = re.compile(r"((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*\s+){0,3}[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*),\s*(?:aged\s+)?\d{1,3},(?!\d)")


# An age in a clause about a thing: "which at 17 years old is", "which is 40 years old".
_THINGS_AGE = re.compile(
    r"\bwhich\s+(?:(?:is|was|at|now)\s+){1,2}\d{1,3}(?:\s+years\s+old|-years?-old)\b", re.IGNORECASE
)


def age_of_another(names: Collection[str], passage: str) -> bool:
    """Whether every age a passage gives stands beside a name other than the question's, or is a thing's:
    "How old is Daniel Pennick?" is not answered by "Gwen Pennick, 47, runs the estate with her brother,
    Daniel", nor "how old is the minister?" by "the Longbird Spirit, which at 17 years old is the newest"."""
    ages, things = len(_AGE.findall(passage)), list(_THINGS_AGE.finditer(passage))
    asked = name_terms(" ".join(names))
    owners = [name_terms(" ".join(passage[: m.start()].split()[-3:])) for m in things]
    if ages and len(things) >= ages and not any(asked & owner for owner in owners):
        return True  # "the Longbird Spirit, which at 17 years old is the newest": a ship's age, not the minister's
    named = [name_terms(m.group(1)) for m in _NAMED_AGE.finditer(passage)]
    if not names or not named or len(named) < ages:
        return False  # an age not beside a name ("aged 47") may be anyone's
    return not any(run and (asked <= run or run <= asked) for run in named)


# "How old is Isaac Mugerwa's lender?": the age of someone the question names only as another's.
_AGE_OF_ANOTHERS = re.compile(
    r"^(?i:how\s+old\s+(?:is|was|are|were)\s+(?:the\s+)?)(?P<owner>[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*)*)['’]s?\s+[a-z]"
)


def aged_owner(question: str, passage: str) -> bool:
    """Whether the only ages a passage gives are of the person whose relative or associate the question asks the age
    of: "Mr Isaac Mugerwa, 29, … pays … the lender" does not say how old the lender is."""
    asked = _AGE_OF_ANOTHERS.match(question)
    if asked is None:
        return False
    owner = name_terms(asked.group("owner"))
    named = [name_terms(m.group(1)) for m in _NAMED_AGE.finditer(passage)]
    return bool(named) and all(run and (owner <= run or run <= owner) for run in named)


def name_terms(name: str) -> set[str]:
    """A name's search terms without its titles ("Ms Varga-Mendes": varga, mend)."""
    return {t for w in name.split() if not is_role_word(w) for t in tokenize(w)}


def asked_unit(question: str) -> str | None:
    """What a 'how many days / how much per cent / how many women' question counts, as a search term.

    A count of something else is no answer: "how many men lost work?" is not answered by
    "41,000 women lost work". ("how many people / times / more / of …" name no such thing; "how many kids does
    she have?" is answered by "a mother of three".)
    """
    if _OFFSPRING_ASKED.match(question):
        return None
    unit = _UNIT.search(question)
    if unit:
        phrase = unit.group(1).replace(" ", "")
    elif counted := _COUNTED.search(question):  # of "permanent jobs", "extra vacancy officers": the first plural
        words = counted.group(1).split()
        plurals = (w for w in words if _is_plural(w) and w.lower() not in STOP_WORDS)
        phrase = next(plurals, words[0])
    else:
        return None
    terms = tokenize(phrase)
    return terms[0] if terms else None

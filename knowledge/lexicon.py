"""Word lists about how news English names people and reports speech.

These describe the language of news writing in general (titles, demonyms,
speech verbs), never the people or places of one article.
"""

from __future__ import annotations

import re
from functools import lru_cache

SPEECH_VERBS = frozenset(
    """
    said says say added adds told tells noted stressed stresses emphasised emphasized
    explained explains asked asks warned warns insisted insists argued argues remarked stated
    declared declares wrote writes continued replied responded answered acknowledged admitted
    claimed suggested observed recalled urged announced commented concluded conceded
    cautioned predicted affirmed reiterated assured maintained posted tweeted
    """.split()
)
# Verbs that report speech or a stated view in a sentence without a direct quote.
REPORTING_VERBS = SPEECH_VERBS | frozenset(
    """
    expressed expresses called calls pledged vowed promised proposed hoped believes believed
    highlighted welcomed criticised criticized accused demanded denied rejected agreed
    described questioned defended disputed challenged considered guaranteed
    """.split()
)
# Verbs that introduce or close a direct quote. Open-ended by nature: this is the
# common stock of news writing, in the forms that stand next to a quote.
QUOTE_VERBS = REPORTING_VERBS | frozenset(
    """
    say saying adding telling writing posting tweeting calling describing warning insisting
    arguing noting explaining asking urging pleading shouted shouts yelled cried exclaimed interjected
    whispered quipped joked mused retorted countered replied snapped boasted complained
    muttered murmured grumbled sighed scoffed laughed
    lamented protested pleaded vowed pledged promised demanded testified confirmed revealed
    recounted conceded summed began begins went goes continued continues
    dismissed dismissing branded branding hailed hailing condemned condemning slammed criticised
    criticized criticising criticizing accused accusing denounced mocked praised praising welcomed
    welcoming rejected rejecting blamed blaming thanked thanking promising vowing pledging
    hails warns urges vows insists admits accuses slams rejects defends welcomes praises calls
    ruled compared comparing likened likening describes dubbed termed labelled labeled
    """.split()
)
PRONOUNS = frozenset({"he", "she"})
GENDER_OF_PRONOUN = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
GENDER_OF_WORD = {
    "mr": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "ato": "m",
    "w/ro": "f",
    "w/rt": "f",
    "aum": "f",
    "ap": "m",
    "sir": "m",
    "dame": "f",
    "lord": "m",
    "lady": "f",
    "spokesman": "m",
    "spokeswoman": "f",
    "chairman": "m",
    "chairwoman": "f",
    "congressman": "m",
    "congresswoman": "f",
    "businessman": "m",
    "businesswoman": "f",
    "king": "m",
    "queen": "f",
    "prince": "m",
    "princess": "f",
    "father": "m",
    "mother": "f",
    "son": "m",
    "daughter": "f",
    "husband": "m",
    "wife": "f",
    "brother": "m",
    "sister": "f",
    "man": "m",
    "woman": "f",
    "grandfather": "m",
    "grandmother": "f",
    "widow": "f",
    "widower": "m",
    "actress": "f",
    "councilwoman": "f",
    "councilman": "m",
    "policewoman": "f",
    "policeman": "m",
}
# Nouns for people who speak in news copy without being named ("a resident said").
PERSON_NOUNS = frozenset(
    """
    resident residents witness worker employee source official officials spokesperson spokesman
    spokeswoman representative member voter protester demonstrator farmer herder teacher nurse student
    owner driver passenger customer shopper neighbour neighbor parent mother father woman man
    fan activist organiser organizer volunteer delegate negotiator diplomat engineer lawyer
    attorney analyst economist expert scientist researcher doctor official aide adviser advisor
    insider executive manager staffer officer commander soldier survivor victim relative
    campaigner leader observer trader investor banker consultant colleague friend director
    striker docker dockworker picket marcher mourner onlooker bystander heckler elder commuter shopkeeper vendor
    storekeeper baker miller grocer publican hotelier restaurateur innkeeper brewer agent
    fisherman miner pilot sailor veteran pensioner retiree tenant landlord homeowner patient
    villager legislator lawmaker senator councillor minister mayor supporter opponent critic
    participant attendee spectator caller client user strategist surgeon paramedic firefighter
    deputy sheriff guard pupil professor technician mechanic traveller traveler tourist visitor
    journalist reporter photographer editor author writer artist musician actor athlete player
    coach girl boy son daughter grandmother grandfather wife husband partner person member
    prosecutor defendant machinist nurse teacher secretary chancellor president envoy
    mum dad mom gran granny grandma grandad grandpa widow widower teenager schoolgirl schoolboy carer
    correspondent columnist producer guy lady democrat republican
    defender midfielder winger goalkeeper goalscorer referee pundit commentator co-commentator
    shooter umpire goalie batsman batter bowler jockey sprinter swimmer boxer wrestler
    rider cyclist motorist pedestrian hawker motorcyclist trucker cabbie businesswoman businessman entrepreneur
    """.split()
)
# Who trades, a company or a person: "a senior buyer at Imara Trading" is a person, "a second buyer" someone
# new; "the UK's largest milk buyer" is no person.
DEALERS = frozenset({"buyer", "seller", "dealer", "broker", "exporter", "importer", "forwarder"})
# Trades that describe a person ("Dr Asante-Boyd, a forensic accountant") but seldom speak unnamed.
TRADES = (
    PERSON_NOUNS
    | DEALERS
    | frozenset(
        "accountant auditor barrister solicitor treasurer trustee midwife headteacher grader freshman sophomore "
        "interviewer vet veterinarian electrician plumber builder cleaner chef baker butcher carpenter postman vicar "
        "priest pastor imam rabbi lifeguard dentist pharmacist assistant principal intern apprentice trainee foreman "
        "forewoman supervisor astronomer astrophysicist physicist chemist historian astronaut ranger "
        "cook dishwasher waiter waitress cashier porter labourer laborer receptionist librarian grower guide "
        "wholesaler retailer florist jeweller jeweler tailor barber hairdresser mechanic grocer greengrocer "
        "newsagent".split()
    )
)


# Words that head a description of a person's role, mapped to a role class.
# Multi-word phrases are matched first and consume their words.
ROLE_PHRASES: dict[str, frozenset[str]] = {
    "secretary of state": frozenset({"diplomat", "secretary"}),
    "cabinet secretary": frozenset({"cabinet", "secretary"}),  # not a principal secretary
    "secretary for": frozenset({"secretary", "minister"}),  # Hong Kong's "Secretary for Housing", a minister
    "foreign minister": frozenset({"diplomat", "minister"}),
    "foreign secretary": frozenset({"diplomat", "secretary"}),
    "minister of foreign affairs": frozenset({"diplomat", "minister"}),
    "prime minister": frozenset({"leader"}),
    "head of state": frozenset({"leader"}),
    "chief executive": frozenset({"ceo"}),
    "chief executive officer": frozenset({"ceo"}),
    "chief financial officer": frozenset({"cfo"}),
    "chief operating officer": frozenset({"coo"}),
    "finance chief": frozenset({"cfo"}),
    "vice president": frozenset({"vice president"}),
    "council member": frozenset({"lawmaker"}),  # "Council member Emeka Thorsby", as "councilmember"
    "member of parliament": frozenset({"lawmaker"}),  # an MP written out
    "member of the parliament": frozenset({"lawmaker"}),  # "a member of the Parliament of Åland"
    "member of the national assembly": frozenset({"lawmaker"}),
    "member of the legislative assembly": frozenset({"lawmaker"}),
    "member of the legislature": frozenset({"lawmaker"}),
    "member of congress": frozenset({"lawmaker"}),
    "member for": frozenset({"lawmaker"}),  # Westminster's "independent member for Kurrawong", an MP
    "general secretary": frozenset({"secretary"}),  # not a general
    # whose job is to speak for a body: "the mill spokesperson" is its communications manager
    "communications manager": frozenset({"spokesperson", "manager"}),
    "communications director": frozenset({"spokesperson", "director"}),
    "director of communications": frozenset({"spokesperson", "director"}),
    "head of communications": frozenset({"spokesperson", "chief"}),
    "press officer": frozenset({"spokesperson", "official"}),
    "press secretary": frozenset({"spokesperson", "secretary"}),
    "media officer": frozenset({"spokesperson", "official"}),
    "secretary general": frozenset({"secretary"}),
    "secretary-general": frozenset({"secretary"}),
    "director general": frozenset({"director"}),  # a body's head ("director general of Conagua"), not a soldier
    "director-general": frozenset({"director"}),
    "boss": frozenset({"ceo", "chief", "leader", "director", "manager", "coach"}),  # whoever heads a firm or a team
    "county boss": frozenset({"governor"}),  # East African papers' word for a county's governor
    "top dog": frozenset({"ceo", "chief", "leader", "director", "manager"}),  # a reader's "Beijing's top dog"
}
# Offices called "… General" that are no army's general, each its own: the Attorney-General is not the Auditor-General
ROLE_PHRASES |= {
    f"{office}{joint}general": frozenset({f"{office} general", *kinds})
    for office, kinds in (
        ("attorney", ("lawyer",)),
        ("solicitor", ("lawyer",)),
        ("auditor", ()),
        ("accountant", ()),
        ("governor", ()),
        ("inspector", ("police",)),
        ("surgeon", ()),
        ("postmaster", ()),
        ("procurator", ("lawyer",)),
    )
    for joint in (" ", "-")
}
ROLE_WORDS: dict[str, str] = {
    "president": "leader",
    "premier": "leader",
    "besar": "leader",  # a Malaysian state's Menteri Besar, its chief minister
    "mb": "leader",
    "taoiseach": "leader",  # Ireland's prime minister; the Tánaiste is the deputy
    "tánaiste": "tánaiste",
    "tanaiste": "tánaiste",
    "leader": "leader",
    "chancellor": "leader",
    "king": "leader",
    "queen": "leader",
    "emperor": "leader",
    "monarch": "leader",
    "ruler": "leader",
    "diplomat": "diplomat",
    "ambassador": "diplomat",
    "envoy": "diplomat",
    "emissary": "diplomat",
    "minister": "minister",
    "secretary": "secretary",
    "clerk": "clerk",  # "Clerk to Council Ambrose Luialamo", "the town clerk"
    "undersecretary": "secretary",  # "Undersecretary Rosalinda Pacquing-Uy", "Usec." in Philippine papers
    "cs": "secretary",  # East African papers' "the Education CS": a Cabinet Secretary
    "spokesperson": "spokesperson",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "spox": "spokesperson",  # a reader's shorthand: "police spox said what"
    "mom": "mother",  # a reader's word for "a 34-year-old mother of three"
    "mum": "mother",
    "ceo": "ceo",
    "administrator": "administrator",  # "NASA Administrator", "the hospital's administrator"
    "cfo": "cfo",
    "coo": "coo",
    "chairman": "chair",
    "chairwoman": "chair",
    "chairperson": "chair",
    "chair": "chair",
    "convener": "chair",  # "Community council convener Ishbel MacAulay": a Scottish body's chair
    "convenor": "chair",
    "governor": "governor",
    "dzongdag": "governor",  # a Bhutanese district's governor
    "lyonpo": "minister",  # a Bhutanese minister's title: "Lyonpo Kinley Rabgay"
    "gup": "leader",  # the elected head of a Bhutanese gewog: "Tshokhorling Gup Rinchen Dorji"
    "alkalo": "leader",  # a Gambian village head: "The Alkalo (village head) of Barra, Alhagie Ebou Ndow"
    "seyfo": "chief",  # a Gambian district chief
    "mayor": "mayor",
    "bourgmestre": "mayor",  # a Luxembourg or Belgian commune's mayor: "mayor (bourgmestre) Georges Wampach"
    "burgomaster": "mayor",
    "senator": "senator",
    "lawmaker": "lawmaker",
    "legislator": "lawmaker",
    "parliamentarian": "lawmaker",
    "official": "official",
    "adviser": "adviser",
    "advisor": "adviser",
    "director": "director",
    "md": "director",  # "says BMRTC MD": the managing director
    "general": "general",
    "commander": "commander",
    "judge": "judge",
    "magistrate": "judge",
    "coroner": "judge",
    "professor": "professor",
    "principal": "principal",  # a school's head: "Principal Ebina said"
    "headteacher": "principal",
    "headmaster": "principal",
    "headmistress": "principal",
    "analyst": "analyst",
    "economist": "economist",
    "founder": "founder",
    "coach": "coach",
    "boss": "chief",  # a title too: "Stourford City boss Pieter van Aalst" (its classes: ROLE_PHRASES)
    "manager": "manager",
    "host": "host",
    "presenter": "presenter",
    "mayor-elect": "mayor",
    "mp": "lawmaker",
    "mep": "lawmaker",
    "mla": "lawmaker",
    "msp": "lawmaker",
    "mna": "lawmaker",  # a member of Pakistan's National Assembly
    "mca": "lawmaker",  # a member of a Kenyan county assembly
    "td": "lawmaker",  # a member of the Dáil
    "mhk": "lawmaker",  # a member of the Isle of Man's House of Keys
    "mlc": "lawmaker",  # a member of a Legislative Council
    "mpp": "lawmaker",  # a member of Ontario's provincial parliament
    "councillor": "lawmaker",
    "councilor": "lawmaker",
    "councilmember": "lawmaker",
    "councilman": "lawmaker",
    "councilwoman": "lawmaker",
    "alderman": "lawmaker",
    "alderwoman": "lawmaker",
    "assemblymember": "lawmaker",
    "assemblyman": "lawmaker",
    "assemblywoman": "lawmaker",
    "congressman": "lawmaker",
    "congresswoman": "lawmaker",
    "representative": "lawmaker",
    "speaker": "speaker",  # of a parliament: "House Speaker …", "Speaker Harlan Petrakis"
    "researcher": "researcher",
    "scientist": "scientist",
    "doctor": "doctor",
    "gp": "doctor",  # a general practitioner
    "physician": "doctor",
    "police": "police",
    "officer": "official",
    "counsel": "lawyer",
    "advocate": "lawyer",
    "lawyer": "lawyer",
    "barrister": "lawyer",
    "solicitor": "lawyer",
    "prosecutor": "lawyer",
    "attorney": "lawyer",
    "justice": "judge",
    "hydrologist": "scientist",
    "meteorologist": "meteorologist",
    "forecaster": "meteorologist",  # "the Met Office forecaster" is its meteorologist
    "engineer": "engineer",
    "harbourmaster": "harbourmaster",  # "Guernsey’s harbourmaster", "Captain X, who has been harbourmaster since 2019"
    "harbormaster": "harbourmaster",
    "negotiator": "diplomat",
    "delegate": "diplomat",
    "commissioner": "official",
    "sheriff": "police",
    "chief": "chief",
    "head": "chief",
    "president-elect": "leader",
    "candidate": "candidate",
    "activist": "activist",
    "campaigner": "activist",
    "coordinator": "coordinator",
    "superintendent": "superintendent",
    "organizer": "activist",
    "petitioner": "party",
    "plaintiff": "party",
    "claimant": "party",
    "complainant": "party",
    "organiser": "activist",
    "oceanographer": "scientist",
    "grower": "farmer",  # "a grower from Ruzvidzo district" is a farmer
    "farmer": "farmer",
    "sen": "senator",
    "rep": "lawmaker",
    "gov": "governor",
    "supt": "police",
    "insp": "police",
    "inspector": "police",  # "a police inspector at the scene", "Chief Inspector Nelson Aipe"
    "constable": "police",
    "sergeant": "police",
    "detective": "police",
    "det": "police",
    "lt": "police",  # "Lt. Ebenezer Adjetey, who commands the traffic unit"
    "sgt": "police",
    "cr": "lawmaker",  # Australian and British councillors: "Cr Fitzsimmons", "Cllr Patel"
    "cllr": "lawmaker",
    "crs": "lawmaker",
    "cllrs": "lawmaker",
    "coun": "lawmaker",  # Canadian papers' councillors: "Coun. Louis-Philippe Caron"
}
# West African papers' too: "Hon.", "Rt. Hon.", "Alhaji", "Engr.", "Barr.", "Comrade".
# US states and Canadian provinces as news style abbreviates them after a city ("Portland, Ore.", "Sudbury,
# Ont.") or in a lawmaker's party label ("Sen. Lorena Quispe (D-Ariz.)"), each with the name it stands for.
REGION_ABBREVIATIONS = {
    "ala": "Alabama", "ariz": "Arizona", "ark": "Arkansas", "calif": "California", "colo": "Colorado",
    "conn": "Connecticut", "del": "Delaware", "fla": "Florida", "ga": "Georgia", "ill": "Illinois",
    "ind": "Indiana", "kan": "Kansas", "ky": "Kentucky", "la": "Louisiana", "md": "Maryland",
    "mass": "Massachusetts", "mich": "Michigan", "minn": "Minnesota", "miss": "Mississippi", "mo": "Missouri",
    "mont": "Montana", "neb": "Nebraska", "nev": "Nevada", "okla": "Oklahoma", "ore": "Oregon",
    "pa": "Pennsylvania", "tenn": "Tennessee", "vt": "Vermont", "va": "Virginia", "wash": "Washington",
    "wis": "Wisconsin", "wyo": "Wyoming", "n.h": "New Hampshire", "n.j": "New Jersey", "n.m": "New Mexico",
    "n.y": "New York", "n.c": "North Carolina", "n.d": "North Dakota", "r.i": "Rhode Island",
    "s.c": "South Carolina", "s.d": "South Dakota", "w.va": "West Virginia",
    "alta": "Alberta", "sask": "Saskatchewan", "ont": "Ontario", "que": "Quebec", "nfld": "Newfoundland",
}  # fmt: skip
_PARTIES = {"D": "Democrat", "R": "Republican", "I": "independent"}
# A US lawmaker's party and state after their name: "(D-Ariz.)", ", R-Utah,", "(R-W.Va.)".
_PARTY_LABEL = re.compile(r"\s*[(,]\s*(?P<party>[RDI])-(?P<state>[A-Z][A-Za-z.]*(?:\s[A-Z][a-z.]+)?)\s*[),]")


def party_label(text: str) -> str | None:
    """The party and state a label at the start of ``text`` gives, as news writes them later: "Arizona Democrat"."""
    label = _PARTY_LABEL.match(text)
    if label is None:
        return None
    state = label.group("state")
    state = REGION_ABBREVIATIONS.get(state.rstrip(".").lower(), state)
    return f"{state} {_PARTIES[label.group('party')]}"


def is_region_abbreviation(word: str) -> bool:
    """Whether a word, with its full stop, is a state or province as news style abbreviates it ("Ore.")."""
    return word.endswith(".") and word[:-1].lower() in REGION_ABBREVIATIONS


# The words that open a question put to someone before their sentence's subject: "Asked whether he would …,
# Haverkamp shrugged" (the one asked is the subject after the clause).
ASKED_OPENING = r"(?:Asked|Pressed|Questioned)"
# Verbs that open a clause, not a name or a role: "…, is to chair a new committee", "which trade journal *did* …"
AUXILIARY_VERBS = frozenset(
    "did does do is was were are has have had will would can could should may might must".split()
)
# Lower-case words inside a name: "Marleen de Wit-Asante", "Azhar bin Deraman"; "a/l" and "a/p" (son and
# daughter of) join a Malaysian Indian name, "s/o" and "d/o" a Singaporean one.
SURNAME_PARTICLE_WORDS = (
    "de van von der den da di del della du do dos das la le ter ten við á í".split()
)  # Faroese "við Á"
NAME_PARTICLES = (
    *SURNAME_PARTICLE_WORDS,
    "bin",
    "binti",
    "bint",
    "ibn",
    "bte",
    "binte",
    "al",
    "el",
    "y",
    "a/l",
    "a/p",
    "s/o",
    "d/o",
)

# English given names a reader may shorten ("Tony Blinken" is Antony Blinken): each short form's full ones.
_SHORT_FORMS = {
    "tony": "antony anthony", "bill": "william", "will": "william", "billy": "william", "bob": "robert",
    "rob": "robert", "bobby": "robert", "mike": "michael", "jim": "james", "jimmy": "james", "joe": "joseph",
    "dan": "daniel", "danny": "daniel", "dave": "david", "tom": "thomas", "tommy": "thomas",
    "chris": "christopher christine christina", "liz": "elizabeth", "beth": "elizabeth", "kate": "katherine catherine",
    "katie": "katherine catherine", "sam": "samuel samantha", "alex": "alexander alexandra", "ben": "benjamin",
    "nick": "nicholas", "steve": "steven stephen", "pete": "peter", "andy": "andrew", "matt": "matthew",
    "jen": "jennifer", "jenny": "jennifer", "rick": "richard", "rich": "richard", "dick": "richard",
    "ed": "edward", "eddie": "edward", "ted": "edward theodore", "greg": "gregory", "jeff": "jeffrey",
    "jon": "jonathan", "larry": "lawrence", "sue": "susan", "pat": "patrick patricia", "maggie": "margaret",
    "meg": "margaret", "tim": "timothy", "charlie": "charles", "chuck": "charles", "harry": "henry harold",
    "jack": "john", "johnny": "john", "fred": "frederick", "ron": "ronald", "don": "donald", "ken": "kenneth",
    "phil": "philip phillip", "ray": "raymond", "jake": "jacob", "josh": "joshua", "becky": "rebecca",
    "vicky": "victoria", "nate": "nathan nathaniel", "zach": "zachary", "abby": "abigail", "gabe": "gabriel",
}  # fmt: skip
FULL_FORMS = {short: frozenset(full.split()) for short, full in _SHORT_FORMS.items()}

# Titles written short before a name, as a reader spells them out ("Gov. Vance" is the governor).
TITLES_SPELLED_OUT = {
    "gov": "governor", "sen": "senator", "rep": "representative", "supt": "superintendent",
    "insp": "inspector", "det": "detective", "prof": "professor", "gen": "general", "capt": "captain",
    "sgt": "sergeant", "lt": "lieutenant", "col": "colonel", "cmdr": "commander", "adm": "admiral",
    "reps": "representatives",  # "the House of Reps"
    "usec": "undersecretary", "engr": "engineer", "atty": "attorney",  # Philippine and Nigerian papers
    "coun": "councillor",  # Canadian papers: "Coun. Louis-Philippe Caron"
    "pol": "police",  # Thai papers' ranks: "Pol Gen Thawatchai", "Pol Lt Gen Anusorn"
}  # fmt: skip
# Titles written short with a full stop before a name ("Sen.", "Det. Supt.", "Eng."): the stop ends neither a
# sentence nor a clause.
TITLE_ABBREVIATIONS = (*TITLES_SPELLED_OUT, *"mr mrs ms dr st pres rev hon rt eng barr drs ir".split())
HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "prof", "hon", "rt", "alhaji", "alhaja", "engr", "barr", "comrade"}
    | {"cde"}  # Zimbabwean papers' "Comrade": "Member of Parliament for Ruzvidzo Cde Simbarashe Gutu"
    | {"eng"}  # an engineer's title in South Asian papers: "CEB General Manager Eng. Dhammika Wanniarachchi"
    | {"nana", "opanyin"}  # Ghanaian papers' titles of chiefs and elders: "Nana Adwoa Pokuaa Darkwah"
    | {"mzee"}  # East African papers' title of an elder: "Mzee Joseph Otieno Ombati"
    # Malaysian honours and forms of address: "Datuk Dr Khairul Anuar", "Puan Rohani", "Hajah Rohani"
    | {"datuk", "dato", "dato'", "datin", "tun", "puan", "haji", "hajah"}
    | {"honourable", "honorable"}  # "the Honourable Pearline Harbottle-Singh", "the Most Honourable …"
    | {"excellency"}  # "His Excellency President Xi Jinping"
    | {"ratu", "adi"}  # Fijian chiefly titles, and the short form of a name: "Ratu Jone Nakauvadra" is "Ratu Jone"
    | {"ato", "w/ro", "w/rt", "woizero", "weyzero"}  # Ethiopian papers' Mr, Mrs and Miss: "Ato Dawit Tesfaye"
    | {"dasho", "aum", "ap"}  # Bhutanese papers' honours and Mrs and Mr: "Aum Sangay Lhamo", "Ap Dorji Wangdi"
    | {"h.e", "oknha", "samdech"}  # Cambodian papers' honours: "H.E. Chhorn Vuthy", "Oknha Lim Chhay Heng"
    | {"awang", "dayang", "pengiran"}  # Bruneian papers' Mr, Ms and noble title: "Dayang Hajah Rosnah binti Haji Tahir"
    | {"ntate", "mme", "rre", "mma"}  # Sesotho and Setswana papers' Mr and Mrs: "Ntate Thabang Mokhele", "Rre Bakwena"
    | {"drs", "ir"}  # Dutch and Caribbean papers' degrees, lower-case before a name: "drs. Anouk Janga", "ir. Luc Rosa"
)
# Capitalised words that qualify a role rather than name a person.
ROLE_MODIFIERS = frozenset(
    """
    state foreign affairs defence defense finance trade commerce home interior justice health
    vice deputy prime general chief executive senior top former acting interim national
    federal state's foreign-affairs supreme first lady assistant under associate managing minority majority
    nominated elected
    """.split()
)

# The names of days and months, as a pattern's alternatives ("Monday|Tuesday|…") and as lower-case words.
WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
CALENDAR_WORDS = frozenset(f"{WEEKDAY_NAMES}|{MONTH_NAMES}".lower().split("|"))

# Each country's words: the country, its demonyms and its people ("dutchman", "turk"), then after "|" its
# capital or seat (a capital a question names as a place, "did they meet in Warsaw?", is looked for in the article).
_COUNTRIES = {
    "us": "us u.s. usa american america | washington", "china": "china chinese prc | beijing",
    "uk": "uk u.k. britain british briton england english englishman englishwoman | london",
    "india": "india indian | delhi", "russia": "russia russian kremlin | moscow",
    "france": "france french frenchman frenchwoman | paris", "germany": "germany german | berlin",
    "japan": "japan japanese | tokyo", "canada": "canada canadian | ottawa",
    "australia": "australia australian | canberra", "ukraine": "ukraine ukrainian | kyiv",
    "israel": "israel israeli |", "iran": "iran iranian | tehran", "pakistan": "pakistan pakistani | islamabad",
    "brazil": "brazil brazilian | brasilia", "mexico": "mexico mexican |", "italy": "italy italian | rome",
    "spain": "spain spanish spaniard | madrid", "taiwan": "taiwan taiwanese | taipei",
    "korea": "korea korean | seoul", "eu": "eu european | brussels", "turkey": "turkey turkish turk | ankara",
    "saudi": "saudi | riyadh", "egypt": "egypt egyptian | cairo", "switzerland": "switzerland swiss | geneva",
    "poland": "poland polish | warsaw", "netherlands": "netherlands dutch dutchman dutchwoman | amsterdam",
    "belgium": "belgium belgian |", "austria": "austria austrian | vienna", "hungary": "hungary hungarian | budapest",
    "ireland": "ireland irish irishman irishwoman | dublin", "sweden": "sweden swedish swede | stockholm",
    "norway": "norway norwegian | oslo", "denmark": "denmark danish dane | copenhagen",
    "finland": "finland finnish | helsinki", "portugal": "portugal portuguese | lisbon",
    "greece": "greece greek | athens", "czechia": "czechia czech | prague", "romania": "romania romanian | bucharest",
    "bulgaria": "bulgaria bulgarian |", "serbia": "serbia serbian | belgrade", "croatia": "croatia croatian | zagreb",
    "slovakia": "slovakia slovak slovakian | bratislava", "malta": "malta maltese | valletta",
    "scotland": "scotland scottish scot scotsman scotswoman | edinburgh",
    "wales": "wales welsh welshman welshwoman | cardiff", "nigeria": "nigeria nigerian | abuja",
    "kenya": "kenya kenyan | nairobi", "ghana": "ghana ghanaian | accra", "ethiopia": "ethiopia ethiopian |",
    "argentina": "argentina argentine argentinian |", "chile": "chile chilean |",
    "colombia": "colombia colombian | bogota", "peru": "peru peruvian |",
    "venezuela": "venezuela venezuelan | caracas", "cuba": "cuba cuban | havana",
    "indonesia": "indonesia indonesian | jakarta", "philippines": "philippines philippine filipino | manila",
    "vietnam": "vietnam vietnamese | hanoi", "thailand": "thailand thai | bangkok",
    "malaysia": "malaysia malaysian |", "singapore": "singapore singaporean |",
    "bangladesh": "bangladesh bangladeshi | dhaka", "nepal": "nepal nepali nepalese | kathmandu",
    "afghanistan": "afghanistan afghan | kabul", "iraq": "iraq iraqi | baghdad", "syria": "syria syrian | damascus",
    "lebanon": "lebanon lebanese | beirut", "qatar": "qatar qatari | doha", "uae": "uae emirati |",
}  # fmt: skip
NATIONALITIES: dict[str, str] = {}
for _key, _forms in _COUNTRIES.items():
    _own, _capital = _forms.split("|")
    for _form in _own.split() + _capital.split():
        NATIONALITIES[_form] = _key
CAPITALS = frozenset(word for forms in _COUNTRIES.values() for word in forms.split("|")[1].split())
NATIONALITY_PHRASES = {
    "united states": "us", "united kingdom": "uk", "south korea": "korea", "south africa": "south africa",
    "south african": "south africa", "new zealand": "new zealand", "sri lanka": "sri lanka",
    "saudi arabia": "saudi", "czech republic": "czechia", "united arab emirates": "uae",
}  # fmt: skip

# The kinds of place a title's office covers, in lower case after its name: "Governor of Tsagaan-Bulag soum".
ADMINISTRATIVE_UNITS = frozenset(
    "county province district region state municipality prefecture oblast parish borough shire commune township "
    "governorate division ward constituency city town village aimag soum barangay".split()
)
# Words that make a capitalised name an organisation, not a person ("the Home Office said").
ORGANISATION_WORDS = frozenset(
    """
    office ministry department agency commission council committee party government bank
    charity club firm company inc corp ltd group association union court police force army navy university institute
    reuters ap afp xinhua bloomberg kremlin pentagon house parliament congress senate
    administration authority board federation foundation organisation organization service
    times post journal news network press fund reserve coalition alliance league trust society
    forum consortium council cooperative co-operative syndicate federation tribunal ministry division
    secretariat directorate bureau embassy consulate municipality city county province state
    school hospital infirmary hospice clinic surgery laboratory museum library observatory station center centre fm
    college academy airline airlines airways air airport port railway corporation holdings
    industries partners labs technologies systems media broadcaster radio television tv gazette
    herald tribune courier guardian telegraph chronicle observer daily weekly magazine assembly
    rovers athletic wanderers albion rangers united fc afc town hotspur
    sentinel examiner express standard mirror inquirer dispatch ledger review monitor gazette
    bulletin party summit conference congress secretariat command online inspectorate regulator chamber
    front movement bloc caucus protection defence defense rescue
    ag gmbh plc llc llp sa nv se spa bv oyj asa jsc pjsc ojsc
    aerospace motors energy petroleum mining shipping logistics semiconductor semiconductors electronics
    pharmaceuticals therapeutics biotech robotics chemicals telecom communications software studios pictures
    entertainment insurance securities investments ventures capital foods brewery
    appliances stores seafoods services solutions enterprises
    ngāti ngati ngāi ngai rūnanga runanga iwi hapū
    """.split()
)

# Words of mastheads that are also everyday words: a reader who types "daily" or "post" means the word, not
# the "Vanuatu Daily Post" whose name is the only place the article capitalises it.
MASTHEAD_WORDS = frozenset("daily weekly news post times press star sun mail express mirror standard".split())

# News agencies and broadcasters known by one name ("Reuters", "the BBC"), as a reader may type them: "say 2 the bbc".
OUTLET_NAMES = frozenset(
    """
    reuters ap afp xinhua bloomberg tass dpa efe pti ani bernama yonhap kyodo nikkei
    bbc cnn nhk cbs nbc msnbc abc rte cbc npr pbs rthk jazeera
    """.split()
)
# Words that make an organisation a news outlet or platform (a quote's source, not its speaker).
OUTLET_WORDS = OUTLET_NAMES | frozenset(
    """
    times post journal news newspaper network press media broadcaster radio television tv gazette herald
    tribune courier guardian telegraph chronicle
    daily weekly magazine agency channel wire bulletin podcast fm x twitter facebook instagram
    linkedin tiktok youtube telegram threads bluesky mastodon weibo
    """.split()
)

# What a law's name ends in ("the Housing and Development Bill", "the Act"): its words are no person's name.
LAW_WORDS = frozenset({"bill", "act", "bills", "acts"})

# Capitalised words that start sentences or name time, never a person.
NOT_NAMES = frozenset(
    """
    the a an this that these those there their they he she it its his her we our i you
    me him them myself mine yours ours my your
    meanwhile however but and or so yet after before during while when where why how what
    given turning regarding concerning speaking looking exact exactly
    who which in on at for from with by of to as if although though since because also
    still then now today yesterday tomorrow monday tuesday wednesday thursday friday saturday
    sunday january february march april may june july august september october november
    december overall according earlier later last next first many some most several both
    all other others another such new let mr mrs ms dr one two three four five six seven eight nine ten
    eleven twelve twenty thirty forty fifty hundred thousand none nobody everyone everybody someone
    somebody anyone each every any few half outside inside asked updated published
    i’d i'd i’ll i'll i’m i'm i’ve i've tv
    about above across against along amid among around beside besides between beyond despite except
    including into like near onto over regarding throughout toward towards under unlike upon via within
    without neither either
    anything something nothing everything anywhere somewhere roughly approximately ordinarily usually normally
    basically actually apparently honestly seriously just please
    ngo ngos
    """.split()  # "NGO": a kind of body, written in capitals
)

_WORD = re.compile(r"[\w.’'-]+")


def words_of(text: str) -> list[str]:
    """Lower-cased words with possessive 's removed, for matching descriptions."""
    return [without_possessive(w.lower()).strip(".") for w in _WORD.findall(text)]


_POSSESSIVE = re.compile(r"['’]s$")


def without_possessive(word: str) -> str:
    """The word without a possessive 's ('Chile’s' -> 'Chile')."""
    return _POSSESSIVE.sub("", word) if word.endswith(("s", "S")) else word


# Longest phrases first: "chief executive officer" before "chief executive".
_ROLE_PHRASE_PATTERNS = tuple(
    (re.compile(rf"\b{phrase}\b"), classes)
    for phrase, classes in sorted(ROLE_PHRASES.items(), key=lambda i: -len(i[0]))
)


_ROLE_PHRASE_ANY_CASE = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, ROLE_PHRASES), key=len, reverse=True)) + r")\b", re.IGNORECASE
)


def without_role_phrases(text: str) -> str:
    """The text with multi-word titles blanked out ('Chief Operating Officer of Helvara' -> ' of Helvara')."""
    return _ROLE_PHRASE_ANY_CASE.sub(" ", text)


# The endings of learned trades ("volcanologist", "oceanographer", "statistician") and of keepers.
# "housekeeper", "beekeeper", "schoolteacher", "steelworker", "homemaker", "deckhand": a trade compounded
_TRADE_ENDING = re.compile(
    r"[a-z]{2}(?:ologist|ographer|ician)$|[a-z]{3}keeper$"
    r"|[a-z]{3}(?:teacher|worker|maker|driver|seller|dealer|trader|farmer|grower|builder|smith|wright|monger|woman)$"
    r"|(?:deck|farm|stage|ranch|field|mill|dock)hand$"
)


def is_trade_word(word: str) -> bool:
    """Whether a lower-case word is a person's trade: a listed one, or one of a learned trade's endings."""
    return word in TRADES or bool(_TRADE_ENDING.search(word))


# A shop or the like someone runs is theirs: "who has run the village's only grocery shop" is its owner.
SHOPS = frozenset(
    "shop store bakery cafe café restaurant pub bar hotel farm stall salon kiosk boutique guesthouse takeaway "
    "pharmacy deli bookshop garage workshop studio gallery spa bistro tavern inn diner butchery grocery supermarket "
    "florist winery vineyard brewery hostel lodge motel resort pottery bakehouse mill mills".split()
)
_SHOP_WORDS = "|".join(sorted(SHOPS))
# What a description says someone does that makes them one of a kind readers ask for: "a mother of two" or someone
# "whose son …" is a parent, someone "who travels each morning from Schoon Ord" or "who commutes to the campus" a
# commuter, someone "who has sold fish at the market for 19 years" a vendor.
_COMMUTES = r"travels|commutes|commuted|rides|boards|catches|drives\s+in|drove\s+in"
_SELLS = r"sells|sold|has\s+sold|hawks"
_FISHES = r"fishes|fished|has\s+fished|has\s+been\s+fishing"
# The verbs of keeping a shop: "who runs the cafe" is its owner, and no word of the portfolio (people._portfolio)
KEEPING_VERBS = frozenset("runs run running owns owned owning".split())
_KEEPS = "|".join(sorted(KEEPING_VERBS, key=lambda verb: (-len(verb), verb)))  # longest first
_DEED_CLASSES = (
    (
        "parent",
        re.compile(
            r"\b(?:mother|mum|mom|father|dad)\s+of\b|\bwhose\s+(?:\S+\s+){0,2}?(?:sons?|daughters?|child|children|kids?)\b"
        ),
    ),
    ("commuter", re.compile(rf"\bwho\s+(?:{_COMMUTES})\b")),
    ("vendor", re.compile(rf"\bwho\s+(?:{_SELLS})\b")),
    ("fisherman", re.compile(rf"\bwho\s+(?:{_FISHES})\b")),
    # a reader's "the woman who runs the cafe opposite the pier" is its owner
    (
        "owner",
        re.compile(
            rf"\bwho(?:['’]s|\s+has)?\s+(?:{_KEEPS})\s+(?:the\s+|a\s+|an\s+)?"
            rf"(?:[\w’'-]+\s+){{0,3}}?(?:{_SHOP_WORDS})\b"
        ),
    ),
)
# The verbs of those deeds, for finding the clause that says them after a name (people._DEED_CLAUSE)
DEED_VERBS = f"{_COMMUTES}|{_SELLS}|{_FISHES}"


def deed_classes(description: str) -> frozenset[str]:
    """The classes a lower-case description gives by what it says someone does ("whose son …": a parent)."""
    return frozenset(name for name, pattern in _DEED_CLASSES if pattern.search(description))


@lru_cache(maxsize=8192)
def role_classes(text: str, trades: bool = False) -> frozenset[str]:
    """The role classes a description names ('the top US diplomat' -> {'diplomat'}).

    ``trades``: a person noun outside the list of roles is a class of its own ("a forensic
    accountant"): enough to describe someone, not to make a title of a capitalised word.
    """
    lowered = " ".join(spelled_words(text))
    classes: set[str] = set()
    if trades:
        classes |= deed_classes(lowered)
    words = lowered.split()
    if any(w in _DEPUTIES and not _heads_another_role(words[i + 1 : i + 2]) for i, w in enumerate(words)):
        classes.add("lawmaker")  # "a City Kenesh deputy", "Deputy Mark Ogier": a member; not a deputy mayor
    for pattern, phrase_classes in _ROLE_PHRASE_PATTERNS:
        if pattern.search(lowered):
            classes |= phrase_classes
            lowered = pattern.sub(" ", lowered)
    for word in lowered.split():
        for part in (word, *word.split("-")):  # "secretary-general", "mayor-elect"
            if part in ROLE_WORDS:
                classes.add(ROLE_WORDS[part])
            elif trades and is_trade_word(part) and part not in ROLE_MODIFIERS:
                classes.add(part)
            if trades and part.endswith("ologist"):  # "a mangrove ecologist", "a meteorologist": a scientist
                classes.add("scientist")
    return frozenset(classes)


_DEPUTIES = frozenset({"deputy", "deputies"})


def _heads_another_role(following: list[str]) -> bool:
    """Whether "deputy" is followed by the role it is the deputy of ("deputy mayor", "Deputy Culture and Tourism
    Minister"), not by the end of the description or what it goes on to say ("a deputy from the Social
    Democrats", "deputy and chair of the transport committee")."""
    return bool(following) and following[0] not in ("from", "of", "for", "in", "at", "with", "who", "and")


# Titles a description may give in short: East African papers' "the Education CS" is a Cabinet Secretary.
_SHORT_TITLES = {"cs": ("cabinet", "secretary")}


def spelled_words(text: str) -> list[str]:
    """The lower-case words of a description, a title's short form spelled out ("cs": "cabinet secretary")."""
    words = words_of(text)
    if _SHORT_TITLES.keys().isdisjoint(words):
        return words
    return [part for word in words for part in _SHORT_TITLES.get(word, (word,))]


@lru_cache(maxsize=8192)
def nationalities(text: str) -> frozenset[str]:
    """The countries a description names ('China's' and 'Chinese' -> {'china'})."""
    lowered = " ".join(words_of(text))
    found = {key for phrase, key in NATIONALITY_PHRASES.items() if phrase in lowered}
    # "a Singapore-based trader", "the US-born striker": the place of a compound too
    found |= {NATIONALITIES[p] for w in lowered.split() for p in (w, *w.split("-")[:1]) if p in NATIONALITIES}
    return frozenset(found)


def is_person_noun(word: str) -> bool:
    """Whether a word is a role or person noun, singular or plural ('Minister', 'MPs', 'engineer')."""
    lowered = word.lower()
    return any(w in ROLE_WORDS or w in PERSON_NOUNS for w in (lowered, lowered.removesuffix("s")))


@lru_cache(maxsize=8192)
def is_role_word(word: str) -> bool:
    """Whether a capitalised word belongs to a title rather than a name ('Secretary-General' too)."""
    lowered = without_possessive(word.lower()).strip(".,")
    if "-" in lowered and any(is_role_word(part) for part in lowered.split("-")):
        return True
    return (
        lowered in ROLE_WORDS
        or lowered in ROLE_MODIFIERS
        or lowered in NATIONALITIES
        or lowered in HONORIFICS
        or lowered in TITLES_SPELLED_OUT  # "Usec. Pacquing-Uy", "Det. Supt. Kerr"
        or lowered in {"of", "for", "the", "and"}
    )

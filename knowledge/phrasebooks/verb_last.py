"""What the books of languages that put the verb last share: the shapes of their questions, built from their words."""

from __future__ import annotations

import re
from functools import partial
from typing import NamedTuple

from knowledge.phrasebooks.shapes import (
    _ANSWER_WORDS,
    _TWO_WORD_NAME,
    _according_to_last,
    _after_the_question,
    _country_before_title,
    _how_long,
    _in_english_at_last,
    _plain_letters,
    _Shapes,
    _the_the,
    _what_it_costs,
    _with_the,
    _word_for_word,
    _works_for,
)

# What a postposition put before its noun reads as ("Beijing vich": in Beijing, "Blinken nu": to Blinken)
_PREPOSITION = r"(?:about|to|in|at|with|from|after|during|before)"
_WHICH_ASKED = rf"{_PREPOSITION}\s+which\s+\w+"  # "in which city", "from which year"


class _VerbLast(NamedTuple):
    """A language that puts its verb last and its question word before it: Punjabi "Xi ne Taiwan bare ki keha?"
    (Xi, about Taiwan, what said), Nepali "Xi le Taiwan ko barema ke bhane?", Amharic "Xi sle Taiwan min ale?". Each
    field is a pattern of its words; its book puts its postpositions before their nouns first ("Beijing vich": in
    Beijing), so that the shapes read English prepositions in the middle of a question."""

    by: str  # what follows the one who did something (Punjabi "ne", Nepali "le"); "" where nothing does
    about: str  # a topic asked about, in a group "topic" ("(?P<topic>.+?) bare", "sle (?P<topic>.+?)")
    what: str  # "ki", "ke", "min"
    said: str  # "keha", "bhane", "ale"
    who_said: str  # who said, closing what was said ("kinne keha", "kasle bhanyo", "yale man new")
    that: str  # what closes the words said before who said them (Nepali "bhanera"), optional
    who_said_that: str  # who said, opening what was said ("kinne keha ki")
    whom: str  # "kinnu", "kaslai", "man gar"
    who: str  # who, of one who met someone ("kaun", "kasle", "man")
    met: str  # "milya", "bhete", "tegenagne"
    how_long: str  # "kinni der", "kati samaya", "lemin yahl gize"
    how_many_hours: str  # "kinne ghante", "kati ghanta", "sint seat"
    lasted: str  # "chali", "chalyo", "fejje"
    when: str  # "kadon", "kahile", "meche"
    where: str  # "kithe", "kaha", "yet"
    took_place: str  # "hoyi", "bhayo", "tekahede"
    how_many: str  # "kinne", "kati", "sint"
    did: str  # the verb an English one is done with ("propose kitte", "propose garyo", "propose aderege")
    how_much: str  # a price asked, closing the question ("kinne di hai", "kati parchha", "sint new")
    who_is: str  # "kaun hai", "ko ho", "man new"
    why: str  # "kyon", "kina", "lemin"
    went: str  # "gaya", "gayo", "hede"
    happened: str  # what happened, closing the question ("ki hoya", "ke bhayo", "min hone")
    about_what: str  # what something is about, closing the question ("kis baare hai", "sle min new")
    mentioned: str  # "da zikar hoya", "ko ullekh bhayo", "teteqse"
    wrote: str  # who wrote, closing the question ("kinne likhya", "kasle lekhyo", "man tsafew")
    article: str  # "eh article", "yo lekh", "yih tsihuf"
    title: str  # what someone's title is, closing the question ("da ahuda ki hai", "ko pad ke ho")
    which: str  # "kehde", "kun", "yetignaw"


def _why_went(match: re.Match[str]) -> str:
    """ "Blinken Beijing kyon gaya" (why did Blinken go to Beijing); "to" when the place has none."""
    place = match.group("place") or match.group("then") or ""
    if place and not re.match(rf"{_PREPOSITION}\s", place, re.I):
        place = f"to {place}"
    return f"why did {match.group('who')} go" + (f" {place}" if place else "")


def _verb_last(words: _VerbLast) -> _Shapes:
    """The shapes of a verb-last language's questions, each put into the English the question parser reads."""
    w = words
    by = f"(?:{w.by})?" if w.by else ""
    # what someone said, with what follows the one who said it ("Xi ne", "Xi le"): all before it is who said it ("the
    # person from China's side who talked with Blinken le ke bhanyo"), a preposition in it and all
    said_by: _Shapes = (
        (
            (
                re.compile(
                    rf"^(?P<who>.+?){w.by}(?P<said>(?:\s+{_PREPOSITION}\s+.+?)?)\s+{w.what}\s+{w.said}"
                    rf"(?P<after>\s+{_PREPOSITION}\s+[^,?]+)?{_ANSWER_WORDS}",
                    re.I,
                ),
                r"what did \g<who> say\g<said>\g<after>\g<rest>",
            ),
        )
        if w.by
        else ()
    )
    return (
        # who said: "… kinne keha", "… bhanera kasle bhanyo", "… yale man new"; "kinne keha ki …"
        (
            re.compile(rf"^(?P<said>.+?)\s+(?:(?:{w.that})\s+)?{w.who_said}{_ANSWER_WORDS}", re.I),
            r"who said \g<said>\g<rest>",
        ),
        (re.compile(rf"^{w.who_said_that}\s+(?P<said>.+)$", re.I), r"who said \g<said>"),
        *said_by,
        (
            re.compile(rf"^(?P<who>.+?){by}\s+{w.about}\s+{w.what}\s+{w.said}{_ANSWER_WORDS}", re.I),
            r"what did \g<who> say about \g<topic>\g<rest>",
        ),
        (
            re.compile(
                rf"^(?P<who>.+?){by}(?P<said>(?:\s+{_PREPOSITION}\s+.+?)?)\s+{w.what}\s+{w.said}"
                rf"(?P<after>\s+{_PREPOSITION}\s+[^,?]+)?{_ANSWER_WORDS}",
                re.I,
            ),
            r"what did \g<who> say\g<said>\g<after>\g<rest>",
        ),
        # whom someone met, and who met someone
        (
            re.compile(
                rf"^(?P<who>.+?){by}(?P<where>\s+(?:in|at|after|during|before)\s+.+?)?\s+{w.whom}\s+{w.met}"
                r"(?P<rest>.*)$",
                re.I,
            ),
            r"who did \g<who> meet\g<where>\g<rest>",
        ),
        (re.compile(rf"^(?:(?:to|with)\s+)?(?P<whom>.+?)\s+{w.who}\s+{w.met}$", re.I), r"who met \g<whom>"),
        (re.compile(rf"^{w.who}\s+(?:(?:to|with)\s+)?(?P<whom>.+?)\s+{w.met}$", re.I), r"who met \g<whom>"),
        # how long something lasted
        (re.compile(rf"^(?P<what>.+?)\s+(?P<hours>{w.how_many_hours})\s+{w.lasted}$", re.I), _how_long),
        (re.compile(rf"^(?P<what>.+?)\s+(?:{w.how_long})\s+{w.lasted}$", re.I), _how_long),
        (re.compile(rf"^(?:{w.how_long})\s+{w.lasted}\s+(?P<what>.+)$", re.I), _how_long),
        # when and where people met, or something took place; in which place or at which summit ("meeting in which
        # city hoyi": in which city did the meeting take place, its "which" put before the noun by _which_postposed)
        (
            re.compile(rf"^(?P<what>.+?)\s+(?P<asked>{_WHICH_ASKED})\s+{w.took_place}$", re.I),
            lambda match: f"{match.group('asked')} did {_with_the(match.group('what'))} take place",
        ),
        *(
            rule
            for asked, english in ((w.when, "when"), (w.where, "where"))
            for rule in (
                (re.compile(rf"^(?P<who>.+?){by}\s+{asked}\s+{w.met}$", re.I), rf"{english} did \g<who> meet"),
                (
                    re.compile(rf"^(?P<what>.+?)\s+{asked}\s+{w.took_place}$", re.I),
                    lambda match, english=english: f"{english} did {_with_the(match.group('what'))} take place",
                ),
            )
        ),
        # how many things someone did: "Xi ne kinne principles propose kitte"
        (
            re.compile(rf"^(?P<who>.+?){by}\s+{w.how_many}\s+(?P<thing>\S+)\s+(?P<verb>[a-z]+)\s+{w.did}$", re.I),
            r"how many \g<thing> did \g<who> \g<verb>",
        ),
        (
            re.compile(rf"^(?P<what>.+?)\s+{w.how_much}$", re.I),
            lambda match: f"how much is {_with_the(match.group('what'))}",
        ),
        (re.compile(rf"^(?P<who>.+?)\s+{w.who_is}$", re.I), r"who is \g<who>"),
        (
            re.compile(rf"^(?P<who>.+?)(?:\s+(?P<place>.+?))?\s+{w.why}(?:\s+(?P<then>.+?))?\s+{w.went}$", re.I),
            _why_went,
        ),
        (re.compile(rf"^(?P<where>.+?)\s+{w.happened}$", re.I), r"what happened \g<where>"),
        (
            re.compile(rf"^(?P<what>.+?)\s+{w.about_what}$", re.I),
            lambda match: f"what is {_with_the(match.group('what'))} about",
        ),
        (
            re.compile(rf"^(?:{w.what}\s+)?{w.which}\s+(?P<what>.+?)(?:['’]s)?\s+{w.mentioned}$", re.I),
            r"which \g<what> were mentioned",
        ),
        (
            re.compile(
                rf"^(?:{w.what}\s+)?(?:in\s+the\s+article\s+)?(?P<what>.+?)(?:['’]s)?(?:\s+in\s+the\s+article)?\s+"
                rf"{w.mentioned}$",
                re.I,
            ),
            r"was \g<what> mentioned",
        ),
        (re.compile(rf"^{w.article}\s+{w.wrote}$", re.I), "who wrote the article"),
        (re.compile(rf"^(?P<who>.+?)(?:['’]s)?\s+{w.title}{_ANSWER_WORDS}", re.I), r"what is \g<who>'s title\g<rest>"),
        (re.compile(rf"^{w.which}\s+", re.I), "which "),
    )


_NAME = r"(?-i:[A-Z])[\w-]*"  # "Beijing vich": the one capitalised word a postposition follows
_FULL_NAME = rf"{_NAME}(?:\s+{_NAME})?"  # "Wang Yi ne Antony Blinken nu": after the one who did it, two


def _postposed(postpositions: dict[str, str], by: str, things: str) -> _Shapes:
    """A language's postpositions put before their nouns as English prepositions: "Beijing vich" (in Beijing),
    "Wang Yi ne Antony Blinken nu" (to Antony Blinken), "meeting vich" (in the meeting)."""
    return tuple(
        rule
        for postposition, preposition in postpositions.items()
        for rule in (
            (
                re.compile(rf"\b(?P<by>(?i:{by}))\s+(?P<name>{_FULL_NAME})\s+(?i:{postposition})\b"),
                rf"\g<by> {preposition} \g<name>",
            ),
            (re.compile(rf"\b(?P<name>{_NAME})\s+(?i:{postposition})\b"), rf"{preposition} \g<name>"),
            (
                re.compile(rf"\b(?:the\s+)?(?P<thing>{things})\s+{postposition}\b", re.I),
                rf"{preposition} the \g<thing>",
            ),
        )
    )


def _which_postposed(postpositions: dict[str, str], which: str) -> _Shapes:
    """A question word asking which thing, and the postposition after the thing, put before it as English does:
    Punjabi "kehde saal ton" (from which year), Nepali "kun sahar ma" (in which city)."""
    return tuple(
        (re.compile(rf"\b(?:{which})\s+(?P<thing>\w+)\s+(?:{postposition})\b", re.I), rf"{preposition} which \g<thing>")
        for postposition, preposition in postpositions.items()
    )


# The English words a book's own have been put into, none of them a topic after them ("in the talks about …")
_ENGLISH_SMALL_WORDS = (
    r"(?:the|a|an|in|at|to|of|about|with|from|after|before|during|and|or|this|talks|meeting|article|visit)"
)


class _Agglutinating(NamedTuple):
    """A verb-last language that glues its case endings on its nouns (Kazakh, Azerbaijani, Mongolian): its words, each
    a pattern or a table of patterns and their English, typed without its own letters (its book types them plain
    first). A name's case ending says what English puts before it ("Pekinde": in Beijing, "Blinkene": to Blinken), its
    words after a noun ("Tayvan haqqinda": about Taiwan, "gorusden sonra": after the meeting) are put before it, its
    compound verbs ("teklif etdi": proposed) read as an English verb and its "did", and then the verb-last shapes
    (_VerbLast) read the question."""

    marked: tuple[tuple[str, str], ...]  # its letters, typed plain ("ə": "e")
    names: dict[str, str]  # names as it writes them ("Si Cinpin": Xi Jinping)
    stems: dict[str, str]  # a name's stem as it writes it ("pekin": Beijing), lower-case
    people: frozenset[str]  # the stems among them that name people ("baiden"), not places
    cases: dict[str, str]  # a case ending on a name the book knows, or after a hyphen, and English's word before it
    # ("in/to": "in" before a place the book knows, "to" before a person, as Mongolian's "Beejingt", "Blinkend")
    glued: str  # the endings read off a name the book does not know ("Jordanda"), none a name may close on
    not_ended: str  # names that close as a case ending would ("Rwanda")
    things: dict[str, str]  # its words and phrases put into English first ("xarici isler naziri": foreign minister)
    about: str  # its words after a topic ("haqqinda": about)
    with_: str  # its word after one met or talked with ("ile": with)
    and_: str  # its word for "with" that stands for "and" between two names ("Xi men Blinken": Xi and Blinken)
    after: str  # its words after a thing, each "after" ("gorusden sonra"), "before" and "during" it
    before: str
    during: str
    should_be: str  # "(?P<what>…) olmaliyiq": they (we) should be …, "(?P<we>…)" when said of "we"
    done: dict[str, str]  # the noun of a compound verb and its English verb ("teklif": propose)
    words: _VerbLast
    question_words: str  # its question words, no topic's
    which: dict[str, str]  # the nouns its "which" asks of and the English for each ("hansi gunde": on which day)
    outlets: dict[str, str]  # what publishes an article ("qezet": newspaper), by its stem
    published: dict[str, str]  # what was done to an article, by its verb's stem, and its English ("derc": published)
    numbers: dict[str, str]
    employers: dict[str, str]
    whence: str  # "from where" ("haradan"), asked after who wrote the article
    opening: str  # words a question opens on that English leaves off ("ve": and, "bes": and, then)
    what_about: str  # "and X?" ("Bes Wang Yi?"), its name in a group "who": what about X
    how: str  # "how" of how something went ("nece kecdi": how did it go), before its verb
    went_on: str  # "went", "passed", of how something went ("kecdi")
    verbs: dict[str, str]  # its verbs of what was done asked when, where or at which summit ("razilasdilar": agree)
    said_not: str  # "did not say" ("demedi")
    in_view: str  # "in the view of", after whose ("fikrince")
    works: str  # "works" ("isleyir")
    cost: str  # "how much does it cost", after the thing priced ("neceye basa gelir")
    anything: str  # "anything" ("nese", "bir sey")
    also: str  # "also" ("de", "da"), after a thing
    there_is: str  # "is there" ("var")
    question_mark: str  # a yes-or-no question's particle ("mi", "ma")
    english: dict[str, str]  # its small words put into English last ("ve": and)


def _agglutinated(book: _Agglutinating, match: re.Match[str]) -> str:
    """ "Pekinde": in Beijing; "Blinkene": to Blinken; "Cinin": China's; "Blinkeni": Blinken."""
    stem, ending = match.group("stem"), match.group("ending").lower()
    english = book.stems.get(stem.lower(), stem)
    before = book.cases[ending]
    if before == "in/to":
        before = "in" if stem.lower() in book.stems and stem.lower() not in book.people else "to"
    if before == "'s":
        return english if english.startswith("the ") else f"{english}'s"
    return f"{before} {english}" if before else english


def _should_be(match: re.Match[str]) -> str:
    """ "terefdas olmaliyiq": we should be partners; "terefdas olmalidirlar": they should be partners."""
    said = match.groupdict()
    return f"{'we' if said.get('we') else 'they'} should be {said.get('what') or said.get('what2')}"


def _agglutinating(book: _Agglutinating) -> _Shapes:
    """A book's shapes: its words put into English, then the verb-last shapes read the question."""
    w = book.words
    known = "|".join(sorted(book.stems, key=len, reverse=True))
    endings = "|".join(sorted(book.cases, key=len, reverse=True))
    not_topic = rf"(?:{book.question_words}|{_ENGLISH_SMALL_WORDS})\b"
    topic = rf"(?:(?!{not_topic})[a-z][\w-]*\s+)?(?!{not_topic})[a-z][\w-]*"
    noun = rf"the\s+US|{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*|{topic}"
    which = "|".join(book.which)
    published = "|".join(book.published)
    verbs = "|".join(book.verbs)
    asked = rf"(?P<asked>(?:in|at|on)\s+(?:which|what)\s+\w+(?:\s+of\s+the\s+week)?|{w.when}|{w.where})"
    return (
        _after_the_question(),
        (re.compile("İ"), "I"),
        *_plain_letters(book.marked),
        (re.compile(rf"^(?:{book.opening})\b,?\s*(?=\S)", re.I), ""),
        (re.compile(book.what_about, re.I), r"what about \g<who>"),
        *_word_for_word(book.names),
        *_word_for_word(book.things),
        (re.compile(r"\s{2,}"), " "),
        # a second question after a comma, asking the first again more narrowly ("Gorus harada kecirildi, hansi
        # binada?": where did the meeting take place, in which building), set aside
        (
            re.compile(rf"^(?P<first>.+?)\s*,\s*(?:{book.question_words}|{w.which})\b(?!.*\b(?:{w.said})\b).*$", re.I),
            r"\g<first>",
        ),
        # a name's case ending, after an apostrophe or hyphen ("Xi-ye", "Wang Yi-a") or not ("Pekinde", "Cinin")
        (
            re.compile(
                rf"\b(?P<stem>{_TWO_WORD_NAME}|(?-i:Xi|[A-Z]\w*)|(?i:{known}))['’-](?P<ending>(?i:{endings}))\b"
            ),
            partial(_agglutinated, book),
        ),
        (re.compile(rf"\b(?P<stem>(?i:{known}))(?P<ending>(?-i:{endings}))\b"), partial(_agglutinated, book)),
        (
            re.compile(
                rf"\b(?!(?:{book.not_ended})\b)(?P<stem>(?-i:[A-Z])[a-z]{{2,}}?[bcdfghjklmnpqrstvwxz])"
                rf"(?P<ending>(?-i:{book.glued}))\b"
            ),
            partial(_agglutinated, book),
        ),
        (re.compile(rf"\b(?P<stem>(?i:{known}))\b"), lambda match: book.stems[match.group("stem").lower()]),
        # "terefdas olmaliyiq": we should be partners
        (re.compile(book.should_be, re.I), _should_be),
        # the noun of a compound verb: "teklif etdi" (proposed), read as an English verb and its "etdi"
        *(
            (re.compile(rf"\b(?:{turkic})\s+(?=(?:{w.did})\b)", re.I), f"{english} ")
            for turkic, english in book.done.items()
        ),
        # its words after a noun: "Tayvan haqqinda" (about Taiwan), "Blinken ile" (with Blinken), "… sonra" (after)
        (re.compile(rf"\b(?P<what>{noun})(?:['’]s)?\s+(?:{book.about})\b"), r"about \g<what>"),
        (
            re.compile(rf"\b(?P<name>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w']*)\s+(?:{book.and_})\s+(?=(?-i:[A-Z]))"),
            r"\g<name> and ",
        ),
        (re.compile(rf"\b(?P<what>{noun})\s+(?:{book.with_})\b"), r"with \g<what>"),
        (re.compile(rf"\bfrom\s+(?P<what>{noun})\s+(?:{book.after})\b", re.I), r"after \g<what>"),
        (re.compile(rf"\bfrom\s+(?P<what>{noun})\s+(?:{book.before})\b", re.I), r"before \g<what>"),
        (re.compile(rf"\b(?P<what>\S+)\s+(?:{book.during})\b", re.I), r"during \g<what>"),
        (
            re.compile(
                r"\b(?P<by>in|at|about|after|before|during|with|from|to)\s+(?P<thing>meeting|talks|article|visit)\b"
            ),
            r"\g<by> the \g<thing>",
        ),
        # "Blinken ve Wang Yi arasindaki danisiqlar": the talks between Blinken and Wang Yi
        (
            re.compile(
                r"(?P<pair>(?-i:[A-Z])\S*(?:\s+(?-i:[A-Z])\S*)?\s+and\s+(?-i:[A-Z])\S*(?:\s+(?-i:[A-Z])\S*)?)\s+"
                r"between\s+(?P<thing>talks|meeting|relations|discussion)\b"
            ),
            r"the \g<thing> between \g<pair>",
        ),
        # "after the meeting Blinken ne dedi": the occasion said first put after the question, as English does
        (
            re.compile(
                r"^(?P<occasion>(?:after|before|during|at|in)\s+the\s+(?:meeting|talks|visit|article)"
                rf"|at\s+the\s+(?:start|end)\s+of\s+the\s+(?:meeting|talks|visit)),?\s+(?P<rest>(?!{w.happened}$).+)$",
                re.I,
            ),
            r"\g<rest> \g<occasion>",
        ),
        # "Meqalenin muellifi kimdir?" (the article's author, who): who wrote the article
        (
            re.compile(rf"^(?:this\s+|the\s+)?article(?:['’]s)?\s+author\s+(?:{w.who_is})$", re.I),
            "who wrote the article",
        ),
        # "Abune neceye basa gelir?": how much does the subscription cost
        (re.compile(rf"^(?P<what>.+?)\s+(?:{book.cost})$", re.I), _what_it_costs),
        # "Xi Blinken harada qebul etdi" (Xi, Blinken, where met): where did Xi meet Blinken
        (
            re.compile(
                rf"^(?P<who>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+(?P<whom>{_TWO_WORD_NAME}|(?-i:[A-Z])[\w-]*)\s+"
                rf"(?P<asked>{w.when}|{w.where})\s+{w.met}$"
            ),
            lambda match: f"{_asked(w, match.group('asked'))} did {match.group('who')} meet {match.group('whom')}",
        ),
        # "Xi's fikrince …" (in Xi's view): according to Xi
        (
            re.compile(rf"^(?P<who>.+?)(?:['’]s)?\s+(?:{book.in_view})\b,?\s*(?P<rest>.+)$", re.I),
            r"according to \g<who>, \g<rest>",
        ),
        # "Wang Yi ile Blinken arasinda danisiqlar nece kecdi?": how did the talks between Wang Yi and Blinken go
        (
            re.compile(rf"^(?P<what>.+?)\s+(?:{book.how})\s+(?:{book.went_on})$", re.I),
            lambda match: f"how did {_with_the(match.group('what'))} go",
        ),
        # "Xi about Taiwan hec ne demedi?": didn't Xi say anything about Taiwan
        (
            re.compile(
                rf"^(?P<who>.+?)\s+(?P<topic>about\s+.+?)\s+(?:(?:{book.anything})\s+)?(?:{book.said_not})$", re.I
            ),
            r"didn't \g<who> say anything \g<topic>",
        ),
        # "about trade yarisan uu?", "which countries qeyd olunub in the article": what was said of, which was
        (
            re.compile(rf"^about\s+(?P<what>.+?)\s+(?:{w.said})\w*(?:\s*(?:{book.question_mark}))?$", re.I),
            r"was \g<what> mentioned",
        ),
        (
            re.compile(rf"^(?:{w.which})\s+(?P<what>\S+)\s+{w.mentioned}(?:\s+in\s+the\s+article)?$", re.I),
            r"which \g<what> were mentioned",
        ),
        # "Xi Blinken ile hansi gun gorusdu?": on which day did Xi meet Blinken
        (
            re.compile(
                rf"^(?P<who>.+?)\s+(?:with\s+(?P<whom>.+?)\s+)?(?:(?P<week>week's|of\s+the\s+week)\s+)?(?:{w.which})\s+"
                rf"(?P<noun>{which})\s+(?:with\s+(?P<with>.+?)\s+)?{w.met}$",
                re.I,
            ),
            partial(_which_met, book),
        ),
        # "in the article about Russia nese var?": is there anything about Russia
        (
            re.compile(
                rf"^(?:in\s+the\s+article\s+)?(?P<topic>about\s+.+?)\s+(?:(?:{book.anything})\s+)?(?:{book.there_is})"
                r"(?:\s+in\s+the\s+article)?$",
                re.I,
            ),
            r"is there anything \g<topic>",
        ),
        # "Bu meqaleni hansi qezet derc edib?" (this article, which newspaper published): the article said first
        (
            re.compile(
                rf"^(?P<what>(?:this|the)\s+(?:article|news|story))\s+(?:{w.which})\s+"
                rf"(?P<thing>{'|'.join(book.outlets)})\w*\s+(?:{published})\w*(?:\s+(?:{w.did}|olub|olundu))?$",
                re.I,
            ),
            lambda match: f"which {_stem_english(book.outlets, match.group('thing'))} published {match.group('what')}",
        ),
        # "Xi hansi uc prinsipi teklif etdi?": which three principles did Xi propose
        (
            re.compile(
                rf"^(?P<who>.+?)\s+(?:{w.which})\s+(?:(?P<count>{'|'.join(book.numbers)})\s+)?(?P<thing>\S+)\s+"
                rf"(?P<verb>[a-z]+)\s+{w.did}$",
                re.I,
            ),
            lambda match: (
                f"which {book.numbers[match.group('count').lower()] + ' ' if match.group('count') else ''}"
                f"{match.group('thing')} did {match.group('who')} {match.group('verb')}"
            ),
        ),
        # "Hansi qezet bu meqaleni derc edib?": which newspaper published this article
        (
            re.compile(
                rf"^(?:{w.which})\s+(?P<thing>{'|'.join(book.outlets)})\w*\s+(?P<what>.+?)\s+(?:{published})\w*"
                rf"(?:\s+(?:{w.did}|olub|olundu))?$",
                re.I,
            ),
            lambda match: f"which {_stem_english(book.outlets, match.group('thing'))} published {match.group('what')}",
        ),
        # "Meqale ne vaxt derc olunub?": when was the article published (first, "ilk defe", or last)
        (
            re.compile(
                rf"^(?P<what>.+?)\s+(?:(?P<first>first|last)\s+)?(?P<asked>{w.when}|{w.where})\s+(?:(?P<then>first|last)\s+)?"
                rf"(?P<done>{published})\w*(?:\s+\w+)?$",
                re.I,
            ),
            lambda match: (
                f"{'where' if re.fullmatch(w.where, match.group('asked'), re.I) else 'when'} was "
                f"{_with_the(match.group('what'))} "
                + (
                    f"{match.group('first') or match.group('then')} "
                    if match.group("first") or match.group("then")
                    else ""
                )
                + _stem_english(book.published, match.group("done"))
            ),
        ),
        # "Kim terefdas olmaliyiq dedi?": who said we should be partners (who asked first)
        (re.compile(rf"^(?:{w.who})\s+(?P<said>.+?)\s+(?:(?:{w.that})\s+)?{w.said}$", re.I), r"who said \g<said>"),
        # "Xi Tayvan haqqinda nese dedi?", "… dedi mi?": did Xi say anything about Taiwan
        (
            re.compile(
                rf"^(?P<who>.+?)\s+(?P<topic>about\s+.+?)\s+(?:(?:{book.anything})\s+{w.said}\w*(?:\s*(?:{book.question_mark}))?"
                rf"|{w.said}\s*(?:{book.question_mark}))$",
                re.I,
            ),
            r"did \g<who> say anything \g<topic>",
        ),
        # "Wang Yi hansi teskilatda isleyir?": which organisation does Wang Yi work for
        (
            re.compile(
                rf"^(?P<who>.+?)\s+(?:{w.which})\s+(?P<employer>\w+?)(?:da|de|ta|te|d|t)?\s+(?:{book.works})$", re.I
            ),
            _works_for(book.employers),
        ),
        # "Blinken Xi ile harada gorusdu?": where did Blinken meet Xi
        (
            re.compile(rf"^(?P<who>.+?)\s+with\s+(?P<whom>.+?)\s+(?P<asked>{w.when}|{w.where})\s+{w.met}$", re.I),
            lambda match: (
                f"{'where' if re.fullmatch(w.where, match.group('asked'), re.I) else 'when'} did {match.group('who')} "
                f"meet {match.group('whom')}"
            ),
        ),
        # "Xi ne teklif etdi?": what did Xi propose (a verb done with "etdi", put into English above)
        (
            re.compile(rf"^(?P<who>.+?)\s+{w.what}\s+(?P<verb>(?!mention\b)[a-z]+)\s+{w.did}$", re.I),
            r"what did \g<who> \g<verb>",
        ),
        # "Tayvandan behs olunub?", "Tayvan haqqinda qeyd olunub?": was Taiwan mentioned; "South China Sea de
        # muzakire olundu in the talks": was the South China Sea mentioned in the talks (also)
        (
            re.compile(rf"^(?:in\s+the\s+article\s+)?(?:about|from)\s+(?P<what>.+?)\s+{w.mentioned}$", re.I),
            r"was \g<what> mentioned",
        ),
        (
            re.compile(
                rf"^(?!(?:what|who|when|where|why|how|which|did|was|is|{w.which})\b)(?:(?:about|from)\s+)?(?P<what>[^,?]+?)"
                rf"(?:\s+(?:{book.also}))?\s+"
                rf"{w.mentioned}(?P<where>\s+(?:in|at|during)\s+the\s+(?:talks|meeting|article|visit))$",
                re.I,
            ),
            r"was \g<what> mentioned\g<where>",
        ),
        # "article kim yazib and haradan": who wrote the article and where did they write from
        (
            re.compile(rf"^{w.article}\s+{w.wrote}\s+(?:and\s+)?(?:{book.whence})$", re.I),
            "who wrote the article and where did they write from",
        ),
        # "meeting hansi seherde kecirildi?": in which city did the meeting take place
        (
            re.compile(rf"\b(?:{w.which})\s+(?P<noun>{which})(?=\s)", re.I),
            lambda match: _stem_english(book.which, match.group("noun"), full=True),
        ),
        # "Prezidentler hansi sammitde razilasmisdilar?": at which summit did the presidents agree; "Blinken to
        # Beijing ne vaxt geldi": when did Blinken go to Beijing
        (
            re.compile(rf"^(?P<who>.+?)\s+{asked}\s+(?P<verb>{verbs})$", re.I),
            lambda match: (
                f"{_asked(w, match.group('asked'))} did {_with_the(match.group('who'))} "
                f"{_stem_english(book.verbs, match.group('verb'), full=True)}"
            ),
        ),
        (
            re.compile(rf"^(?P<who>.+?)\s+(?P<place>to\s+.+?)\s+(?P<asked>{w.when}|{w.where})\s+{w.went}$", re.I),
            lambda match: f"{_asked(w, match.group('asked'))} did {match.group('who')} go {match.group('place')}",
        ),
        # "meeting on which day olub": on which day did the meeting take place
        (
            re.compile(
                rf"^(?P<what>.+?)\s+(?P<asked>(?:in|at|on)\s+(?:which|what)\s+\w+(?:\s+of\s+the\s+week)?)\s+{w.took_place}$",
                re.I,
            ),
            lambda match: f"{match.group('asked')} did {_with_the(match.group('what'))} take place",
        ),
        *_verb_last(w),
        *_word_for_word(book.english),
        (re.compile(r"\s{2,}"), " "),
        _according_to_last(),
        _the_the(),
        _country_before_title(),
        *_in_english_at_last(),
    )


def _asked(words: _VerbLast, asked: str) -> str:
    """A question word put into English: "when", "where", or the English asked already ("at which summit")."""
    if re.fullmatch(words.when, asked, re.I):
        return "when"
    return "where" if re.fullmatch(words.where, asked, re.I) else asked


def _stem_english(table: dict[str, str], word: str, full: bool = False) -> str:
    """A word's English, by the first of the table's patterns it opens with (or is, ``full``)."""
    match = re.fullmatch if full else re.match
    return next(english for pattern, english in table.items() if match(pattern, word, re.I))


def _which_met(book: _Agglutinating, match: re.Match[str]) -> str:
    """ "on which day of the week did Xi meet Blinken"."""
    whom = match.group("whom") or match.group("with")
    return (
        f"{_stem_english(book.which, match.group('noun'), full=True)}{' of the week' if match.group('week') else ''} "
        f"did {match.group('who')} meet" + (f" {whom}" if whom else "")
    )

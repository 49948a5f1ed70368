"""Work out what a question asks for, from its shape alone (no article needed)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from knowledge.lexicon import NOT_NAMES, is_person_noun
from knowledge.models import Intent
from knowledge.phrasebooks import european_in_english, in_english, in_english_before_texting
from knowledge.tokenize import STOP_WORDS

_SAY = (
    r"(?:say|said|tell|told|state|stated|comment|claim|claimed|remark|add|added|argue|think|want|write|wrote|"
    r"tweet|tweeted|post|posted|warn|warned|announce|announced|insist|insisted|describe|described|promise|"
    r"promised|pledge|pledged|propose|proposed|demand|demanded|ask|asked|express|expressed|speak|spoke|spoken|"
    r"mention|mentioned|declare|declared)"
)
# "say to Blinken" names who heard it, not a topic ("… to the crowd about the fares": the fares).
_HEARER = r"(?:\s+to\s+(?:(?!(?:about|on|regarding|concerning)\b)\S+\s*?){1,4}?)?"
_TOPIC = rf"{_HEARER}(?:\s+(?:about|on|regarding|concerning|of)\s+(?P<topic>.+))?"
# After "quotes from …" an "of" is the speaker's ("the chinese head of state"), not a topic.
_TOPIC_NOT_OF = rf"{_HEARER}(?:\s+(?:about|on|regarding|concerning)\s+(?P<topic>.+))?"
# Where, when or how something was said, which does not change whose words are asked for ("in the judgment",
# "after the meeting").
_CONTEXT = (
    r"(?:\s+(?:in|during|at|on|after|before|following)\s+(?:the|his|her|their|a|an|its)\s+"
    r"(?:(?!about\b)\S+\s*){1,4}?)?"
)
_STATEMENT_NOUNS = r"(?:quotes?|quotations?|statements?|comments?|remarks?|words|views)"
# "what was Xi's message to the Americans?": a person's words by another name.
_MESSAGE_NOUNS = rf"(?:{_STATEMENT_NOUNS}|message|response|reaction|answer|reply|arguments?|stance|case)"
# "what did the envoy *actually* say", "Wang's quotes *pls*"
_ASIDE = r"(?:\s+(?:actually|really|exactly|just))?"
_PLEASE = r"(?:\s+(?:pls|plz|please))?"
# What a quote is wanted for: "the best line from Blinken", "a punchy quote on the three principles"
_QUOTABLE_WORD = r"(?:best|top|strongest|punchiest|punchy|short|good|memorable|key|quotable|most\s+quotable)"
_QUOTABLE = rf"(?:{_QUOTABLE_WORD}\s+)*"
# "Blinken's *exact* words", "every *verbatim* remark", "… *word for word*, with line numbers"
_VERBATIM_WORDS = r"(?:(?:direct|exact|verbatim|actual|own|full)\s+)*"
_VERBATIM = (
    r"(?:,?\s+(?:word\s+for\s+word|verbatim|directly|exactly|in\s+full|in\s+(?:his|her|their)\s+own\s+words"
    r"|in\s+quotation\s+marks|in\s+(?:the\s+)?order\s+(?:they|it)\s+(?:appear|appears|come|comes)))*"
    r"(?:,?\s+(?:together\s+)?with\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?(?:line\s+numbers|lines?|citations|sources)"
    r"(?:\s+(?:on\s+which|in\s+which|where)\s+(?:each|it|they)\s+(?:appears?|stands?|comes?))?)?"
)
# "What did Mr Blinken say *publicly* following his meetings": how it was said, not what about
_OPENLY = r"(?:\s+(?:publicly|privately|openly|officially|briefly))?"
# "what did Blinken say *after*", "… say *at first*": when, not what about ("post afterwards" asks for one post)
_WHEN_ASIDE = r"\s+(?:after|afterwards?|later|then|next|first|earlier|at\s+first|in\s+the\s+end|at\s+the\s+end)"
# "… say in Beijing", "… quotes from the meeting", "… on the record"
_PLACE_CONTEXT = r"(?:\s+(?:in|at|from)\s+(?:the\s+|this\s+)?[\w’'-]+|\s+on\s+the\s+record)?"
# "… said when Mr Blinken called on him": an occasion of any kind, after a question that names the speaker
_ANY_OCCASION = r"(?:,?\s+(?:when|while|as|after|before|during|once|following)\s+.+)?"
# "… when they met in Beijing": the occasion, not a topic
_OCCASION = (
    r"(?:,?\s+(?:when|while|as|after|before)\s+(?:they|he|she|the\s+two|both)\s+(?:met|spoke|talked|sat\s+down)\b.*?"
    r"|,?\s+(?:during|at|in)\s+(?:the|their|that)\s+(?:talks|meeting|meetings|visit|discussions?|conversation|call"
    r"|summit|session))?"
)
# "What say the leader of China inside the Great Hall of People?": a named place where it was said
_AT_A_NAMED_PLACE = (
    r"(?:\s+(?:inside|in|at)\s+(?:the\s+)?"
    r"(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*)*))?"
)
# "Did the envoy say anything on the record, in his own words?"
_ON_THE_RECORD = r"(?:\s+on\s+the\s+record)?(?:,?\s+in\s+(?:his|her|their)\s+own\s+words)?"
# "… tell the American fellow in that big hall": where they told them
_TOLD_WHERE = r"(?:\s+(?:in|at|inside)\s+(?:the|that|this|a)\s+(?:\S+\s+){0,2}?\S+)?"
# "… tell the secretary of state about Taiwan, word for word": "of" is part of whom they told
_TOLD_TOPIC = r"(?:\s+(?:about|on|regarding|concerning)\s+(?P<topic>.+?))?"
_SPEAKER_PATTERNS = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        # "how many separate quotes does Xi Jinping get": his quotes, counted by listing them
        r"^how\s+many\s+(?:separate\s+|different\s+|direct\s+)?(?:quotes|quotations)\s+(?:does|did|do)\s+(?P<who>.+?)"
        r"\s+(?:get|have|got)(?:\s+in\s+(?:the|this)\s+(?:article|story|piece))?$",
        rf"^what\s+(?:did|does|has|had)\s+(?P<who>.+?)\s+(?:tell|told)\s+(?!about\b)\S+(?:\s+(?!(?:at|in|on|during)\s)\S+){{0,5}}?"
        rf"{_TOLD_WHERE}{_OCCASION}{_TOLD_TOPIC}{_VERBATIM}$",
        # asked inside a request: "(my aunt is asking) what the Chinese official told Blinken about …"
        rf"^what\s+(?!(?:has|had)\s+told\b)(?P<who>.+?)\s+told\s+(?!about\b)\S+(?:\s+\S+){{0,3}}?{_OCCASION}{_TOLD_TOPIC}"
        rf"{_VERBATIM}$",
        rf"^(?:so\s+|and\s+)?what\s+(?:exactly\s+)?(?:did|does|do|has|have|had)\s+(?P<who>.+?){_ASIDE}\s+{_SAY}"
        rf"{_OPENLY}(?:{_CONTEXT}|{_PLACE_CONTEXT}){_TOPIC}{_ANY_OCCASION}$",
        # "What remarks does the report attribute to Wang Yi?"
        rf"^(?:what|which)\s+{_STATEMENT_NOUNS}\s+(?:does|did)\s+(?:the|this)\s+(?:report|article|story|piece|text)\s+"
        rf"(?:attribute|ascribe)\s+to\s+(?P<who>.+?){_TOPIC}$",
        rf"^(?:so\s+|and\s+)?what\s+(?:did|does|has|had)\s+(?P<who>.+?){_ASIDE}\s+(?:say|said){_WHEN_ASIDE}{_TOPIC}$",
        rf"^what\s+(?:has\s+|had\s+)?(?P<who>.+?)\s+(?:said|says){_TOPIC}{_ANY_OCCASION}$",
        # a learner's "What the Xi Jinping spoke in the reunion?"; a request's "(recap) everything Wang said to Blinken"
        rf"^what\s+(?P<who>.+?)\s+(?:spoke|talked){_CONTEXT}(?:\s+(?:about|on)\s+(?P<topic>.+))?$",
        rf"^(?:everything|all(?:\s+that)?)\s+(?P<who>.+?)\s+(?:said|says){_TOPIC}{_VERBATIM}$",
        # "(sum up) president xi's side of things"
        r"^(?!(?:which|what|who|how|where|when|why)\b)(?P<who>.+?)['’]s?\s+side(?:\s+of\s+(?:things|the\s+story))?$",
        # "what Wang Yi is saying", "what President Xi was telling to Blinken"
        rf"^what\s+(?P<who>.+?)\s+(?:is|was)\s+(?:saying|telling(?:\s+to)?(?:\s+(?!about\b)\S+){{0,3}}?){_CONTEXT}{_TOPIC}$",
        # "What was Blinken saying to them?", "what is the minister telling reporters about the fees"
        rf"^(?:so\s+|and\s+)?what\s+(?:is|was|are|were)\s+(?P<who>.+?)\s+(?:saying(?:\s+to\s+(?!about\b)\S+(?:\s+\S+)?)?"
        rf"|telling(?:\s+to)?(?:\s+(?!about\b)\S+){{0,3}}?){_TOPIC}$",
        # a learner's "which phrases Xi Jinping has pronounced (in the article)"
        r"^(?:which|what)\s+(?:phrases|words|sentences|lines|things)\s+(?P<who>.+?)\s+(?:has\s+|had\s+)?"
        r"(?:said|pronounced|uttered|spoken|spoke)(?:\s+in\s+(?:the|this)\s+(?:article|story|piece|text))?"
        r"(?:\s+(?:about|on)\s+(?P<topic>.+))?$",
        # "what's the secretary been saying"
        rf"^(?:so\s+|and\s+)?what(?:['’]s|\s+has|\s+have)\s+(?P<who>.+?)\s+been\s+saying{_TOPIC}$",
        # asked inside a request: "(tell me) the exact words the American Secretary of State spoke after his meeting"
        rf"^(?:the\s+)?{_VERBATIM_WORDS}words\s+(?:that\s+)?(?P<who>.+?)\s+(?:spoke|used|said|uttered|chose)"
        rf"{_CONTEXT}{_TOPIC}{_ANY_OCCASION}$",
        # a claim to check: "(isn't it true) the chinese president said nothing about wanting to fix things"
        r"^(?!(?:which|what|who|how|where|when|why)\b)(?P<who>[^,]+?)\s+(?:said|says)\s+"
        r"(?:nothing|anything|something|little|much)\s+(?:about|on|regarding)\s+(?P<topic>.+)$",
        # a learner's "What has said the envoy?", "What say the leader of China?"
        rf"^what\s+(?:(?:has|had)\s+told|(?:has\s+|had\s+)?(?:said|says|say))\s+(?P<who>.+?){_AT_A_NAMED_PLACE}"
        r"(?:\s+(?:about|on|regarding|concerning)\s+(?P<topic>.+))?$",
        rf"^what\s+(?:has|have|had)\s+(?P<who>.+?)\s+been\s+(?:saying|telling\s+\S+|writing|posting){_TOPIC}$",
        r"^(?:so\s+|and\s+|ok\s+|okay\s+)?(?:what|how)\s+(?:did|does|do)\s+(?P<who>.+?)\s+"
        r"(?:make\s+of|think\s+(?:of|about)|feel\s+about|react\s+to)\s+(?P<topic>.+)$",
        rf"^(?:did|does|has)\s+(?P<who>.+?){_ASIDE}\s+(?:say|said|comment|speak)(?:\s+anything)?{_ON_THE_RECORD}"
        r"(?:\s+(?:about|on)\s+(?P<topic>.+))?$",
        rf"^(?:is\s+there\s+)?anything\s+(?P<who>.+?)\s+(?:said|says|say){_PLACE_CONTEXT}{_TOPIC}$",
        rf"^what\s+(?:was|were|is|are)\s+(?P<who>.+?)['’]s?\s+{_VERBATIM_WORDS}{_MESSAGE_NOUNS}{_CONTEXT}{_TOPIC}$",
        # "What comments did Wang Yi make?", "What statements has the US Secretary of State made in this article?"
        rf"^what\s+{_STATEMENT_NOUNS}\s+(?:did|does|has|have|had)\s+(?P<who>.+?)\s+(?:make|made|give|given|offer|offered)"
        rf"(?:\s+in\s+(?:this|the)\s+(?:article|story|piece|report))?{_TOPIC}$",
        # "What position did Xi take on the relationship?", "Xi's position on Taiwan" (a position alone is a job)
        r"^what\s+(?:position|stance|line)\s+(?:did|does|has)\s+(?P<who>.+?)\s+(?:take|taken|adopt|adopted)"
        r"(?:\s+(?:on|about|regarding|towards?)\s+(?P<topic>.+))?$",
        r"^what\s+(?:was|were|is|are)\s+(?P<who>.+?)['’]s?\s+position\s+(?:on|about|regarding|towards?)\s+(?P<topic>.+)$",
        # "What's the line from China's foreign minister?"
        rf"^what(?:['’]s|\s+is|\s+was)\s+the\s+line\s+(?:from|of)\s+(?P<who>.+?){_TOPIC_NOT_OF}$",
        rf"^(?:show\s+(?:me\s+)?|list\s+|give\s+(?:me\s+)?|read\s+(?:me\s+)?|what\s+(?:are|were)\s+|i\s+(?:need|want)\s+"
        rf"|set\s+out\s+)?"
        rf"(?:(?:all|every|each)\s+(?:of\s+)?)?(?:(?:the|a|an|any|one|some)\s+)?"
        rf"(?:{_QUOTABLE}{_VERBATIM_WORDS}{_STATEMENT_NOUNS}|(?:{_QUOTABLE_WORD}\s+)+(?:lines?|soundbites?))\s+(?:from|by|of|attributed\s+to)\s+"
        rf"(?P<who>.+?){_VERBATIM}{_TOPIC_NOT_OF}$",
        # one to post: "punchiest thing Wang Yi said", "the best line Blinken said about Taiwan"
        rf"^(?:(?:the|a|an|any|one|some)\s+)?(?:{_QUOTABLE_WORD}\s+)+(?:things?|lines?)\s+(?:that\s+)?"
        rf"(?!(?:he|she|they|it)\b)(?P<who>.+?)\s+(?:said|says|has\s+said){_TOPIC}$",
        rf"^(?:show\s+(?:me\s+)?|list\s+|give\s+(?:me\s+)?|i\s+(?:need|want)\s+)?(?:all\s+(?:of\s+)?)?"
        rf"(?!(?:which|what|who|how|where|when|why)\b)(?P<who>.+?)['’]s?\s+{_VERBATIM_WORDS}{_STATEMENT_NOUNS}"
        rf"{_CONTEXT}{_VERBATIM}{_TOPIC}$",
        # "May I consult every direct quotation attributed to China's foreign minister?", "all the quotes from Wang"
        r"^(?:(?:may|can|could)\s+i\s+(?:consult|see|read|have|get|view)\s+|i\s+(?:need|want|would\s+like)\s+"
        r"(?:to\s+(?:see|read|consult)\s+)?|show\s+(?:me\s+)?|list\s+|give\s+(?:me\s+)?)?"
        rf"(?:all|every|each)\s+(?:of\s+)?(?:the\s+)?{_VERBATIM_WORDS}{_STATEMENT_NOUNS}\s+"
        rf"(?:attributed\s+to|made\s+by|from|by)\s+(?P<who>.+?){_VERBATIM}{_TOPIC}$",
        # "I need every line where Blinken is directly quoted"
        r"^(?:(?:i\s+(?:need|want)|show\s+me|give\s+me|list)\s+)?(?:all|every|each)\s+(?:the\s+)?"
        r"(?:lines?|sentences?|places?|times?)\s+(?:where|in\s+which)\s+(?P<who>.+?)\s+(?:is|was|gets|got)\s+"
        rf"(?:directly\s+|actually\s+)?quoted{_VERBATIM}$",
        # "Which lines quote China's foreign minister directly?", "which sentences carry quotations from …"
        rf"^(?:which|what)\s+(?:lines|sentences|paragraphs|parts|passages)\s+(?:quote|(?:carry|contain|have|hold)\s+"
        rf"{_VERBATIM_WORDS}{_STATEMENT_NOUNS}\s+(?:from|by|of))\s+(?P<who>.+?){_VERBATIM}$",
        rf"^(?!(?:which|what|who|how|where|when|why|any|no|the|public)\b)(?P<who>.+?)(?:['’]s)?\s+"
        rf"(?:quotes?|comments|remarks|statements|(?:exact|own|actual|direct)\s+words){_PLACE_CONTEXT}{_PLEASE}$",
        # "Blinken quote?", "president xi exact words"
        # as typed in a hurry: "what kwek say about the cap", "the analyst say what", "ngcobo what did he say"
        rf"^what\s+(?!(?:did|does|do|has|have|had|is|was|are|were|will|would|can|could|they|you|we|i)\b)"
        rf"(?P<who>.+?)\s+say{_TOPIC}$",
        # a learner's "wang yi he say what, first thing and after?"
        r"^(?!(?:which|what|who|how|where|when|why)\b)(?P<who>.+?)(?:\s+(?:he|she))?\s+(?:say|said|says)\s+what"
        r"(?:\s+(?:about|on)\s+(?P<topic>.+)|,\s+(?:first|then|after|later|and|in)\b.*)?$",
        # a learner's verb-last "Xi Jinping to Blinken what said?", "Blinken about Russia what said?"
        r"^(?!(?:which|what|who|how|where|when|why|so|and)\b)(?P<who>[^,]+?)(?:,?\s+(?:to|with)\s+(?!about\b)[^,]+?)?"
        r"(?:,?\s+(?:about|on)\s+(?P<topic>[^,]+?))?,?\s+(?:(?:he|she)\s+)?what\s+(?:said|say|says|told|talked|spoke)$",
        # the topic first: "about Taiwan, what Blinken said"
        r"^(?:about|on)\s+(?P<topic>[^,]+),\s+what\s+(?P<who>.+?)\s+(?:said|says|told\s+\S+)$",
        # "ngcobo what did he say", "the american secretary, what he is saying in this article?"
        rf"^(?!(?:which|what|who|how|where|when|why|so|and|ok|okay)\b)(?P<who>[^,]+?),?\s+what\s+"
        rf"(?:(?:did|is|was)\s+(?:he|she)\s+(?:say|said|saying)|(?:he|she)\s+(?:is\s+saying|was\s+saying|says|said|say))"
        rf"{_PLACE_CONTEXT}{_TOPIC}$",
        # "wang yi banging on about what exactly", "what's the minister going on about?"
        r"^(?!(?:which|what|who|how|where|when|why)\b)(?P<who>.+?)(?:\s+(?:is|was))?\s+(?:banging|going|harping|rabbiting)"
        r"\s+on\s+about\s+what(?:\s+exactly)?$",
        r"^what(?:['’]s|\s+is|\s+was)\s+(?P<who>.+?)\s+(?:banging|going|harping|rabbiting)\s+on\s+about$",
    )
)
_SAYING = (
    r"(?:(?:is|was)\s+quoted\s+(?:as\s+)?(?:saying\s+)?|said|says|stated|claimed|remarked|warned|wrote|"
    r"dismissed|criticised|criticized|accused|praised|hailed|urged|vowed|promised|insisted|argued|branded|"
    r"slammed|conceded|admitted|tweeted|posted|shouted|asked|complained|compared|likened|reckoned|suggested|"
    r"predicted|joked|quipped|lamented|demanded|cautioned|acknowledged|recalled|explained|stressed|emphasi[sz]ed|"
    r"expressed|voiced|characteri[sz]ed|"
    r"added|told|noted|described|called(?!\s+(?:a|an|for|off|in)\b)(?!\s+the\s+(?:[\w-]+\s+){0,2}(?:meeting|session"
    r"|election|vote|strike|referendum|inquiry|conference|summit|halt)s?\s*[?.!]*$)"
    r"|used\s+the\s+(?:phrase|words?)|mentioned)\b"
)
# A quoted phrase and "who" anywhere around it asks whose words they are.
_QUOTED_PHRASE = r"(?<!\w)['‘\"“][^'’\"”]{6,}['’\"”](?!\w)"  # not the apostrophes of "Xi's … there'd"
_WHO_OF_A_QUOTE = re.compile(
    rf"\bwho(?:se|[’']s)?\s.*?(?P<quote>{_QUOTED_PHRASE})|(?P<quoted>{_QUOTED_PHRASE}).*?\bwho(?:se|[’']s)?\s"
    # people offered to choose from: "'Partners rather than rivals' — was that Xi's line or Wang Yi's?"
    rf"|(?P<offered>(?<!\w)['‘\"“](?:[^'’\"”\s]+\s+){{2,}}[^'’\"”\s]+['’\"”](?!\w)).*?[\s,]or\s+[^‘\"“]{{1,40}}$",
    re.IGNORECASE,
)
# "who said …", a learner's "who say …", and a guess after it: "…, is Blinken?"
_WHO_SAID = re.compile(
    rf"^who\s+(?:{_SAYING}|say\b)\s*(?P<topic>.*?)(?:,\s+(?:is|was)\s+(?:it\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)?$",
    re.IGNORECASE,
)
# "Who wrote the judgment?" asks who authored a thing (a fact), not whose words say something.
# "… said on his trip to China", "on their visit": the occasion, after "on", that reads like a topic
_TRIP = re.compile(
    r"(?:his|her|their|the|this|that)\s+(?:recent\s+|latest\s+)?(?:trip|visit|tour|journey|stay)\b", re.I
)
_AUTHORED = re.compile(
    r"^who\s+(?:wrote|writes|authored|drafted|penned)\s+"
    r"(?!.*\b(?:is|was|were|are|will|would|had|has|have|could|should|must|can|did|does)\b)"  # a clause: words said
    r"(?:the|a|an|this|that|his|her|their|its)\s+"
    r"(?:[\w’'-]+\s+){0,3}?[\w’'-]+$",
    re.IGNORECASE,
)
# "Which minister said the bill had been stress-tested?": who said it, among the people of a role.
_WHICH_SAID = re.compile(
    # "What the minister said to Blinken?" (a learner's "what did the minister say") asks for the words
    rf"^(?:which|what)\s+(?!(?:the|a|an|this|that|his|her|their|its)\b)(?P<who>(?:[\w’'-]+\s+){{0,3}}?[\w’'-]+)\s+"
    rf"{_SAYING}\s*(?P<topic>.*)$",
    re.IGNORECASE,
)
_WHO_IS = re.compile(
    r"^(?:who\s+is|who's|who\s+was|what\s+is\s+the\s+(?:role|job|title|position|profession|occupation)\s+of|"
    r"(?:what|which)\s+(?:[\w-]+\s+){0,3}?(?:role|job|title|position|post|office)\s+does)"  # "which government post"
    # "who was named player of the match?", "who was elected chair?": who was given a title, a fact
    r"\s+(?!(?:named|appointed|elected|re-elected|chosen|voted|crowned|made|picked|selected)\s)"
    # "who was Morávek's predecessor as …?" asks for someone else, a fact
    r"(?![^,;]*['’]s\s+(?:predecessor|successor|deputy|replacement|rival|opponent|counterpart|teacher|pupil|lawyer"
    r"|boss)s?\b)"
    r"(?P<who>[^,;]+?)(?:\s+have|\s+hold)?$"
    # "who was Xi's previous meeting *with*?" asks for someone else: a fact
    r"(?<!\swith)(?<!\sto)(?<!\sfor)(?<!\sby)(?<!\sfrom)(?<!\sagainst)",
    re.IGNORECASE,
)
# "Which firm does Zhou work for?", "What does Okafor do?": asked of a person's role, like "who is".
_A_LIVING = r"for\s+(?:a\s+living|work|money)"  # "what does she do for a living?": her trade
_EMPLOYER = (
    r"(?:organi[sz]ation|firm|company|paper|newspaper|outlet|agency|group|party|faction|union|body|"
    r"bank|charity|university|institute|ministry|department|station|broadcaster)"
)
_WORKS_FOR = re.compile(
    rf"^(?:(?:which|what)\s+(?:political\s+)?(?P<kind>{_EMPLOYER})\s+(?:does|did|is)|who\s+(?:does|did))\s+(?P<who>.+?)\s+"
    r"(?:(?:work|works|write|writes|report|reports|represent|represents|belong|belongs)\s+(?:for|to|with|at)"
    r"|(?:speak|speaks)\s+for|head|heads|lead|leads|run|runs|chair|chairs)$"  # "which ministry does Wang head?"
    # "which newspaper did Aalto speak *to*?" asks who heard him, not whom he serves
    rf"|^(?:what|where)\s+does\s+(?P<doer>.+?)\s+(?:do|work)(?:\s+{_A_LIVING})?$"
    rf"|^what\s+did\s+(?P<did>.+?)\s+do\s+{_A_LIVING}$"  # "what did he do" alone asks for a deed
    r"|^what(?:\s+is|\s+was|['’]?s)\s+(?P<owner>.+?)['’]s?\s+(?:(?P<before>previous|former|old)\s+|current\s+)?"
    r"(?:job|role|title|position|post|profession|occupation|line\s+of\s+work)$"
    # typed in a hurry: "wang yi title?", "blinken's job"
    r"|^(?!(?:what|which|who|whose|the|a|an|its|his|her|their|this|that)\b)(?P<named>(?:[\w’'-]+\s+){0,2}?[\w’'-]+?)"
    r"(?:['’]s)?\s+(?:job|role|title|position|profession|occupation)$",
    re.IGNORECASE,
)
# "What party is Eleni Mavrommati from?", "which party is Alasdair Rennie in": asked of a person, like "who is".
_PARTY_OF = re.compile(
    r"^(?:which|what)\s+(?:political\s+|parliamentary\s+)?(?:party|faction)\s+(?:is|was)\s+(?P<who>(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+)"
    r"(?:\s+(?:from|in|with|a\s+member\s+of|part\s+of))?$",
    re.IGNORECASE,
)
_PARTY_ASKED = re.compile(r"^(?:which|what)\s+(?:political\s+|parliamentary\s+)?(?:party|faction)\b", re.IGNORECASE)
# "Which constituency does Strachan represent?", "which district is Kodituwakku the MP for", "Rahming's seat?": asked
# of a lawmaker, like "who is"; not where someone lives ("which district does Phuc live in").
_SEAT_OF = re.compile(
    r"^(?:which|what)\s+(?:constituency|riding|electorate|seat|ward|district|division)\s+(?:does|did|is|was)\s+"
    r"(?P<who>.+?)\s+(?:represent|hold|serve|sit\s+for|(?:the\s+|an?\s+)(?:[\w-]+\s+)?(?:mp|member|td|mla|mna|mpp"
    r"|msp|mca|councillor|senator|representative)\s+(?:for|of))$"
    r"|^(?:what\s+is\s+|what['’]s\s+)?(?P<owner>.+?)['’]s?\s+(?:constituency|riding|electorate|seat)$",
    re.IGNORECASE,
)
FORMER_ROLE = "former"  # the topic of "what was X's previous job?"
OCCUPATION = "occupation"  # the topic of "what does X do for a living?": their trade, not an office they hold
_LIVING = re.compile(rf"\b(?:{_A_LIVING}|profession|occupation|line\s+of\s+work)\b", re.I)
PARTY = "party"  # the topic of "which party does X belong to?": their party, where the article names it
EMPLOYER = "employer:"  # the topic of "which union does X belong to?", then the kind of body: "employer:union"
_ANY_BODY = frozenset(
    "organisation organization firm company group body agency department party faction paper newspaper outlet "
    "station broadcaster".split()
)  # a paper or a station is named by its own name ("the Accra Mirror"), seldom by its kind
SEAT = "seat"  # the topic of "which constituency does X represent?": their seat, where the article names it
QUOTED_ONLY = "quoted"  # the topic of "who is quoted?": the people quoted, not all those named
STANDFIRST_ONLY = "standfirst"  # the topic of "what does the subheading say?": the standfirst, not the whole summary
# Who wrote the page itself, never who wrote something in it ("Who wrote the judgment?").
_PAGE = (
    r"(?:it|this|that|(?:this|the)\s+(?:article|story|piece|report|news\s+story|page|obituary|obit|fact[\s-]?check"
    r"|column|review|analysis|explainer|feature|profile|interview|transcript|newsletter|op-ed|editorial|blog\s+post))"
)
_REPORTER = r"(?:author|reporter|journalist|writer|correspondent)"
# "Who is quoted in this article?", "list every person named in the story", "which people speak?"
_QUOTED_WORDS = r"(?:quot\w*|speak\w*|spoke|talk\w*|interview\w*|cited|sources?|speakers?)"
_PEOPLE_NOUNS = r"(?:people|persons?|speakers|sources|names|everyone|everybody)"
_LISTED = rf"(?:{_QUOTED_WORDS}|mention\w*|named|featured|(?:in|on)\s+{_PAGE})"
_PEOPLE = re.compile(
    rf"^(?:who|whom|which\s+people|what\s+people|which\s+persons)\s+(?:(?:is|are|was|were|gets?|got|does|do|did)\s+)?"
    rf"(?:(?:the\s+)?(?:article|story|piece|report)\s+)?{_LISTED}(?:\s+(?:in|by|on)\s+{_PAGE})?$"
    # "list the people quoted" (read as "what are the people quoted"), "name everyone in the story"
    rf"|^(?:(?:what|who)\s+(?:is|are|was|were)|list|name|give\s+me|show\s+me|tell\s+me)\s+(?:(?:all|every|each|the|of)\s+)*"
    rf"{_PEOPLE_NOUNS}(?:\s+(?:(?:who|that)\s+(?:is|are|was|were|gets?|got)\s+)?{_LISTED})?"
    rf"(?:\s+(?:in|by|on)\s+{_PAGE})?$",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    rf"^(?:who\s+(?:wrote|reported|authored|filed|compiled|writes|reports)(?:\s+{_PAGE})?"
    rf"|who(?:['’]s|\s+is|\s+was)\s+(?:the\s+)?{_REPORTER}(?:\s+(?:of|on|for)\s+{_PAGE})?"
    rf"|(?:which|what)\s+(?:reporter|journalist|correspondent|writer|news\s+service|(?:news\s+|wire\s+)?agency|wire)"
    rf"\s+(?:wrote|filed|reported)(?:\s+{_PAGE})?"
    rf"|(?:what\s+(?:is|are)\s+|what['’]s\s+)?(?:the\s+)?(?:author|byline|reporter|writer)(?:\s+of\s+{_PAGE})?"
    # "what is the author's name", "the reporter's name"
    rf"|(?:what(?:['’]s|\s+is)\s+)?(?:the\s+)?(?:{_REPORTER})(?:['’]?s)?\s+name"
    rf"|(?:who|whom)\s+(?:is|was)\s+{_PAGE}\s+(?:written|reported|filed|compiled)\s+by"
    rf"|(?:{_PAGE}\s+)?(?:(?:was|is)\s+)?(?:written|reported|filed|compiled)\s+by\s+(?:whom|who))$",
    re.IGNORECASE,
)
# Where the story was filed from: its dateline ("Where is the reporter who wrote this story based?").
# "Who took the photo of the ships at anchor?", "photo credit?", "who's the photographer": the credit under a photo.
_PHOTO = r"(?:photo(?:graph)?s?|pictures?|pics?|images?)"
_CREDIT_ASKED = re.compile(
    rf"^(?:who\s+(?:took|shot|snapped|captured)|whose|who\s+(?:is|was)\s+behind|(?:the\s+)?credit\s+for)\s+"
    rf"(?:(?:the|this|these|that|those|all|each|of)\s+)*{_PHOTO}\b"
    rf"|^(?:who(?:['’]s|\s+is|\s+was|\s+are|\s+were)\s+)?(?:the\s+)?photographers?\b"
    rf"|^(?:what\s+is\s+|what['’]s\s+)?(?:the\s+)?{_PHOTO}\s+credits?\b"
    rf"|^who\s+(?:is|are|was|were)\s+(?:the\s+)?{_PHOTO}\s+(?:credited\s+to|by)\b"
    rf"|^who\s+(?:is|are|was|were|gets?|got)\s+(?:the\s+)?credit(?:ed)?\s+(?:for|with)\s+(?:the\s+|this\s+)?{_PHOTO}\b",
    re.IGNORECASE,
)
# "Who edited this article?", "who's the editor": the page's "Editor:" line, not an editor the story is about.
_EDITOR_ASKED = re.compile(
    rf"^who\s+(?:edited|edits|sub-?edited)\s+{_PAGE}$"
    rf"|^who(?:['’]s|\s+is|\s+was)\s+(?:the\s+)?editor(?:\s+(?:of|on|for)\s+{_PAGE})?$"
    rf"|^(?:the\s+)?editor(?:\s+(?:of|on|for)\s+{_PAGE})?$",
    re.IGNORECASE,
)
_FILED_FROM = re.compile(
    rf"^where\s+(?:is|was)\s+(?:the\s+|this\s+)?{_REPORTER}(?:\s+who\s+(?:wrote|filed)\s+{_PAGE})?\s+"
    r"(?:based|located|from|writing\s+from|reporting\s+from|filing\s+from)"
    rf"|^where\s+(?:was|is)\s+{_PAGE}\s+(?:filed|written|reported|datelined)(?:\s+from)?"
    rf"|^(?:was|is)\s+{_PAGE}\s+(?:filed|written|reported|datelined)\s+(?:from|in)\b"  # "Was this story filed from …?"
    rf"|^(?:what\s+is\s+|what's\s+)?(?:the\s+)?dateline(?:\s+(?:on|of|for)\s+{_PAGE})?$",
    re.IGNORECASE,
)
_PUBLICATION = (
    r"(?:news\s+)?(?:outlet|newspaper|paper|site|website|publication|magazine|broadcaster|news\s+organi[sz]ation)"
)
# Which outlet published the page itself, never one quoted in it ("Which newspaper quoted Bosmans?").
_PUBLISHER = re.compile(
    rf"^(?:which|what)\s+{_PUBLICATION}\s+(?:published|ran|carried|posted|printed|put\s+out)\s+{_PAGE}$"
    rf"|^who\s+(?:published|publishes|ran|carried)\s+{_PAGE}$"
    rf"|^(?:which|what)\s+{_PUBLICATION}\s+(?:is\s+(?:this|{_PAGE})|(?:this|{_PAGE})\s+is)(?:\s+from)?$"
    rf"|^(?:which|what)\s+{_PUBLICATION}\s+(?:is|was)\s+{_PAGE}\s+(?:from|in|on|published\s+(?:in|on|by))$",
    re.IGNORECASE,
)
_DATES = re.compile(
    r"\b(?:publication\s+date|date\s+of\s+(?:the\s+|this\s+)?(?:article|story))\b"
    r"|^when\s+was\s+(?:this|it|the)\s*(?:article|story|piece|report)?\s*(?:written|published|posted|updated)?$"
    r"|^(?:the\s+)?date$"  # an editor's "date?"
    r"|^what\s+(?:date|day)\s+is\s+(?:on|in)\s+(?:this|the)\s+(?:article|story|piece|page)$",
    re.IGNORECASE,
)
# "Published when?", "when was it last updated": publishing words asked of the page itself, and
# not of something in it ("When will the certified results be published?").
_PUBLISHING = re.compile(r"\b(?:published|updated|posted)\b", re.IGNORECASE)
_ABOUT_THE_PAGE = frozenset(
    "when what was is it this the article story piece page report news date time first last published "
    "updated posted written on at did get go up".split()
)
_STANDFIRST_WORDS = r"standfirst|sub-?head(?:ing|line)?|strapline"
_SUMMARY = re.compile(
    rf"\b(?:summar(?:y|ise|ize)|gist|overview|tl;?dr|main\s+points|key\s+points|{_STANDFIRST_WORDS}"
    r"|blurb\s+(?:under|below|beneath)\s+the\s+(?:headline|title))\b"
    r"|^what(?:'s|\s+is)\s+(?:this|the|it)\s*(?:article|story|piece|report|news)?\s+about$"
    r"|^what(?:'s|\s+is|\s+was)\s+the\s+(?:headline|title)(?:\s+of\s+(?:this|the)\s+(?:news\s+)?(?:article|story|piece))?$"
    r"|^what\s+happened$",
    re.IGNORECASE,
)
# Of a summary's parts, the line under the headline alone: "what does the subheading say?"
_STANDFIRST = re.compile(rf"\b(?:{_STANDFIRST_WORDS}|blurb)\b", re.IGNORECASE)
_QUOTED_FRAGMENT = re.compile(r"[\"“‘']([^\"”’']{3,})[\"”’']")
MAX_QUESTION_CHARS = 500
# A reader's "the PM", "china's FM", "the ceb GM", "the state AG": not "5 pm", nor "Capital FM".
_ROLE_SHORTHAND = re.compile(
    r"\b((?i:the|deputy|former|acting|interim|caretaker|[a-z]+['’]s)(?:\s+[a-z]{2,6})?)\s+"
    r"(pm|PM|fm|FM|gm|GM|ag|AG)\b(?!\s+[A-ZÀ-ÖØ-ÞĀ-Ž])"
)
_SHORTHAND_ROLES = {"pm": "prime minister", "fm": "foreign minister", "gm": "general manager", "ag": "attorney general"}
# The same shorthand as a title before a name: "FM Wang", "PM Modi".
_TITLE_SHORTHAND = re.compile(r"\b(PM|FM|AG)\.?\s+(?=[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž])")
# "Approximately how long …", "roughly how old …": how exact the answer should be, not what it is about.
_APPROXIMATELY = re.compile(
    r"^(?P<preposition>(?:for|in|by|at|after|over|from)\s+)?"
    r"(?:approximately|approx\.?|roughly|about|around|exactly|precisely|more\s+or\s+less)\s+"
    r"(?=(?:how|when|what|where|which|who)\b)",
    re.IGNORECASE,
)
_DISCOURSE_MARKERS = re.compile(
    r"^(?:(?:ok|okay|so|and|well|but|right|hmm|also|then|yes|yeah|hey|hi|hello|honestly|actually|anyway|lol|omg|"
    r"wait|yo|please|pls|plz)[,\s]+)+",
    re.IGNORECASE,
)
# "Farrelly - what did she say?": a name put first, then a question about "she".
# "what about Gachoki, how old is he", "and gachoki how old is he": set off by a question word alone too.
_NAME_FIRST = re.compile(
    r"^(?:(?:what|how)\s+about\s+)?"
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*){0,3}"
    r"|[a-z][\w’'.-]*(?:\s+[a-z][\w’'.-]*)?(?=,)|[a-z][\w’'.-]*(?=\s+(?:what|how|when|where|why|which)\s)"
    r"|the(?:\s+[a-z][\w’'.-]*){1,4}(?=\s+[-–—]))"  # "the visiting american envoy — what are his quotes?"
    r"(?:\s*(?:[-–—:,]\s*)+|\s+(?=(?:what|how|when|where|why|which)\s))(?P<rest>.*?)"
    r"\b(?P<pronoun>he|she|they|him|her|them|his|their)\b(?P<after>.*)$"
)
# A learner's or a translation's "Who is the person which said …?", "Who was the one that told …": who said it
_PERSON_WHO_SAID = re.compile(
    r"^who\s+(?:is|was)\s+(?:the|that)\s+(?:person|one|man|woman|official|speaker)\s+(?:who|which|that)\s+"
    r"(?:has\s+)?(?:said|says|told|stated|declared)\s+(?P<said>.+)$",
    re.IGNORECASE,
)
# "What was said about Taiwan?": words in the speaker's place that name no one.
_NOBODY = frozenset("was were is are been being it this that there anything something".split())


@dataclass(frozen=True, slots=True)
class Query:
    """A question as understood: its intent, the person asked about, and the topic."""

    text: str
    intent: Intent
    who: str | None = None
    topic: str | None = None
    claim: bool = False  # "did Wang say relations could get better?": the topic is a claim to find

    @property
    def quoted_fragment(self) -> str | None:
        """Words the question puts in quotation marks ('win-win cooperation')."""
        match = _QUOTED_FRAGMENT.search(self.topic or self.text)
        return match.group(1).strip() if match else None


# How readers type on a phone: "wat did the mayor say abt it", "wen did it open", "hw much b4 the cut".
_TEXTING = {
    "wat": "what", "wht": "what", "wut": "what", "hw": "how", "wen": "when", "whn": "when", "wher": "where",
    "whr": "where", "abt": "about", "b4": "before", "ppl": "people", "govt": "government", "mgr": "manager",
    "u": "you", "ur": "your", "thru": "through", "w/o": "without", "bc": "because", "cuz": "because",
    "fb": "facebook", "ig": "instagram", "mister": "Mr", "whos": "who is", "whats": "what is", "wats": "what is",
    "whens": "when is", "wheres": "where is", "hows": "how is", "sq": "square",
    # spelled as it sounds: "hoo sed …", "wat did she sey abowt it"
    "hoo": "who", "wot": "what", "sed": "said", "sey": "say", "sez": "says", "tel": "tell", "abowt": "about",
    # news shorthand: "PRC pres remarks", "SecState quotes", "diffs list"
    "pres": "president", "prez": "president", "secstate": "Secretary of State", "diffs": "differences",
    "hrs": "hours", "mins": "minutes", "yrs": "years", "yr": "year", "dept": "department", "intl": "international",
    "assoc": "association", "spox": "spokesperson", "anythin": "anything", "nothin": "nothing",
    "somethin": "something", "cttee": "committee", "cttees": "committees", "n": "and", "every1": "everyone",
    "some1": "someone", "any1": "anyone", "no1": "no one", "r": "are", "til": "until", "sec": "secretary",
    "exec": "executive", "gettin": "getting", "doin": "doing", "goin": "going", "sayin": "saying", "talkin": "talking",
    "anythng": "anything", "doc": "doctor", "guv": "governor", "info": "information",
    "askin": "asking", "comin": "coming", "waitin": "waiting", "payin": "paying", "workin": "working",
    "makin": "making", "takin": "taking", "lookin": "looking", "happenin": "happening", "tryin": "trying",
    "mtg": "meeting", "mtgs": "meetings",
    # spoken forms: "how much is the bypass gonna cost", "wanna know who said it"
    "gonna": "going to", "wanna": "want to", "gotta": "got to", "kinda": "kind of", "sorta": "sort of",
    "lemme": "let me", "gimme": "give me", "dunno": "do not know",
    # letters typed in the wrong order: "who took teh photo", "waht did she say"
    "teh": "the", "hte": "the", "waht": "what", "whta": "what", "hwo": "how", "adn": "and", "taht": "that",
    "siad": "said", "wich": "which", "whcih": "which", "becuase": "because", "abotu": "about",
}  # fmt: skip
# Letters a reader drops in speech, with an apostrophe: "What'd the fella say 'bout Russia?", "talkin' with",
# "who else'd Blinken sit down with", "y'all", "ol' Blinken".
_ELIDED = (
    (re.compile(r"\b(?!(?:i|you|he|she|we|they|it)['’])([a-z]+)['’]d\b", re.I), r"\1 did"),
    (re.compile(r"\b([a-z]{2,}(?<![aeo])in)['’](?=\s|$|[,.?!])"), r"\1g"),  # not a quote's "… plant again'"
    (re.compile(r"(?<![\w’'])['’](bout|round)\b", re.I), r"a\1"),
    (re.compile(r"(?<![\w’'])['’]tween\b", re.I), "between"),
    (re.compile(r"(?<![\w’'])['’]em\b", re.I), "them"),
    (re.compile(r"\by['’]all\b", re.I), "you"),
    (re.compile(r"\bol['’]\s+", re.I), ""),
)
_ELISION = re.compile("|".join(f"(?:{elided.pattern})" for elided, _ in _ELIDED), re.I)  # any of them, at once
# How a question is put in speech, and the plain form it has: "Who was it that said …?" (who said …), "What did
# the fella have to say?", Indian English's "What all did Xi say?" and "Whom all did Blinken meet?", and the
# passive "What was said by the gentleman who …?".
_SPOKEN = (
    (re.compile(r"^who\s+(?:was|is)\s+it\s+(?:that\s+|who\s+)?(?=[a-z])", re.I), "who "),
    (re.compile(r"\b(did\s.+?)\s+have\s+to\s+say\b", re.I), r"\1 say"),
    (re.compile(r"^(what|who|whom)\s+all\b", re.I), r"\1"),
    # "who else did Blinken sit down with", "told to Mr. Blinken", "Which person, specifically, said …"
    (re.compile(r"\bsit\s+down\s+with\b", re.I), "meet with"),
    (re.compile(r"\b(told|tell)\s+to\s+(?=(?:mr|mrs|ms|dr|the|him|her|them)\b|[A-Z])", re.I), r"\1 "),
    (re.compile(r",\s*(?:specifically|precisely|exactly|again)\s*,\s*", re.I), " "),
    # "Who reckoned they oughta be mates?", "What'd Xi reckon about Taiwan?": to reckon, said aloud, is to say
    (
        re.compile(
            r"^(?:who|(?:which|what)\s+(?:bloke|guy|fella|fellow|chap|person|one|official))\s+reckon(?:ed|s)?\s+"
            r"(?:that\s+)?",
            re.I,
        ),
        "who said ",
    ),
    (re.compile(r"^(what\s+(?:did|does|do)\s+.+?)\s+reckon\b", re.I), r"\1 say"),
    # "what did the minister have to say for himself?": what he said
    (re.compile(r"\b(say)\s+for\s+(?:him|her|them|it|['’]?im)sel(?:f|ves)\b", re.I), r"\1"),
    (
        re.compile(
            r"^what\s+(?:was|were|has\s+been|had\s+been)\s+(?:said|told|stated)\s+by\s+(?P<who>[^?]+)(?P<rest>.*)$",
            re.I,
        ),
        r"what did \g<who> say\g<rest>",
    ),
)
_SPOKEN_OPENING = re.compile(
    r"^(?:who\s+(?:was|is)\s+it|(?:what|who|whom)\s+all|what\s+(?:was|were|has\s+been|had\s+been)\s+(?:said|told|stated))\b",
    re.I,
)
_SPOKEN_WORDS = ("have to say", "told to ", "tell to ", "sit down with", ", specifically,", ", precisely,",
                 ", exactly,", ", again,", "reckon", "say for ")  # fmt: skip
_TEXTED_WORD = re.compile(r"(?<![\w/.’'-])[\w/]+(?![\w/.’'-])")  # a word, looked up in _TEXTING (one dict lookup each)
# "4" for "for" before a determiner or pronoun ("any exemption 4 my nan", "paying 4 this"); "4 tankers" is a number.
# "2" for "to" after a verb of speaking or going ("what did siu say 2 rthk", "who went 2 beijing"); "2 ships" counts.
_TEXTED_TO = re.compile(
    r"\b(say|said|says|talk|talked|speak|spoke|go|went|going|come|came|according|reply|replied) 2\s+(?=[a-z])",
    re.IGNORECASE,
)
_TEXTED_FOR = re.compile(
    r"(?<![\w$£€¥₹.,’'-])4\s+(?=(?:my|me|the|this|that|these|those|us|them|him|her|you|u|it|its|his|their|our|govt)\b)"
)
# and after a verb that asks "for" ("how many ppl registered 4 aip", "who is waiting 4 fertiliser")
_TEXTED_FOR_AFTER_VERB = re.compile(
    r"\b(registered|register|eligible|qualify|qualified|apply|applied|applying|waiting|wait|queuing|queued"
    r"|asking|asked|ask|voted|vote|voting|looking|look|signed\s+up|sign\s+up)\s+4\s+(?=[a-z])",
    re.IGNORECASE,
)


# What a reader ends a question on in Singapore, Malaysia or South Africa: "… how long har", "… say wat lah", "eish".
_PARTICLES = re.compile(
    r"(?:\s+(?:lah|leh|lor|ah|sia|meh|hor|har|eish|one\s+(?:ah|lah|leh|meh|har)|sef|abi|n[eèé]|hey|or\s+how))+(?=\s*[?!.,]|$)",
    re.IGNORECASE,
)


# "Who is the Chinese foreign minister mentioned in the article?": the article is where every answer is; but
# "who is quoted in the article" asks for just that.
_PAGE_WORDS = ("article", "story", "piece", "report", "text")
_NOT_AFTER = (
    r"(?<!\bis)(?<!\bare)(?<!\bwas)(?<!\bwere)(?<!\bbe)(?<!\bbeen)(?<!\bwho)(?<!\bwhat)(?<!one)"
    r"(?<!\bget)(?<!\bgets)(?<!\bgot)"  # "everyone who gets quoted in this article"
)
_IN_THE_ARTICLE = re.compile(
    rf"(?:{_NOT_AFTER}\s+(?:who\s+is\s+|that\s+is\s+)?(?:mentioned|named|quoted|described)"
    rf"|{_NOT_AFTER}(?<!mentioned)(?<!named)(?<!quoted)(?<!described))"
    rf"\s+(?:in|from)\s+(?:the|this)\s+(?:{'|'.join(_PAGE_WORDS)})$",
    re.IGNORECASE,
)


# A request put around the question: "could you kindly tell me", "I'd like to know", "can I get", after a
# clause of courtesy or purpose ("I do hope I'm not troubling you, but", "For my essay on US-China diplomacy,").
_REQUEST = re.compile(
    r"^(?:[^,?]{1,80},\s+(?:but\s+)?)?(?:(?:and|so|but|also|ok|okay|well|oh)\s+)?(?:"
    r"(?:(?:could|can|would|will|might)\s+you\s+(?:please\s+|kindly\s+|possibly\s+|just\s+|graciously\s+)?"
    r"(?:be\s+(?:so\s+(?:kind|good)\s+as|good\s+enough)\s+to\s+)?|please\s+|kindly\s+)?"
    r"(?:tell|show|give|read|inform|advise)\s+(?:me|us)(?:\s+know)?"
    r"|i(?:['’]d|\s+would)\s+(?:really\s+|just\s+)?(?:like|love)\s+to\s+know|i\s+(?:really\s+|just\s+)?want\s+to\s+know"
    r"|i\s+(?:was\s+)?wondering"
    # "I would be most grateful if you could tell me", "I'd appreciate it if you'd let me know"
    r"|i(?:['’]d|\s+would)\s+(?:be\s+(?:most\s+|very\s+|so\s+|really\s+|truly\s+)?(?:grateful|obliged|thankful)"
    r"|(?:really\s+|greatly\s+)?appreciate\s+it)\s+if\s+you\s+(?:could|would|can|will|['’]d)\s+(?:please\s+|kindly\s+)?"
    r"(?:tell|show|inform|advise|let)\s+(?:me|us)(?:\s+know)?"
    # asking for someone else: "My dad wants to know what …", "my aunt is asking what …"
    r"|(?:my|our|a)\s+(?:[\w’'-]+\s+){1,2}?(?:wants?\s+to\s+know|(?:is|are)\s+asking)"
    r"|i\s+wonder|do\s+you\s+know"
    r")(?:,?\s+(?:please|kindly|dear|exactly|word\s+for\s+word))*,?\s+"
    r"(?=(?:(?:in|by|at|on|for|from|to|with)\s+)?(?:what|who|whom|whose|which|when|where|why|how|whether|if"
    r"|the\s+(?:exact\s+|actual\s+)?words|everything)\b)"
    r"|^(?:[^,?]{1,80},\s+)?(?:can|could|may|might)\s+(?:i|we)\s+(?:get|have|see|trouble\s+you\s+for)\s+(?=\S)"
    # "Would you graciously enumerate the principles …": the order that is left
    r"|^(?:could|can|would|will|might)\s+you\s+(?:please\s+|kindly\s+|graciously\s+)?"
    r"(?=(?:name|list|identify|enumerate|state)\s)",
    re.IGNORECASE,
)
_ASKED_AS_ORDER = re.compile(
    r"^(?:please\s+)?(?:state\s+(?=(?:how|what|when|where|who|whom|which|why)\b)"
    r"|(?:please|kindly)\s+(?:tell|explain|clarify)\s+(?=(?:how|what|when|where|who|whom|which|why)\b)"
    r"|name\s+the\s+(?:[\w-]+\s+){1,2}?(?=(?:where|when)\b)"
    r"|(?:brief|fill|update)\s+me\s+(?:in\s+)?on\s+)",
    re.I,
)
# What is said after the question itself: a tag ("…, didn't he?", "…, right?"), a form of address ("…, dear"),
# a laugh and what follows it ("… lol was it awkward"), a request for the words ("… read me his quotes").
_TAG = re.compile(
    r",\s*(?:right|innit|correct|yes|no|yeah|eh|huh|true|or\s+what|dear|my\s+dear|love|mate|pal|buddy|bro|please|pls"
    r"|plz|thanks|thank\s+you|like|so|(?:would|do|d['’])\s*you\s+know"  # Irish English: "…, like?", "…, so?"
    r"|(?:may|might|can)\s+i\s+ask|if\s+i\s+may|if\s+you\s+please"
    r"|drop\s+(?:em|'em|them|it)|spill(?:\s+it)?|asap"  # "xi's three principles, drop em"
    r"|(?:did|didn['’]t|does|doesn['’]t|is|isn['’]t|was|wasn['’]t|were|weren['’]t|has|hasn['’]t|have|haven['’]t)"
    r"(?:\s+not)?\s+(?:he|she|they|it|there|we|you))$",
    re.IGNORECASE,
)
_RIGHT = re.compile(r"\s+(?:right|innit)$", re.IGNORECASE)
_LAUGH = re.compile(r"\s+(?:lol|lmao|haha+|hehe+|omg)\b.*$", re.IGNORECASE)
_READ_ME = re.compile(
    r",?\s+(?:read|show|give|send|tell)\s+me\s+(?:(?:his|her|their|the|all|all\s+the)\s+)?"
    r"(?:exact\s+|actual\s+)?(?:quotes?|words|lines|remarks|statements)$",
    re.IGNORECASE,
)
# What a reader wraps around the question itself: "According to the article, …", "… ? Quote his exact words.",
# "Is Taiwan mentioned, or is that just assumed?"; each with the strings (in lower case, "|" between them) it
# cannot match without, checked first: most questions are wrapped in nothing.
_WRAPPING: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("?", re.compile(r"\?\s+\S.*$")),
    # "Byline check: is the reporter …?", "Quick question: …"
    (":", re.compile(r"^(?:[a-z]+\s+)?(?:check|question|query|follow-?up|request)\s*:\s*", re.I)),
    # "Asking for my mum, who follows China news: what did …", "For my on-air credit: which official …"
    (
        ":",
        re.compile(
            r"^[^:?\"“‘']{3,80}:\s+(?=(?:what|who|whom|whose|which|when|where|why|how|did|does|do|is|was|were|are|has"
            r"|have|can|could|would|read|give|show|tell|list|name)\b)(?![^?]*\b(?:he|she|him|her|they|them)\b)",
            re.I,
        ),
    ),
    # "Which line gives the duration of the talks?", "what sentence says Xi met Blinken": what the line says
    (
        "line|sentence|paragraph|passage",
        re.compile(
            r"^(?:which|what)\s+(?:line|sentence|paragraph|passage)\s+(?:of\s+the\s+(?:article|story)\s+)?"
            r"(?:gives|shows|says|states|mentions|has|contains|lists|names|describes|tells\s+(?:me|us))\s+(?:that\s+)?"
            r"|^(?:please\s+)?(?:give|show|find|quote)\s+(?:me\s+)?the\s+(?:line|sentence|paragraph|passage)\s+"
            r"(?:where|in\s+which|that\s+says|saying)\s+"
            r"|,?\s+and\s+(?:which|what)\s+(?:line|sentence|paragraph)\s+(?:shows|says|gives|has|states)\s+(?:it|that|this)$",
            re.I,
        ),
    ),
    # "List the line numbers of all of Xi's quotes for my footnotes": what the reader will do with it
    (
        "line number| for ",
        re.compile(
            r"^(?:(?:list|give\s+me|show\s+me)\s+)?(?:the\s+)?line\s+numbers?\s+(?:of|for)\s+"
            r"|,?\s+for\s+(?:my|our|a|an|the)\s+(?:footnotes?|essay|notes|bibliography|homework|class|report|paper"
            r"|thesis|show|podcast|broadcast|segment|script|slides?|presentation|records?|assignment)$",
            re.I,
        ),
    ),
    # "who did Blinken talk to besides Xi": whom the answer is not, which no passage holds as such (a thing
    # besides another is its topic: "what else is in the brine besides salt")
    (
        "besides|apart|other than|except|aside",
        re.compile(
            r",?\s+(?i:besides|apart\s+from|other\s+than|except(?:\s+for)?|aside\s+from)\s+(?:the\s+)?[A-Z][^,?]*$"
            r"|^(?i:besides|apart\s+from|other\s+than|aside\s+from)\s+(?:the\s+)?[A-Z][^,?]*,\s*(?=(?i:who|what|which)\b)"
        ),
    ),
    # "best line from Blinken to post", "a quote from Xi I can tweet": what the reader will do with it
    (
        " to | can ",
        re.compile(r",?\s+(?:to|(?:that\s+)?(?:i|we)\s+can)\s+(?:post|tweet|share|use|put\s+on\s+\w+)$", re.I),
    ),
    # "… so I can check them against the transcript"
    (" so ", re.compile(r",?\s+so\s+(?:that\s+)?(?:i|we)\s+can\b.*$", re.I)),
    (
        ",",
        re.compile(
            r"^(?:according\s+to|in|based\s+on|from|per)\s+(?:the|this)\s+(?:article|story|piece|report|text),\s*", re.I
        ),
    ),
    (
        " or ",
        re.compile(
            r",?\s+or\s+(?:not|(?:is|was|does|did|do|are|were|has|have)\s+(?:that|it|this|the\s+article|the\s+story)\b.*)$",
            re.I,
        ),
    ),
    # "recap what wang yi told blinken, two sentences max", "short version of what the visitor said": the
    # words are what is asked for, and the engine quotes them whole
    (
        "recap|sum|summar|version|gist|paraphrase|tl",
        re.compile(
            r"^(?:(?:can|could)\s+you\s+|please\s+)?(?:recap|sum\s+up|summari[sz]e|paraphrase|tl;?dr\s+of"
            r"|(?:give\s+me\s+)?(?:the\s+|a\s+)?(?:short|quick|brief|condensed)\s+version\s+of|(?:the\s+)?gist\s+of)\s+"
            r"(?!(?:the|this|that)\s+(?:article|story|piece|report|news|page|text)\b|it\b|that\b)(?=\S)",
            re.I,
        ),
    ),
    # "one line: who wrote this", "in one line, what's blinken cautioning against?"
    (
        "sentence|line",
        re.compile(r"^(?:in\s+)?(?:one|a|two|\d)\s+(?:sentences?|lines?)\s*[:,]\s+(?=\S)", re.I),
    ),
    (
        "sentence|line|word|brief|short|nutshell",
        re.compile(
            r",?\s+(?:(?:in\s+)?(?:one|two|three|a\s+few|\d)\s+(?:sentences?|lines?|words)(?:\s+max(?:imum)?|\s+or\s+less)?"
            r"|briefly|in\s+brief|in\s+short|in\s+a\s+nutshell)$",
            re.I,
        ),
    ),
    # "I do hope I'm not troubling you, but could you tell me, word for word, what …", "For my essay, can I get …"
    (" me| know|wonder|can |could |may | asking |might |would ", _REQUEST),
    # "State how many minutes …", "Name the building where …", "Brief me on every quote from …": an order
    ("state |name |brief |fill |update |tell |explain |clarify ", _ASKED_AS_ORDER),
    # "Pray, which dignitary …", "Sir, …": a form of address before the question
    # "Ag, and which sea …", "Abeg, …": an interjection before it
    (
        ",",
        re.compile(
            r"^(?:pray|sir|madam|ma['’]am|dear|please|kindly|ag|eish|haibo|abeg|aiyo|aiya|ja|for\s+the\s+record"
            r"|(?:just\s+)?to\s+be\s+clear)\s*,\s*(?:and\s+)?",
            re.I,
        ),
    ),
    # "isn't it true the chinese president said nothing about …": the statement it asks to check
    (" it ", re.compile(r"^(?:so\s+)?(?:isn['’]t|is)\s+it\s+(?:true|right|correct|the\s+case)\s+(?:that\s+)?", re.I)),
    (",", _TAG),
    ("right|innit", _RIGHT),
    # Irish English: "Sure how many hours were they at it?", "what was he saying at all?", "what was Xi after saying"
    # (what he had just said)
    (
        "sure|at all|after",
        re.compile(
            r"^sure,?\s+(?=(?:how|what|who|whom|where|when|why|which|whose|did|was|were|is|are|does|do)\b)"
            r"|\s+at\s+all$|(?:(?<=\bwas\s)|(?<=\bwere\s))after\s+(?=\w+ing\b)",
            re.I,
        ),
    ),
    ("lol|lmao|haha|hehe|omg", _LAUGH),
    (" me ", _READ_ME),
    # "what Wang Yi said, his exact words"
    (
        " words",
        re.compile(
            r",\s+(?:(?:his|her|their|the)\s+)?(?:exact|actual|precise)\s+words(?:\s+(?:pls|plz|please))?$", re.I
        ),
    ),
    # "… - can you give me the quotes": the request after the question
    (
        " you",
        re.compile(
            r"(?:,|\s+[-–—])\s*(?:can|could|would|will)\s+you\b(?:\s+(?:please\s+)?(?:give|read|show|send|tell)\s+me\b.*)?$",
            re.I,
        ),
    ),
)
_WRAPPING_PATTERNS = tuple(
    (re.compile("|".join(map(re.escape, words.split("|")))), wrapping) for words, wrapping in _WRAPPING
)
_ANY_WRAPPING = re.compile("|".join(needed.pattern for needed, _ in _WRAPPING_PATTERNS))
# A question typed as an order: "Name the three principles Xi proposed", "List the issues".
_ORDER = re.compile(
    r"^(?:please\s+)?(?:name|list|identify|enumerate|give(?:\s+me)?)\s+(?=(?:the|all|a|an|his|her|their|its)\b)", re.I
)
_QUOTE_ORDER = re.compile(
    r"^(?:[Pp]lease\s+)?[Qq]uote\s+(?!(?:the|a|an)\s+(?:line|sentence|paragraph|passage|part|bit)\b|it\b|me\b|from\b|this\b)"
    r"(?P<who>(?:the\s+)?[A-ZÀ-ÖØ-ÞĀ-Ž][^.?!,]{1,60}?)(?:[.,;:]\s+.*)?$"
)
# A statement noun or an order's verb opening a question is no name: "Quote from the Chinese official?",
# "Give me Antony Blinken's direct quotes".
_NO_NAME_FIRST = re.compile(
    rf"^(?:{_STATEMENT_NOUNS}|give|show|tell|list|name|read|find|explain|describe|summarise|summarize|share)\b", re.I
)
_OPENING_LETTERS = frozenset("NnLlIiGgPpQqSsCcRrWwVvTtFfEeDd")  # the first letters of orders and statement nouns
# A question typed as a noun: "length of talks?", "cost of the bridge", "venue of the summit".
_NOUN_QUESTIONS = (
    (re.compile(r"^(?:the\s+)?(?:length|duration)\s+of\s+(?:the\s+)?", re.I), "how long were the "),
    (re.compile(r"^(?:the\s+)?number\s+of\s+", re.I), "how many "),
    (re.compile(r"^(?:the\s+)?(?:cost|price)\s+of\s+(?:the\s+)?", re.I), "how much is the "),
    (re.compile(r"^(?:the\s+)?(?:venue|location)\s+of\s+(?:the\s+)?", re.I), "where was the "),
)
# "Wang Yi and Blinken - length of talks?": what it is about, then the question.
_TOPIC_FIRST = re.compile(
    r"^(?P<topic>[^-–—:?]+?)\s+[-–—:]\s+(?P<question>(?:length|duration|number|cost|price|venue|location)\s+of\s+.+)$",
    re.I,
)


def _unwrapped(text: str) -> str:
    """The question without what a reader wraps around it, and an order or a noun asked as a question."""
    lowered = text.lower()
    if _ANY_WRAPPING.search(lowered):
        for needed, wrapping in _WRAPPING_PATTERNS:
            if needed.search(lowered):
                text = wrapping.sub("", text)
    if text[:1] in _OPENING_LETTERS:
        text = _QUOTE_ORDER.sub(r"what did \g<who> say", text)  # "Quote China's Foreign Minister. Everything."
        text = _ORDER.sub("what are ", text)
        text = _NO_NAME_FIRST.sub(lambda m: m.group().lower(), text)  # "Quote from …?", "Give me …": no one's name
    if " of " in text:  # a noun asked as a question: "length of talks?", "Wang Yi and Blinken - cost of the visit"
        if (topic_first := _TOPIC_FIRST.match(text)) is not None:
            text = f"{topic_first.group('question')} {topic_first.group('topic')}"
        for noun, question in _NOUN_QUESTIONS:
            text = noun.sub(question, text, count=1)
    return text


# A country's official name, as a formal reader writes it, for the name news copy uses.
_COUNTRY_OF = {
    "people's republic of china": "China", "united states of america": "the United States",
    "russian federation": "Russia", "republic of korea": "South Korea",
    "democratic people's republic of korea": "North Korea", "islamic republic of iran": "Iran",
    "republic of india": "India", "federal republic of germany": "Germany", "french republic": "France",
    "republic of turkey": "Turkey", "republic of türkiye": "Türkiye", "arab republic of egypt": "Egypt",
    "federal republic of nigeria": "Nigeria", "republic of south africa": "South Africa",
}  # fmt: skip
_OFFICIAL_NAME = re.compile(
    r"\b(?:the\s+)?(" + "|".join(sorted((n.replace("'", "['’]") for n in _COUNTRY_OF), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


# A sentence put before the question: "Good afternoon, dear. Would you kindly …?", "My late husband and I
# visited Beijing in 1987. Would you be good enough to tell me …?" Its stop follows a lower-case word or a
# number, not a title or an initial ("Mr. Blinken").
_SENTENCE_STOP = re.compile(r"(?<![\w.])([a-z][a-z’']*|\d+)[.!]+\s+(?=\S)")
# A question that needs the sentence before it: "Xi Jinping. What did he say?"
_BACK_REFERENCE = re.compile(r"\b(?:he|she|him|her|they|them|it|that|this)\b", re.IGNORECASE)


# Words a host puts before the question for the audience: "for our listeners, which leader received Blinken?",
# "quick recap for the show: where …", "let's set up the clip: what did Wang tell Blinken …".
_AUDIENCE_REACH = 120  # the preamble's eight words, the audience's and what follows, before the question
_AUDIENCE_PREAMBLE = re.compile(
    r"^(?P<preamble>(?:[\w’'-]+\s+){0,8}?(?:listeners?|audience|viewers?|readers?|show|podcast|episode|segment|clip"
    r"|broadcast|air|tuning\s+in|newsletter)\b[^,:;?]{0,30}?)(?:[,:;]|\s+[-–—])\s+"
    r"(?P<question>(?:what|who|whom|whose|which|when|where|why|how|did|does|do|is|was|were|are|can|could|will|would"
    r"|has|have|give|tell|list)\b.*|.*\b(?:what|who|which|when|where|why|how)\b.*)",
    re.IGNORECASE,
)


# "every Blinken quote", "a roll call of all Xi's quotes": the words that ask for all of them, before the speaker.
_EVERY_ONE_OF = re.compile(
    r"^(?:(?:a\s+)?(?:roll\s+call|list|rundown|run-down|round-?up)\s+of\s+)?(?:every|each|all(?:\s+of)?)\s+"
    r"(?!one\b|body\b|people\b|them\b)",
    re.IGNORECASE,
)


_AUDIENCE_WORDS = ("listener", "audience", "viewer", "readers", "the show", "our show", "podcast", "episode", "segment",
                   "clip", "broadcast", "on air", "tuning", "newsletter")  # fmt: skip


def _without_audience(text: str) -> str:
    """The question without what a host says to the audience before it."""
    opening = text[:_AUDIENCE_REACH].lower()
    if not any(word in opening for word in _AUDIENCE_WORDS):
        return text  # most questions: no audience named
    return match.group("question") if (match := _AUDIENCE_PREAMBLE.match(text)) else text


# A reader's doubt or apology before the question: "I might be wrong, but did Xi …", "Sorry if this is obvious —
# who did Blinken meet first?", "Forgive me if I get the title wrong, but what did …".
_HEDGE = re.compile(
    r"^(?P<hedge>[^,?—–]{3,90}?)\s*(?:,\s*but\b|[,:]|\s[—–-]+)\s*(?P<question>[^,—–]{6,}.*)$", re.IGNORECASE
)
_HEDGE_WORDS = re.compile(
    r"\b(?:sorry|forgive|pardon|apologi[sz]e|apologies|excuse\s+me|wrong|off\s+base|mistaken|misunderstood|"
    r"misremembering|not\s+(?:sure|certain)|silly|dumb|stupid|obvious|correct\s+me|bear\s+with\s+me)\b",
    re.IGNORECASE,
)


def _without_hedge(text: str) -> str:
    """The question without a doubt or an apology put before it."""
    match = _HEDGE.match(text)
    if match is None or not _HEDGE_WORDS.search(match.group("hedge")) or _OPENS_QUESTION.match(text):
        return text  # "Was the deal wrong, and …?" asks it
    return match.group("question")


def _without_preamble(text: str) -> str:
    """The question without the sentences before it, unless it refers back to them."""
    ask = text.find("?")
    head = text[:ask]
    stops = list(_SENTENCE_STOP.finditer(text, 0, ask)) if ". " in head or "! " in head else []
    if not stops:
        return text  # most questions: one sentence
    question = text[stops[-1].end() :]
    return text if _BACK_REFERENCE.search(question[: question.find("?")]) else question


# The opening of a question: "what", "how's", "did", "wasn't" …
_OPENS_QUESTION = re.compile(
    r"^(?:what|who|whom|whose|which|when|where|why|how|did|does|do|is|was|were|are|can|could|will|would|has|have|"
    r"had|should)(?:n['’]t|['’]s|s)?\b",
    re.IGNORECASE,
)
# A fragment before the question that asks nothing itself: "and him? what did Wang Yi say …"
_FRAGMENT_WORDS = frozenset("and so ok okay oh ah hmm wait really also then but him her them huh sorry plus".split())
_FOLLOWING_QUESTION_WORDS = 4  # "… harder?? how fast" needs what came before it


_WHOSE_THOSE = re.compile(
    r"whose\s+(?:words|line|quote|phrase)\s+(?:are|is|were|was)\s+(?:those|these|that|this|they|it)"
    r"|who\s+said\s+(?:that|this|it|those\s+words)",
    re.IGNORECASE,
)


def _question_after_fragment(text: str) -> str:
    """The question that follows a fragment or a statement ("and him? what did Wang Yi say …", "Antony or
    Anthony? How does the piece spell …"), unless it refers back to it ("… opinion?? whats that about")."""
    ask = text.find("?")
    head, rest = text[:ask], text[ask:].lstrip("?!. ")
    if not _OPENS_QUESTION.match(rest) or _OPENS_QUESTION.match(head):
        return text
    if all(word.lower().strip(",.") in _FRAGMENT_WORDS for word in head.split()):
        return rest
    own = rest.split("?", 1)[0].rstrip(".!… ")
    if _WHOSE_THOSE.fullmatch(own):
        return f"who said {head.rstrip('?!. ')}"  # "negative factors STILL increasing?!?! whose words are those"
    long_enough = len(own.split()) >= _FOLLOWING_QUESTION_WORDS
    return rest if long_enough and not _BACK_REFERENCE.search(own) else text


# A message this long may hold its question among other things: "hi, I was reading this on the train and my
# friend said something about fentanyl, so I wanted to check, what did Blinken say about it? thanks so much"
LONG_MESSAGE_WORDS = 20
_CLAUSE_BREAK = re.compile(r"\s+[-–—]+\s+|[.!?;:]+\s+|,\s+")
# A question word inside a clause asks only after words that embed a question ("he asked me *which* paper this
# is"), not after a noun it relates to ("my grandfather *who* likes to know").
_QUESTION_WORD = re.compile(
    r"\b(?:me|us|know|wonder|wondering|asked|ask|asking|check|is|was|about|tell|explain|sure|see|need|and|but|so|or"
    r"|then|to|also|plus)\s+"
    r"(?P<word>what|who|whom|whose|which|when|where|why|how)\b",
    re.IGNORECASE,
)


_AFTER_A_QUESTION_MARK = re.compile(r"(?<=\?)\s+")
# A question that leans on the one before ("… Tianjin? he meet who there?") or on the reader ("give me your opinion")
_LEANS_ON_ANOTHER = re.compile(r"\b(?:he|she|they|it|there|that|this|them|his|her|its|you|your)\b", re.IGNORECASE)


def buried_questions(message: str) -> list[str]:
    """The questions inside a long message, each from its opening (or its first question word) to the end of its
    clause; only the one it asks with a question mark when that one opens as a question ("… how a Secretary of
    State gets chosen - who appoints them?" asks who appoints them); in a short message, the questions after its
    first."""
    if len(message.split()) < LONG_MESSAGE_WORDS:
        # "Is there really a quote from Wang, or just paraphrase? What did Wang say?"
        later = _AFTER_A_QUESTION_MARK.split(message.strip())[1:]
        return [q for q in later if len(q.split()) > 2 and not _LEANS_ON_ANOTHER.search(q)]
    found, asked = [], []
    start = 0
    for end in [*_CLAUSE_BREAK.finditer(message), None]:
        clause = message[start : end.start() if end else len(message)]
        opens = _OPENS_QUESTION.match(clause)
        embedded = None if opens else _QUESTION_WORD.search(clause)
        at = opens.start() if opens else embedded.start("word") if embedded else None
        if at is not None and len(clause[at:].split()) > 2:
            found.append(clause[at:].strip(" ?!."))
            if opens and len(clause.split()) > 4 and "?" in (end.group() if end else clause):
                asked.append(found[-1])
        start = end.end() if end else start
    return asked[:1] or list(dict.fromkeys(found))


def _without_pictographs(text: str) -> str:
    """The text without emoji and other pictographic symbols ("wait what did xi say 😳"); a degree sign stays."""
    if text.isascii():
        return text  # most questions
    return "".join(" " if unicodedata.category(ch) == "So" and ch != "°" else ch for ch in text)


# A statement asked as a question, often in the negative: "so the south china sea wasn't even on the list",
# "the american didn't even mention what the presidents agreed on": asked as "was the south china sea on the
# list", "did the american mention …".
_NEGATIVE_AUXILIARY = {
    "didn't": "did", "did not": "did", "never": "did", "doesn't": "does", "does not": "does", "wasn't": "was",
    "was not": "was", "weren't": "were", "were not": "were", "isn't": "is", "is not": "is", "aren't": "are",
    "are not": "are", "hasn't": "has", "has not": "has", "haven't": "have", "have not": "have",
}  # fmt: skip
_NEGATIVE_AUXILIARY_WORDS = "|".join(a.replace(" ", r"\s+").replace("'", "['’]") for a in _NEGATIVE_AUXILIARY)
_NEGATED_STATEMENT = re.compile(
    r"^(?:so\s+|and\s+|but\s+)?(?P<subject>(?!(?:what|who|whom|whose|which|when|where|why|how|did|does|do|is|was|"
    r"were|are|has|have|had|can|could|will|would|should|there|it|i|you|we)\b)[^,]{2,60}?)\s+"
    rf"(?P<auxiliary>{_NEGATIVE_AUXILIARY_WORDS})\s+"
    r"(?:even\s+|really\s+|actually\s+|ever\s+)?(?P<rest>.+)$",
    re.IGNORECASE,
)


def _negation_inverted(text: str) -> str:
    """A statement in the negative asked as the question it stands for (see ``_NEGATED_STATEMENT``)."""
    statement = _NEGATED_STATEMENT.match(text)
    if statement is None:
        return text
    auxiliary = " ".join(statement.group("auxiliary").lower().replace("’", "'").split())
    return f"{_NEGATIVE_AUXILIARY[auxiliary]} {statement.group('subject')} {statement.group('rest')}"


# Words a reader adds for emphasis: "what site is this *even* from", "what did he *actually* say".
_FILLER = re.compile(r"\s+(?:even|actually)(?=\s)", re.IGNORECASE)
# "once the meeting wrapped up, what did blinken say": the occasion after the question, where it is read as one
_OCCASION_FIRST = re.compile(
    r"^(?P<occasion>(?:once|after|when|before|while|during|following)\s[^,?]{1,80}),\s+"
    r"(?P<question>(?:what|who|whom|which|when|where|why|how|did|does|do|was|were|is|are)\b.+)$",
    re.IGNORECASE,
)


# "what did X say" asked in Korean, Chinese or Japanese after the name: "bae soojung 뭐라고 했어",
# "王毅说了什么", "ブリンケンは何と言った".
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_SAID_IN_CJK = re.compile(
    r"^(?P<who>.+?)\s*(?:[은는이가]\s*)?(?:뭐라고|무슨\s*말을?)\s*(?:했어요?|했나요|했니|했습니까|말했어요?|말했나요)"
    r"|^(?P<who_zh>.+?)\s*(?:说了什么|說了什麼|说什么|說什麼|讲了什么|講了什麼)"
    r"|^(?P<who_ja>.+?)\s*(?:は|が)?\s*(?:何と|なんと|何て|なんて)\s*(?:言った|言いました|言ってた|言っていた)"
)


def _asked_in_cjk(text: str) -> str:
    """A Korean, Chinese or Japanese "what did X say" as the English question (else the text as it is)."""
    said = _SAID_IN_CJK.match(text)
    if said is None:
        return text
    who = said.group("who") or said.group("who_zh") or said.group("who_ja")
    return f"what did {who.strip()} say"


# A question typed in capitals: three words in capitals or more, no lower-case letter. (Two simple searches, not
# one pattern: a pattern that lets its words also pass as the text between them backtracks exponentially.)
_SHOUTED_WORD = re.compile(r"\b[A-Z][A-Z'’]+\b")
_LOWER_CASE_LETTER = re.compile(r"[a-z]")
_SHOUTED_WORDS = 3


def _shouted(text: str) -> bool:
    """Whether a question is typed in capitals ("WHAT DID XI SAY TO THE AMERICAN")."""
    return not _LOWER_CASE_LETTER.search(text) and len(_SHOUTED_WORD.findall(text)) >= _SHOUTED_WORDS


# The quotation marks of other languages, as English writes them: „…“ (German, Czech, Romanian), «…» and ‹…›.
_OTHER_QUOTE_MARKS = str.maketrans({"„": "“", "«": "“", "»": "”", "‹": "‘", "›": "’"})


def _untexted(word: re.Match[str]) -> str:
    """A texted word spelled out ("wat": "what"); one typed in capitals is an acronym ("the SEC"), not "sec"."""
    typed = word.group()
    if len(typed) > 1 and typed.isupper():
        return typed
    return _TEXTING.get(typed.lower(), typed)


def is_texting(word: str) -> bool:
    """Whether a lower-case word is shorthand a texter uses ("ppl", "sec")."""
    return word in _TEXTING


_TAG = re.compile(r"(?<![\w&])[#@](?=[^\W\d_])([\w’'-]+)")  # "#fentanyl", "@WangYi"; not "#1", "name@site"
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def _untagged(text: str) -> str:
    """A question typed as a post: its hashtags and @-names as words ("@WangYi said what abt #Taiwan" -> "Wang Yi
    said what abt Taiwan")."""
    return _TAG.sub(lambda tag: _CAMEL.sub(" ", tag.group(1)), text)


def clean_question(raw: str) -> str:
    """Collapse white space, drop control characters, emoji and trailing punctuation, and what a reader puts
    around the question; spell out "the PM", "the FM" and texting shorthand ("wat", "abt")."""
    text = "".join(ch if ch.isprintable() else " " for ch in raw)
    if "„" in text or "«" in text or "‹" in text:
        text = text.translate(_OTHER_QUOTE_MARKS)  # „at the very least”, «win-win»: as quoted in English
    text = " ".join(_without_pictographs(text).split())[:MAX_QUESTION_CHARS]
    if "#" in text or "@" in text:
        text = _untagged(text)
    if _shouted(text):
        text = text.lower()  # "WHAT DID XI SAY": typed in capitals, read as typed in lower case
    if " part" in text or " side" in text or " bit" in text:
        text = _scoped(text)
    if "," in text or ":" in text or " - " in text or ";" in text:
        text = _without_audience(text)
    if "?" in text:
        text = _question_after_fragment(_without_preamble(_without_hedge(text)))
    text = text if text.isascii() or not _CJK.search(text) else _asked_in_cjk(text)
    text = _TEXTED_TO.sub(r"\1 to ", text) if "2 " in text else text
    if ("'" in text or "’" in text) and _ELISION.search(text):
        for elided, spelled in _ELIDED:
            text = elided.sub(spelled, text)
    text = in_english_before_texting(text)
    if "4 " in text:
        text = _TEXTED_FOR_AFTER_VERB.sub(r"\1 for ", _TEXTED_FOR.sub("for ", text))
    text = _TEXTED_WORD.sub(_untexted, text)
    text = in_english(text)
    lowered = text.lower()
    if _SPOKEN_OPENING.match(text) or any(cue in lowered for cue in _SPOKEN_WORDS):
        text = text.rstrip("?!. ")
        for spoken, plain in _SPOKEN:
            text = spoken.sub(plain, text, count=1)
    text = european_in_english(text)
    text = _ROLE_SHORTHAND.sub(lambda m: f"{m.group(1)} {_SHORTHAND_ROLES[m.group(2).lower()]}", text)
    text = _TITLE_SHORTHAND.sub(lambda m: f"{_SHORTHAND_ROLES[m.group(1).lower()].title()} ", text)
    if "Republic" in text or "Federation" in text or "States of America" in text:
        text = _OFFICIAL_NAME.sub(lambda m: _COUNTRY_OF[m.group(1).lower().replace("’", "'")], text)
    text = _unwrapped(_PARTICLES.sub("", text.rstrip("?!. "))).rstrip("?!., ")
    text = _APPROXIMATELY.sub(r"\g<preposition>", text)  # "For roughly how long …": "For how long …"
    if "even" in text or "actually" in text or "Even" in text or "Actually" in text:
        text = _FILLER.sub("", text)
    if "," in text and (occasion := _OCCASION_FIRST.match(text)) is not None:
        text = f"{occasion.group('question')} {occasion.group('occasion')}"
    if "n't" in text or "n’t" in text or " not " in text or " never " in text:
        text = _negation_inverted(text)
    if text.lower().endswith(_PAGE_WORDS):  # most questions: no need to read them for it
        text = _IN_THE_ARTICLE.sub("", text)
    if " share of" in text or " fraction of" in text or " proportion of" in text:
        text = _SHARE_OF.sub(r"\1 percentage of", text)  # "what share of the carriers": a percentage, not a word
    if "price tag" in text:
        text = _PRICE_TAG.sub("cost", text)  # "what's the price tag of the plan": its cost, not words it holds
    return text.strip()


_PRICE_TAG = re.compile(r"\bprice\s+tag(?=\s+(?:of|on|for)\b)", re.I)


_SHARE_OF = re.compile(
    r"\b(what|which|at\s+what|how\s+big\s+a|how\s+large\s+a)\s+(?:share|fraction|proportion)\s+of\b", re.I
)


# "just the Taiwan part please, what does the article say on it", "economic side only: is trade …?": the part of
# the story the reader limits the question to, which a back reference in the question stands for.
_SCOPE = re.compile(
    r"^(?:(?:just|only)\s+)?(?:the\s+)?(?P<topic>[^,:;—–?]{2,40}?)\s+(?:part|side|bit|angle|aspect)s?(?:\s+only)?"
    r"(?:\s+(?:please|pls|plz))?\s*(?:[,:;]|\s[—–-])\s*(?P<question>.+)$",
    re.IGNORECASE,
)
_NO_TOPIC = frozenset("my your our their his her other either both each".split())
_ON_IT = re.compile(r"\b(on|about|of|regarding)\s+(?:it|that|this|them)\b", re.IGNORECASE)


def _scoped(text: str) -> str:
    """The question a scope put before it limits, its "on it" the scope's topic."""
    scoped = _SCOPE.match(text)
    if scoped is None or scoped.group("topic").split()[0].lower() in _NO_TOPIC:
        return text  # "my side of it", "the other side: …"
    question = scoped.group("question")
    return _ON_IT.sub(lambda m: f"{m.group(1)} {scoped.group('topic')}", question, count=1)


# A question put twice, the second time more exactly: "Who was the most upbeat voice — who said ties are …?"
_RESTATED = re.compile(
    r"^(?:who|what|which|when|where|how)\b[^—–]{3,80}?\s+[—–-]+\s+(?P<question>(?:who|what|which|when|where|how)\b.{6,})$",
    re.IGNORECASE,
)


def _names_someone(words: str) -> bool:
    """Whether the words put before a question may name someone: "blinken, anything he said?" (typed
    lower-case), not "honestly, what did he say?"."""
    first = words.split()[0]
    return first.lower() not in STOP_WORDS and (first[:1].isupper() or first not in NOT_NAMES)


# A reader checking a claim: "Did Xi tell Blinken the two economies should be partners …?", "Did Wang Yi say
# he hoped for progress …?", "Did Beijing's top diplomat suggest the bad influences were shrinking?"
_CLAIM_CHECKED = re.compile(
    r"^(?:did|does|has|had)\s+(?P<who>[^,]{1,60}?)\s+(?:"
    r"(?:say|claim|suggest|argue|insist|admit|hint|indicate|acknowledge|deny|predict|promise)\s+(?:that\s+)?"
    r"|(?:tell|warn|assure|remind)\s+(?:the\s+)?(?:[\w’'-]+\s+){1,4}?that\s+"
    r"|(?:tell|warn|assure|remind)\s+(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]*)\s+(?:that\s+)?)"
    r"(?!(?:anything|something|much|nothing|so|about|on|a\s+word)\b)(?P<claim>.+)$",
    re.IGNORECASE,
)
# A person pointed at by the article's own words for them: "the man the article calls 'the Chinese leader'".
_CALLED_BY_THE_ARTICLE = re.compile(
    r"^(?:the\s+)?(?:man|woman|person|one|official|guy|lady)\s+(?:(?:that|who|whom)\s+)?"
    r"(?:the\s+(?:article|story|report|piece|writer|reporter)|it|they)\s+"
    r"(?:calls|called|describes\s+as|described\s+as|refers\s+to\s+as|labels)\s+['‘\"“](?P<description>[^'’\"”]+)['’\"”]$",
    re.IGNORECASE,
)
_CLAIM_WORDS = 3  # "say he would return" is a claim; "say yes" is not


# A second question joined to the first: "…, and did Blinken push back?", "… and when?". The first is answered.
_SECOND_QUESTION = re.compile(
    r",?\s+(?:and|also|plus)\s+(?:(?:what|who|whom|when|where|why|how|which|did|does|do|is|was|were|are|has"
    r"|have|had|will|would|can|could)\b)",
    re.IGNORECASE,
)
_FIRST_QUESTION_WORDS = 3


def parse_question(raw: str) -> Query:
    """Classify a question; FACT is the default for anything without a special shape."""
    text = clean_question(raw)
    core = _DISCOURSE_MARKERS.sub("", text)  # "ok and what did …" asks "what did …"
    second = _SECOND_QUESTION.search(core)
    if second is not None and len(core[: second.start()].split()) >= _FIRST_QUESTION_WORDS:
        return parse_question(core[: second.start()])  # "what did Wang Yi say, and did Blinken push back?"
    if (restated := _RESTATED.match(core)) is not None:
        return parse_question(restated.group("question"))  # "Who was the most upbeat voice — who said …?"
    named_first = _NAME_FIRST.match(core)
    # "the visiting american envoy — what are his quotes?": a description set off by a dash names someone too
    described = (
        named_first is not None
        and named_first.group("name").startswith("the ")
        and core[named_first.end("name") :].lstrip()[:1] in "-–—"
    )
    if (
        named_first
        and named_first.group("rest")[:1].islower()
        and (described or _names_someone(named_first.group("name")))
    ):
        owner = "’s" if named_first.group("pronoun") in ("his", "their") else ""  # "what are his quotes"
        text = core = f"{named_first.group('rest')}{named_first.group('name')}{owner}{named_first.group('after')}"
    if _SUMMARY.search(core):
        return Query(text, Intent.SUMMARY, topic=STANDFIRST_ONLY if _STANDFIRST.search(core) else None)
    if _BYLINE.search(core):
        return Query(text, Intent.BYLINE)
    if (credit := _CREDIT_ASKED.search(core)) is not None:
        return Query(text, Intent.CREDIT, topic=core[credit.end() :].strip(" ?.!") or None)
    if _EDITOR_ASKED.search(core):
        return Query(text, Intent.EDITOR)
    if _FILED_FROM.search(core):
        return Query(text, Intent.DATELINE)
    if _PUBLISHER.search(core):
        return Query(text, Intent.OUTLET)
    if _DATES.search(core) or (_PUBLISHING.search(core) and set(core.lower().split()) <= _ABOUT_THE_PAGE):
        return Query(text, Intent.DATES)
    if _PEOPLE.match(core):
        quoted = re.search(rf"\b{_QUOTED_WORDS}", core, re.IGNORECASE)
        return Query(text, Intent.PEOPLE, topic=QUOTED_ONLY if quoted else None)
    match = None if _AUTHORED.match(core) else _WHO_SAID.match(core)
    if match:
        return Query(text, Intent.WHO_SAID, topic=match.group("topic").strip() or None)
    quoted = _WHO_OF_A_QUOTE.search(core)
    if quoted:  # "who talk of the 'win-win cooperation', xi or wang?", "the line '…' - who's speaking there?"
        return Query(
            text,
            Intent.WHO_SAID,
            topic=(quoted.group("quote") or quoted.group("quoted") or quoted.group("offered"))[1:-1],
        )
    match = _WHICH_SAID.match(core)
    if match and is_person_noun(match.group("who").split()[-1]):
        topic = match.group("topic").strip() or None
        return Query(text, Intent.WHO_SAID, who=match.group("who").strip(), topic=topic)
    if (relative := _PERSON_WHO_SAID.match(core)) is not None:
        return parse_question(f"who said {relative.group('said')}")  # "Who is the person which said …?"
    match = _WHO_IS.match(core)
    if match:
        return Query(text, Intent.WHO_IS, who=match.group("who").strip(), topic=_role_asked(core))
    seat = _SEAT_OF.match(core)
    if seat:
        return Query(text, Intent.WHO_IS, who=(seat.group("who") or seat.group("owner")).strip(), topic=SEAT)
    match = _WORKS_FOR.match(core) or _PARTY_OF.match(core)
    if match:
        who = (
            match.group("who")
            or match.group("doer")
            or match.groupdict().get("did")
            or match.group("owner")
            or match.group("named")
        )
        topic = FORMER_ROLE if match.groupdict().get("before") else PARTY if _PARTY_ASKED.match(core) else None
        topic = topic or _role_asked(core) or _employer_asked(match.groupdict().get("kind"))
        return Query(text, Intent.WHO_IS, who=who.strip(), topic=topic)
    claim = _CLAIM_CHECKED.match(core)
    if claim and len(claim.group("claim").split()) >= _CLAIM_WORDS and claim.group("who").lower() not in _NOBODY:
        # "Did Wang Yi say he hoped for progress …?": their words that say so, else whoever says it
        return Query(text, Intent.SPEAKER, who=claim.group("who").strip(), topic=claim.group("claim"), claim=True)
    for pattern in _SPEAKER_PATTERNS:
        match = pattern.match(core)
        if match and match.group("who").strip().lower() not in _NOBODY:
            topic = match.groupdict().get("topic")
            if topic and _PRONOUN_TOPIC.fullmatch(topic.strip(" ?.!")):
                topic = None  # "what did the grocer say about it?": all they said, no topic named
            if topic and _TRIP.match(topic) and core[: match.start("topic")].rstrip().endswith((" on", " during")):
                topic = None  # "what Mr Blinken said on his trip to China": when he said it, not what about
            who = match.group("who").strip()
            if called := _CALLED_BY_THE_ARTICLE.match(who):  # "the man the article calls 'the Chinese leader'"
                who = called.group("description")
            who = _EVERY_ONE_OF.sub("", who) or who  # "roll call of every Blinken quote": Blinken's
            return Query(text, Intent.SPEAKER, who=who, topic=topic)
    return Query(text, Intent.FACT)


_PRONOUN_TOPIC = re.compile(r"(?:all\s+(?:of\s+)?)?(?:it|this|that|them|these|those|everything)", re.IGNORECASE)


def _employer_asked(kind: str | None) -> str | None:
    """The topic of "which union does X belong to?": a body of that kind, where the article names one beside them
    (a firm, a group or an organisation may be any body, and a party is asked of otherwise)."""
    if kind is None or kind.lower() in _ANY_BODY:
        return None
    return f"{EMPLOYER}{kind.lower()}"


def _role_asked(core: str) -> str | None:
    """The topic of a question about someone's work: their trade when it asks how they earn a living."""
    return OCCUPATION if _LIVING.search(core) else None


# "How old is the head of the biggest union?", "what age is the woman heading the walkout", "what is Kapor's age".
_AGE_OF = re.compile(
    r"^(?:(?:so\s+)?(?:how\s+old|what\s+age)\s+(?:is|was|are|were)\s+(?P<who>.+?)(?:\s+(?:now|today))?"
    r"|what\s+(?:is|was)\s+(?P<owner>.+?)['’]s?\s+age)[\s?.!]*$",
    re.IGNORECASE,
)
_AT_SOME_MOMENT = re.compile(r"\b(?:when|while|at\s+the\s+time|in\s+\d{4})\b", re.IGNORECASE)  # "… when he took charge"


def age_asked_of(question: str) -> str | None:
    """Whom a question asks the age of ("how old is the city's top official?": "the city's top official"), or None."""
    asked = _AGE_OF.match(question.strip())
    if asked is None:
        return None
    who = asked.group("who") or asked.group("owner")
    return None if _AT_SOME_MOMENT.search(who) else who

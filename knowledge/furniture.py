"""Tell web furniture from article text, by the kind of line rather than one site's strings.

Furniture is what a copied web page carries around an article: site chrome and
navigation, cookie banners, calls to action (subscribe, sign up, share, gift, read
more), newsletter boxes, advertisements, photo captions with their credits, embedded
posts' signatures, and the lists that follow an article (most read, related, topics).
"""

from __future__ import annotations

import re

from knowledge.sentences import FOOTNOTE_MARKS

# The tagline under an encyclopedia page's title: chrome, and the mark of where the title stands.
_ENCYCLOPEDIA_TAGLINE = r"from\s+wikipedia,\s+the\s+free\s+encyclopedia\s*$"
_TAGLINE = re.compile(_ENCYCLOPEDIA_TAGLINE, re.IGNORECASE)
# An appeal ending on its button: "Help safeguard press freedom … by supporting our team – Donate now"
_DONATE_NOW = re.compile(r"\b(?:donate|contribute|support\s+us)\s+(?:now|today|here)\s*[.!]?$", re.IGNORECASE)
_CALL_TO_ACTION = re.compile(
    r"^(?:subscribe|sign\s+(?:up|in)|log\s*in|register\s+(?:now|here|for\s+free)|download\s+(?:the|our)\s+app"
    r"|follow\s+us|join\s+(?:us|our)|connect\s+via\b|keep\s+up\s+to\s+date\s+with\b|stay\s+up\s+to\s+date\s+with\b|(?:click|tap)\s+here|share(?:\s+(?:on|this|via)\b.*|\s*:.*)?$|font\s+size\b|read\s+more|also\s+read"
    r"|read\s+(?:next|also)|watch\s*(?::|live|now|video)|listen\s*(?::|now|live|to\s+this)|gift\s+(?:this|the|article)"
    r"|get\s+the\s|don['’]t\s+miss|support\s+(?:us|our)|advertisement|sponsored|skip\s+to|(?:accept|reject)\s+all"
    r"|manage\s+(?:preferences|cookies|settings|options)|we\s+(?:value|care\s+about)\s+your\s+privacy$|continue\s+reading|show\s+(?:key|all|more|less)|load\s+more"
    r"|see\s+(?:more|all)|copy\s+link|view\s+(?:comments|gallery)|open\s+in\s+app|(?:home|menu|search|print|email)$"
    r"|comments?\s*(?:\(\d+\))?$|save\s+(?:this\s+)?(?:article|story)$|reuse\s+this\s+content|print\s+this\s+page"
    r"|jump\s+to\s+(?:comments|navigation|search|content)|enlarge\s+this\s+image|toggle\s+caption|click\s+to\s+share\b"
    rf"|{_ENCYCLOPEDIA_TAGLINE}|(?:watch|listen\s+to)\b.{{0,80}}\bbelow\s*:?$"
    r"|have\s+your\s+say\b|share\s+your\s+(?:feedback|thoughts|views)\b"
    r"|(?:tell\s+us|let\s+us\s+know)\b.{0,120}\bcomments?\s+below\b"  # the comments' invitation
    # an encyclopedia page's tabs and contents box: "Main menu", "Contents hide", "(Top)", "Toggle History
    # subsection", "14 languages", "View history"
    r"|main\s+menu$|create\s+account$|contents(?:\s+hide)?$|\(top\)$|toggle\s+.{1,40}\s+subsection$|\d+\s+languages$"
    r"|(?:(?:article|talk|read|edit|view\s+history|view\s+source|tools|appearance|donate)\s*)+$"  # "Article Talk"
    r"|wikipedia,?\s+the\s+free\s+encyclopedia$|toggle\s+the\s+table\s+of\s+contents$|hide$"  # logo, contents
    r"|add\s+languages$|personal\s+tools$"
    r"|read\s+later$|save\s+for\s+later$"  # a bookmark button
    # its coordinates, its references ("^ a b Hofer, Margarete (1987). …") and its footer
    r"|coordinates\s*:\s*\d.*|\^\s.*|this\s+page\s+was\s+last\s+edited\s+on\b.*"
    # a blog's categories over its headline: "Posted in Headline, News", "Filed under: Politics"
    r"|(?:posted\s+in|filed\s+(?:under|in))\s*:?\s*[\w’' &-]{1,30}(?:,\s*[\w’' &-]{1,30}){0,4}$)",
    re.IGNORECASE,
)
_FURNITURE_WORDS = re.compile(
    r"\b(?:newsletters?|your\s+inbox|cookies?|subscri(?:be|ber|bers|ption|ptions)|advertisement|"
    r"all\s+rights\s+reserved|privacy\s+policy|terms\s+of\s+(?:service|use)|paywall|unlock\s+this|get\s+unlimited\s+access)\b",
    re.IGNORECASE,
)
_CAPTION = re.compile(
    r"(?:\(\s*(?:photos?|images?|pictures?|file|video|credit|illustration|courtesy)\b[^)]*\)"
    r"|(?:^|[.!?)]\s+|[|/–—-]\s*)(?:photos?|images?|pictures?|credit|illustration|courtesy)\s*(?:by\s|:)\s*[^.!?]{1,70}"
    r"|\s[/|]\s*(?:reuters|ap|afp|getty(?:\s+images)?|epa|pti|ani|bloomberg)\b[^.]{0,30}"
    r"|\b(?:instagram|x|twitter|facebook|tiktok)/@?[\w.]+"
    r"|\((?-i:[A-ZÀ-ÖØ-Þ])[^()/]{1,40}/[^()/]{1,30}\)"  # a photographer and agency: "(Ayal Margolin/Flash90)"
    r"|\((?:right|left|centre|center|top|bottom|pictured|second\s+(?:from\s+)?(?:left|right)|front|rear)\)[^.]*)"
    r"\s*\.?$",
    re.IGNORECASE,
)
# A site's banner above the story ("WEATHER ALERT: Winter Storm Watch for …", "BREAKING NEWS: …", "LATEST: …"), and
# links and video promos between paragraphs of a TV site: "RELATED: …", "WATCH: … (2:48)".
_BANNER = re.compile(
    # "WATCH: …", and a public broadcaster's "WATCH | Residents describe leaving …:"
    r"^(?:[A-ZÀ-ÖØ-ÞĀ-Ž]{2,}\s+)*(?:ALERT|BREAKING(?:\s+NEWS)?|DEVELOPING|LIVE\s+UPDATES|LATEST|JUST\s+IN|RELATED|WATCH|VIDEO|LISTEN|PHOTOS|MORE)\s*[:|]"
    r"|^(?:This\s+article\s+is\s+about\s|For\s+other\s+uses,\s)(?=.*\bsee\s)"  # an encyclopedia's note on its title
)
# A sign-up box's small print and its field: "By signing up, you acknowledge and agree to our Privacy Policy …",
# "By submitting your information you agree to the Terms & Conditions …", "Email", "Sign Up".
_SIGN_UP_TERMS = re.compile(
    r"^by\s+(?:signing\s+up|subscribing|submitting|clicking|registering|entering)\b.{0,80}?\byou\b.{0,40}?"
    r"\b(?:agree|acknowledge|consent|accept)",
    re.IGNORECASE,
)
_FORM_FIELD = re.compile(
    r"^(?:(?:enter\s+)?(?:your\s+)?e-?mail(?:\s+address)?|(?:sign\s+up|subscribe)(?:\s+(?:now|today|here))?)"
    r"\s*(?:\*|\((?:required|optional)\))?\s*$",
    re.I,
)
# A site's notice about itself: an affiliate disclosure ("If you buy something from a Stackwire link, Halyard Media
# may earn a commission."), the rules of its comments ("Users with an Yle ID can comment on our news stories.").
_HOUSE_NOTICE = re.compile(
    r"\bmay\s+(?:earn|receive|get)\s+(?:a\s+)?(?:small\s+)?(?:commission|share\s+of\s+(?:sales|revenue))"
    r"|\bcomment\s+on\s+our\s+(?:news\s+)?(?:stories|articles)\b"
    # how to report a typo: "If you notice an error in the text, select it and press Ctrl+Enter to notify us."
    r"|\bpress\s+ctrl\s*\+\s*enter\b|\bnotice\s+an?\s+(?:error|mistake|typo)\b.{0,60}\b(?:notify|tell|let)\s+us\b"
    # "Found a mistake in this article?" over "Report it to us."
    r"|^(?:found|spotted|see)\s+an?\s+(?:error|mistake|typo)\s+in\s+this\s+(?:article|story)\s*\?"
    # a members' box: "you’ve read 12 Times of Israel articles …", "… to provide discerning readers like you"
    r"|\byou(?:['’]ve|\s+have)\s+read\s+\d+\s.*\barticles\b|\breaders\s+like\s+you\b"
    # a donation box: "… funded through donations from our readers. We cannot do what we do without your support."
    r"|\b(?:funded|supported)\s+(?:through|by)\s+(?:donations\s+from\s+)?(?:our\s+)?readers\b"
    r"|\bwithout\s+your\s+support\b"
    # a read-aloud player's note: "The audio version of this article is generated by text-to-speech, …"
    r"|^the\s+audio\s+version\s+of\s+this\s+(?:article|story)\b|\bgenerated\s+by\s+text-to-speech\b"
    # "Newsroom does not have a paywall. Our journalism is free to read because thousands … choose to back it."
    r"|\b(?:does|do)\s+not\s+have\s+a\s+paywall\b|\bfree\s+to\s+read\s+because\b"
    # "Comments have been disabled for this article.", "Comments are closed."
    r"|^comments\s+(?:have\s+been|are)\s+(?:disabled|closed|turned\s+off)(?:\s+(?:for|on)\s+this\s+(?:article|story))?\.?$"
    # "For the price of a cup of coffee a month you can help us create an independent … news service"
    r"|\bfor\s+the\s+price\s+of\s+a\s+(?:cup\s+of\s+)?coffee\b|\bhelp\s+us\s+(?:create|fund|keep|build)\b.{0,80}\bnews\b"
    # "Support press freedom & help us surpass 1,000 monthly Patrons: …"; "… guided by an Ethics Code and Corrections
    # Policy"; "This article is part of a reporting partnership between the Anchorage Daily News and …"
    r"|^support\s+(?:press\s+freedom|independent\s+journalism|local\s+journalism|our\s+journalism)\b"
    r"|\b(?:ethics\s+code|code\s+of\s+ethics)\s+and\s+(?:a\s+)?corrections\s+policy\b"
    r"|^this\s+(?:article|story|report)\s+is\s+(?:part\s+of|published\s+(?:in|through|under)|produced\s+(?:in|by|through))"
    r"\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:partnership|collaboration|agreement)\b"
    # a news site's prompt to follow a topic: "Don’t miss out on the headlines from Tasmania. Followed categories …"
    r"|^don['’]t\s+miss\s+out\s+on\s+the\s+headlines\b|\bfollowed\s+categories\s+will\s+be\s+added\b"
    # the print edition's box: "IN THIS WEEK’S PAPER: …", "… is on sale now in Stanley – or subscribe to the e-edition."
    r"|^in\s+(?:this\s+week|today|this\s+month)['’]s\s+(?:paper|edition|issue|magazine)\s*:"
    r"|\bon\s+sale\s+now\b.{0,80}\bsubscribe\b"
    # "This week’s Journal: … Pick up a copy …", "📰 Print edition out Thursday – …", "Subscribe today from just £1"
    r"|^this\s+week['’]s\s+\w+(?:\s+\w+)?\s*:.*\b(?:pick\s+up\s+a\s+copy|subscribe|e-edition|on\s+sale)\b"
    r"|^\W*print\s+edition\s+(?:out|on\s+sale)\b|\bsubscribe\s+(?:today|now)\s+(?:from|for)\s+(?:just\s+|only\s+)?\W?\d"
    # a letters prompt, a correction and the age of an old page
    r"|\bsubmit\s+a\s+(?:response|letter)\b.*\b(?:publication|letters)\b"
    r"|^(?:correction|clarification)s?\s*:|\b(?:previous|earlier)\s+version\s+of\s+this\s+(?:article|story)\b"
    r"|^this\s+(?:article|story)\s+is\s+more\s+than\s+\w+\s+(?:days?|weeks?|months?|years?)\s+old$"
    # a form to write to the writer, and where to ask for a reprint
    r"|\buse\s+this\s+form\s+to\s+send\s+a\s+message\b|\bfor\s+(?:a\s+)?reprints?\s+of\s+this\s+(?:article|story)\b"
    # a pitch for the site's app: "Download our app: Get breaking news alerts on your phone. Download the …"
    r"|^download\s+(?:the|our)\s+(?:[\w’'-]+\s+){0,4}?app\b"
    # the newsroom's note on the story and a pitch for the readers' money: "Editor's note: The Kyiv Independent does
    # not publish …", "… our journalism is funded by our readers. Join more than 20,000 members …"
    # "This article was translated from Luxemburger Wort. The original version can be found here."
    r"|^this\s+(?:article|story)\s+was\s+(?:first\s+)?(?:translated|published|adapted)\s+(?:from|in|by)\s+[A-Z]"
    r"|\bthe\s+original\s+(?:version|article|story)\s+(?:can\s+be\s+found|is\s+available)\s+here\b"
    r"|^editor['’]s\s+note\s*:|(?:^|/\s*)translated\s+from\s+(?:the\s+)?[a-z]+\s*[.,;]|\bfunded\s+by\s+(?:our\s+)?readers\b|\bjoin\s+(?:more\s+than\s+|over\s+)?[\d,]+\s+members\b",
    re.I,
)
# A pitch to the site's paying readers: "FARMSTEAD MEMBERS: See where Calderbrook now sits in our Milk Price League".
_MEMBERS_PITCH = re.compile(r"^(?:[A-Z][A-Z&’'-]+\s+){0,3}(?:MEMBERS|SUBSCRIBERS|PREMIUM)\s*:\s")
_CONSENT = re.compile(
    # "… Ved at klikke på Accepter alle …": a banner in the site's own language
    r"\bcookies?\b.*\b(?:accept\w*|consent|agree|privacy|policy|preferences|settings|partners|your\s+device)\b"
    r"|\b(?:partners|we)\s+use\s+cookies\b",
    re.IGNORECASE,
)
_FORM_MESSAGE = re.compile(r"^please\s+(?:enter|provide)\s+a\s+valid\s+e-?mail", re.IGNORECASE)  # a sign-up form
_SIDE_NOTE = re.compile(r"\((?:right|left|centre|center|pictured|second\s+(?:from\s+)?(?:left|right))\)", re.IGNORECASE)
_SEPARATORS = re.compile(r"[›»|•·>/]")
_EMBED_SIGNATURE = re.compile(r"^[—–-]\s*(?P<name>[^(@]+?)\s*\(@\w+\)")  # "— Rachel Imbert (@rachimbert) …"
# A heading over links to other stories ("Related", "RELATED NEWS", "You may also like"): it ends the article,
# unless the page has put it between two paragraphs of the story (see ``heads_links``).
_LINKS_HEADINGS = (
    r"related(?:\s+(?:stories|articles|news|coverage|content|reading))?|recommended(?:\s+for\s+you)?"
    r"|you\s+(?:may|might)\s+also\s+like|read\s+next|latest\s+(?:news|stories)|top\s+stories"
    r"|most\s+(?:read|popular|viewed|shared)|trending(?:\s+now)?"
)
_END_MARKER = re.compile(
    rf"^(?:{_LINKS_HEADINGS}|more\s+(?:from|on|about|stories|news|in)\b.*"
    r"|topics?\b.*|tags?\s*:.*|###"
    r"|explore\s+more\s+on\s+these\s+topics|.{0,120}\bcontributed\s+to\s+this\s+(?:report|story)\.?"
    # the print edition's note: "A version of this story appears in the print on November 29, 2026, of …"
    r"|a\s+version\s+of\s+this\s+(?:article|story|report)\s+appear(?:s|ed)\s+in\s+(?:the\s+)?print\b.*"
    # the author's note: "Reach her at name@paper.com or 570-555-0142."
    r"|.{0,200}\b(?:reach|contact|email|write\s+to)\s+(?:him|her|them|the\s+author)\s+at\s+\S+@\S+"
    r"(?:\s+or\s+[\d ().+-]+)?"
    r"|\(\s*with\s+inputs?\s+from[^)]*\)|\(\s*(?:reporting|writing|editing|additional\s+reporting)\s+by[^)]*\)"
    r"|(?:©|copyright\b).*|about\s+the\s+author|comments?\s*\(\d+\)(?:\s*closed)?"  # "Comments (4) Closed"
    r"|sort\s+by\s*:.*|join\s+the\s+(?:conversation|discussion)"  # readers' comments under the story
    r"|(?:reader\s+)?comments|use\s+the\s+comment\s+form\b.*|log\s+in\s+to\s+comment"
    # an encyclopedia page's apparatus after its text
    r"|(?:see\s+also|references|notes|external\s+links|further\s+reading|bibliography|sources|citations)"
    r"(?:\s*\[edit\])?)\s*:?\s*$",
    re.IGNORECASE,
)
# A site praising its own product in a box: "… brought to you by our award-winning team."
_SELF_PROMOTION = re.compile(
    r"\b(?:brought\s+to\s+you\s+by\s+our|our\s+award-winning\s+(?:team|journalists|newsroom|reporters))\b", re.I
)
# The words that lead a link to another story, on its line or as a label over it.
_LINK_WORDS = r"read\s+(?:more|also|next)|also\s+read|see\s+also"
# A label over a link to another story on the next line: "Read more" / "Explainer | What are …?"
_LINK_LABEL = re.compile(rf"^(?:{_LINK_WORDS}|more\s+on\s+this(?:\s+story)?)\s*:?$", re.I)
# A page's mark that the story goes on after a box put inside it: "after newsletter promotion".
_RESUMES = re.compile(
    r"^(?:after\s+newsletter\s+promotion|(?:the\s+)?(?:story|article)\s+continues\s+(?:below|after\s+(?:the\s+)?"
    r"advertisement)(?:\s+advertisement)?)\s*$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+")
# "follow us on Facebook", "Follow the Long Read on Bluesky and Instagram", "Follow the … channel on WhatsApp"
_FOLLOW_US = re.compile(
    # "Follow us on", "Follow the Long Read on", "Follow Times of Oman on"
    r"\bfollow\s+(?:us\s+|(?:the|our)\s+(?:[\w’'-]+\s+){1,4}?|(?-i:[A-Z][\w’'-]*(?:\s+(?:of|the|[A-Z][\w’'-]*)){0,4}\s+))"
    r"on\s+"
    r"(?:facebook|x|twitter|instagram|tiktok|threads|bluesky|youtube|whatsapp|telegram|viber|signal|linkedin"
    r"|google\s+news)\b"
    # "Join ST's Telegram channel", "… alerts straight to your phone. Join our WhatsApp channel today."
    r"|(?:^|[.!?]\s+)join\s+(?:[\w’'-]+\s+){0,2}(?:telegram|whatsapp|signal|viber)\s+(?:channel|group|community)\b",
    re.I,
)
# A link to another story, however long its title: "Read more | 'We are drinking from the river': Inside …"
_LINK_LEAD = re.compile(rf"^(?:{_LINK_WORDS}|related)\s*[|:–—-]", re.I)
# A subscription's price: "Get the news that matters, plus exclusive investigations, for R75 a month."
_PRICE_PITCH = re.compile(
    r"\bfor\s+(?:just\s+|only\s+|as\s+little\s+as\s+)?\S*\d[\d.,]*\S*\s+(?:a|per|/)\s*(?:month|week|year)\b", re.I
)
# "Wren Aldous is a writer based in Lewes.": the writer's note after a feature.
# "Rachel Ow Jia Min is housing correspondent at The Straits Times": no article before the job.
_AUTHOR_NOTE = re.compile(
    r"^(?:(?i:born|based|raised)\s+in\s+[^,]{1,40},\s+)?"  # "Born in Visp, Sibylle Ruppen covers Swiss democracy …"
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'-]+){0,3})\s+(?:is\s+(?:a|an|the|(?:[\w’'-]+\s+){0,3}"
    r"(?:correspondent|reporter|editor|writer|journalist|columnist|producer)\b)|covers\s)"
)
# A pitch for the readers' money, with its price: "… become a member for as little as $5 a month."
_MONEY_PITCH = re.compile(r"\b(?:become\s+a\s+(?:member|subscriber|supporter)|support\s+us|donate)\b", re.I)
_MENU_SEPARATOR = re.compile(r"\s+[|•›»]\s+|\s{2,}")  # "Home  News  Politics  Metro" too
_MENU_ITEMS = 4  # a menu: this many links or more …
_MENU_ITEM_WORDS = 3  # … of at most this many words each
_BUTTON_GAP = re.compile(r"\s{3,}")
_BUTTONS = 3
_TERMINAL = re.compile(rf"[.!?…][”\"’')\]]*{FOOTNOTE_MARKS}$")
_SHORT_LINE_WORDS = 12
_CAPTION_TAIL = 120  # a credit stands at the end of a caption
_BOX_LINE_WORDS = 25
_NOTICE_WORDS = 40  # a site's notice about its comments or its links runs to three short sentences


def is_encyclopedia_tagline(text: str) -> bool:
    """Whether a line is an encyclopedia page's "From Wikipedia, the free encyclopedia"."""
    return bool(_TAGLINE.match(text))


def is_furniture(text: str) -> bool:
    """Whether a line is page furniture: chrome, a call to action, a caption, an advert."""
    if _SIGN_UP_TERMS.match(text):
        return True
    words = len(_WORD.findall(text))
    if words <= _NOTICE_WORDS and (
        _HOUSE_NOTICE.search(text)
        or _MEMBERS_PITCH.match(text)
        or _SELF_PROMOTION.search(text)
        or (_MONEY_PITCH.search(text) and _PRICE_PITCH.search(text))
        or _DONATE_NOW.search(text)
    ):
        return True
    if words <= _BOX_LINE_WORDS:
        if _CALL_TO_ACTION.match(text) and words <= _SHORT_LINE_WORDS and (words <= 6 or not _TERMINAL.search(text)):
            return True
        if _LINK_LEAD.match(text) or (_CALL_TO_ACTION.match(text) and _PRICE_PITCH.search(text)):
            return True
        if _holds_any(text.lower(), _BOX_HINTS) and _FURNITURE_WORDS.search(text):
            return True
        if words <= _SHORT_LINE_WORDS and len(_SEPARATORS.findall(text)) >= 2:
            return True
        if _FOLLOW_US.search(text):  # "Get more local news from ABC Riverina: follow us on Facebook and …"
            return True
        if _is_menu(text):  # "Just In | For You | Australia | World | … | Fact Check | Other"
            return True
        if _BANNER.match(text) or _FORM_MESSAGE.match(text):
            return True
    elif "ookie" in text and _CONSENT.search(text):
        return True
    return is_caption(text) or bool(_EMBED_SIGNATURE.match(text))


def _is_menu(text: str) -> bool:
    """Whether a line is a row of four or more short links between separators, or of a site's sections
    with only spaces between ("HOME NEWS BUSINESS OPINION LIFE TRAVEL TECH PROPERTY LEARNING E-PAPER")."""
    if _short_items(_MENU_SEPARATOR.split(text), _MENU_ITEMS):
        return True
    # three buttons set apart by gaps no prose has: "Accepter alle   Kun nødvendige   Indstillinger"
    if _short_items(_BUTTON_GAP.split(text.strip()), _BUTTONS):
        return True
    words = text.lower().split()
    return len(words) >= _MENU_ITEMS and sum(w in _SECTIONS for w in words) >= _SECTION_SHARE * len(words)


def _short_items(items: list[str], least: int) -> bool:
    """Whether there are at least ``least`` items, each of a few words: a row of links or buttons."""
    return len(items) >= least and all(len(_WORD.findall(item)) <= _MENU_ITEM_WORDS for item in items)


# A news site's sections, as its navigation names them.
_SECTIONS = frozenset(
    """home news business opinion life lifestyle travel tech technology property learning e-paper epaper world
    sport sports politics entertainment video videos health science culture arts money markets weather local
    national international climate education food style podcasts more regions economy environment youth country
    city metro nation asia africa europe americas""".split()
)
_SECTION_SHARE = 0.75


def is_caption(text: str) -> bool:
    """Whether a line is a photo caption: it ends in a credit or points at who is pictured."""
    tail = text[-_CAPTION_TAIL:]
    if _holds_any(tail.lower(), _CREDIT_HINTS) and _CAPTION.search(tail):
        return True
    if _CAPTION_LABEL.match(text):
        return True  # "FILE PIC: Patients wait outside Lusoti Community Clinic."
    return bool(_SIDE_NOTE.search(text)) and len(_WORD.findall(text)) <= _BOX_LINE_WORDS


_CAPTION_LABEL = re.compile(r"^(?:FILE\s+)?(?:PIC|PICTURE|PHOTO|IMAGE)\s?:\s")  # a caption's label, in capitals

# Every credit _CAPTION knows holds one of these (a bracket, a slash or bar before an agency or
# handle, or a credit word), and every word _FURNITURE_WORDS knows one of the box hints: cheap
# tests that spare most lines the regexes.
_CREDIT_HINTS = ("(", "/", "|", "photo", "image", "picture", "credit", "illustration", "courtesy")
_BOX_HINTS = (
    "newsletter", "inbox", "cookie", "subscri", "advertisement", "reserved", "privacy", "terms", "paywall", "unlock",
    "unlimited",
)  # fmt: skip


def _holds_any(lowered: str, hints: tuple[str, ...]) -> bool:
    """Whether a lower-cased line holds any of the hints."""
    return any(hint in lowered for hint in hints)


def embed_signer(text: str) -> str | None:
    """The name an embedded post is signed with ('— Rachel Imbert (@rachimbert) …': Rachel Imbert)."""
    match = _EMBED_SIGNATURE.match(text)
    return match.group("name") if match else None


def opens_sign_up_form(text: str) -> bool:
    """Whether a line is a sign-up box's field, button or small print: the line above it is the box's pitch
    ("Sign up for Inside Congress, POLITICO's nightly guide …" / "Email" / "Sign Up")."""
    return bool(_FORM_FIELD.match(text) or _SIGN_UP_TERMS.match(text))


def is_closing_call(text: str) -> bool:
    """Whether a paragraph is a call to action of any length ("Join our Space Forums to keep talking …"): after
    the story's last paragraph, no part of it."""
    return bool(_CALL_TO_ACTION.match(text))


def is_author_note(text: str, author: str) -> bool:
    """Whether a paragraph is the note on the article's writer that closes a feature ("X is a writer …")."""
    match = _AUTHOR_NOTE.match(text)
    # A byline line of names may have been read as two names and a place ("Rachel Ow", "Jia Min")
    if match is None:
        return False
    name, author = match.group("name").lower(), author.lower()  # "By JOSEPHINE NAMUTEBI": "Josephine Namutebi is …"
    # one of several writers: "Eliza Carrington and Tom Ngata"
    return name in author or name.startswith(author) or name in re.split(r"\s*(?:,|\band\b|&)\s*", author)


# "SEE ALSO" ends an encyclopedia page, but a news page may put it over links inside the story.
# "More from Guam PDN", "More on this story": a box of links headed by where they come from
_LINKS_HEADING = re.compile(
    rf"^(?:{_LINKS_HEADINGS}|see\s+also|more\s+(?:from|on|in)\s+[^.!?:]{{1,40}}|more\s+stories)\s*:?\s*$", re.IGNORECASE
)


def heads_links(text: str) -> bool:
    """Whether a mark that ends the article heads a box of links to other stories ("Related"), which a page may
    also put between two paragraphs of a story, rather than the end of the page ("Topics", "© …")."""
    return bool(_LINKS_HEADING.match(text.strip().lstrip("*")))


def labels_a_link(text: str) -> bool:
    """Whether a line is a label over a link to another story on the line under it ("Read more")."""
    return bool(_LINK_LABEL.match(text.strip()))


def labels_an_advert(text: str) -> bool:
    """Whether a line is the label over an advertisement set on the line under it ("ADVERTISEMENT")."""
    return bool(_ADVERT_LABEL.fullmatch(text.strip()))


_ADVERT_LABEL = re.compile(r"(?:advertisement|advert|sponsored(?:\s+content)?|promoted|paid\s+content)\s*:?", re.I)


def resumes_story(text: str) -> bool:
    """Whether a line marks where the story goes on after a box put inside it ("after newsletter promotion")."""
    return bool(_RESUMES.match(text.strip()))


def ends_article(text: str) -> bool:
    """Whether a line marks the end of the article (related lists, topics, credits, copyright)."""
    return bool(_END_MARKER.match(text.strip().lstrip("*")))

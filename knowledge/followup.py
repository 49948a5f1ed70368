"""Recognise follow-up questions by their shape alone: more, switch, context, pronoun.

A follow-up only makes sense against what the conversation is about; this module
does not know that. It says which form a message has ("what else did he say?" is
MORE about "he") and which phrase names the person it is about, and
``knowledge.conversation`` resolves that phrase against the focus.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass


class Form(enum.Enum):
    """The kinds of follow-up the conversation understands."""

    MORE = "more"  # "what else did he say?", "anything else?", "go on"
    SWITCH = "switch"  # "and Blinken?", "what about the Chinese side?"
    CONTEXT = "context"  # "why did he say that?", "what was he responding to?"
    PRONOUN = "pronoun"  # "who is he?", "what did she say about trade?"
    CHOICE = "choice"  # the answer to "who do you mean?": just a name
    NONE = "none"  # a question that stands on its own


SINGULAR = frozenset({"he", "him", "his", "she", "her", "hers"})
PLURAL = frozenset({"they", "them", "their", "theirs"})
PRONOUNS = SINGULAR | PLURAL
_POSSESSIVE = frozenset({"his", "hers", "their", "theirs"})

_LEAD = r"(?:(?:and|so|ok|okay|right|cool|thanks|great|nice|hmm|but|oh)\s+)*"
_SAY = r"(?:say|said|tell|told|add|added|mention|mentioned|think|want|comment|claim|stress|note)"
_MORE = re.compile(
    rf"^{_LEAD}(?:"
    rf"(?:what|anything|something)\s+else(?:\s+(?:did|does|has|had|do)\s+(?P<who>.+?)\s+{_SAY})?"
    r"(?:\s+(?:is\s+there|was\s+said|does\s+(?:it|the\s+article)\s+say|in\s+the\s+article))?"
    r"|(?:tell\s+me\s+|show\s+me\s+|give\s+me\s+)?(?:some\s+|any\s+|even\s+)?more(?:\s+(?:from|by|of)\s+(?P<who2>.+?))?"
    r"|go\s+on|carry\s+on|continue|keep\s+going|and|and\s+then|then\s+what|what\s+more|next"
    rf"|(?:did|has)\s+(?P<who3>.+?)\s+{_SAY}\s+anything\s+else"
    rf"|is\s+that\s+(?:all|everything|it)(?:\s+(?P<who4>.+?)\s+{_SAY})?"
    r")(?:\s+please)?$",
    re.IGNORECASE,
)
_SAID_THAT = r"(?:say|said|saying|tell|told|add|added|mean|meant|claim|argue|stress)"
_CONTEXT = re.compile(
    rf"^{_LEAD}(?:"
    rf"(?:why|when|where|how\s+come)\s+(?:did|would|does|was|is)\s+(?P<who>.+?)\s+{_SAID_THAT}(?:\s+(?:that|this|it|so))?"
    r"|what\s+(?:was|is|were)\s+(?P<who2>.+?)\s+(?:responding|replying|reacting|referring|answering)\s+to"
    r"|what\s+did\s+(?P<who3>.+?)\s+mean(?:\s+by\s+(?:that|this|it))?"
    r"|what(?:'s|’s|\s+is|\s+was)\s+the\s+context(?:\s+of\s+(?:that|this|it))?|context|in\s+what\s+context"
    r"|why|why\s+so|why\s+that|how\s+come|what\s+(?:prompted|led\s+to|caused)\s+(?:that|this|it)"
    r"|what\s+came\s+before(?:\s+(?:that|this|it))?"
    r")$",
    re.IGNORECASE,
)
_SWITCH = re.compile(
    rf"^{_LEAD}(?:(?:what|how)\s+about|and|also|same\s+for|now|then)\s+(?:for\s+)?(?P<who>.+)$",
    re.IGNORECASE,
)
_CHATTER = re.compile(
    r"^(?:(?:hi|hello|hey|ok|okay|thanks|thank\s+you|thx|cool|great|nice|right|hmm+|oh|well|so|um+)\b[\s,.!;:]*)+",
    re.IGNORECASE,
)
_PRONOUN = re.compile(rf"\b({'|'.join(sorted(PRONOUNS))})\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class FollowUp:
    """A message as a follow-up: its form and the phrase that names who it is about."""

    form: Form
    text: str
    who: str | None = None

    @property
    def by_pronoun(self) -> bool:
        """Whether the person is named by a pronoun ("he"), or not named at all."""
        return self.who is None or self.who.lower() in PRONOUNS


def recognise(text: str) -> FollowUp:
    """The follow-up form of a cleaned question (``Form.NONE`` when it stands alone)."""
    plain = " ".join(re.sub(r"[,.;:!]+", " ", text).split())
    for form, pattern in ((Form.MORE, _MORE), (Form.CONTEXT, _CONTEXT)):
        match = pattern.match(plain)
        if match:
            who = next((v for k, v in match.groupdict().items() if k.startswith("who") and v), None)
            return FollowUp(form, text, who)
    match = _SWITCH.match(plain)
    if match and not _is_question(match.group("who")):
        return FollowUp(Form.SWITCH, text, match.group("who"))
    pronoun = pronoun_in(text)
    if pronoun:
        return FollowUp(Form.PRONOUN, text, pronoun)
    return FollowUp(Form.NONE, text)


def strip_chatter(text: str) -> str:
    """The question without a greeting or filler in front ('hi, what did Wang say' -> 'what did Wang say')."""
    stripped = _CHATTER.sub("", text)
    return stripped if stripped.strip() else text


def pronoun_in(text: str) -> str | None:
    """The first personal pronoun in the text, lower-cased ('he', 'their'), if any."""
    match = _PRONOUN.search(text)
    return match.group(1).lower() if match else None


def substitute(text: str, pronoun: str, name: str) -> str:
    """Put ``name`` where ``pronoun`` stands (once; possessives get 's)."""
    replacement = f"{name}’s" if pronoun in _POSSESSIVE else name
    return re.sub(rf"\b{re.escape(pronoun)}\b", lambda _: replacement, text, count=1, flags=re.IGNORECASE)


def _is_question(phrase: str) -> bool:
    """Whether a phrase after 'and' is a question of its own ('and what did Xi say')."""
    first = phrase.split()[0].lower() if phrase.split() else ""
    return first in {"what", "who", "why", "when", "where", "how", "did", "does", "is", "was", "which", "can"}

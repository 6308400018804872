"""A party adjective and a title before a person's name belong to that person's mention.

"Republican Senator Ann Ruiz", "Democratic Rep. Tom Hale", "Conservative MP Jo Lind": the
party word qualifies the titled person, who is the one who speaks or acts; the party itself
is no actor there (``peoples`` leaves such an adjective alone). The person's mention is widened
back over the party word and its title words, so that a reader (or an annotator) pointing at
"Republican" or at the whole phrase points at the person.
"""

from __future__ import annotations

import re

from graph.extract.actors import ActorTable, Draft
from graph.extract.agents import country_named
from graph.extract.lexicon import PARTY_MEMBERS, RANK_ABBREVIATIONS, ROLE_NOUNS
from graph.extract.table_edits import widen

__all__ = ["PARTY_WORDS", "party_titled", "title_start"]

# Adjectives (and nouns used as adjectives) naming a political party or its members.
PARTY_WORDS = frozenset(
    {"republican", "democratic", "democrat", "gop", "conservative", "tory", "labour", "labor",
     "liberal", "socialist", "communist", "green", "progressive", "nationalist", "unionist",
     "independent", "libertarian", "reform", "ndp", "snp", "dup", "cdu", "spd"}
)  # fmt: skip
# Title words of elected office not all in the role nouns, and acronyms of members.
_OFFICE = frozenset(
    {"senator", "representative", "congressman", "congresswoman", "congressmember",
     "assemblyman", "assemblywoman", "assemblymember", "lawmaker", "legislator", "governor",
     "mayor", "councillor", "councilor", "councilman", "councilwoman", "leader", "whip",
     "chairman", "chairwoman", "chair", "candidate", "nominee", "hopeful", "strategist",
     "mp", "mep", "mla", "mpp", "msp", "td", "delegate", "deputy", "minister", "premier",
     "speaker", "chancellor", "secretary", "president", "frontrunner", "front-runner",
     "contender", "challenger", "incumbent", "activist", "operative", "donor", "pollster"}
)  # fmt: skip
# Words that may sit inside such a title without being one ("state Sen.", "House Minority Leader").
_INSIDE = frozenset(
    {"state", "house", "senate", "presidential", "congressional", "majority", "minority",
     "u.s.", "us", "federal", "party", "former", "shadow", "vice", "deputy", "assistant",
     "leadership", "primary", "mayoral", "gubernatorial", "parliamentary", "veteran"}
)  # fmt: skip
_WORD_BEFORE = re.compile(r"(\S+)\s+$")
# A US legislator's party and state after the name: "Rep. Ana Ruiz, D-Texas," "(R-Ohio)".
_PARTY_STATE = re.compile(r"\s*[,(]\s*([DRI]-[A-Z][A-Za-z.]*(?: [A-Z][a-z.]+)?)\s*[,)]")


def _title_word(word: str) -> bool:
    bare = word.lower().rstrip(",")
    if bare.endswith(".") and bare[:-1].capitalize() in RANK_ABBREVIATIONS:
        return True  # "Sen.", "Rep.", "Gov."
    return bare in _OFFICE or bare in ROLE_NOUNS


def title_start(text: str, start: int) -> int | None:
    """Where a "party adjective + title words" phrase right before ``start`` begins, or None.

    >>> title_start("Republican Senator Ann Ruiz said", 19)
    0
    >>> title_start("The senator Ann Ruiz said", 12) is None
    True
    >>> title_start("fellow Democrat Ann Ruiz", 16)
    7
    """
    pos, titled = start, False
    for _ in range(5):
        match = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
        if match is None or match.end() != pos:
            return None
        word = match.group(1)
        bare = word.lower()
        if bare in PARTY_WORDS and word[:1].isupper():
            alone = pos == start and bare in PARTY_MEMBERS  # "fellow Democrat Ana Ruiz"
            return match.start(1) if titled or alone else None
        if _title_word(word):
            titled = True
        elif bare not in _INSIDE:
            return None
        pos = match.start(1)
    return None


def _misread_person(draft: Draft) -> bool:
    """A one-word name the model typed a place or body that no gazetteer or registry knows."""
    return (
        draft.registry is None
        and " " not in draft.name
        and draft.name[:1].isupper()
        and country_named(draft.name) is None
    )


def party_titled(table: ActorTable) -> None:
    """Widen each person's mention back over a party adjective and its title (see above)."""
    for draft in list(table.drafts.values()):
        if draft.type != "Person" and not _misread_person(draft):
            continue
        for i, span in enumerate(draft.mentions):
            begin = title_start(table.text, span.start)
            if begin is None or table.key_at(begin, span.start):
                continue  # the words before already mention someone else
            draft.type = "Person"  # "Republican candidate Kasich": whatever the model said
            widen(table, draft.key, i, begin)
        for key_span in list(draft.mentions):
            after = _PARTY_STATE.match(table.text, key_span.end)
            if after is not None and _free(table, *after.span(1)):
                table.attach(draft.key, *after.span(1))  # "Ana Ruiz, D-Texas": her party, state


def _free(table: ActorTable, start: int, end: int) -> bool:
    """Whether ``[start, end)`` mentions no one once a place inside it ("R-Ohio") is let go:
    the state of a legislator's party-state tag is where the person sits, no actor there."""
    inside = table.keys_in(start, end)
    if any(table.drafts[k].type != "Country" for _, _, k in inside):
        return False
    for s, e, key in inside:
        table.detach(key, s, e)
    return not table.key_at(start, end)

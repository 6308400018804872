"""A nationality and a title written before a person's name are a mention of that person.

"Turkish President Ana Soto", "Deputy Israeli Foreign Minister Tom Hale", "the Kenyan envoy
Ruth Anyango": the adjective names whose office it is, and the one who holds it acts; the
country is no actor there (``peoples`` leaves such an adjective alone, ``stance_pairs`` reads
a country in a title as a qualifier). The words before the name are marked as a second mention
of the person, so a reader (or an annotator) pointing at "Turkish" points at the person. The
name's own mention stays as it is: the title before it is still read where the title matters
(``stance_pairs.own_side`` reads a spokesperson's country there). A country written as its name
("U.S. Secretary of State ...") is a mention of its own and stays so.
"""

from __future__ import annotations

import re
from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.coref import titled_person
from graph.extract.lexicon import RANK_ABBREVIATIONS, ROLE_NOUNS
from graph.extract.surfaces import clean_name, demonym
from graph.extract.title_phrases import titled_person as title_holder

__all__ = ["nationality_heads", "nationality_titled"]

_WORD_BEFORE = re.compile(r"(\S+)(\s+)$")
# Words that may sit inside a title besides the role nouns ("Deputy Foreign Minister").
_INSIDE = frozenset(
    {"foreign", "prime", "deputy", "vice", "chief", "executive", "senior", "top", "former",
     "acting", "interim", "defence", "defense", "interior", "finance", "trade", "state",
     "affairs", "national", "security", "army", "military", "opposition", "supreme"}
)  # fmt: skip


def _title_word(word: str) -> bool:
    bare = word.lower()
    if bare.endswith(".") and bare[:-1].capitalize() in RANK_ABBREVIATIONS:
        return True
    return bare in ROLE_NOUNS or bare in _INSIDE


def title_start(text: str, start: int) -> tuple[int, int] | None:
    """The span of "nationality + title words" written right before ``start``, or None.

    >>> text = "Deputy Israeli Foreign Minister Tom Hale said"
    >>> begin, end = title_start(text, 32); text[begin:end]
    'Deputy Israeli Foreign Minister'
    >>> title_start("Foreign Minister Tom Hale said", 17) is None
    True
    """
    pos, end, begin, nation, titled = start, None, None, False, False
    for _ in range(6):
        match = _WORD_BEFORE.search(text, max(0, pos - 40), pos)
        if match is None or match.end() != pos:
            break
        word = match.group(1)
        if not word[:1].isupper():
            break
        if demonym(word):
            nation = True
        elif not _title_word(word):
            break
        elif end is None:
            titled = True
        if end is None:
            if not titled:
                return None  # "Turkish Ana Soto": no title right before the name
            end = match.end(1)
        begin = match.start(1)
        pos = begin
    return (begin, end) if nation and titled and begin is not None and end is not None else None


def nationality_titled(table: ActorTable) -> None:
    """Mark each "nationality + title" before a person's name as a mention of them."""
    for draft in list(table.drafts.values()):
        if draft.type != "Person":
            continue
        for span in list(draft.mentions):
            found = title_start(table.text, span.start)
            if found is not None and not table.key_at(*found):
                table.attach(draft.key, *found, alias=False)


# Titles of one person at the head of a state or a government, or speaking for it abroad ("his
# Turkish counterpart" is not here: the peer of someone else, whom ``coref`` may take him for).
_HEADS = frozenset(
    {"president", "leader", "premier", "chancellor", "king", "queen", "monarch", "emperor",
     "dictator", "minister", "ruler", "strongman", "ambassador", "envoy"}
)  # fmt: skip
_PARTICIPANT = frozenset(
    ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "agent", "dative", "conj", "appos", "attr")
)


def nationality_heads(doc: Any, table: ActorTable) -> None:
    """ "The Mexican president", "the Israeli prime minister", "the American ambassador": one
    person known by the office their nationality qualifies. Where the article writes the name
    after that same title ("Mexican President Ana Soto"), it is a mention of that person;
    where it names no one so, the description is the actor ("Mexican president"), as a quoted
    one is (``noun_speakers.describe``). Not someone unnamed ("a Turkish diplomat": an
    indefinite article), nor a title before a name (``nationality_titled`` reads those)."""
    for token in doc:
        if token.lower_ not in _HEADS or token.tag_ not in ("NN", "NNP") or not _takes_part(token):
            continue
        if any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in token.children):
            continue
        words = [c for c in token.lefts if c.dep_ in ("amod", "compound")]
        nation = [w for w in words if w.text[:1].isupper() and demonym(w.text)]
        if not nation or any(
            c.dep_ in ("compound", "appos") and c.i > token.i for c in token.children
        ):
            continue
        start, end = nation[0].idx, token.idx + len(token.text)
        if table.key_at(start, end):
            continue
        # The office in lower case, as a description: "Canadian prime minister" (never a
        # surname "Minister" for ``surnames.add_surnames`` to find elsewhere).
        written = clean_name(table.text[start:end]).split()
        name = " ".join(w if w[:1].isupper() and demonym(w) else w.lower() for w in written)
        # "The Russian Ambassador to the UK Ivan Sorokin": the title runs into the name
        holder = titled_person(table, name) or title_holder(table, token)
        if holder is not None:
            table.attach(holder, start, end, alias=False)
        else:
            key = table.add_description(start, end, name, "Person")
            if key is not None:  # its title as written is no name ("Prime Minister")
                table.draft(key).aliases.discard(clean_name(table.text[start:end]))


def _takes_part(token: Any) -> bool:
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token.dep_ in _PARTICIPANT

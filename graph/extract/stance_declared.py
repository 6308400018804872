"""Who is declared the winner: an authority's declaration backs the one it names.

"The electoral council declared X the winner", "the board named X the victor of the polls",
"X was declared the winner", "confirmed X as the winner", "proclaimed X president-elect",
"declared X re-elected", "a bulletin that gave victory to X": whoever declares (the subject,
or the agent of a passive, read by ``stance_roles.source_of``) supports the one declared. A refusal ("refused to recognise X as
the winner") is negated and reads nothing here. Appointments ("named X president of the bank")
are no declaration: the office must be a winner's (winner, victor, president-elect,
elected president).
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.lexicon import ISSUING_VERBS, VICTORY_NOUNS, WISHING_VERBS

__all__ = ["declared_by", "declared_winner", "named_actor"]

_DECLARE = frozenset(
    {"declare", "name", "proclaim", "announce", "confirm", "certify", "pronounce", "recognise",
     "recognize", "crown"}
)  # fmt: skip
_WINNER = frozenset({"winner", "victor", "elect", "president-elect"})
_GIVE = frozenset({"give", "hand", "award", "grant"})
_VICTORY = VICTORY_NOUNS | {"presidency"}  # "gave victory / the presidency to X"
_HOLDERS = ("dobj", "oprd", "nsubjpass", "dative", "attr")
_WISHED = WISHING_VERBS | {
    "call", "press", "push", "insist", "decline", "fail", "pressure", "need"
}  # fmt: skip


def declared_winner(verb: Any, table: ActorTable) -> tuple[str, str] | None:
    """(actor key, "support") for the one ``verb`` declares the winner; None if none.

    >>> from graph.extract.nlp import load_pipeline
    >>> text = "Ana Ruiz was declared the winner by the board."
    >>> (doc,) = load_pipeline().parse([text])
    >>> table = ActorTable(text)
    >>> ruiz = table.add_agent(0, 8, "Ana Ruiz", "Person")
    >>> declared_winner(doc[3], table) == (ruiz, "support")
    True
    """
    lemma = verb.lemma_.lower()
    if (
        lemma in _GIVE
        and _asserted(verb)
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _VICTORY for c in verb.children)
    ):
        named = [g for c in verb.children if c.dep_ in ("dative", "prep") and c.lower_ == "to"
                 for g in c.children if g.dep_ == "pobj"]  # fmt: skip
        named += [c for c in verb.children if c.dep_ == "dative" and c.lower_ != "to"]
        return _supported(named, table)
    if lemma not in _DECLARE or not _names_a_winner(verb) or not _asserted(verb):
        return None
    return _supported(_held(verb), table)


def _held(verb: Any) -> list[Any]:
    """The verb's object-like children; "declared President X the winner": also a name the
    parser took for a clause of its own (ccomp)."""
    elected = [g for c in _elected(verb) for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
    return elected + [
        c for c in verb.children if c.dep_ in _HOLDERS or (c.dep_ == "ccomp" and c.pos_ == "PROPN")
    ]


def _elected(verb: Any) -> list[Any]:
    """The small clause "X (re-)elected" the verb declares ("declared Ana Ruiz re-elected"),
    which the parser hangs on it as a clause of its own, "re-" and all."""
    return [
        c
        for c in verb.children
        if c.dep_ in ("ccomp", "xcomp", "oprd")
        and c.tag_ in ("VBN", "VBD")
        and c.lower_ in ("elected", "re-elected", "reelected", "re")
        and (c.lower_ != "re" or (c.i + 2 < len(c.doc) and c.doc[c.i + 2].lower_ == "elected"))
    ]


def _names_a_winner(verb: Any) -> bool:
    """Whether the verb's complements hold a winner's title, directly ("declared X the winner"),
    after "as" ("confirmed X as the winner") or in apposition to its object."""
    # "declared X the winner" with the title parsed as a clause of its own (ccomp, xcomp)
    near = [*_held(verb), *(c for c in verb.children if c.dep_ == "prep")]
    near += [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "NOUN"]
    words = [t for c in near for t in c.subtree if t.dep_ not in ("prep", "det", "punct")]
    if _elected(verb):
        return True  # "declared X re-elected", "declared X elected"
    for word in words:
        lemma = word.lemma_.lower()
        if lemma in _WINNER:
            return True
        if lemma == "president" and any(
            c.lower_ in ("elected", "elect") for c in (*word.children, *word.head.children)
        ):
            return True
    return False


def named_actor(tokens: list[Any], table: ActorTable, named: bool = True) -> str | None:
    """The first actor among ``tokens``, their compounds or appositions ("its candidate, Rui
    Lopes"): a named one, or any with ``named`` False."""
    for token in tokens:
        parts = (token, *(c for c in token.children if c.dep_ in ("compound", "appos", "amod")))
        for part in parts:
            key = table.key_at(part.idx, part.idx + len(part.text))
            if key is not None and (table.is_named(key) or not named):
                return key
    return None


def _supported(tokens: list[Any], table: ActorTable) -> tuple[str, str] | None:
    key = named_actor(tokens, table)
    return (key, "support") if key is not None else None


def declared_by(verb: Any, table: ActorTable) -> str | None:
    """The agent of a passive declaration ("X was declared the winner by the board"), also where
    the parser hung the "by" phrase on the winner's title, or the issuer of a document that
    declares; None otherwise (the subject then)."""
    if not any(c.dep_ == "nsubjpass" for c in verb.children):
        return _issuer(verb, table)
    titles = [c for c in verb.children if c.dep_ in (*_HOLDERS, "prep")]
    for head in (verb, *titles, *(g for t in titles for g in t.children if g.dep_ == "pobj")):
        for by in (c for c in head.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"):
            found = named_actor([c for c in by.children if c.dep_ == "pobj"], table)
            if found is not None:
                return table.id_of(found)
    return None


def _asserted(verb: Any) -> bool:
    """Whether the declaration is told as made: not wished, demanded or refused ("demand the
    government recognise X as the winner", "should declare X the winner")."""
    if any(c.tag_ == "MD" for c in verb.children):
        return False
    head = verb
    for _ in range(3):
        if head.head.i == head.i:
            return True
        head = head.head
        if head.lemma_.lower() in _WISHED:
            return False
    return True


def _issuer(verb: Any, table: ActorTable) -> str | None:
    """Who issued the document that declares: "the council issued a bulletin that gave victory
    to X" is the council's declaration (the relative clause's noun is the issuing verb's
    object)."""
    if verb.dep_ != "relcl" or not any(
        c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in verb.children
    ):
        return None
    issued = verb.head.head
    if issued.lemma_.lower() not in ISSUING_VERBS:
        return None  # "rejected a ruling that confirmed X": the rejecter declared nothing
    subjects = [c for c in issued.children if c.dep_ == "nsubj"] if verb.head.dep_ == "dobj" else []
    found = named_actor(subjects, table)
    return table.id_of(found) if found is not None else None

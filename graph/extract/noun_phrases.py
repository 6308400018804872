"""The words that name a noun phrase's referent: its head and modifiers, no clause, date or
circumstance.

"a member of the union who was at the site" is named "a member of the union"; "his main rival
amid accusations of abuse" is "his main rival": a clause, an apposition (also one on a noun
inside the phrase: "the camp of X, Y's rival in Saturday's vote"), a date, the examples
of a plural ("observers like the Carter Center") and a phrase of circumstance the parser hung
on the noun ("amid", "after", "despite", ...) describe or situate it, they do not name it.
"""

from __future__ import annotations

from typing import Any

from graph.extract.parse_links import example_prep

__all__ = ["noun_phrase"]

Token = Any  # spaCy Token

_CUT_DEPS = frozenset({"relcl", "acl", "appos", "advcl", "parataxis", "cc", "conj", "punct"})
_INNER_CUTS = frozenset({"relcl", "acl", "appos"})
# Prepositions of circumstance, never part of a name ("the rival amid accusations of fraud").
_CIRCUMSTANCE = frozenset(
    {"amid", "amidst", "after", "before", "despite", "during", "following", "since", "throughout",
     "ahead", "because"}
)  # fmt: skip


def noun_phrase(token: Token, quoted: list[tuple[int, int]]) -> tuple[int, int]:
    """The character span naming the subject: its head and modifiers, no clauses or dates."""
    dropped: set[int] = set()
    # "a member of the union who was at the site", "the camp of X, Y's rival in Saturday's
    # vote": a clause or an apposition on a noun inside the phrase describes, it does not name.
    for child in (t for t in token.subtree if t.i != token.i and t.dep_ in _INNER_CUTS):
        if child.dep_ != "appos" or child.head.i != token.i:
            dropped |= {t.i for t in child.subtree}
    if (antecedent := _gapped_antecedent(token)) is not None:
        dropped |= set(range(token.left_edge.i, antecedent.i + 1))  # "a move": no critic
    for child in token.children:
        if (
            child.dep_ in _CUT_DEPS
            or (
                child.dep_ == "prep"
                and any(
                    t.ent_type_ in ("DATE", "TIME") for t in child.subtree if t.i not in dropped
                )
            )
            # "observers like the Carter Center and local groups": examples, not the name
            or example_prep(child)
            or (child.dep_ == "prep" and child.lower_ in _CIRCUMSTANCE)
        ):
            dropped |= {t.i for t in child.subtree}
    toks = [
        t
        for t in token.subtree
        if t.i not in dropped
        and t.ent_type_ not in ("DATE", "TIME")
        and not any(s <= t.idx < e for s, e in quoted)
        and t.text not in ("“", '"', "”")
        and not t.is_space
    ]
    by_i = {t.i: t for t in toks}
    if token.i not in by_i:
        return token.idx, token.idx + len(token.text)
    lo = hi = token.i
    while lo - 1 in by_i:
        lo -= 1
    while hi + 1 in by_i:
        hi += 1
    while lo < token.i and by_i[lo].is_punct:
        lo += 1
    while hi > token.i and by_i[hi].is_punct:
        hi -= 1
    return by_i[lo].idx, by_i[hi].idx + len(by_i[hi].text)


def _gapped_antecedent(token: Token) -> Token | None:
    """ "the merger, a move critics said would hamper growth": a plural head the parser gave
    "a" and a singular noun is a relative clause's subject under its antecedent; the
    antecedent ("move", the first noun after the "a"), else None."""
    children = list(token.children)
    det = next((c for c in children if c.dep_ == "det" and c.lower_ in ("a", "an")), None)
    if token.tag_ not in ("NNS", "NNPS") or det is None:
        return None
    first = token.doc[det.i + 1]
    return first if first.dep_ == "compound" and first.tag_ == "NN" and first.i < token.i else None

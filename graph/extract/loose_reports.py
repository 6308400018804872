"""Reports the parse gives no clausal complement: a request ("urged the council to act",
"called for the authorities to release the results"), a "that" left unattached ("... and
claims that the records give X the victory") and "quoted X as saying ...", each read as a
character span. ``complement.complement`` tries them after the clause.
"""

from __future__ import annotations

from typing import Any

__all__ = ["REQUESTS", "as_saying", "loose_that", "request"]

Token = Any  # spaCy Token

# Verbs of asking someone to act: what the addressee is asked to do is the report ("urged the
# council to act", "implored residents to leave").
REQUESTS = frozenset(
    {"urge", "ask", "call", "tell", "warn", "encourage", "advise", "implore", "beg", "exhort",
     "beseech", "entreat", "remind"}
)  # fmt: skip


def request(cue: Token) -> tuple[int, int] | None:
    """ "urged the council to act": the addressee and what they are asked to do."""
    children = list(cue.children)
    obj = next((c for c in children if c.dep_ == "dobj"), None)
    xcomp = next((c for c in children if c.dep_ == "xcomp"), None)
    if xcomp is None and obj is not None:
        xcomp = next((c for c in obj.children if c.dep_ in ("acl", "xcomp")), None)
    if xcomp is None and obj is not None and cue.lemma_.lower() != "call":
        # "advised the minister, Dr. Ana Soto, to focus ...": the parser may take the request
        # after an apposition for an adverbial clause ("called the police to report it" is a
        # purpose, so not after "call")
        xcomp = next((c for c in children if c.dep_ == "advcl" and _after_apposition(c, obj)), None)
    if obj is not None and xcomp is not None:
        toks = sorted([*obj.subtree, *xcomp.subtree], key=lambda t: t.i)
        return toks[0].idx, toks[-1].idx + len(toks[-1].text)
    if cue.lemma_.lower() != "call":
        return None
    prep = next((c for c in children if c.dep_ == "prep" and c.lower_ in ("for", "on")), None)
    if prep is None:
        return None
    toks = list(prep.subtree)[1:]
    # "call for the authorities to release the results": the purpose goes with it.
    for c in children:
        if c.dep_ in ("xcomp", "advcl") and c.i > prep.i:
            toks += list(c.subtree)
    toks.sort(key=lambda t: t.i)
    # "called for the release of the data" names a demand, not something said;
    # only a clause ("for the council to release the data") is reported speech.
    if toks and any(t.pos_ in ("VERB", "AUX") for t in toks):
        return toks[0].idx, toks[-1].idx + len(toks[-1].text)
    return None


def _after_apposition(clause: Token, obj: Token) -> bool:
    """Whether ``clause`` is a "to" infinitive right after ``obj``'s phrase, or after a name
    in apposition to it (``_APPOSITION_POS`` words only, as many as a title and a name take)."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return False
    between = obj.doc[obj.right_edge.i + 1 : clause.left_edge.i]
    return len(between) <= 8 and all(t.pos_ in _APPOSITION_POS for t in between)


_APPOSITION_POS = frozenset({"PROPN", "PUNCT", "NOUN", "DET", "ADJ"})


def loose_that(cue: Token) -> tuple[int, int] | None:
    """ "... and claims that the records give González the victory", parsed without a
    complement: a "that" right after the cue opens the report, to the sentence end."""
    doc = cue.doc
    if cue.i + 2 >= len(doc) or doc[cue.i + 1].lower_ != "that" or doc[cue.i + 1].dep_ == "det":
        return None
    return _to_sentence_end(doc, cue.i + 2, cue.sent.end)


def as_saying(cue: Token) -> tuple[int, int] | None:
    """ "quoted X as saying initial reports ... showed ...", parsed without a complement: the
    words after "as saying" are the report, to the sentence end."""
    doc = cue.doc
    if cue.lower_ != "saying" or cue.i == 0 or doc[cue.i - 1].lower_ != "as":
        return None
    start = cue.i + 2 if cue.i + 1 < len(doc) and doc[cue.i + 1].lower_ == "that" else cue.i + 1
    return _to_sentence_end(doc, start, cue.sent.end)


def _to_sentence_end(doc: Any, start: int, end: int) -> tuple[int, int] | None:
    """The words from token ``start`` to the sentence's ``end``, less the closing punctuation,
    when there are three or more."""
    rest = [t for t in doc[start:end] if not t.is_space]
    while rest and rest[-1].is_punct:
        rest = rest[:-1]
    if len(rest) >= 3:
        return rest[0].idx, rest[-1].idx + len(rest[-1].text)
    return None

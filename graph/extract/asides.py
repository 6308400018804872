"""A reporting clause set off from the sentence it reports: after it ("Two ferries were
cancelled, the Daily Star reported.") or inside it ("The plan, she said, would cost more"); and
the speaker before an aside set off by commas ("Ana Holt, reporting from the capital, said").
"""

from __future__ import annotations

from typing import Any

__all__ = ["joined_report", "name_before_aside", "parenthetical", "trailing"]

Token = Any  # spaCy Token

_AUDIENCE = frozenset({"tell", "assure", "inform", "remind", "brief"})


def trailing(cue: Token) -> tuple[int, int] | None:
    """ "Two ferries were cancelled, the Daily Star reported.": a reporting clause that closes
    the sentence after a comma, which the parser left without a complement (it may even make the
    report's subject a second subject of the cue); everything before the comma is the report."""
    doc, sent = cue.doc, cue.sent
    if any(not (t.is_punct or t.is_space) for t in doc[cue.i + 1 : sent.end]):
        return None
    if any(t.text == ":" for t in doc[cue.i + 1 : sent.end]):
        return None  # "Taking to Twitter, he said:" announces the words below
    subjects = [c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i]
    if not subjects or any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in cue.children):
        return None
    comma = subjects[-1].left_edge.i - 1
    if comma <= sent.start or doc[comma].text != ",":
        return None
    words = [t for t in doc[sent.start : comma] if not t.is_space]
    while words and words[0].is_punct:
        words = words[1:]
    if len(words) < 4 or not any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    return words[0].idx, words[-1].idx + len(words[-1].text)


def parenthetical(cue: Token) -> tuple[int, int] | None:
    """ "If the firm needs to cut jobs, he said, it should warn them first": a reporting clause
    set off by commas inside the sentence it reports; the sentence is the report."""
    doc = cue.doc
    # "Once work resumes, the firm said, ...": an opening clause the parser hung on the cue
    # belongs to the sentence the cue interrupts.
    opening = {t.i for c in cue.children if c.dep_ == "advcl" and c.i < cue.i for t in c.subtree}
    own = [t for t in cue.subtree if t.i not in opening]
    first, last = own[0].i, own[-1].i
    if (
        cue.dep_ != "parataxis"
        or not any(c.dep_ == "nsubj" for c in cue.children)
        or any(c.dep_ in ("ccomp", "xcomp") for c in cue.children)
        # "…, she told reporters, …": the audience is an object that leaves the report whole.
        or any(c.dep_ == "dobj" and cue.lemma_.lower() not in _AUDIENCE for c in cue.children)
        or first == 0
        or last + 1 >= len(doc)
        or "," not in (doc[first].text, doc[first - 1].text)
        or "," not in (doc[last].text, doc[last + 1].text)
    ):
        return None
    # "X won on Saturday, officials said, but his rival has alleged fraud": after a report
    # whose verb comes before the cue, a clause joined after the cue with a subject of its
    # own is the writer's going on. ("Mail, the firm said, will be late, and offices will
    # close": the cue inside the reported clause reports all of it.)
    joined = [c for c in _clauses_after(cue.head, last) if cue.head.i < first]
    cut = min((c.left_edge.i for c in joined), default=len(doc))
    if joined:
        cut = min([cut] + [c.i for c in cue.head.children if c.dep_ == "cc" and last < c.i < cut])
    rest = [t for t in cue.head.subtree if not (first <= t.i <= last) and t.i < cut]
    words = [t for t in rest if not t.is_punct and not t.is_space]
    if len(words) < 6 or words[0].i > first or (words[-1].i < last and not joined):
        return None
    return words[0].idx, words[-1].idx + len(words[-1].text)


def joined_report(cue: Token) -> tuple[int, int] | None:
    """ "Wages are the main problem, she said, and an arbiter could help": after a report set
    off by a reporting clause, a clause joined by "and" with a subject of its own goes on with
    the same speaker's words, a second statement. Not after "but" ("X won, officials said, but
    his rival has alleged fraud": the writer's contrast), nor a clause with a reporting verb and
    a speaker of its own ("..., and the union said it would appeal")."""
    doc = cue.doc
    if cue.dep_ != "parataxis" or parenthetical(cue) is None:
        return None
    last = max(t.i for t in cue.subtree)
    head = cue.head
    joined = _clauses_after(head, last)
    if not joined or head.i > cue.i:
        return None
    verb = joined[0]
    joints = [c for c in head.children if c.dep_ == "cc" and last < c.i < verb.left_edge.i + 1]
    if not joints or joints[-1].lower_ != "and":
        return None
    if any(not t.is_punct for t in doc[last + 1 : joints[-1].i]):
        return None
    if any(_reports(t) for t in verb.subtree):
        return None
    words = [t for t in doc[joints[-1].i + 1 : verb.right_edge.i + 1] if not t.is_space]
    while words and words[-1].is_punct:
        words = words[:-1]
    if len(words) < 4:
        return None
    return words[0].idx, words[-1].idx + len(words[-1].text)


def _clauses_after(head: Token, last: int) -> list[Token]:
    """The clauses joined to ``head`` after token ``last`` with a subject of its own. A gerund
    the parser took for the joined verb heads one too ("and having a mediator would help": the
    gerund's phrase is the subject of "would help")."""
    return [
        c
        for c in head.children
        if c.dep_ == "conj" and c.i > last and (_subject(c) or c.tag_ == "VBG")
    ]


def _reports(verb: Token) -> bool:
    """An active verb of saying with a subject of its own (a second speaker's report; "nothing
    was said" reports no one's words)."""
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in _SAYING
        and any(c.dep_ == "nsubj" for c in verb.children)
    )


_SAYING = frozenset({"say", "tell", "add", "claim", "insist", "argue", "note", "warn", "state"})


def _subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def name_before_aside(doc: Any, comma: int) -> Any | None:
    """The name before a comma-delimited aside ending at ``comma``, right before a verb the
    parser left without a subject ("Ana Holt, reporting from the capital, said"; "On Friday X,
    chairman of the council, which validates results, said"), else None."""
    return _before_aside(doc, comma) or _apposed_top(doc, comma)


_ASIDE = 16  # tokens an aside between commas may hold
_PLACES_AND_TIMES = frozenset({"GPE", "LOC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY"})


def _before_aside(doc: Any, comma: int) -> Any | None:
    """The name before a comma-delimited aside that ends at ``comma``, right before a verb
    the parser left without a subject: "Ana Holt, reporting from the capital, said". The
    aside is a participle, an age, a "who" clause or the name's apposition; the name is a
    proper noun."""
    start = comma - 1
    while start >= 0 and comma - start <= _ASIDE and doc[start].text != ",":
        if doc[start].is_sent_start or doc[start].text in ('"', "“", "”"):
            return None
        start -= 1
    if start < 1 or doc[start].text != "," or comma - start < 2:
        return None
    first, name = doc[start + 1], doc[start - 1]
    apposed = any(t.dep_ == "appos" and t.head.i == name.i for t in doc[start + 1 : comma])
    if not (first.tag_ in ("VBG", "VBN", "CD", "WP") or first.like_num or apposed):
        return None  # (an apposition: "On Friday Ana Holt, chairman of the council, said")
    return name if name.pos_ == "PROPN" and name.ent_type_ not in _PLACES_AND_TIMES else None


def _apposed_top(doc: Any, comma: int) -> Any | None:
    """The name whose apposition, with all it holds, ends at ``comma`` before a verb the parser
    left without a subject: "X, chairman of the council, which validates results, said"."""
    tok = doc[comma - 1]
    while tok.head.i != tok.i and tok.head.i < comma:
        tok = tok.head
    if tok.pos_ == "ADP":  # "On Friday X, chairman of ...": the name parsed as the object of "On"
        tok = next((c for c in tok.children if c.dep_ == "pobj"), tok)
    apposed = any(c.dep_ == "appos" for c in tok.children)
    return tok if apposed and tok.pos_ == "PROPN" and tok.ent_type_ in ("PERSON", "ORG") else None

"""Reports joined by "and": each conjunct is a statement of its own.

"ran again promising to cut taxes and arguing her record made her the best choice" makes two
statements, a promise and an argument; the parser hangs the second report inside the first
one's words. A report ends where "and" (or a comma) brings in another reporting verb that is
a conjunct inside it (``before_next_report``).

The parser also misreads a report whose clause has no "that": in "arguing her record made her
the best choice" it takes "her record" for the verb's object and hangs "made" elsewhere. The
object and the finite verb right after it are then the reported clause (``object_clause``). So
too a subject pronoun taken for the object ("Ley said she and Minister X raised their concerns",
which the parser may also cut into two sentences): a subject-case pronoun is never an object,
and the report runs from it to the end of the sentence it opens.
"""

from __future__ import annotations

from typing import Any

from graph.extract.lexicon import INDIRECT_VERBS, SUBJECT_PRONOUNS
from graph.extract.next_reports import reporting_participle

__all__ = ["before_next_report", "object_clause"]

Token = Any  # spaCy Token

_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def before_next_report(cue: Token, start: int, end: int, root: Token | None = None) -> int:
    """Where the report of ``cue``, a participle, spanning ``start``-``end`` ends: before an
    "and" that joins a second reporting participle of the same speaker inside it, else at
    ``end``. ``root`` is the head of the report when the parser hung it off the cue."""
    doc = cue.doc
    if cue.tag_ != "VBG":
        return end  # 'said the media is raising doubts and calling it rigged': the media's
    for token in doc[cue.i + 1 :]:
        if token.idx >= end:
            break
        if (
            token.idx > start
            and token.dep_ == "conj"
            and token.pos_ == "VERB"
            and reporting_participle(token)
            and _same_speaker(root if root is not None else cue, token)
        ):
            joint = doc[token.i - 1]
            if joint.dep_ == "cc" or joint.text == ",":
                before = doc[joint.i - 1]
                while before.i > cue.i and (before.is_punct or before.is_space):
                    before = doc[before.i - 1]
                stop = before.idx + len(before.text)
                return stop if stop > start else end
    return end


def _same_speaker(cue: Token, joined: Token) -> bool:
    """Whether ``joined`` goes on from ``cue`` (or the report's head) itself: no verb with a subject of its own lies
    between them ("promising to cut taxes and arguing ...", not "saying the media is raising
    doubts and calling ...", where the media calls)."""
    head = joined.head
    while head.i != cue.i:
        if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in head.children):
            return False
        if head.head.i == head.i:
            return False  # not under the cue at all
        head = head.head
    return True


def object_clause(cue: Token) -> tuple[int, int] | None:
    """ "arguing his experience made him a good leader" misread as an object ("his experience")
    and a verb hung elsewhere: the object with the finite verb right after it, when that verb
    has no subject of its own and is no ancestor of the cue."""
    if cue.pos_ != "VERB" or cue.lemma_.lower() not in INDIRECT_VERBS:
        return None
    if any(c.dep_ in ("ccomp", "xcomp") for c in cue.children):
        return None
    objects = [c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i]
    if objects and objects[0].lower_ in SUBJECT_PRONOUNS:
        return _pronoun_clause(cue, objects[0])  # "said she and X raised ..."
    if len(objects) != 1 or objects[0].pos_ not in ("NOUN", "PROPN"):
        return None
    obj = objects[0]
    if (swallowed := _swallowed_clause(obj)) is not None:
        return swallowed
    after = obj.right_edge.i + 1
    if after >= len(cue.doc):
        return None
    verb = cue.doc[after]
    if verb.tag_ not in _FINITE or verb.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    if verb.is_ancestor(cue) or cue.is_ancestor(verb):
        return None
    last = verb.right_edge
    while last.i > verb.i and (last.is_punct or last.is_space):
        last = cue.doc[last.i - 1]
    start = obj.left_edge.idx
    return start, before_next_report(cue, start, last.idx + len(last.text), verb)


def _swallowed_clause(obj: Token) -> tuple[int, int] | None:
    """ "alleges rival supporters massively stuffed ballot boxes" misread as one object ("rival
    supporters" with "ballot boxes" in apposition, "stuffed" an adjective on "boxes"): a past
    verb after the object's head noun, made a modifier of a later noun, is the verb of the
    clause the object opens; the whole object phrase is the report."""
    verbs = [
        t
        for t in obj.subtree
        if t.i > obj.i
        and t.dep_ == "amod"
        and t.tag_ in ("VBD", "VBN")
        and t.head.i > t.i
        and t.head.pos_ in ("NOUN", "PROPN")
        and t.head.dep_ in ("appos", "dobj", "conj")
    ]
    if not verbs:
        return None
    last = obj.right_edge
    while last.i > obj.i and (last.is_punct or last.is_space):
        last = obj.doc[last.i - 1]
    return obj.left_edge.idx, last.idx + len(last.text)


def _pronoun_clause(cue: Token, pronoun: Token) -> tuple[int, int] | None:
    """The span from a subject pronoun the parser hung on ``cue`` as its object to the end of
    the sentence it opens (over a cut the parser made with no stop), when a finite verb outside
    the cue's reach follows it; else None."""
    end = _run_on_end(cue.sent)
    verbs = [
        t for t in cue.doc[pronoun.i + 1 : end]
        if t.tag_ in _FINITE and not cue.is_ancestor(t)
    ]  # fmt: skip
    if not verbs:
        return None
    last = cue.doc[end - 1]
    while last.i > verbs[0].i and (last.is_punct or last.is_space):
        last = cue.doc[last.i - 1]
    return pronoun.idx, last.idx + len(last.text)


def _run_on_end(sent: Token) -> int:
    """The end of ``sent`` and of the sentences the parser cut from it with no stop between
    (a second root: "... Minister for Foreign Affairs | Marise Payne raised ...")."""
    doc, end = sent.doc, sent.end
    while end < len(doc):
        last = next((t for t in reversed(doc[sent.start : end]) if not t.is_space), None)
        if (
            last is None
            or last.text in _STOPS
            or any(t.is_space and "\n" in t.text for t in doc[end - 1 : end + 1])
        ):
            break
        end = doc[end].sent.end
    return end


_STOPS = frozenset({".", "!", "?", ";", ":", '"', "”", "’"})

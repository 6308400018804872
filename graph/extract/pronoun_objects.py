"""A report whose subject pronoun the parser took for the verb's object: "Ley said she and the
foreign minister raised their concerns" parsed as "said she and the minister" plus a second
sentence root "Payne raised ...". A subject-case pronoun ("she", "he", "they", "we", "I") is
never an object: the report runs from it to the sentence's end, when a finite verb outside the
cue's reach follows it."""

from __future__ import annotations

from typing import Any

from graph.extract.lexicon import INDIRECT_VERBS

__all__ = ["pronoun_clause"]

_SUBJECT_CASE = frozenset({"i", "he", "she", "we", "they"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def pronoun_clause(cue: Any) -> tuple[int, int] | None:
    """The span from a subject pronoun the parser hung on ``cue`` as its object to the end of
    the sentence, or None."""
    if cue.pos_ != "VERB" or cue.lemma_.lower() not in INDIRECT_VERBS:
        return None
    pronoun = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if pronoun is None or pronoun.lower_ not in _SUBJECT_CASE:
        return None
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


def _run_on_end(sent: Any) -> int:
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

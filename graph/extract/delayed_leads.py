"""A lead that names its subject only further down: "A Peruvian candidate ... has led a
protest, calling for ..." then "Keiko Fujimori told supporters ...".

News often opens on a description of its protagonist ("A Winnipeg man who ...", "A presidential
candidate who is likely to lose ...") and names them in the next paragraph. When the story's
first sentence has such an indefinite description as the subject of an act that is not itself
a report (what they said comes in a participle: "..., calling for ..."), and names no person,
the description stands for the first person named after that sentence who acts or speaks
there (a clause subject outside quotations). Anything else leaves the description as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from graph.extract.syntax import is_cue

if TYPE_CHECKING:
    from graph.extract.speakers import SpeakerResolver

__all__ = ["delayed_referent"]

_INDEFINITE = frozenset({"a", "an"})
_NEXT = 1200  # characters after the lead within which the protagonist must be named


def delayed_referent(resolver: SpeakerResolver, subject: Any, determiner: str) -> str | None:
    """The person a lead's indefinite description (``subject``) turns out to be, or None."""
    sent = subject.sent
    if determiner not in _INDEFINITE or sent.start != _first_sentence_start(subject.doc):
        return None
    if subject.dep_ != "nsubj" or is_cue(subject.head) or subject.tag_ != "NN":
        return None
    table = resolver.table
    person = lambda k: table.draft(k).type == "Person"  # noqa: E731
    if any(person(k) for _, _, k in table.keys_in(sent.start_char, sent.end_char)):
        return None  # "A man who attacked Ana Ruiz ...": the lead names a person already
    end = sent.end_char
    for offset, key in sorted(resolver.subjects):
        if offset < end:
            continue
        if offset > end + _NEXT:
            return None
        if person(key) and not resolver._hidden(offset, offset + 1):
            return key
    return None


def _first_sentence_start(doc: Any) -> int:
    """The first sentence with words (a blank line or a dateline may come first)."""
    for sent in doc.sents:
        if any(t.is_alpha for t in sent):
            return sent.start
    return 0

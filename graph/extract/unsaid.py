"""Whether a reporting verb says that nothing was said: "did not say", "declined to say
whether ...", "stopped short of calling for a ceasefire"; or that only a question was asked
("questioned why they won't", "asked whether the count was over"), which states nothing.

Not "Without elaborating, X said ...": a phrase on the saying that "without" opens leaves it
said. A law's words are nobody's statement either: "the constitution says a challenge goes to
the court", "the law states ..." (a law or charter named by a common noun; a named act such as
"the Digital Services Act" is the same, and the parser tags it a proper noun too); nor is a noun
the parser read as a reporting verb ("boycotted the vote over claims her candidacy is illegal").
"""

from __future__ import annotations

from typing import Any

from graph.extract.laws import LAW_WORDS
from graph.extract.lexicon import NEGATIONS, NEGATIVE_IMPLICATIVES, QUESTION_WORDS

__all__ = ["asked_only", "unsaid"]

_WITHHOLD = frozenset({"decline", "refuse", "fail"})


def unsaid(cue: Any) -> bool:
    """Whether ``cue`` is negated or under a verb that says it did not happen."""
    if cue.dep_ == "xcomp" and cue.head.lemma_.lower() in _WITHHOLD:
        return True
    if _implied_not(cue) or _impersonal(cue) or _law_speaks(cue) or _noun_after_preposition(cue):
        return True
    return any(
        c.dep_ == "neg" or (c.lower_ in NEGATIONS and c.lower_ != "without") for c in cue.children
    )


def _noun_after_preposition(cue: Any) -> bool:
    """Whether the cue is a noun the parser read as a verb right after a preposition left with
    no object ("boycotted the vote over claims her candidacy is illegal", "amid claims the
    count was rigged"): a claim named, nobody's report. Not a gerund ("after saying the vote
    was rigged") nor a subordinator ("because he says": a subject comes between)."""
    if cue.i == 0 or cue.tag_ not in ("VBZ", "VBP", "VBD"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return False
    before = cue.doc[cue.i - 1]
    return (
        before.tag_ == "IN"
        and before.dep_ == "prep"
        and not any(c.dep_ == "pobj" for c in before.children)
    )


def _law_speaks(cue: Any) -> bool:
    """Whether the cue's subject is a law ("the constitution indicates", "the Act says"): a
    word of ``LAW_WORDS`` with a determiner heading it, with no owner that could be its
    author's voice."""
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in LAW_WORDS:
        return False
    if subject.ent_type_ == "PERSON" or not any(c.dep_ == "det" for c in subject.children):
        return False  # "Bill said", "Charter said": a person or a firm, not "the law"
    return not any(c.dep_ == "poss" for c in subject.children)


def _impersonal(cue: Any) -> bool:
    """ "It is too early to say who will govern", "it is worth noting that ...": an infinitive
    of saying under an adjective whose clause has the empty subject "it" names no one saying
    it (not "Ruiz was quick to say ...": his saying)."""
    adjective = cue.head  # or an adverb of time: "it was too soon to say", parsed so
    if cue.dep_ != "xcomp" or (adjective.pos_, adjective.dep_) not in (
        ("ADJ", "acomp"),
        ("ADV", "advmod"),
    ):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ == "it" for c in adjective.head.children)


def _implied_not(cue: Any) -> bool:
    """ "stopped short of calling for ...", "stopped from saying ...": the cue after "of" or
    "from" under the nearest verb, a negative implicative (Karttunen's "fail", "refuse")."""
    if cue.dep_ != "pcomp" or cue.head.lower_ not in ("of", "from"):
        return False
    verb = cue.head.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in NEGATIVE_IMPLICATIVES


# Verbs of asking, and the words that open the question they report (an indirect question:
# "asked whether", "questioned why"); "asked the court to audit the count" is a request.
_ASKING = frozenset({"ask", "question", "wonder", "query", "inquire", "enquire"})


def asked_only(cue: Any, text: str, start: int, end: int) -> bool:
    """Whether ``cue`` reports ``text[start:end]`` as a question, not a statement: the words
    open with a question word, or follow one ("asked whether| the count was over"); after a
    verb that is not one of asking, "whether" alone ("will announce whether ...")."""
    before = text[max(0, start - 9) : start].split()
    words = [w.lower() for w in [*before[-1:], *text[start:end].split(maxsplit=1)[:1]]]
    if cue.lemma_.lower() not in _ASKING:
        # "must still report whether the vote was fair": after any verb of saying, a clause
        # that "whether" opens is an open question, not something stated.
        return "whether" in words
    return any(w in QUESTION_WORDS for w in words)

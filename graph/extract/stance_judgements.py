"""What a judging verb says of its object: "called the plan a disgrace", "described it as
absurd", "views these actions as infringements".

The label after "as", in a small clause, or hung by the parser on the object ("called X's plan
“a model of hypocrisy”") carries the polarity: a fault or a scornful word opposes, a merit
supports; a judged "it" or "them" is a thing said or done, whose maker is its owner, as a
judged act named by its noun is its doer's ("called the court's ruling a provocation", "called
the decision by the bureau disproportionate": the court, the bureau).
"""

from __future__ import annotations

from typing import Any

from graph.extract.act_antecedents import act_antecedent
from graph.extract.actors import ActorTable
from graph.extract.lexicon import DECISION_NOUNS, OPPOSE_NOUNS, SUPPORT_NOUNS
from graph.extract.owners import owner_of
from graph.extract.parse_links import doer_by
from graph.extract.stance_fates import ACTS, act_of
from graph.extract.stance_measures import (
    JUDGED_FAULTS,
    JUDGED_MERITS,
    MEASURE_FAULT_NOUNS,
    SCORNFUL,
)

__all__ = ["judged_owner", "judged_pronoun", "judgement"]


# Labels that condemn what they are said of: faults of people and of measures, and errors
# ("called the decision a huge mistake", "a serious miscarriage of justice").
_FAULT_LABELS = (
    OPPOSE_NOUNS
    | JUDGED_FAULTS
    | (MEASURE_FAULT_NOUNS - {"blow"})  # "a blow to X" tells an effect, no fault
    | {"mistake", "error", "blunder", "miscarriage", "fiasco", "shambles"}
)


def judgement(token: Any) -> str | None:
    """'views these actions as infringements': the noun after "as" carries the polarity."""
    # "described the strike declared by X as unwarranted", "described X's decision as unfair":
    # the parser may hang "as" on the object or its participle.
    objects = [c for c in token.children if c.dep_ == "dobj"]
    parts = [g for c in objects for g in c.children if g.dep_ == "acl"]
    # "called X's plan a disgrace", "called X's plan “a model of hypocrisy”": the parser may
    # hang the label noun on the object, after it.
    hung = [
        a for o in objects for a in o.children if a.dep_ in _HUNG and a.i > o.i
    ]  # (an object under a noun: "called the court's ruling a provocation", "ruling" a verb)
    for child in [
        *token.children,
        *(c for p in (*parts, *objects) for c in p.children if c.lower_ == "as"),
        *hung,
    ]:
        nouns = []
        if child.dep_ == "prep" and child.lower_ == "as":
            nouns = [c for c in child.children if c.dep_ in ("pobj", "amod", "acomp")]
        elif child.dep_ == "advcl" and any(m.lower_ == "as" for m in child.children):
            nouns = [child]  # "described the decision as politicised": a clause to the parser
        elif child.dep_ in ("oprd", "xcomp") or child in hung:
            nouns = [child]
        for noun in nouns:
            words = {noun.lemma_.lower(), noun.lower_} | _kind_of(noun)
            # "branded the plans irresponsible", "described it as ego tripping, unwarranted"
            labels = {noun.lower_} | {t.lower_ for t in noun.children if t.dep_ in ("conj", "amod")}
            if words & _FAULT_LABELS or labels & SCORNFUL:
                return "oppose"
            if words & (SUPPORT_NOUNS | JUDGED_MERITS):
                return "support"
    # "called the draft "unacceptable"": the parser may hang the label on the object, after it.
    if any(
        a.dep_ == "amod" and a.i > o.i and a.lower_ in SCORNFUL for o in objects for a in o.children
    ):
        return "oppose"
    return None


def _kind_of(noun: Any) -> set[str]:
    """What a label's "of" names: "a model of hypocrisy", "an act of cowardice"."""
    return {
        g.lemma_.lower()
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        if g.dep_ == "pobj"
    }


_HUNG = frozenset({"appos", "npadvmod", "dobj"})


def judged_pronoun(token: Any) -> Any | None:
    """The "it" or "them" a judging verb takes as its object, if that is its object."""
    return next(
        (c for c in token.children if c.dep_ == "dobj" and c.lower_ in ("it", "them")), None
    )


def _judged_act(noun: Any) -> bool:
    """An act noun a judging verb may take: a deed ("the move") or a decision ("the ban")."""
    lemma = noun.lemma_.lower()
    return lemma in ACTS or lemma in DECISION_NOUNS


def judged_owner(token: Any, table: ActorTable) -> str | None:
    """Whose act a judged pronoun is: "Reacting to Lee's remarks, Kim called them absurd" (Lee).

    The pronoun is the nearest noun before it of its number, in its sentence or the one before
    (no actor), and its maker is the owner of that noun; None when that noun has no owner.
    """
    pronoun = judged_pronoun(token)
    if pronoun is None:
        # "called the court's ruling a provocation", "called X's decision unfair" (the act
        # may be parsed as the subject of the label): the doer of the act
        objects = [c for c in token.children if c.dep_ == "dobj"]
        objects += [g for c in token.children if c.dep_ == "oprd" for g in c.children]
        act = next((c for c in objects if c.dep_ in ("dobj", "nsubj") and _judged_act(c)), None)
        if act is None:
            return None
        found = owner_of(act, table) or act_of(act, table) or _doer_after(token, act, table)
        return found or act_antecedent(act, table, None)  # "X announced tariffs. Y called the
        # move reckless": the act told just before
    plural = pronoun.lower_ == "them"
    sent = pronoun.sent
    start = sent.start
    if start > 0:
        start = pronoun.doc[start - 1].sent.start
    for t in reversed(pronoun.doc[start : pronoun.i]):
        if t.pos_ != "NOUN" or t.dep_ == "compound" or table.key_at(t.idx, t.idx + len(t.text)):
            continue
        if (t.tag_ == "NNS") == plural:
            return owner_of(t, table)
    return None


def _doer_after(verb: Any, act: Any, table: ActorTable) -> str | None:
    """ "called the ruling by the court a disgrace": an active verb's "by" right after its
    object, which the parser may hang on the verb, names the act's doer."""
    doer = doer_by(verb)
    if doer is None or doer.head.i != act.right_edge.i + 1:
        return None
    key = table.key_at(doer.idx, doer.idx + len(doer.text))
    return key if key is not None and table.is_named(key) else None

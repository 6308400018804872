"""Stances told by a polarity verb: "X backs Y", "they reject the results", "lashed out at X".

The verb's source (its subject, or the quoted speaker of words about their own acts) and its
target (the object, or that of a preposition the verb takes, an actor or a claim), and what the
verb's frame changes: a denied accusation, a hostile act announced to the one it aims at, a
demand made of someone, a fault alleged. ``stances`` asks for it once per polarity verb.
"""

from __future__ import annotations

from typing import Any

from graph.extract.claims import is_issue
from graph.extract.lexicon import CHARGING_VERBS
from graph.extract.negation import implied_not, is_turned
from graph.extract.owners import penalised_actor
from graph.extract.stance_actions import ACTIONS, ruling_of
from graph.extract.stance_acts import by_speaker, pronoun_agent
from graph.extract.stance_addressees import addressee_of
from graph.extract.stance_conjuncts import co_pairs
from graph.extract.stance_denials import CHARGE_NOUNS, read_denial
from graph.extract.stance_fates import called_objects, fate_of, owner_of_attribute
from graph.extract.stance_judgements import judged_owner, judged_pronoun
from graph.extract.stance_phrases import HOSTILE_TO_ACTORS, penalised
from graph.extract.stance_roles import object_of, source_of, target_of
from graph.extract.stance_scope import Scope, fate_stance, stance_of
from graph.extract.subject_repairs import opening_agent
from graph.extract.syntax import subjects_of
from graph.extract.verb_polarity import JUDGE_VERBS
from graph.model import Claim, Quote

__all__ = ["polar_verb"]


def polar_verb(
    token: Any, quote: Quote | None, scope: Scope, polarity: str, prep: str | None = None
) -> None:
    """A polarity verb ("X backs Y", "they reject the results"): its source and target (the
    object, or that of ``prep``: "lashed out at X")."""
    if opening_agent(token) is not None:
        return  # "Questioned several times by AFP, the board refused": the agent acted
    hostile = token.lemma_.lower() in HOSTILE_TO_ACTORS
    source = source_of(token, quote, scope.table, scope.resolver)
    if hostile and quote is not None:
        # "we will defy the court," she said: the speaker's own act; "the ministry smeared the
        # guild," she said: another's act she reports, no stance of hers nor a fact the graph
        # states; "the regulator fined us," it said: the one it hit owns to it.
        if not by_speaker(token) and (doer := _admitted(token, quote, scope)) is not None:
            scope.add(stance_of(doer, quote.speaker, "oppose", token, quote, scope, 0.6))
            return
        source = quote.speaker if by_speaker(token) else None
    if source is None or (polarity == "oppose" and read_denial(token, source, quote, scope)):
        return
    target = _verb_target(token, quote, scope, prep)
    told = addressee_of(token, scope.table) if target is None and polarity == "oppose" else None
    if told is not None:
        # "Spain told Morocco it would retaliate": a hostile act announced to the one it aims
        # at, by the teller (the "it" that would act is the teller's own).
        teller, addressed = told
        source = teller if pronoun_agent(token) else None
        target = ("actor", addressed, "") if source not in (None, addressed) else None
    if hostile and (target is None or target[0] != "actor"):
        return  # "warned of delays", "fired a shot": hostile to no one
    # "called for the resignation of X" (quoted or not): a stance on X, no issue "release of X"
    called = (target is None or target[0] == "claim") and polarity == "support"
    if called and _called_fates(token, quote, scope, source) and target and is_issue(target[1]):
        return
    if polarity == "oppose" and (target is None or target[0] == "claim"):
        target = _penalised_target(token, scope) or target
    ruled = ruling_of(token) is not None and target is not None and target[0] == "claim"
    if target is None or (ruled and _action_against(object_of(token, prep))):
        return  # "rejected her case against X": a ruling on an action (``ruled_actions``)
    kind, target_id, label = target
    if polarity == "support" and kind == "actor" and is_turned(token) and _charged(token, prep):
        return  # "will not fight the charges filed by X": giving up on them backs no one
    if polarity == "support" and kind == "actor" and _demanded_of(token, scope):
        polarity = "oppose"  # "demanded an apology from X": X is pressed, not backed
    if kind == "claim" and target_id.endswith(_FRAUD) and _charges(token):
        polarity = "support"  # "accused her rival of fraud", "protested the fraud": alleged
    if kind == "claim":
        scope.claims.setdefault(target_id, Claim(target_id, label))
    stance = stance_of(source, target_id, polarity, token, quote, scope, 0.6, kind)
    scope.add(stance, firm_rule=implied_not(token))  # "declined to endorse X": the model misses it
    # "Ireland and Norway recognised Palestine", "condemned Uganda and Rwanda": each conjunct.
    obj = object_of(token, prep) if kind == "actor" else None
    for holder, other in co_pairs(token, obj, source, target_id, scope.table):
        scope.add(stance_of(holder, other, polarity, token, quote, scope, 0.6, kind), False)
    if kind == "claim":
        # "defended the honour of X", "questioned X's legitimacy": a stance on X.
        for obj in called_objects(token):
            owner = owner_of_attribute(obj, scope.table)
            if owner is not None:
                fate_stance(token, (owner, polarity), quote, scope, source)


def _charged(token: Any, prep: str | None) -> bool:
    """Whether the verb's object is a charge ("the charges filed against him by X")."""
    obj = object_of(token, prep)
    return obj is not None and obj.lemma_.lower() in CHARGE_NOUNS


# Verbs that allege the fault they name: a fraud claim read in their words is asserted
# ("accused X of fraud", "protested the alleged cheating").
_DECRYING = frozenset({"protest", "denounce", "condemn", "decry"})
_FRAUD = "-election-was-fraudulent"


def _called_fates(token: Any, quote: Quote | None, scope: Scope, source: str) -> bool:
    """The caller's stances on whom the fates called for befall ("called for the release of
    X"); whether the fates are all that is called for (no issue coordinated with them)."""
    objects = called_objects(token)
    joined = [c for obj in objects for c in obj.children if c.dep_ == "conj"]
    fates = [f for obj in (*objects, *joined) if (f := fate_of(obj, scope.table))]
    for fate in fates:
        fate_stance(token, fate, quote, scope, source)  # "the arrest of X and the release of Y"
    return bool(fates) and all(fate_of(c, scope.table) is not None for c in joined)


def _charges(verb: Any) -> bool:
    """Whether ``verb`` alleges the fault it names: it charges someone with it, or decries the
    fault itself ("protested the alleged cheating"; not "condemned the allegations of fraud")."""
    lemma = verb.lemma_.lower()
    if lemma in CHARGING_VERBS:
        return True
    obj = object_of(verb)
    return lemma in _DECRYING and obj is not None and obj.lemma_.lower() not in CHARGE_NOUNS


def _verb_target(
    token: Any, quote: Quote | None, scope: Scope, prep: str | None
) -> tuple[str, str, str] | None:
    """What a polarity verb is aimed at: its object, or that of ``prep``; a judged act (its
    noun, or "them" or "it": "described them as absurd", "called the court's ruling a
    provocation") is its maker's, never the last actor of that number."""
    judging = token.lemma_.lower() in JUDGE_VERBS
    maker = judged_owner(token, scope.table) if judging else None
    if judging and (maker is not None or judged_pronoun(token)):
        return ("actor", scope.table.id_of(maker), "") if maker is not None else None
    return target_of(token, scope.table, scope.text, quote, prep)


# Pronouns by which a speaker's words name the speaker as the one acted on: "the commission had
# fined it" in a company's reported words, "they fined us" in its own.
_SPEAKER_OBJECTS = {"indirect": frozenset({"it"}), "direct": frozenset({"us", "me"})}


def _admitted(token: Any, quote: Quote, scope: Scope) -> str | None:
    """The doer of a hostile act the quoted speaker reports done to themselves ("the commission
    had fined it," the company said), else None."""
    obj = object_of(token)
    subject = next(iter(subjects_of(token)), None)
    own = _SPEAKER_OBJECTS.get(quote.kind, frozenset())
    if obj is None or subject is None or obj.lower_ not in own or subject.pos_ == "PRON":
        return None
    doer = scope.resolver.resolve(subject)
    doer = scope.table.id_of(doer) if doer is not None else None
    return doer if doer != quote.speaker else None


def _penalised_target(token: Any, scope: Scope) -> tuple[str, str, str] | None:
    """ "threatened legal action against X": the one the threatened penalty is laid on."""
    goods = penalised(token, token.lemma_.lower())
    hit = penalised_actor(goods, scope.table) if goods is not None else None
    return ("actor", scope.table.id_of(hit), "") if hit is not None else None


def _demanded_of(token: Any, scope: Scope) -> bool:
    """Whether a demand's actor is the one its object is asked of ("demanded an apology from X",
    "demanded X's explanation"), not the object itself ("demanded X": X wanted)."""
    obj = object_of(token) if token.lemma_.lower() == "demand" else None
    return obj is not None and scope.table.key_at(obj.idx, obj.idx + len(obj.text)) is None


def _action_against(obj: Any) -> bool:
    """Whether ``obj`` is a legal or political action against someone ("her case against X")."""
    return (
        obj is not None
        and obj.lemma_.lower() in ACTIONS
        and any(c.dep_ == "prep" and c.lower_ == "against" for c in obj.children)
    )

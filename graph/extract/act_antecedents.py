"""Whose act "this decision", "the offer" or "these comments" is, when the noun names no owner.

A quoted judgement often names the act it judges only by a noun and a determiner, right after
the narration that told of it: "Nordline offered a 2% rise. 'This offer is an insult,' said the
union's leader"; "The authority blocked the takeover. 'The decision is a disgrace,' Astra said";
"The union called a strike. ... the strike is unjustified" (a strike, walkout or boycott is
called, staged or held). An act named with an owner ("X's decision", "the Aslef strike") is
that owner's, not the one just told. A demonstrative standing alone as what is judged ("FIFA
banned him for ten games. 'This is disproportionate,' said his coach") points back the same
way as "this decision", at a decision just told (a deciding verb: "banned", "vetoed").
The act's maker is the actor subject of a verb of that act in one of the two sentences before
the noun's (the noun's own verb, "offered" for "offer", "proposed" for "proposal"; any act but
speech for "decision", "move" or "step"; a verb of speech for "remarks" or "comments"), never
the speaker.
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.lexicon import DECIDING_VERBS, MODALS, SPEECH_VERBS
from graph.extract.negation import modal
from graph.extract.syntax import subjects_of
from graph.extract.title_phrases import apposed_key

__all__ = ["act_antecedent"]

# Act nouns and the verbs that do them.
_VERBS_OF = {
    "offer": frozenset({"offer"}),
    "proposal": frozenset({"propose", "table", "unveil"}),
    "ruling": frozenset({"rule"}),
    "verdict": frozenset({"rule", "find"}),
    "refusal": frozenset({"refuse", "reject"}),
    "announcement": frozenset({"announce"}),
    "ban": frozenset({"ban"}),
    "fine": frozenset({"fine", "impose"}),
    "suspension": frozenset({"suspend", "impose"}),
    "expulsion": frozenset({"expel"}),
    "veto": frozenset({"veto"}),
    "threat": frozenset({"threaten"}),
    # "The union called a strike. ... said the strike was unjustified"
    "strike": frozenset({"call", "stage", "hold", "launch", "announce", "strike", "begin"}),
    "walkout": frozenset({"stage", "hold", "announce", "call"}),
    "boycott": frozenset({"call", "announce", "launch", "boycott"}),
}
# What a bare "this" or "that" judged points back to: a decision told ("banned X", "vetoed Y").
_DECIDED = "a decision"
# Act nouns any deed may be ("this decision" after "blocked the takeover").
_ANY_DEED = frozenset({"decision", "move", "step", "action", "actions", "act", "response"})
# Act nouns of words said ("these comments" after "X said ...").
_WORDS = frozenset({"remarks", "comments", "statement", "statements", "words", "claims"})
# Verbs that do no deed of their own ("held an election", "had talks", "visited").
_LIGHT = frozenset({"hold", "have", "be", "get", "go", "come", "take", "meet", "visit", "attend"})
_POINTING = frozenset({"this", "that", "these", "those", "the"})
_BACK = 2  # sentences before the noun's own that may hold the act


def act_antecedent(noun: Any, table: ActorTable, speaker: str | None) -> str | None:
    """The key of the named actor who did the act ``noun`` points back to, or None."""
    if _bare_demonstrative(noun):
        # only a decision points so far back: "received a ban", "lost his seat" are no one's
        return _doer_before(noun, _DECIDED, _DECIDED, table, speaker)
    lemma = noun.lemma_.lower()
    if lemma not in _VERBS_OF and lemma not in _ANY_DEED and noun.lower_ not in _WORDS:
        return None
    if not any(c.dep_ == "det" and c.lower_ in _POINTING for c in noun.children):
        return None
    if noun.tag_ != "NN" and noun.lower_ not in _WORDS:
        return None  # "the arbitrary decisions": acts in general, not the one just told
    if any(
        c.dep_ == "poss"
        or (c.dep_ == "compound" and c.pos_ == "PROPN")  # "the Aslef strike"
        or (c.dep_ == "prep" and c.lower_ in ("of", "by"))
        for c in noun.children
    ):
        return None  # an owner named: "X's decision", "the decision of X" (act_of's)
    return _doer_before(noun, lemma, noun.lower_, table, speaker)


def _bare_demonstrative(word: Any) -> bool:
    """ "This" or "that" standing alone as a subject ("This is disproportionate"), not the
    determiner of a noun nor a relative word."""
    return (
        word.lower_ in ("this", "that")
        and word.pos_ == "PRON"
        and word.tag_ == "DT"  # not the relative "that" (WDT): "a player that is reckless"
        and word.dep_ == "nsubj"
    )


def _doer_before(
    noun: Any, lemma: str, word: str, table: ActorTable, speaker: str | None
) -> str | None:
    """The named actor, not ``speaker``, subject of a verb doing the act (``lemma``, written
    ``word``) in one of the ``_BACK`` sentences before ``noun``'s."""
    sent = noun.sent
    for _ in range(_BACK):
        if sent.start == 0:
            return None
        sent = noun.doc[sent.start - 1].sent
        for verb in _acts(sent):
            if not _does(verb, lemma, word):
                continue
            for subject in subjects_of(verb):
                key = _named(table, subject)
                if key is not None and table.id_of(key) != speaker:
                    return key
    return None


def _acts(sent: Any) -> list[Any]:
    """The sentence's main verb and the verbs joined to it."""
    root = sent.root
    return [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB")]


def _does(verb: Any, lemma: str, word: str) -> bool:
    """Whether ``verb`` does the act the noun (``lemma``, as written ``word``) names."""
    if verb.pos_ != "VERB" or modal(verb, MODALS):  # "will make the decision": not done
        return False
    done = verb.lemma_.lower()
    if lemma == _DECIDED:
        return done in DECIDING_VERBS
    if word in _WORDS:
        return done in SPEECH_VERBS
    if lemma in _ANY_DEED:
        # "announced the closure of two plants": a deed announced, not words reported
        told = any(c.dep_ == "dobj" for c in verb.children) and not any(
            c.dep_ == "ccomp" for c in verb.children
        )
        return done not in _LIGHT and (done not in SPEECH_VERBS or told)
    return done in _VERBS_OF.get(lemma, frozenset())


def _named(table: ActorTable, subject: Any) -> str | None:
    """The actor key at a subject, or named with it: "the regulator Ofwat", "the RMT union"."""
    key = table.key_at(subject.idx, subject.idx + len(subject.text))
    if key is not None:
        return key
    for child in subject.children:
        key = table.key_at(child.idx, child.idx + len(child.text))
        if child.dep_ == "compound" and child.pos_ == "PROPN" and key is not None:
            return key
    return apposed_key(table, subject)

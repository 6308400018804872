"""Attitudes held towards someone, named by a noun and its preposition: "confidence in X",
"contempt for X", "opposition to X", "paid tribute to X".

News reports a view of an actor as a noun of feeling or regard whose preposition names the
one it is held towards: "has full confidence in the union", "lost faith in the board",
"expressed anger at the company", "reaffirmed his opposition to the merger's backers". The
holder is the noun's possessor ("the minister's contempt for X"), else the subject of the verb
the noun hangs on ("I have ..." in a quotation: the speaker). Trust withheld or lost ("no
confidence in", "lost faith in", "does not trust") is opposition; a hostile feeling denied
("has no quarrel with", "no animosity towards") is no stance. Hostility a speaker reports
suffered ("X put pressure on her", she said) is the speaker's complaint of X.
"""

from __future__ import annotations

from typing import Any

from graph.extract.noun_holders import SPEAKERS_OWN
from graph.extract.parse_links import verb_above
from graph.extract.stance_roles import implied_not, negated, source_of
from graph.extract.stance_scope import Scope, stance_of
from graph.extract.syntax import subjects_of
from graph.extract.targets import heads_of

__all__ = ["ATTITUDES", "read_attitude"]

# Displeasure at someone: "anger at X", "frustration with X", "annoyance at the fact that X".
_IRKED = ("anger", "fury", "frustration", "dissatisfaction", "exasperation", "annoyance")
_IRKED += ("irritation",)
# The noun, its polarity, and the prepositions naming whom it is held towards.
ATTITUDES: dict[str, tuple[str, frozenset[str]]] = {
    **dict.fromkeys(("confidence", "faith", "trust"), ("support", frozenset({"in"}))),
    **dict.fromkeys(
        ("admiration", "respect", "affection", "sympathy"), ("support", frozenset({"for"}))
    ),
    **dict.fromkeys(
        ("tribute", "gratitude", "loyalty", "allegiance", "thanks"), ("support", frozenset({"to"}))
    ),
    **dict.fromkeys(("contempt", "disdain", "scorn"), ("oppose", frozenset({"for"}))),
    **dict.fromkeys(
        ("hostility", "animosity", "resentment", "antipathy"),
        ("oppose", frozenset({"to", "toward", "towards", "against"})),
    ),
    **dict.fromkeys(
        ("distrust", "mistrust"), ("oppose", frozenset({"of", "in", "toward", "towards"}))
    ),
    **dict.fromkeys(_IRKED, ("oppose", frozenset({"at", "with"}))),
    # "expressed their disagreement with the IOC", "voiced displeasure with X"
    **dict.fromkeys(("disagreement", "displeasure"), ("oppose", frozenset({"with"}))),
    "opposition": ("oppose", frozenset({"to"})),
    "pressure": ("oppose", frozenset({"on"})),  # "piled pressure on X to resign"
    "solidarity": ("support", frozenset({"with"})),
}
# Verbs that take trust away: "lost faith in", "withdrew its confidence in".
_LOSING = frozenset({"lose", "withdraw", "lack", "shake", "undermine", "erode"})


def read_attitude(token: Any, quote: Any, scope: Scope) -> None:
    """The stance a noun of attitude ``token`` shows towards the actor its preposition names."""
    entry = ATTITUDES.get(token.lower_) or ATTITUDES.get(token.lemma_.lower())
    if entry is None:
        return
    polarity, preps = entry
    aimed = _towards(token, preps, scope)
    if not aimed:
        return
    target = aimed[0]
    verb = _verb_of(token)
    withheld = any(c.dep_ == "det" and c.lower_ == "no" for c in token.children)
    if verb is not None and _manner(token) and (negated(verb) or implied_not(verb)):
        if verb.lemma_.lower() not in _STAYING:
            return  # "did not march in solidarity with X": no stance told
        # "would not appear (refused to work) in solidarity with X": staying away is the act
    else:
        withheld = withheld or (verb is not None and negated(verb))
    if verb is not None and verb.lemma_.lower() in _LOSING:
        withheld = not withheld
    if withheld:
        if polarity == "oppose":
            return  # "has no animosity towards X": no stance
        polarity = "oppose"  # "no confidence in X", "lost faith in X"
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    source = None
    if owner is not None and not (owner.lower_ in _SUBJECT_FORMS and _has_subject(verb)):
        source = _owner(owner, quote, scope)
    elif verb is not None and _manner(token) and _common_subject(verb):
        return  # "after other pundits refused to present in solidarity with X": unnamed doers
    elif verb is not None:
        # "People have placed their faith in X": the subject's own, whoever "their" is
        source = source_of(verb, quote, scope.table, scope.resolver)
    if source is None or source == target:
        return
    if quote is not None and target == quote.speaker and polarity == "oppose":
        # "X put pressure on her," she said: her complaint of X, the stance the report shows
        source, aimed = target, [source]
    for one in (a for a in aimed if a != source):
        scope.add(stance_of(source, one, polarity, verb or token, quote, scope, 0.55))


def _owner(owner: Any, quote: Any, scope: Scope) -> str | None:
    """Whose the attitude is: the possessor named ("the minister's contempt"), the speaker
    ("our anger", said), or whom "his", "her", "its", "their" stand for."""
    key = scope.table.key_at(owner.idx, owner.idx + len(owner.text))
    if key is not None:
        return scope.table.id_of(key)
    if quote is not None and owner.lower_ in SPEAKERS_OWN:
        return quote.speaker
    pronoun = _SUBJECT_FORMS.get(owner.lower_)
    if pronoun is None:
        return None
    speaker = None
    if quote is not None:
        speaker = scope.table.key_of(quote.speaker)
    key = scope.resolver.pronoun(pronoun, owner.idx, speaker=speaker)
    return scope.table.id_of(key) if key is not None else None


_SUBJECT_FORMS = {"his": "he", "her": "she", "its": "it", "their": "they"}


# Acts whose refusal is the protest: "would not appear on the show in solidarity with X".
_STAYING = frozenset({"appear", "work", "play", "attend", "present", "perform", "feature", "show"})


def _manner(token: Any) -> bool:
    """ "in solidarity with X": the noun names the manner of the act it hangs on."""
    return token.dep_ == "pobj" and token.head.lower_ == "in" and token.head.dep_ == "prep"


def _common_subject(verb: Any) -> bool:
    """Whether the doer of ``verb`` is people named by a common noun ("other pundits")."""
    subject = next(iter(subjects_of(verb)), None)
    return subject is not None and subject.pos_ == "NOUN"


def _has_subject(verb: Any) -> bool:
    return verb is not None and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _towards(token: Any, preps: frozenset[str], scope: Scope) -> list[str]:
    """The actors named by the noun's preposition ("confidence in the union"), which the parser
    may hang on the verb taking the noun ("paid tribute to X", "expressed solidarity with X"):
    the first named and those joined to it ("disagreement with the IOC and Thomas Bach"), not
    others the sentence goes on to name ("over X's treatment")."""
    verb = token.head if token.dep_ == "dobj" else None
    verb = verb_above(token, limit=4) if _manner(token) else verb  # "worked in solidarity| with X"
    phrases = [c for c in token.children if c.dep_ == "prep" and c.lower_ in preps]
    if not phrases and verb is not None:
        phrases = [
            c
            for c in verb.children
            if c.dep_ in ("prep", "dative") and c.lower_ in preps and c.i > token.i
        ]
    table = scope.table
    for pobj in (g for p in phrases for g in p.children if g.dep_ == "pobj"):
        keys = heads_of(pobj, table)
        if keys and table.is_named(keys[0]):
            return list(dict.fromkeys(table.id_of(k) for k in keys if table.is_named(k)))
    doer = next((t for p in phrases if (t := _fact_doer(p, scope)) is not None), None)
    return [doer] if doer is not None else []


def _fact_doer(prep: Any, scope: Scope) -> str | None:
    """ "annoyance at the fact that the British prime minister cancelled our meeting": the one
    the clause on "the fact" tells acting (its subject, resolved as a speaker would be)."""
    for fact in (c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() == "fact"):
        for clause in (c for c in fact.children if c.dep_ in ("acl", "ccomp", "relcl")):
            doer = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            key = scope.resolver.resolve(doer) if doer is not None else None
            if key is not None and scope.table.is_named(key):
                return scope.table.id_of(key)
    return None


def _verb_of(token: Any) -> Any | None:
    """The verb whose object or complement the noun is: "has confidence", "paid tribute",
    "expressed anger", "reaffirmed his opposition"."""
    for _ in range(4):  # "has shown nothing but contempt for X": up through "but nothing"
        if token.dep_ not in ("dobj", "attr", "nsubjpass", "conj", "pobj", "prep"):
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None

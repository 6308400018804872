"""Who a penalty falls on is not whom a third party opposes: "China opposes the US's sanctions
on Iran" opposes the US, not Iran.

The learned pair reader sees an opposition word and two countries, and often gives the
opposition to the country a hostile act is aimed at ("sanctions on X", "attack against X",
"tariffs against X"). Such a target is the act's victim: only the act's doer (its possessor or
compound, its "by" agent, or the subject of the verb that lays it: "the US imposed sanctions on
X") opposes X by it. A learned stance from anyone else towards the victim is dropped.

The same holds for a wrong done to someone and told of them ("the people had been cheated",
"the police beat protesters"), and for a harm named by a noun with its patient after "of" ("the
suspension of student leader X", "condemned the arrest of X"): whoever tells it or condemns it
takes no side against the one harmed; only the harm's doer (the active subject, the passive
"by" agent, the noun's possessor or "by" phrase) is against them.
"""

from __future__ import annotations

from graph.extract.lexicon import ACCUSATION_VERBS, HARM_NOUNS
from graph.extract.stance_features import Sentence, mention_head
from graph.extract.stance_phrases import HARM_VERBS

__all__ = ["victim"]

TokenRange = tuple[int, int]

# Hostile acts aimed "on", "against" or "at" someone.
_HOSTILE_NOUNS = frozenset(
    {"sanction", "tariff", "duty", "levy", "embargo", "ban", "restriction", "penalty", "curb",
     "attack", "strike", "raid", "offensive", "war", "aggression", "violence", "crackdown",
     "campaign", "measure", "action", "retaliation", "invasion", "assault", "blockade"}
)  # fmt: skip
_AIMED = frozenset({"on", "against", "at", "upon"})
_OWNER_DEPS = frozenset({"poss", "compound", "nmod", "amod"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Wrongs done to someone: the charges of wrongdoing, harms, and what is done to cow or rob.
_WRONGS = (
    ACCUSATION_VERBS
    | (HARM_VERBS - {"punish"})  # a penalty laid is a judgement, not a wrong
    | {"intimidate", "harass", "disenfranchise", "threaten", "attack", "assault", "beat",
       "silence", "oppress", "exploit", "abuse", "mistreat", "rob", "deprive", "swindle",
       "victimise", "victimize", "bully", "coerce", "shoot", "injure", "wound"}
)  # fmt: skip


def victim(view: Sentence, source: TokenRange, target: TokenRange, polarity: str | None) -> bool:
    """Whether a ``polarity`` reading from ``source`` to ``target`` only names whom another's
    hostile act or wrong befalls: any reading for a hostile act's target, an opposition for
    a wrong's (telling of a wrong done to X takes X's side, if any)."""
    if victim_of_another(view, source, target):
        return True
    return polarity == "oppose" and (
        wronged_by_another(view, source, target) or harmed_by_another(view, source, target)
    )


def victim_of_another(view: Sentence, source: TokenRange, target: TokenRange) -> bool:
    """Whether ``target`` is only what a hostile act not done by ``source`` is aimed at.

    Ranges are doc token ranges, as the pair reader's; ``view`` may be a ``with_speaker`` one.
    """
    head = _first_conjunct(view, target)
    prep = view.heads[head]
    if view.deps[head] != "pobj" or view.words[prep] not in _AIMED:
        return False
    noun = view.heads[prep]
    if noun == prep or view.lemmas[noun] not in _HOSTILE_NOUNS or view.pos[noun] != "NOUN":
        return False
    children = _children(view)
    doers = [c for c in children[noun] if view.deps[c] in _OWNER_DEPS]
    doers += [g for c in children[noun] if view.words[c] == "by" for g in children[c]]
    verb = view.heads[noun]
    # The subject of a verb that lays the act ("imposed sanctions on X"), not of one that
    # judges it ("condemned the sanctions on X": a position on the act, not the victim's foe).
    lays = view.polar[verb] not in ("sup", "opp", "say")
    if view.deps[noun] in ("dobj", "nsubjpass") and verb != noun and lays:
        subjects = [c for c in children[verb] if view.deps[c] in _SUBJECTS]
        if not subjects and view.deps[verb] in ("xcomp", "advcl", "conj"):
            up = view.heads[verb]  # "moved to impose sanctions on X": who moved
            subjects = [c for c in children[up] if view.deps[c] in _SUBJECTS]
        doers += subjects
    return not _done_by(view, source, doers, children)


def wronged_by_another(view: Sentence, source: TokenRange, target: TokenRange) -> bool:
    """Whether ``target`` is only the one a wrong not done by ``source`` is done to: the
    subject of a passive wrong whose "by" agent is not the source ("X said voters had been
    intimidated"), or the object of an active wrong whose subject is not the source ("X said
    the police beat protesters"). Ranges as for :func:`victim_of_another`."""
    head = _first_conjunct(view, target)
    verb = view.heads[head]
    role = view.deps[head]
    if verb == head or role not in ("nsubjpass", "dobj") or view.lemmas[verb] not in _WRONGS:
        return False
    if view.pos[verb] != "VERB":
        return False
    children = _children(view)
    if role == "nsubjpass":
        doers = [g for c in children[verb] if view.deps[c] == "agent" for g in children[c]]
    else:
        doers = [c for c in children[verb] if view.deps[c] == "nsubj"]
        if not doers:
            return False  # "to intimidate voters": whose aim it is, unread here
    return not _done_by(view, source, doers, children)


def harmed_by_another(view: Sentence, source: TokenRange, target: TokenRange) -> bool:
    """Whether ``target`` is only the one a harm named by a noun befalls ("the suspension of
    X", "the suspension and outing of its president, X"), done by someone other than
    ``source`` (the noun's possessor, compound or "by" agent; none named: anyone else).
    Ranges as for :func:`victim_of_another`."""
    head = _first_conjunct(view, target)
    if view.deps[head] == "appos":
        head = view.heads[head]  # "of the council's president, X": X is the president
    prep = view.heads[head]
    if view.deps[head] != "pobj" or view.words[prep] != "of":
        return False
    noun = view.heads[prep]
    children = _children(view)
    bare = not any(view.deps[c] in ("det", "poss") for c in children[noun])
    if view.deps[noun] == "conj" and view.lemmas[noun] not in HARM_NOUNS and bare:
        noun = view.heads[noun]  # "the suspension and single outing of X": one phrase
    if noun == prep or view.lemmas[noun] not in HARM_NOUNS or view.pos[noun] != "NOUN":
        return False
    doers = [c for c in children[noun] if view.deps[c] in ("poss", "compound")]
    doers += [g for c in children[noun] if view.words[c] == "by" for g in children[c]]
    return not _done_by(view, source, doers, children)


def _first_conjunct(view: Sentence, target: TokenRange) -> int:
    """The head of the target mention, risen to the first conjunct of its conjunction
    ("sanctions on Iran and Syria", "beat X and Y"): the role is the first one's."""
    head = mention_head(view, (target[0] - view.start, target[1] - view.start))
    while view.deps[head] == "conj" and view.heads[head] != head:
        head = view.heads[head]
    return head


def _children(view: Sentence) -> list[list[int]]:
    """Each token's children, from one pass over the heads."""
    n = len(view.deps)
    children: list[list[int]] = [[] for _ in range(n)]
    for i, h in enumerate(view.heads):
        if h != i and 0 <= h < n:
            children[h].append(i)
    return children


def _done_by(
    view: Sentence, source: TokenRange, doers: list[int], children: list[list[int]]
) -> bool:
    """Whether the source mention lies within one of the doers' phrases."""
    src = {i - view.start for i in range(*source)}
    return any(_within(view, d, children) & src for d in doers)


def _within(view: Sentence, token: int, children: list[list[int]]) -> set[int]:
    """The token and every token below it."""
    out, todo = set(), [token]
    while todo:
        t = todo.pop()
        if t not in out:
            out.add(t)
            todo += children[t]
    return out

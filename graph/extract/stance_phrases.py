"""Stance verbs and phrases the rules read beyond the shared lexicon.

The shared lists in ``graph.extract.lexicon`` are also features of the learned pair model, so
they stay as it was trained; the words here are read by the rules alone. Each entry is a
general construction of news English with its own tests (tests/test_stance_rules.py).
"""

from __future__ import annotations

from typing import Any

from graph.extract.elections import RIGGING_VERBS, VOTE_WRONGS
from graph.extract.lexicon import CALL_VERBS, DENIAL_VERBS, DIRECTIVE_VERBS, PUT_TO
from graph.extract.negation import asserted, negated
from graph.extract.parse_links import pointing_subject
from graph.extract.subordinators import CONDITIONS, opened_by
from graph.extract.syntax import prep_objects

__all__ = [
    "ACT_FAULTS",
    "AGAINST_VERBS",
    "GRUDGED",
    "HARM_VERBS",
    "HOSTILE_ACTS",
    "HOSTILE_TO_ACTORS",
    "YIELDING",
    "against",
    "aimed",
    "committed",
    "dissuaded",
    "penalised",
    "relieved",
    "summoned",
    "withheld",
]

# Hostile acts one actor does to another: "expelled a diplomat", "suspended the president",
# "vetoed X's proposal", "denied X's accusation", "disowned the results".
HOSTILE_ACTS = frozenset(
    {"expel", "suspend", "retaliate", "oust", "evict", "dismiss", "deny", "refute",
     "rebuff", "rebut", "spurn", "scold", "reprimand", "fault", "veto", "sue", "protest",
     "fight", "disown", "repudiate", "disavow"}
)  # fmt: skip
# Acts that are hostile only when aimed at an actor: "warned Iran", "fired the coach", "defied
# the court", "branded the union a menace", "prevented the minister from landing", "fined X",
# "prohibited X from taking over Y"
# ("warned of delays", "fired a shot", "stopped the talks", "fined the parties 5 million" with
# no actor named are no stance).
# "warn" and "fire" with a person or body as object read as opposing it in the crowd-labelled
# DSE training sentences (6 of 7 each); the rest are CAMEO disapproval, rejection and coercion
# verbs (roots 11, 12, 16, 17) whose object is the one disapproved of or coerced.
HOSTILE_TO_ACTORS = frozenset(
    {"warn", "fire", "sack", "brand", "vilify", "demonise", "demonize", "smear", "malign",
     "disparage", "belittle", "denigrate", "impugn", "pillory", "chide", "admonish",
     "defy", "betray", "blacklist", "ostracise", "ostracize", "deport", "banish", "overrule",
     "prevent", "stop", "thwart", "obstruct", "hamper", "fine", "prohibit", "forbid",
     "restrain", "enjoin",  # "the court restrained the union from striking"
     # face to face: "confronted the chief executive", "grilled the minister"
     "confront", "grill", "harass", "heckle", "taunt", "jeer", "excoriate", "reproach",
     "harangue", "badger", "hound", "pester", "penalize", "penalise"}
)  # fmt: skip
# Harm a speaker charges someone with, beside the shared ACCUSATION_VERBS: "they are
# destroying our industry".
HARM_VERBS = frozenset(
    {"destroy", "ruin", "cripple", "devastate", "sabotage", "wreck", "hurt", "harm", "damage",
     "endanger", "jeopardise", "jeopardize", "punish", "betray", "mislead", "deceive"}
)  # fmt: skip
# Crimes one "commits": "Israel is committing genocide" charges the doer.
_CRIMES = frozenset(
    {"genocide", "crime", "atrocity", "massacre", "fraud", "murder", "abuse", "violation",
     "aggression", "terrorism"}
)  # fmt: skip
# Faults one "shows" in how one acts: "the council demonstrated a clear bias".
_SHOW = frozenset({"show", "demonstrate", "display", "exhibit", "reveal", "betray"})
_SHOWN_FAULTS = frozenset(
    {"bias", "partiality", "disregard", "contempt", "disrespect", "incompetence", "negligence",
     "arrogance", "hostility", "intolerance", "hypocrisy", "cowardice"}
)  # fmt: skip
# Condemnations of someone's act, beside stance_measures.SCORNFUL, said of what an actor does or
# owns ("China's behaviour is dangerous and destabilising"), never of a bare situation.
ACT_FAULTS = frozenset(
    {"destabilising", "destabilizing", "provocative", "illegal", "unlawful", "aggressive",
     "dangerous", "inflammatory", "racist", "discriminatory", "misleading", "false", "untrue",
     "xenophobic", "belligerent", "arbitrary", "repressive", "abusive", "regrettable",
     "offensive", "inappropriate", "unethical", "unconstitutional", "undemocratic", "insulting",
     "disrespectful", "condescending", "predatory", "anti-competitive", "anticompetitive"}
)  # fmt: skip
# Verbs that take a side only when refused: "will never accept X's annexation" opposes X;
# accepting is no more than acquiescence.
GRUDGED = frozenset({"accept", "tolerate", "condone"})
# Giving way to someone, a side taken only when refused: "would not capitulate to X's demands",
# "will never bow to X" oppose X (giving way is no support).
YIELDING = frozenset({"capitulate", "bow", "yield", "submit", "succumb", "cave"})
# Verbs that oppose only what they are "against": "will appeal against the ban".
AGAINST_VERBS = frozenset(
    {"appeal", "protest", "campaign", "vote", "rule", "fight", "lobby", "speak", "rally", "march",
     "testify", "demonstrate", "mobilise", "mobilize", "rail", "argue", "petition", "strike"}
)  # fmt: skip
"""Verbs that oppose what they are "against": "spoke out against X", "appealed against it"."""
# Verbs that oppose whom they are aimed "at": "lashed out at X", "hit out at X", "took aim at",
# "pointed the finger at X" (blamed X).
_AT_VERBS = frozenset({"lash", "hit", "rail", "swipe", "snap", "fire", "take", "jab", "point"})
# Penalties one actor lays "on" another or on its goods: "slapped tariffs on Chinese steel",
# "imposed a ban on Russian oil", "levied duties on X".
_PENALTY_VERBS = frozenset(
    {"impose", "slap", "levy", "place", "put", "announce", "introduce", "raise", "hike",
     "extend", "threaten", "reimpose", "adopt", "approve", "unveil", "take"}
)  # fmt: skip
_PENALTIES = frozenset(
    {"tariff", "duty", "levy", "sanction", "embargo", "ban", "restriction", "penalty", "curb",
     "fine", "quota", "measure", "countermeasure",
     # legal or other action taken against someone: "threatened legal action against X"
     "action", "proceeding", "retaliation", "lawsuit", "step"}
)  # fmt: skip


# A penalty is laid on or against someone: "imposed tariffs on X", "announced sanctions against X".
_LAID = frozenset({"on", "against"})
# Verbs that lay a penalty on their object "with" it: "hit Russia with sanctions", "slapped X
# with a fine", "issued X with a 1.2 billion euro fine", "threatened X with tariffs".
_WITH_VERBS = frozenset({"hit", "slap", "issue", "threaten", "target", "saddle", "punish"})


# Taking away what lets someone act: "cancelled X's visa", "revoked the licence of X".
_REVOKING = frozenset({"cancel", "revoke", "withdraw", "suspend", "rescind", "refuse", "deny"})
_PERMITS = frozenset(
    {"visa", "licence", "license", "passport", "accreditation", "citizenship", "permit",
     "credentials", "residency"}
)  # fmt: skip


def penalised(token: Any, lemma: str) -> Any | None:
    """What a penalty is laid "on" or "against" ("slapped a 25% tariff on X's cars", "adopted
    new measures against X") or whom it is laid on "with" ("hit X with sanctions"): that noun,
    else None."""
    if lemma in _REVOKING:
        # "cancelled X's visa", "revoked the licence of X": the permit, whose holder is hit
        permits = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        return next((c for c in permits if c.lemma_.lower() in _PERMITS), None)
    if lemma in _WITH_VERBS and not _object(token, _PENALTIES):
        return _penalised_with(token)
    if lemma not in _PENALTY_VERBS or not _object(token, _PENALTIES):
        return None
    heads = [token, *(c for c in token.children if c.dep_ == "dobj")]
    # "slapped a fine of 2 billion euros on X": the parser may hang "on X" on the amount
    heads += [g for h in heads[1:] for c in h.children if c.lower_ == "of" for g in c.children]
    return _laid_on(heads)


def _laid_on(heads: list[Any]) -> Any | None:
    """The noun a penalty is laid "on" or "against" in the phrases of ``heads`` (not "on
    Tuesday")."""
    preps = (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in _LAID)
    goods = (g for c in preps for g in c.children if g.dep_ == "pobj")
    return next((g for g in goods if g.ent_type_ not in ("DATE", "TIME")), None)


def relieved(token: Any, lemma: str) -> Any | None:
    """What a penalty lifted was laid "on" or "against" ("lifted sanctions on X", "eased the
    embargo against X", "dropped tariffs on X's steel"): that noun, else None. Relief is a
    friendly act to the one relieved, never a penalty."""
    if lemma not in _RELIEVING or not _object(token, _RELIEVED) or not asserted(token):
        return None  # "warned against lifting sanctions", "could ease them": nothing lifted
    objects = [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in _RELIEVED]
    return _laid_on([token, *objects])


_RELIEVING = frozenset({"lift", "ease", "relax", "remove", "scrap", "drop", "waive", "suspend"})
# Penalties lifted: "lifted sanctions on X", "scrapped tariffs on X's steel"
_RELIEVED = frozenset({"tariff", "duty", "sanction", "embargo", "ban", "restriction", "curb"})


def _penalised_with(token: Any) -> Any | None:
    """ "hit X with sanctions": the object X, when the verb's (or the object's) "with" phrase
    holds a penalty; else None."""
    objects = [c for c in token.children if c.dep_ == "dobj"]
    heads = [token, *objects]
    preps = (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "with")
    held = any(
        g.lemma_.lower() in _PENALTIES for c in preps for g in c.children if g.dep_ == "pobj"
    )
    return objects[0] if held and objects else None


# Verbs that ask someone to act: "urged X not to ...", "appealed to X not to ...".
_ASKING = CALL_VERBS | DIRECTIVE_VERBS | {"tell"}


def dissuaded(token: Any, table: Any) -> str | None:
    """The actor (of the actor table ``table``) asked not to act ("urged the party not to block
    the budget", "appealed to the opposition not to spread rumours"): pressed to refrain,
    opposed; else None."""
    if token.lemma_.lower() not in _ASKING or not any(
        c.dep_ == "xcomp" and any(g.dep_ == "neg" for g in c.children) for c in token.children
    ):
        return None
    asked = [c for c in token.children if c.dep_ == "dobj"]
    asked += prep_objects(token, "to", "on", "with")
    return table.key_at(asked[0].idx, asked[0].idx + len(asked[0].text)) if asked else None


def withheld(token: Any, lemma: str) -> bool:
    """ "denied consumers a genuine choice", "refused them entry": a thing kept from someone
    (the verb's dative), not a claim or a request turned down."""
    return lemma in ("deny", "refuse") and any(c.dep_ == "dative" for c in token.children)


def against(token: Any, lemma: str) -> bool:
    """A verb that opposes what it is "against" or aimed "at", or turns down its object."""
    return (
        (lemma in AGAINST_VERBS and _has_prep(token, "against"))
        or aimed(token, lemma)
        or turned_down(token, lemma)
    )


# Verbs that reject their object with a particle: "turned down the offer", "shot down the
# plan", "voted down the bill", "threw out the petition", "knocked back the bid"; and that
# dismiss it: "shrugged off calls for a recount", "brushed aside the criticism".
_DOWN_VERBS = {
    "turn": ("down",),
    "shoot": ("down",),
    "vote": ("down",),
    "throw": ("out",),
    "knock": ("back",),
    "shrug": ("off", "aside"),
    "brush": ("off", "aside"),
    "wave": ("off", "aside", "away"),
    "laugh": ("off",),
}
_DISMISSING = frozenset({"shrug", "brush", "wave", "laugh"})


def turned_down(token: Any, lemma: str) -> bool:
    """ "turned down X's offer", "shot down the proposal", "voted down the bill", "threw out
    an attempt by X", "shrugged off calls for a recount", "brushed aside the criticism": what
    one party puts to another or says of it, rejected (not "turned down the volume", "threw out
    the rubbish", "waved off X at the airport", "brushed aside Spain")."""
    dismissing = lemma in _DISMISSING  # any thing said or done, not a person, team or place
    return (
        lemma in _DOWN_VERBS
        and any(
            c.dep_ in ("prt", "advmod") and c.lower_ in _DOWN_VERBS[lemma] for c in token.children
        )
        and any(
            c.dep_ in ("dobj", "nsubjpass")
            and (c.lemma_.lower() in PUT_TO or (dismissing and c.pos_ == "NOUN"))
            for c in token.children
        )
        and not negated(token)
    )


def _stood_up_to(token: Any, lemma: str) -> bool:
    """ "stood up to X": defied X (its target is the object of "to")."""
    return (
        lemma == "stand"
        and any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children)
        and _has_prep(token, "to")
    )


def aimed(token: Any, lemma: str) -> bool:
    """ "lashed out at", "hit out at", "fired back at", "took aim at", "took a swipe at", "pointed
    the finger at" (not "hit at the bank", "pointed at the map")."""
    if lemma not in _AT_VERBS or not _has_prep(token, "at"):
        return False
    if lemma == "point":
        return _object(token, {"finger", "fingers"})
    if lemma == "take":
        return _object(token, {"aim", "swipe", "shot", "potshot", "dig", "jab"})
    return lemma in ("rail", "swipe", "jab") or any(
        c.dep_ in ("prt", "advmod") and c.lower_ in ("out", "back") for c in token.children
    )


def _object(token: Any, words: set[str] | frozenset[str]) -> bool:
    return any(c.dep_ == "dobj" and c.lemma_.lower() in words for c in token.children)


def _has_prep(token: Any, word: str) -> bool:
    """The verb, or its object (the parser may hang the phrase on either), has ``word``."""
    heads = [token, *(c for c in token.children if c.dep_ == "dobj")]
    # "stuck by X": an active verb's "by" the parser may label a passive's agent
    deps = ("prep", "agent")
    return any(c.dep_ in deps and c.lower_ == word for h in heads for c in h.children)


def committed(token: Any, lemma: str) -> bool:
    """ "is committing genocide", "committed war crimes": a crime charged to the doer; an act
    said to be done unlawfully ("illegally copied"); or a fault one is said to show:
    "demonstrated a clear bias", "shows open disregard for the norms"."""
    if lemma in _SHOW:
        # "It demonstrates contempt for democracy": an act shows its doer's fault, unnamed here
        return not pointing_subject(token) and _object(token, _SHOWN_FAULTS)
    if any(c.dep_ == "advmod" and c.lower_ in _WRONGLY for c in token.children):
        return True  # "illegally copied our code", "unlawfully detained him": a wrong charged
    return lemma == "commit" and _object(token, _CRIMES)


# Adverbs that charge the act they qualify as a wrong: "illegally copied", "unlawfully held".
_WRONGLY = frozenset(
    {"illegally", "unlawfully", "fraudulently", "corruptly", "illicitly", "wrongfully"}
)


# Envoys a government summons to protest to their country: "summoned the British ambassador".
_ENVOYS = frozenset({"ambassador", "envoy", "diplomat", "charge", "chargé", "consul", "emissary"})


def summoned(token: Any, lemma: str) -> bool:
    """ "Iran summoned the British ambassador": a protest to the envoy's country; "took the
    union to court": a suit against the one taken there."""
    if lemma == "take" and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in _VENUES for c in token.children
    ):
        return True  # the parser's "took X [to court]" read as an infinitive
    if lemma == "take" and _has_prep(token, "to"):
        heads = [token, *(c for c in token.children if c.dep_ == "dobj")]
        return any(
            g.dep_ == "pobj" and g.lemma_.lower() in _VENUES
            for h in heads
            for c in h.children
            if c.dep_ == "prep" and c.lower_ == "to"
            for g in c.children
        )
    return lemma == "summon" and _object(token, _ENVOYS)


_VENUES = frozenset({"court", "tribunal", "arbitration"})  # where one is taken to


# Idioms of a stance: (verb, its object or None, the preposition naming the target) -> polarity.
# "poured scorn on X", "poured cold water on X's plan", "cast doubt on X's claims", "heaped
# praise on X", "broke ranks with X", "rallied behind X", "stuck by X", "abide by X".
_IDIOMS = {
    ("pour", "scorn", "on"): "oppose",
    ("pour", "water", "on"): "oppose",
    ("heap", "scorn", "on"): "oppose",
    ("cast", "doubt", "on"): "oppose",
    ("cast", "doubt", "over"): "oppose",
    ("heap", "praise", "on"): "support",
    ("shower", "praise", "on"): "support",
    ("break", "rank", "with"): "oppose",
    ("rally", None, "behind"): "support",
    ("unite", None, "behind"): "support",
    ("line", None, "behind"): "support",
    ("stick", None, "by"): "support",
    ("abide", None, "by"): "support",  # "pledged to abide by the commission('s ruling)"
}


def _obliged_or_conditional(verb: Any) -> bool:
    """ "X must abide by the ruling" (an obligation laid on X by whoever says it), "arrested if
    he did not abide by it" (a condition)."""
    if any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in verb.children):
        return True
    head = verb
    for _ in range(3):
        if opened_by(head, CONDITIONS):
            return True
        head = head.head
    return False


# The preposition ``idiom`` names for "in favour of X" (or "in X's favour"): ``favoured`` reads it.
IN_FAVOUR = "in favour of"
_FAVOURS = frozenset({"favour", "favor"})


def favoured(token: Any) -> Any | None:
    """Whom a verb acts in favour of: "ruled in favour of X", "found in X's favor", "voted
    in favour of X" (the head of X), else None."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lower_ not in _FAVOURS:
                continue
            owner = next((c for c in noun.children if c.dep_ == "poss"), None)
            of = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                  for g in c.children if g.dep_ == "pobj"]  # fmt: skip
            return owner if owner is not None else next(iter(of), None)
    return None


def _rigged(token: Any) -> bool:
    """Whether what was done in someone's favour is a fault of the vote ("fraud was used in
    X's favour", "the results were rigged in favour of X"): who tells it holds it against them."""
    if token.lemma_.lower() in RIGGING_VERBS:
        return True
    return any(  # "a wide range of electoral fraud was used": the fault in its phrase
        t.lemma_.lower() in VOTE_WRONGS
        for c in token.children
        if c.dep_ in ("nsubj", "nsubjpass", "dobj")
        for t in c.subtree
    )


def _fault_denied(token: Any) -> bool:
    """Whether the fault done in someone's favour is denied: "no fraud was used in X's favour",
    "denied that fraud was used in X's favour", "fraud was not used"."""
    if negated(token) or (token.dep_ == "ccomp" and token.head.lemma_.lower() in DENIAL_VERBS):
        return True
    return any(c.lower_ == "no" for t in token.subtree for c in t.children if c.dep_ == "det")


# Acts done with another that one looks forward to: "look forward to working with X".
_TOGETHER = frozenset({"work", "cooperate", "collaborate", "partner", "engage"})


def _looked_forward(token: Any) -> bool:
    """Whether ``token`` is what someone looks forward to ("look forward to working with")."""
    to = token.head
    return (
        token.dep_ == "pcomp"
        and to.lower_ == "to"
        and to.head.lemma_.lower() == "look"
        and any(c.lower_ == "forward" for c in to.head.children)
    )


def idiom(token: Any, lemma: str) -> tuple[str, str] | None:
    """(polarity, preposition of the target) of a stance idiom the verb ``token`` heads
    ("stood up to X" opposes X, though "stood by X" supports)."""
    if _stood_up_to(token, lemma):
        return "oppose", "to"
    if favoured(token) is not None:
        # a fraud in X's favour is held against X; denied ("no fraud was used"), it defends X
        return ("oppose" if _rigged(token) and not _fault_denied(token) else "support"), IN_FAVOUR
    if lemma in _TOGETHER and _looked_forward(token):
        return "support", "with"  # "look forward to working with X"
    if lemma == "abide" and _obliged_or_conditional(token):
        return None  # "X must abide by the ruling", "if he did not abide by it": no one's stance
    objects = {c.lemma_.lower() for c in token.children if c.dep_ == "dobj"} | {None}
    for (verb, obj, prep), polarity in _IDIOMS.items():
        if verb == lemma and obj in objects and _has_prep(token, prep):
            return polarity, prep
    return None

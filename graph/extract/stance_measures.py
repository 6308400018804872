"""A measure under debate named by a definite noun is a claim: the measure as the article names it.

"Labour opposed the legislation", "the EU called the draft unacceptable", "This deal is
disappointing": a bill, a draft, a deal or a plan that the story is about is written once in
full ("the EU (Withdrawal) Bill", "a draft Cop28 deal") and then by its head noun alone. A
stance on "the legislation" is a stance on that measure (a claim, as the dev2 gold conventions
have it for a draft or a bill). The claim is named by the article's first fuller mention of the
same noun (a mention with at least two words of content); a measure the article never names
more fully ("the plan", "the text") is no claim, for a bare head says nothing of which one.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from graph.extract.actors import ActorTable, clean_name
from graph.extract.lexicon import DEFINITE_DETERMINERS
from graph.extract.nlp import text_of
from graph.model import Claim, Stance
from graph.text import fold, slugify

__all__ = [
    "DEVOTED",
    "JUDGED_FAULTS",
    "JUDGED_MERITS",
    "MEASURES",
    "MEASURE_FAULTS",
    "MEASURE_FAULT_NOUNS",
    "MEASURE_MERITS",
    "SCORNFUL",
    "faulted_measure",
    "measure_claim",
    "measures_named",
    "on_measures",
]

# Head nouns of measures a stance can be taken on. Not "law" ("broke the law", "the rule of
# law") nor "act" (a deed) nor "measures" (retaliation, an act of a party: its maker is the
# target): those are read by the rules for deeds and penalties.
MEASURES = frozenset(
    {"bill", "legislation", "draft", "deal", "agreement", "accord", "treaty", "pact", "plan",
     "proposal", "resolution", "budget", "reform", "package", "amendment", "motion", "text",
     "ordinance", "decree", "framework", "roadmap", "ceasefire", "truce", "settlement", "tax",
     "levy", "scheme", "policy", "programme", "program", "initiative", "mandate", "project",
     "merger", "takeover", "acquisition", "buyout", "offer", "bid"}
)  # fmt: skip

# What one says of a measure one opposes (beyond the scorn any act can draw, stance_roles.
# SCORNFUL): "the draft is disappointing" is said of a text, not of a friend's mistake.
MEASURE_FAULTS = frozenset(
    {"disappointing", "inadequate", "insufficient", "flawed", "unworkable", "toothless",
     "misguided", "damaging", "regressive", "undemocratic", "unconstitutional", "meaningless",
     "worthless", "unbalanced", "one-sided", "unfair"}
)  # fmt: skip

# What one says of a measure one backs: "the offer is very fair", "that's a good deal" (said
# of a person or an election these read elsewhere, or not at all).
MEASURE_MERITS = frozenset(
    {"fair", "reasonable", "generous", "balanced", "sensible", "good", "excellent", "decent",
     "workable", "historic", "positive", "fantastic", "great", "acceptable"}
)  # fmt: skip

# Devotion to a measure: "remains fully committed to the merger".
DEVOTED = frozenset({"committed", "dedicated"})

# What a judging verb calls something, or someone, one opposes or backs ("described the bill as
# an affront", "hailed the accord as a breakthrough", "called X a dictator"), beyond the
# lexicon's stance nouns.
# Words that condemn what they are said of: "the proposal is opportunistic" opposes its maker.
# Only scorn: "wrong" or "concerning" may be said of a friend's mistake.
SCORNFUL = frozenset(
    {"absurd", "abhorrent", "appalling", "baseless", "brutal", "corrupt", "criminal",
     "deplorable", "despicable", "dictatorial", "disgraceful", "exaggerated", "farcical",
     "genocidal", "groundless", "hypocritical", "illegitimate", "irresponsible", "laughable",
     "ludicrous", "murderous", "opportunistic", "outrageous", "preposterous", "reckless",
     "ridiculous", "scandalous", "shameful", "shameless", "tyrannical", "unacceptable",
     "unfounded", "unjust", "unjustifiable", "unjustified", "unwarranted", "vile",
     # motive and manner: a judgement of whoever acted, never of a thing that happened
     "vindictive", "spiteful", "malicious", "cowardly", "dishonest", "deceitful",
     "disingenuous", "cynical", "arrogant", "callous", "cruel", "inhumane", "barbaric",
     "draconian", "heavy-handed", "undemocratic", "unconstitutional", "discriminatory",
     "indefensible", "inexcusable", "unconscionable", "bogus", "spurious", "misguided",
     "ill-advised", "wrongheaded", "disgusting", "atrocious", "insulting", "divisive",
     "inflammatory", "racist", "xenophobic", "incompetent", "reprehensible", "intolerable",
     "uncalled-for",
     # unfair or partisan: "called the ban disproportionate", "the decision is politicised"
     "unfair", "politicised", "politicized", "disproportionate", "savage", "crazy",
     # a person's label: "portrayed him as a sore loser"
     "sore",
     # a measure's label in a trade quarrel: "labelled the duties a protectionist act"
     "protectionist"}
)  # fmt: skip


JUDGED_FAULTS = frozenset(
    {"affront", "disgrace", "travesty", "betrayal", "sham", "farce", "insult", "mockery",
     "scandal", "ploy", "stunt", "hoax", "charade", "outrage", "grab",
     "dictator", "tyrant", "despot", "autocrat", "usurper", "murderer", "thief", "liar",
     "fraudster", "traitor", "terrorist", "fascist", "puppet", "thug", "criminal", "crook",
     "killer", "gangster", "butcher", "warmonger", "aggressor", "bully", "hypocrite", "coward",
     "demagogue",
     # what is false or wrongs someone: "called the claim a total lie", "an outright provocation"
     "lie", "fabrication", "falsehood", "nonsense", "provocation", "injustice",
     # what a label is "a model of", "an act of"
     "hypocrisy", "cowardice", "incompetence", "arrogance", "deceit", "bad faith"}
)  # fmt: skip
JUDGED_MERITS = frozenset(
    {"breakthrough", "milestone", "triumph", "achievement", "success", "hero", "patriot"}
)

# Words that tell no measure from another: "the new plan" is no name.
_VAGUE = frozenset(
    {"new", "final", "latest", "first", "second", "current", "proposed", "revised", "amended",
     "original", "whole", "entire", "same", "other", "such", "recent", "last", "previous",
     "initial", "full", "so", "called", "latter", "former", "said", "above", "above-mentioned"}
)  # fmt: skip
_LEFT_OFF = frozenset({"det", "poss", "case", "predet", "punct"})
_OWNERS = frozenset({"its", "their", "his", "her", "our", "my", "your"})
# Prepositions whose object says which measure it is: "the budget for 2025", "the merger
# between A and B", "the pay offer from the port", "the deal with the EU".
_NAMING_PREPS = frozenset({"for", "on", "of", "between", "from", "with"})
_FUNCTION = frozenset({"for", "on", "of", "the", "a", "an", "this", "that", "its", "their"})
# Nouns that condemn a measure they are said to be: "This budget is economic terrorism".
MEASURE_FAULT_NOUNS = frozenset(
    {"affront", "disgrace", "travesty", "betrayal", "sham", "farce", "insult", "mockery",
     "scandal", "terrorism", "disaster", "catastrophe", "failure", "mess", "joke", "scam",
     "con", "fraud", "attack", "assault", "robbery", "theft", "trap", "blow", "surrender"}
)  # fmt: skip


_JUDGING = MEASURE_MERITS | MEASURE_FAULTS  # "a very fair offer" names no offer


def faulted_measure(noun: Any) -> Any | None:
    """The measure a fault noun is said of: "This budget is economic terrorism" (the budget)."""
    if noun.lemma_.lower() not in MEASURE_FAULT_NOUNS or noun.dep_ != "attr":
        return None
    verb = noun.head
    if verb.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.lemma_.lower() in MEASURES else None


def measure_claim(
    noun: Any, country: str | None = None, *, referring: bool = False
) -> Claim | None:
    """The claim a definite measure noun stands for, named by the article's fullest mention
    (``referring``: a noun that refers whatever its article, "that's a fair offer").

    >>> from graph.extract.nlp import load_pipeline
    >>> text = "MPs debated the Clean Rivers Bill. Labour opposed the bill on Monday."
    >>> (doc,) = load_pipeline().parse([text])
    >>> measure_claim(doc[10]).text
    'Clean Rivers Bill'
    """
    lemma = noun.lemma_.lower()
    if lemma not in MEASURES or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    determiners = {c.lower_ for c in noun.children if c.dep_ in ("det", "poss")}
    if not referring and (
        determiners - DEFINITE_DETERMINERS - _OWNERS or not (determiners or _named_fully(noun))
    ):
        return None  # "a deal", "an immediate ceasefire", "any plan": no one measure
    for token in noun.doc[: noun.i + 1]:
        if token.lemma_.lower() != lemma:
            continue
        head = token
        if token.dep_ in ("compound", "amod") and token.head.lemma_.lower() in MEASURES:
            head = token.head  # "a draft Cop28 deal": the deal is the draft
        label = _label(head)
        if label is not None:
            return Claim(slugify(label)[:80], label)
    if country and any(_titled(t) for t in noun.doc[: noun.i + 1] if t.lemma_.lower() == lemma):
        # "the Budget", "the Bill" written as a name and never more fully: the country's.
        label = f"{country} {noun.text.capitalize()}"
        return Claim(slugify(label)[:80], label)
    return None


def _titled(token: Any) -> bool:
    """A measure noun written with a capital inside a sentence ("criticised the Budget")."""
    return token.text[:1].isupper() and not token.is_sent_start and token.text[1:].islower()


def _named_fully(noun: Any) -> bool:
    return _label(noun) is not None


def _label(head: Any) -> str | None:
    """The mention's own words, without "the" or an owner: its modifiers before it, itself, and
    what its "for", "on", "of", "between", "from" or "with" says ("the budget for the financial
    year 2024-25", "a merger between A and B")."""
    words = [t for c in head.lefts if c.dep_ not in _LEFT_OFF for t in c.subtree]
    after = next(
        (
            list(c.subtree)
            for c in head.rights
            if c.dep_ == "prep" and c.lower_ in _NAMING_PREPS and len(list(c.subtree)) <= 8
        ),
        [],
    )
    content = [
        t
        for t in words + after
        if (t.is_alpha or any(ch.isdigit() for ch in t.text))
        and t.lower_ not in _VAGUE
        and t.lower_ not in _FUNCTION
        and t.lower_ not in _JUDGING
        and t.pos_ != "ADV"
    ]
    if not content or (words and head.i - words[0].i > 8):
        return None
    start = (words[0] if words else head).idx
    last = after[-1] if after else head
    return clean_name(text_of(head.doc)[start : last.idx + len(last.text)])


def measures_named(table: ActorTable, country: str | None) -> dict[str, Claim]:
    """Actors the table holds that are a measure written as a name ("the Budget", "Bill"),
    each with the claim it is: the story country's measure (the bare word without one)."""
    out: dict[str, Claim] = {}
    for key, draft in table.drafts.items():
        words = fold(draft.name).split()
        if words[:1] == ["the"]:
            words = words[1:]
        if draft.registry is None and len(words) == 1 and words[0] in MEASURES:
            # (as an actor it was shared by every article anyway: "budget")
            label = f"{country} {words[0].capitalize()}" if country else words[0].capitalize()
            out[table.id_of(key)] = Claim(slugify(label)[:80], label)
    return out


def on_measures(stances: list[Stance], named: dict[str, Claim]) -> list[Stance]:
    """The stances with a measure taken for an actor read as what they are: a stance on the
    measure (a claim); a measure holds none."""
    out = []
    for stance in stances:
        if stance.source in named:
            continue
        if stance.target_kind == "actor" and stance.target in named:
            stance = replace(stance, target=named[stance.target].id, target_kind="claim")
        out.append(stance)
    return out

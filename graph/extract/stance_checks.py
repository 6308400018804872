"""Consistency checks on one article's stances: readings that cannot all be true are dropped.

Each reader (a rule, the pair model) reads a few words; some readings contradict what the article
as a whole shows. The checks (the last reads the words of a denial or a feeling):

- one actor spelled two ways is one actor: no stance of an actor on itself through a variant
  spelling or a full name and its short form ("Marina Corina Machado" on "María Corina Machado");
- a loser of the story's election does not back its winner (the winner or the claim that the
  winner won) unless the words concede, congratulate, accept or recognise;
- a source that backs the claim that X won does not oppose X in the same article, and one that
  disputes it does not back X, on the pair model's reading alone (a rule reads the words);
- a politician of the story's country does not oppose the country as a whole: "Mr Abbott
  accused the government of plunging Australia into debt" opposes the government, and "X
  criticised Moldova for its slow count" the country's authorities, not the country
  (``sides.home_side``: a person no title ties to another country), nor does a body of its
  state or one its title ties to it (``sides.own_side``: "the Russian Foreign Ministry");
- a country named only as the owner of its opposition ("Kenya's opposition leader X") is
  neither the source nor the target: the opposition speaks against the state, never for it;
- the owner of a subject that is an actor of its own is not its holder: "President Y's party
  condemned X" is no stance of Y's, on the pair model's reading alone (a country's government,
  a person's campaign or spokesperson do speak for their owner, and a subject no actor names is
  left to its owner, as the crowd-annotated DSE sentences credit it);
- the pair model's reading against one named only as the one a denied accusation charges
  ("rejected accusations that X had rigged the vote": the denial defends X,
  ``stance_denials.defended``) or as the one whose feeling a report tells ("X said Chile was
  disappointed": ``stance_feelings.feels``) is dropped.
"""

from __future__ import annotations

import re
from typing import Any

from rapidfuzz.distance import Levenshtein

from graph.extract.actors import ActorTable
from graph.extract.claims import claim_id, predicates
from graph.extract.negation import doubt_voiced, in_question
from graph.extract.sides import home_side, own_side
from graph.extract.stance_claimed import story_winner
from graph.extract.stance_denials import defended
from graph.extract.stance_feelings import feels
from graph.model import Stance
from graph.text import fold

__all__ = ["consistent", "same_actor"]

_WON = "-won-the-election"
# Words by which a loser backs the winner: a concession or a recognition of the result.
_CONCEDES = re.compile(
    r"\b(?:conced\w*|congratulat\w*|accept\w*|recogni[sz]\w*|acknowledg\w*|defeat)\b", re.I
)
_OPPOSITION = re.compile(r"\bopposition\b", re.I)
# "opposition candidate X", "the opposition's leader, X": a title naming the winner the opposition's.
_OPPOSITION_TITLE = re.compile(
    r"\bopposition(?:'s|’s)? (?:\w+ )?(?:candidate|leader|challenger|figure),? (?:\w+ )?$", re.I
)


def same_actor(a: str, b: str) -> bool:
    """Whether two names are one actor written two ways: accents, a letter or two, a short form.

    >>> same_actor("Marina Corina Machado", "María Corina Machado")
    True
    >>> same_actor("Machado", "María Corina Machado"), same_actor("Ana Soto", "Rui Soto")
    (True, False)
    """
    x, y = fold(a).split(), fold(b).split()
    if not x or not y:
        return False
    if x == y:
        return True
    short, long_ = sorted((x, y), key=len)
    if len(short) == 1 and len(long_) > 1:
        # A surname alone ("Machado", "Lukashenka") is the person named in full with it: a
        # letter may differ in a long one, as transliterations and misspellings do.
        word, surname = short[0], long_[-1]
        return len(word) >= 4 and Levenshtein.distance(word, surname) <= (len(word) >= 6)
    if len(x) != len(y) or x[-1][0] != y[-1][0]:
        return False
    # As many words, one or two letters apart in all.
    joined = " ".join(x)
    return Levenshtein.distance(joined, " ".join(y)) <= max(1, len(joined) // 10)


def consistent(
    rules: list[Stance], learned: list[Stance], table: ActorTable, doc: Any
) -> tuple[list[Stance], list[Stance]]:
    """``rules`` and ``learned`` without the readings the article's other stances contradict."""
    names = {table.id_of(k): d.name for k, d in table.drafts.items()}
    text = table.text
    rules = [s for s in rules if not _self(s, names)]
    rules = _vocabulary_first(rules)
    learned = [s for s in learned if not _self(s, names)]
    winner_key = story_winner(doc, table) if any(_WON in s.target for s in rules) else None
    if winner_key is not None:
        winner = table.id_of(winner_key)
        losers = _losers(rules, winner, names)
        if _of_opposition(winner_key, table):
            losers -= {a for a, n in names.items() if _OPPOSITION.search(n)}
        win = claim_id(names[winner], "won-the-election")
        rules = [s for s in rules if not _backs_winner(s, winner, win, losers, text)]
        learned = [s for s in learned if not _backs_winner(s, winner, win, losers, text)]
    backed = {(s.source, s.target) for s in rules if s.polarity == "support"}
    disputed = {(s.source, s.target) for s in rules if s.polarity == "oppose"}
    learned = [s for s in learned if not _against_claim(s, names, backed, disputed)]
    learned = [s for s in learned if not _owner_only(s, doc, table)]
    learned = [s for s in learned if not _target_unjudged(s, doc, table)]
    aimed = {(s.source, s.span.start) for s in rules if s.target_kind == "actor"}
    learned = [s for s in learned if not _maker_of_a_thing(s, doc, table, aimed)]
    rules = [s for s in rules if not _opposition_owner(s, table)]
    learned = [s for s in learned if not _opposition_owner(s, table)]
    countries = {table.id_of(k) for k, d in table.drafts.items() if d.type == "Country"}
    if any(s.polarity == "oppose" and s.target in countries for s in [*rules, *learned]):
        home, same = home_side(table), own_side(table)

        def at_home(s: Stance) -> bool:
            if s.polarity != "oppose" or s.target not in countries:
                return False
            return home(s.source, s.target) or same(s.source, s.target)

        learned = [s for s in learned if not at_home(s)]
        rules = [s for s in rules if not at_home(s)]
    return rules, learned


def _vocabulary_first(rules: list[Stance]) -> list[Stance]:
    """Without a noun-phrase claim ("the results of the election") read on the same words, by
    the same source and with the same polarity, as a claim of the vocabulary ("the official
    results of the election in Peru are valid"): one stance, under its keyed claim."""
    suffixes = tuple(f"-{p.id}" for p in predicates())
    keyed = [s for s in rules if s.target_kind == "claim" and s.target.endswith(suffixes)]

    def covered(stance: Stance) -> bool:
        return any(
            (k.source, k.polarity) == (stance.source, stance.polarity)
            and k.span.start < stance.span.end
            and stance.span.start < k.span.end
            for k in keyed
        )

    return [
        s
        for s in rules
        if s.target_kind != "claim" or s.target.endswith(suffixes) or not covered(s)
    ]


def _self(stance: Stance, names: dict[str, str]) -> bool:
    """A stance of an actor on itself under another spelling of its name."""
    if stance.target_kind != "actor":
        return False
    if stance.source == stance.target:
        return True
    source, target = names.get(stance.source), names.get(stance.target)
    return source is not None and target is not None and same_actor(source, target)


def _losers(rules: list[Stance], winner: str, names: dict[str, str]) -> set[str]:
    """The story's losers: who disputes the winner's win, who is said to have won instead (and
    who backs that), and an opposition, when the story has a winner."""
    win = claim_id(names[winner], "won-the-election")
    out = {s.source for s in rules if s.target == win and s.polarity == "oppose"}
    for stance in rules:
        if stance.target.endswith(_WON) and stance.target != win and stance.polarity == "support":
            out.add(stance.source)
            out |= {a for a, n in names.items() if claim_id(n, "won-the-election") == stance.target}
    out |= {a for a, n in names.items() if _OPPOSITION.search(n)}
    return out - {winner}


def _of_opposition(key: str, table: ActorTable) -> bool:
    """Whether the winner is called the opposition's ("opposition candidate X won")."""
    return any(
        _OPPOSITION_TITLE.search(table.text[max(0, m.start - 60) : m.start])
        for m in table.draft(key).mentions
    )


def _backs_winner(stance: Stance, winner: str, win: str, losers: set[str], text: str) -> bool:
    """A loser's support for the winner (or his win) in words that concede nothing."""
    if stance.polarity != "support" or stance.source not in losers:
        return False
    if stance.target not in (winner, win):
        return False
    return not _CONCEDES.search(text[stance.span.start : stance.span.end])


def _against_claim(
    stance: Stance,
    names: dict[str, str],
    backed: set[tuple[str, str]],
    disputed: set[tuple[str, str]],
) -> bool:
    """A learned stance on X against the source's own reading of the claim that X won, or of
    the accusations against X (rejecting them defends X: "rejected his accusations against X")."""
    if stance.target_kind != "actor" or stance.target not in names:
        return False
    win = (stance.source, claim_id(names[stance.target], "won-the-election"))
    charged = (stance.source, claim_id(names[stance.target], "accusations-are-true"))
    if stance.polarity == "oppose":
        return win in backed or charged in disputed
    return win in disputed or charged in backed


# Who speaks for the owner: a country's state as a whole ("Moldova's government condemned X"
# is Moldova's stance) and a person's own campaign, office or spokesperson.
_WHOLE = frozenset(
    {"government", "authority", "regime", "administration", "state", "leadership", "people",
     "campaign", "camp", "team", "office", "aide", "spokesman", "spokeswoman", "spokesperson"}
)  # fmt: skip


# A country written as the owner of its opposition: "Kenya's opposition leader", "the Kenyan main
# opposition candidate".
_OPPOSITION_AFTER = re.compile(r"(?:['’]s?)?\s+(?:[a-z]+\s+){0,2}opposition\b")


def _opposition_owner(stance: Stance, table: ActorTable) -> bool:
    """Whether the source, or the target, is a country named in the stance's words only as the
    owner of its opposition ("Kenya's opposition leader X rejected ...", "criticised Kenya's
    opposition leader"): the opposition speaks against the state, never for it, so the stance is
    the opposition's (or on the opposition), not the country's."""
    ends = [stance.source] + ([stance.target] if stance.target_kind == "actor" else [])
    for end in ends:
        spans = _mentions_in(stance, end, table, types=("Country",))
        if spans and all(_OPPOSITION_AFTER.match(table.text, m.end) for m in spans):
            return True
    return False


def _mentions_in(
    stance: Stance, actor: str, table: ActorTable, types: tuple[str, ...] | None = None
) -> list[Any]:
    """The mentions of ``actor`` (an actor id; only of ``types`` when given) in the stance's
    words."""
    return [
        m
        for key, draft in table.drafts.items()
        if table.id_of(key) == actor and (types is None or draft.type in types)
        for m in draft.mentions
        if stance.span.start <= m.start and m.end <= stance.span.end
    ]


def _mention_spans(stance: Stance, actor: str, doc: Any, table: ActorTable) -> list[Any]:
    """The parsed spans of ``actor``'s mentions in the stance's words; none when a mention has
    no span in the parse (then no reading of them is safe)."""
    spans = []
    for mention in _mentions_in(stance, actor, table):
        found = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if found is None:
            return []
        spans.append(found)
    return spans


def _owner_only(stance: Stance, doc: Any, table: ActorTable) -> bool:
    """Whether the source is named in the stance's words only as the possessor of a subject that
    is an actor of its own ("President Y's party condemned X": the party's stance, not Y's).

    The "of" owner ("President Tsai of Taiwan criticised X") is left alone: the DSE crowd
    credits it (checked on the odd half: edges F1 0.69 -> 0.68 with it)."""
    spans = _mention_spans(stance, stance.source, doc, table)
    if not spans:
        return False
    for found in spans:
        root = found.root
        if root.dep_ != "poss":
            return False
        owned = root.head
        if (
            owned.dep_ not in ("nsubj", "nsubjpass")
            or owned.lemma_.lower() in _WHOLE
            or found.start <= owned.i < found.end
        ):
            return False
        # The subject is an actor of its own (the party, the ministry): the stance is its. A
        # subject no actor names ("Moldova's governor thanked X") is left to the owner, as the
        # crowd-annotated sentences of DSE credit it.
        holder = table.key_at(owned.idx, owned.idx + len(owned.text))
        if holder is None or table.id_of(holder) == stance.source:
            return False
    return True


def _target_unjudged(stance: Stance, doc: Any, table: ActorTable) -> bool:
    """Whether every mention of the target in the stance's words names it where the source
    judges nothing of it (its parsed spans read once for the three tests):

    - in a question asked, not an answer given: "the court is to rule whether X's claim is
      groundless" holds no view of X;
    - for an oppose stance, as the one a denied accusation charges ("X rejected accusations
      that Y had rigged the vote", "dismissed the allegations against Y"): the denial defends
      Y (``stance_denials.defended``);
    - as the one who feels something ("X tweeted that Canada was very alarmed to learn ...",
      "X said Y was disappointed by Z"): the feeling is the target's, about a third.
    """
    spans = _mention_spans(stance, stance.target, doc, table)
    if not spans:
        return False
    roots = [found.root for found in spans]
    return (
        all(in_question(r) and not doubt_voiced(r) for r in roots)
        or (stance.polarity == "oppose" and all(defended(r) for r in roots))
        or all(feels(r) for r in roots)
    )


def _maker_of_a_thing(
    stance: Stance, doc: Any, table: ActorTable, aimed: set[tuple[str, int]]
) -> bool:
    """Whether the target is named only as the maker of a thing the sentence mentions ("accused
    X of violating the deal signed by Y and Z"), where the rules found the source's own target
    in the same words: Y and Z made the deal, the charge is against X."""
    if (stance.source, stance.span.start) not in aimed:
        return False
    spans = _mention_spans(stance, stance.target, doc, table)
    if not spans:
        return False
    for found in spans:
        root = found.root
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head  # "signed by Y and Z": Z as Y is
        by = root.head
        if root.dep_ != "pobj" or by.lower_ != "by" or by.head.dep_ not in ("acl", "relcl"):
            return False
    return True

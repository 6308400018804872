"""The election a story is about: its words, and the country that holds it.

One place for what the stance readers share: which words name an election or its outcome
("the vote", "the results"), and which country's election the story's claims are about ("the
full results of the election in <country> should be published").
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from graph.extract.agents import country_named, story_country
from graph.extract.gazetteer import place_named
from graph.extract.lexicon import LOSS_NOUNS, OWNING_UP, REELECTION_NOUNS, VICTORY_NOUNS
from graph.extract.syntax import prep_objects

__all__ = [
    "ELECTIONS",
    "HEADLINE",
    "RESULT_NOUNS",
    "RIGGING_VERBS",
    "VOTE_FAULTS",
    "VOTE_WRONGS",
    "WILL_NOUNS",
    "WON_NOUNS",
    "country_of_election",
    "election_country",
    "holding",
    "is_election",
    "majority_share",
    "minor_share",
    "owns_defeat",
    "results_told",
    "seat_majority",
    "vote_fault",
    "vote_share",
    "voters_will",
]

ELECTIONS = frozenset(
    {"election", "vote", "poll", "ballot", "runoff", "referendum", "balloting", "elections",
     "result", "results", "outcome", "count", "tally"}
)  # fmt: skip
"""Words that name an election or its outcome."""

VOTE_FAULTS = frozenset(
    {"fraud", "irregularity", "manipulation", "rigging", "vote-rigging", "falsification"}
)
"""Faults of a vote: "massive fraud", "irregularities", "vote-rigging"."""

RIGGING_VERBS = frozenset(
    {"rig", "steal", "falsify", "manipulate", "fabricate", "doctor", "fake", "stuff", "tamper"}
)
"""Verbs of cheating in a vote: "the count was rigged", "ballot boxes were stuffed"."""

VOTE_WRONGS = VOTE_FAULTS | RIGGING_VERBS
"""A wrong of the vote, named by a noun or done by a verb: "fraud", "rigged"."""

WILL_NOUNS = frozenset(
    {"will", "wishes", "choice", "voice", "votes", "verdict", "decision", "mandate"}
)
"""What the results are said to reflect or betray: "the will of the people", "their choice"."""
RESULT_NOUNS = frozenset({"result", "results", "outcome", "count", "tally"})
# What a winner holds: "X's victory", "the re-election of X", "the official win for X".
WON_NOUNS = VICTORY_NOUNS | REELECTION_NOUNS | {"election"}
"""What an election's outcome is called: "the results", "the outcome of the vote"."""


def voters_will(noun: Any) -> bool:
    """ "the will of the people", "their choice", "the votes of Malians": what voters want;
    not votes told apart by a clause ("votes placed in boxes that were destroyed")."""
    if noun.lower_ not in WILL_NOUNS:
        return False
    if noun.lower_ != "votes":
        return True
    owned = any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children)
    return owned and not any(c.dep_ in ("acl", "relcl") for c in noun.children)


# Nouns that name an election with a word of voting before them: "the electoral process", "the
# voting exercise" (a "process" alone is anything).
_QUALIFIED = frozenset({"process", "exercise"})
_VOTING = frozenset({"electoral", "election", "voting", "presidential", "parliamentary"})


# Breaches that are faults of the vote only when said of it: "violations in this election",
# "electoral violations", "misconduct at polling stations" (not "human rights violations").
_BREACHES = frozenset({"violation", "misconduct", "abuse", "breach"})
_OF_POLLING = _VOTING | {"polling", "procedural", "ballot"}


def vote_fault(token: Any) -> bool:
    """Whether ``token`` names a fault of the vote: fraud, rigging, ..., or a breach said of it."""
    lemma = token.lemma_.lower()
    if lemma in VOTE_FAULTS:
        return True
    if lemma not in _BREACHES:
        return False
    if any(c.dep_ in ("amod", "compound") and c.lower_ in _OF_POLLING for c in token.children):
        return True
    places = prep_objects(token, "in", "during", "at", "of")
    return any(is_election(g) or _polling_place(g) for g in places)


def _polling_place(noun: Any) -> bool:
    """ "polling", "polling stations": where votes are cast (not "the police station")."""
    lemma = noun.lemma_.lower()
    return lemma == "polling" or (
        lemma in ("station", "booth", "centre", "center")
        and any(c.lower_ == "polling" for c in noun.children)
    )


def is_election(token: Any) -> bool:
    """Whether a token names an election or its outcome ("the vote", "the results", "the
    electoral process")."""
    if token.lemma_.lower() in ELECTIONS or token.lower_ in ELECTIONS:
        return True
    return token.lemma_.lower() in _QUALIFIED and any(
        c.dep_ in ("amod", "compound") and c.lower_ in _VOTING for c in token.children
    )


def holding(token: Any) -> Any:
    """The noun a place is named as holding: "Peru's election" and "the elections in Peru"
    give the election (a noun's possessor, or the object of its "in")."""
    return token.head.head if token.dep_ == "pobj" and token.head.lower_ == "in" else token.head


def election_country(doc: Any, text: str) -> str | None:
    """``country_of_election``, read once per parsed article (the stance readers ask it for
    every claim they make; the answer is the article's, kept in ``doc.user_data`` as
    ``nlp.text_of`` keeps the text)."""
    if _KEY not in doc.user_data:
        found = country_of_election(doc, text)
        if found is None and (headline := doc.user_data.get(HEADLINE)):
            # "Violent protest after Mongolia poll" over a body that names no country (or no
            # one country ahead): the headline says whose election the story is about.
            country = story_country(headline)
            found = country.name if country is not None else None
        doc.user_data[_KEY] = found
    return doc.user_data[_KEY]


_KEY = "stancegraph:election_country"
# The article's headline, when it has one: set by the extractor on the parsed text.
HEADLINE = "stancegraph:headline"


def _as_a_result(token: Any) -> bool:
    """ "As a result, X quit": a result that is no election's."""
    return token.lemma_.lower() == "result" and token.head.lower_ == "as" and token.dep_ == "pobj"


def _voting_word(token: Any) -> bool:
    """A word that names an election or its outcome, not "as a result"."""
    return token.lower_ in _VOTERS or (is_election(token) and not _as_a_result(token))


def results_told(doc: Any) -> bool:
    """Whether the story tells an election's results (a vote held and counted), not only an
    election to come ("called for snap elections") nor "as a result"."""
    return any(
        t.lemma_.lower() in RESULT_NOUNS and t.pos_ == "NOUN" and not _as_a_result(t) for t in doc
    )


_VOTERS = frozenset({"electoral", "voters", "ballots"})


def country_of_election(doc: Any, text: str) -> str | None:
    """The country of the story's election: the one named as holding it ("Peru's election",
    "the elections in Peru"), else the story's country, else the one named most often (and more
    often than any other) in the sentences that speak of an election or a vote.

    >>> from graph.extract.nlp import load_pipeline
    >>> text = ("U.S. officials spoke. Chilean voters cast ballots in the Chilean election. "
    ...         "Chile's vote count was slow, U.S. observers said.")
    >>> (doc,) = load_pipeline().parse([text])
    >>> country_of_election(doc, text)
    'Chile'
    >>> text = ("The United States said on Monday it was concerned. U.S. officials met American "
    ...         "envoys in Washington. The United States urged Peru to publish the tallies of "
    ...         "Peru's election.")
    >>> (doc,) = load_pipeline().parse([text])
    >>> country_of_election(doc, text)
    'Peru'
    >>> text = "As a result, Carlsen, the Norwegian champion, accused his rival of cheating."
    >>> (doc,) = load_pipeline().parse([text])
    >>> country_of_election(doc, text) is None
    True
    """
    if not any(_voting_word(t) for t in doc):
        return None  # a story that speaks of no election has none ("as a result" at chess)
    held: Counter[str] = Counter()  # "Venezuela's election", "elections in Chile"
    counts: Counter[str] = Counter()
    for sent in doc.sents:
        if any(is_election(t) or t.lower_ in _VOTERS for t in sent):
            for t in sent:
                named = country_named(t.text) if t.pos_ in ("PROPN", "ADJ") else None
                if named is None or (t.i and place_named(f"{doc[t.i - 1].text} {t.text}")):
                    continue  # "Latin American countries" are no American ones
                counts[named.name] += 1
                head = holding(t)
                if is_election(head) or any(c.lower_ == "electoral" for c in head.children):
                    held[named.name] += 1
    # A country named as the election's holder first (a story from Washington about a vote
    # abroad names the United States most), then the story's country, then the most named.
    story = story_country(text)
    for tally in (held, Counter({story.name: 1}) if story else Counter(), counts):
        ranked = tally.most_common(2)
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            return ranked[0][0]
    return None


def minor_share(win: Any) -> bool:
    """ "won 19 percent of the vote", "won 3 million votes or 34 percent": an object that is
    less than half of the vote (its percentage, wherever the parse puts it in the object), or
    less than half of the seats counted ("won 21 out of 80 seats")."""
    counted = _seats_counted(win)
    if counted is not None:
        return counted[0] * 2 <= counted[1]
    share = vote_share(win)
    return share is not None and share < 50


def vote_share(win: Any) -> float | None:
    """The percentage a verb's object gives ("secured nearly 80 percent of the vote": 80.0),
    wherever the parse puts it in the object; None when it gives none."""
    for obj in (c for c in win.children if c.dep_ == "dobj"):
        words = list(obj.subtree)
        if not any(t.lower_ in ("percent", "cent", "%") or t.text.endswith("%") for t in words):
            continue
        for t in sorted(words, key=lambda t: not _before_percent(t)):
            number = t.text.rstrip("%").replace(",", "")
            try:
                return float(number)
            except ValueError:
                continue
    return None


# A count not yet over: "with 83 percent of the ballots counted", "partial results".
_UNFINISHED = frozenset({"partial", "preliminary", "provisional", "incomplete"})
# Where a share is narrowed to a part of the vote: "in his home province", "among women".
_NARROWING = frozenset({"in", "among", "across"})


def majority_share(win: Any) -> bool:
    """ "The commission declared X had secured 80 percent of the vote": over half of the vote
    itself, once the count is over, with no fault told of the win; not a share of a part of the
    vote ("in his home province", "among rural women", "in 2016"), of support in a poll, nor one
    said won by rigging ("through massive rigging")."""
    share = vote_share(win)
    if share is None or share <= 50 or _unfinished(win):
        return False
    nouns = [c for c in win.children if c.dep_ == "dobj"]
    of_vote = [
        g for n in nouns for g in prep_objects(n, "of") if g.lemma_.lower() in ("vote", "ballot")
    ]
    if not of_vote:
        return False
    narrowed = [
        g
        for head in (win, *nouns, *of_vote)
        for p in head.children
        if p.dep_ == "prep" and p.lower_ in _NARROWING
        for g in p.children
        if g.dep_ == "pobj"
    ]
    if any(_part_of_the_vote(g) for g in narrowed):
        return False
    # "through massive rigging" taints the win; "..., rejecting claims of fraud" does not
    other = {t.i for c in win.children if c.dep_ in _CLAUSES for t in c.subtree}
    return not any(
        t.lemma_.lower() in VOTE_FAULTS or t.lower_ == "cheating"
        for t in win.subtree
        if t.i not in other
    )


_CLAUSES = frozenset({"advcl", "conj", "ccomp", "relcl", "xcomp"})


# A part of a country a share may be of: "in his home province", "across the north".
_PARTS = frozenset(
    {"province", "region", "district", "state", "county", "city", "constituency", "stronghold",
     "north", "south", "east", "west", "capital", "village", "town", "area"}
)  # fmt: skip


def _part_of_the_vote(place: Any) -> bool:
    """Whether a share's "in"/"among" phrase narrows it to part of the vote: a people ("among
    women"), a place within the country or a part of it, a year; not the country itself, the
    round or the landslide."""
    if place.head.lower_ == "among":
        return True
    if place.ent_type_ == "DATE" or place.lemma_.lower() in _PARTS:
        return True
    return place.ent_type_ in ("GPE", "LOC", "FAC") and country_named(place.text) is None


def _unfinished(token: Any) -> bool:
    """ "with 83 percent of the ballots counted", "with most ballots counted", "partial
    results": a count not yet over ("with all ballots counted" is over)."""
    sent = token.sent
    if any(t.lower_ in _UNFINISHED for t in sent):
        return True
    for counted in (t for t in sent if t.lower_ in ("counted", "tallied", "processed")):
        before = list(sent.doc[max(sent.start, counted.i - 8) : counted.i])
        opened = [t for t in before if t.lower_ == "with"]
        if opened and not any(t.lower_ == "all" for t in before if t.i > opened[-1].i):
            return True
    return False


def _before_percent(token: Any) -> bool:
    """Whether ``token`` is the number of a percentage ("34" of "34 percent", "34%")."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.text.endswith("%") or (
        following is not None and following.lower_ in ("percent", "cent", "%", "per")
    )


def seat_majority(win: Any) -> bool:
    """ "won 49 out of 65 seats", "won 51 of the 80 seats": a majority of the seats the sentence
    counts; a count of seats with no total ("won 30 seats") tells no majority.

    >>> from graph.extract.nlp import load_pipeline
    >>> (doc,) = load_pipeline().parse(["The Blue Party won 49 out of 65 seats."])
    >>> seat_majority(doc[3])
    True
    """
    counted = _seats_counted(win)
    return counted is not None and counted[0] * 2 > counted[1]


def _seats_counted(win: Any) -> tuple[float, float] | None:
    """(seats won, seats in all) where the sentence counts both ("49 out of 65 seats")."""
    words = [t for c in win.children if c.dep_ in ("dobj", "prep") for t in c.subtree]
    seats = [t for t in words if t.lemma_.lower() == "seat"]
    if not seats:
        return None
    numbers = [_number(t) for t in words if t.i < seats[0].i and t.pos_ == "NUM"]
    numbers = [n for n in numbers if n is not None]
    return (numbers[0], numbers[1]) if len(numbers) == 2 else None


def _number(token: Any) -> float | None:
    try:
        return float(token.text.replace(",", ""))
    except ValueError:
        return None


def owns_defeat(act: Any) -> bool:
    """ "accept defeat", "admit his loss": a verb of owning up with a defeat for its object; not
    "acknowledged the loss of life" (a loss of something other than a vote)."""
    return act.lemma_.lower() in OWNING_UP and any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in LOSS_NOUNS
        and not any(
            p.lower_ == "of" and not any(is_election(g) for g in p.children) for p in c.children
        )
        for c in act.children
    )

"""Claimed victories told in narration: who says someone won backs the claim that they won.

A win reported as someone's claim is that someone's stance, not the narrator's: "the party says
its tallies show that Rui Lopes defeated Ana Ruiz", "the opposition claims that Rui Lopes was the
true victor", "amid opposition claims that its candidate, Rui Lopes, won", "the party claims the
records give Rui Lopes the victory". The claimer (the subject of a reporting verb, or the owner of
a reporting noun, met within a few heads above the win) supports "<winner> won the election".
Claiming victory oneself ("Rui Lopes has claimed victory") is the claimer's own win. Wins told
hypothetically ("even if X won ..."), negated, or by no named actor read nothing here.
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.claims import evidence_span, hypothetical, vocabulary_claim
from graph.extract.elections import (
    RESULT_NOUNS,
    WON_NOUNS,
    election_country,
    minor_share,
    owns_defeat,
    seat_majority,
)
from graph.extract.lexicon import DISPUTE_VERBS, GRANTING_VERBS, VICTORY_NOUNS
from graph.extract.negation import implied_not, is_turned, negated, no_reason
from graph.extract.parse_links import doer_by
from graph.extract.stance_declared import declared_winner, named_actor
from graph.extract.stance_disputes import (
    ANNUL,
    DOUBT,
    UNDO_RESULTS,
    agents_of,
    caller_of,
    disputed_objects,
    holder_key,
    sayer_of,
    undoes,
    urged,
)
from graph.extract.stance_roles import basis_of, date_of
from graph.extract.stance_verdicts import judges_election
from graph.extract.syntax import prep_objects
from graph.model import Claim, Quote, Span, Stance
from graph.text import looks_plural

__all__ = [
    "claimed_stance",
    "claimed_win",
    "clause_subjects",
    "conceded",
    "disputed_result",
    "story_winner",
]

_REPORT_VERBS = frozenset({"say", "claim", "insist", "assert", "maintain", "contend", "argue"})
_REPORT_NOUNS = frozenset({"claim", "claims", "assertion", "contention"})
_SELF_CLAIM = frozenset({"claim", "declare", "proclaim"})
_WIN = frozenset({"win", "defeat", "beat"})
_VICTORY = VICTORY_NOUNS
_WINNER = frozenset({"victor", "winner"})
_DISPUTE = DISPUTE_VERBS | {"distance", "disown", "repudiate", "disavow"}
_UPHOLD = frozenset({"uphold", "certify", "validate", "confirm", "endorse", "ratify", "approve"})
_UPHOLD |= {"hail", "praise", "commend", "applaud", "welcome"}  # "praised the poll"
_GIVE = frozenset({"give", "hand", "award"})
_ELECTION_WORDS = (
    "election", "vote", "votes", "majority", "race", "poll", "polls", "percent", "%", "term",
    "re-election", "reelection", "presidency",
)  # fmt: skip


def claimed_win(token: Any, table: ActorTable) -> tuple[str, str] | None:
    """(claimer key, winner key) when ``token`` tells a win someone claims; None otherwise.

    >>> from graph.extract.nlp import load_pipeline
    >>> text = "The Blue Party says that Rui Lopes won the election."
    >>> (doc,) = load_pipeline().parse([text])
    >>> table = ActorTable(text)
    >>> party = table.add_agent(4, 14, "Blue Party", "Organization")
    >>> lopes = table.add_agent(25, 34, "Rui Lopes", "Person")
    >>> claimed_win(doc[7], table) == (party, lopes)
    True
    """
    lemma = token.lemma_.lower()
    if token.pos_ not in ("VERB", "AUX") or negated(token) or hypothetical(token):
        return None
    if (
        lemma in _SELF_CLAIM
        and any(c.dep_ == "dobj" and c.lemma_.lower() in _VICTORY for c in token.children)
        and not _given_to(token)
    ) or _self_declared(token, lemma):
        claimer = named_actor(clause_subjects(token), table)
        return (claimer, claimer) if claimer is not None else None
    winner = _winner(token, lemma, table)
    if winner is None:
        return None
    claimer = _claimer(token, table)
    if claimer is None or claimer == winner:
        return None
    return claimer, winner


_REFLEXIVE = frozenset({"himself", "herself", "themselves", "itself"})


def _given_to(verb: Any) -> bool:
    """ "declared victory to Maduro": the victory is given to a name, not claimed ("claimed
    victory, contrary to the results" is claimed)."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return any(
        g.pos_ == "PROPN"
        for h in holders
        for c in h.children
        if c.dep_ in ("prep", "dative") and c.lower_ == "to"
        for g in c.children
        if g.dep_ == "pobj"
    )


def _self_declared(token: Any, lemma: str) -> bool:
    """ "X declared herself the winner", "X considers himself the true winner": a reflexive
    object (or the subject of the verb's small clause) with a winner's title."""
    if lemma not in _SELF_CLAIM | {"consider", "call", "pronounce"}:
        return False
    parts = [c for c in token.children if c.dep_ in ("dobj", "oprd", "ccomp", "xcomp", "attr")]
    parts += [g for c in parts for g in c.children if g.dep_ in ("nsubj", "appos")]
    return any(t.lower_ in _REFLEXIVE for t in parts) and any(
        t.lemma_.lower() in _WINNER for t in parts
    )


def claimed_stance(
    token: Any, table: ActorTable, text: str, quote: Quote | None = None, resolver: Any = None
) -> tuple[Claim, Stance] | None:
    """The stance of whoever claims the win ``token`` tells (or concedes it, or disputes the
    result), with its claim: narrated, or said in ``quote`` ("We reject these results," X said:
    the speaker's, when the verb has no subject or the speaker's own pronoun)."""
    speaker = quote.speaker if quote is not None else None
    reported = quote is not None and quote.kind != "direct"  # "the EU said it would not ..."
    found = claimed_win(token, table) if quote is None else None
    polarity = "support"
    for given in (
        disputed_result(token, table, speaker, resolver, reported=reported),
        conceded(token, table, speaker, reported=reported),
    ):
        if found is None and given is not None:
            found, polarity = given[:2], given[2]
    if found is None:
        return None
    if found[1] is not None:
        claim = vocabulary_claim("won-the-election", table.draft(found[1]).name)
    elif token.lemma_.lower() == "concede":  # no winner told: "X conceded" is X's loss
        claim = vocabulary_claim("lost-the-election", table.draft(found[0]).name)
    elif (country := election_country(token.doc, text)) is not None:
        # No winner told: "X rejected the results" disputes the official results themselves.
        claim = vocabulary_claim("results-are-valid", country)
    else:
        return None
    span = Span.of(text, *evidence_span(token, quote))
    source = table.id_of(found[0])
    when, basis = date_of(quote), basis_of(quote)
    stance = Stance(source, claim.id, "claim", polarity, span, when, basis, 0.55)
    return claim, stance


def disputed_result(
    token: Any,
    table: ActorTable,
    speaker: str | None = None,
    resolver: Any = None,
    *,
    reported: bool = False,
) -> tuple[str, str | None, str] | None:
    """(holder key, winner key, polarity) for "the party rejected / disputed the results" (or
    "does not recognise", "refused to accept" them: oppose) and "the court upheld / certified the
    results", "Russia recognised the results" (support): the result is the win of the one the
    story first tells declared the winner, or won. In a statement, ``speaker`` (an actor id)
    holds a verb with no subject or with the speaker's own pronoun ("we reject", "she would not
    accept")."""
    lemma = token.lemma_.lower()
    turned = is_turned(token)
    if lemma in GRANTING_VERBS or lemma in _UPHOLD:  # disputed when refused
        polarity = "oppose" if turned else "support"
    elif (lemma in _DISPUTE or undoes(token)) and not negated(token):
        polarity = "support" if no_reason(token) else "oppose"  # "no ground to dispute them"
    else:
        return None
    objects = disputed_objects(token, RESULT_NOUNS)
    if hypothetical(token) or not objects:
        return None
    if judges_election(token) and not any(o.lemma_.lower() in RESULT_NOUNS for o in objects):
        return None  # "rejected the election as illegitimate": the verdict is what it says
    holder = token
    while not clause_subjects(holder) and holder.dep_ in ("xcomp", "acomp", "conj", "advcl"):
        holder = holder.head  # "was quick to reject the results", "... and rejected the results"
    subjects = agents_of(holder) or clause_subjects(holder) or _doers(holder)
    said = sayer_of(holder) if urged(holder) else caller_of(token)
    if said is not None:  # "said citizens should reject the result": the sayer's stance
        subjects = clause_subjects(said) or ([said.head] if said.dep_ == "acl" else [])
    elif urged(holder) and speaker is not None:  # "Voters must reject these results," X said
        subjects = []
    if not subjects and (lemma in ANNUL or lemma in DOUBT or lemma in UNDO_RESULTS):
        return None  # "no grounds to annul the vote", "attempts to cast doubt on the result"
    disputer = holder_key(subjects, table)
    if disputer is None and subjects and subjects[0].lower_ in ("he", "she") and not speaker:
        disputer = resolver.pronoun(subjects[0].lower_, subjects[0].idx) if resolver else None
    if disputer is None and subjects and resolver and _party_noun(subjects[0]):
        disputer = resolver.resolve(subjects[0])  # "the opposition party rejected the result"
    if disputer is None and speaker is not None:
        disputer = _speaker_key(subjects, table, speaker, reported)
        if disputer is None and lemma in DOUBT and subjects and subjects[0].pos_ != "PRON":
            # "irregularities raise serious doubts about the results," X said: X's doubt
            disputer = table.key_of(speaker)
    if disputer is None:
        return None
    winner = _object_winner(objects, table) or story_winner(token.doc, table)
    if winner == disputer:
        return None
    if polarity == "oppose" and winner is not None and _declares_instead(token, winner, table):
        # "overturned earlier results and declared X the winner": the other winner the story
        # tells ("the commission had said Y had defeated X"), not X
        winner = story_winner(token.doc, table, other_than=winner)
    return disputer, winner, polarity  # no winner told: the official results (claimed_stance)


def _declares_instead(token: Any, winner: str, table: ActorTable) -> bool:
    """Whether the verb disputing the results is joined to one by which the same doer declares
    ``winner`` the winner: the results undone are another's ("X was declared the winner but the
    outcome was rejected by Y" is Y's dispute of X's win)."""
    verbs = [token, *(c for c in token.children if c.dep_ == "conj")]
    verbs += [token.head] if token.dep_ == "conj" else []
    active = [v for v in verbs if not any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)]
    return any((found := declared_winner(v, table)) and found[0] == winner for v in active)


def _object_winner(objects: list[Any], table: ActorTable) -> str | None:
    """The person the disputed or upheld object names as the winner: "confirmed the
    re-election of President X", "upheld X's victory", "the official victory for X"."""
    for noun in objects:
        if noun.lower_ not in WON_NOUNS and noun.lemma_.lower() not in WON_NOUNS:
            continue
        named = [c for c in noun.children if c.dep_ == "poss"] + prep_objects(noun, "of", "for")
        found = named_actor(named, table)
        if found is not None and table.draft(found).type == "Person":
            return found
    return None


def _doers(verb: Any) -> list[Any]:
    """Who does the act a noun's infinitive names: "the decision by the commission to annul the
    vote", "the commission's decision to annul the vote"."""
    if verb.dep_ != "acl" or verb.head.pos_ != "NOUN":
        return []
    noun = verb.head
    owner = [c for c in noun.children if c.dep_ == "poss"]
    doer = doer_by(noun)
    return owner or ([doer] if doer is not None else [])


# Nouns for a political organisation the story names: "the opposition party", "the alliance".
_PARTIES = frozenset({"party", "alliance", "coalition", "movement", "front", "bloc"})


def _party_noun(subject: Any) -> bool:
    """Whether ``subject`` is "the (opposition) party" or the like, a definite description."""
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
    return definite and subject.lemma_.lower() in _PARTIES


def _speaker_key(
    subjects: list[Any], table: ActorTable, speaker: str, reported: bool = False
) -> str | None:
    """The speaker's key when the verb is in their own voice, else None."""
    key = table.key_of(speaker)
    if key is None:
        return None
    # "Opponents of X said they would ...": people a plural description names are "they"
    head = table.draft(key).name.split(" of ")[0].split()[-1:]
    plural = not table.is_named(key) and bool(head) and looks_plural(head[0])
    return key if _own_voice(subjects, table.draft(key), reported, plural) else None


def _own_voice(
    subjects: list[Any], speaker: Any, reported: bool = False, plural: bool = False
) -> bool:
    """Whether a statement's verb is the speaker's own: no subject, "we" or "I", "he" / "she"
    of a person speaking, or in reported speech "it" of a body or country speaking ("The EU
    said it could not recognise the results"; quoted, "It rejected the results" is another's)."""
    if not subjects:
        return True
    word = subjects[0].lower_
    person = speaker.type == "Person" and not plural  # a plural description: "they", as a body
    itself = reported and word == "it" and not person
    themselves = reported and word == "they" and not person
    return word in ("we", "i") or (word in ("he", "she") and person) or itself or themselves


def conceded(
    token: Any, table: ActorTable, speaker: str | None = None, *, reported: bool = False
) -> tuple[str, str | None, str] | None:
    """(conceder key, winner key, polarity) for "X conceded (defeat)" (X backs the story
    winner's win) or "X refused to concede" (X disputes it); None otherwise. In a statement,
    ``speaker`` concedes in their own voice, as in ``disputed_result``."""
    if token.pos_ != "VERB" or not concedes(token) or hypothetical(token):
        return None
    objects = [c.lemma_.lower() for c in token.children if c.dep_ == "dobj"]
    if objects and not set(objects) & {"defeat", "election", "race", "loss", "victory"}:
        return None  # "conceded the point"
    if any(c.dep_ in ("ccomp", "xcomp") for c in token.children):
        return None  # "conceded that turnout was low"
    holder = token
    while not clause_subjects(holder) and holder.dep_ in ("xcomp", "acomp"):
        if _told_to(holder.head):
            return None  # "urged X to concede", "called on X to concede": X has not conceded
        holder = holder.head  # "refused to concede"
    conceder = named_actor(clause_subjects(holder), table, named=False)
    if conceder is None and speaker is not None:  # "We will never concede," X said
        conceder = _speaker_key(clause_subjects(holder), table, speaker, reported)
    if conceder is None:
        return None
    winner = story_winner(token.doc, table)
    if winner == conceder:
        return None
    turned = negated(token) or implied_not(token) or negated(holder)
    return conceder, winner, "oppose" if turned else "support"


def concedes(token: Any) -> bool:
    """ "conceded (defeat)", or another verb of owning up with defeat for its object ("admit its
    defeat", "accepted defeat", "acknowledged his loss")."""
    return token.lemma_.lower() == "concede" or owns_defeat(token)


def story_winner(doc: Any, table: ActorTable, other_than: str | None = None) -> str | None:
    """The person the story first tells declared the winner (or whose win it tells upheld),
    else first tells won; with ``other_than``, the first such person who is not that one."""
    for token in doc:
        declared = declared_winner(token, table) if token.pos_ == "VERB" else None
        key = declared[0] if declared is not None else None
        if key is not None and key != other_than and table.draft(key).type == "Person":
            return key
        if token.lemma_.lower() in _UPHOLD and token.pos_ == "VERB" and not negated(token):
            upheld = _object_winner([c for c in token.children if c.dep_ == "dobj"], table)
            if upheld is not None and upheld != other_than:  # "confirmed the re-election of X"
                return upheld
    for token in doc:
        lemma = token.lemma_.lower()
        told = (lemma in _WIN and token.pos_ == "VERB") or lemma == "be"  # "X was the winner"
        if not told or negated(token) or hypothetical(token):
            continue
        found = _winner(token, lemma, table)
        if found is not None and found != other_than and not _own_claim(token, table):
            return found
    return None


def _own_claim(win: Any, table: ActorTable) -> bool:
    """ "X said he had won": a win a person reports of themselves is their claim, not the
    story's result (a reporting verb whose subject is a person, or none of its own, over a
    win whose subject is a pronoun)."""
    head = win.head
    if win.dep_ != "ccomp" or head.lemma_.lower() not in _REPORT_VERBS:
        return False
    if not any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in win.children):
        return False
    reporter = named_actor(clause_subjects(head), table, named=False)
    return reporter is None or table.draft(reporter).type == "Person"


def _winner(token: Any, lemma: str, table: ActorTable) -> str | None:
    """The person ``token`` says won: "X won/defeated Y", "X was the victor", "give X the victory"
    (or the party that won an election or its votes)."""
    if lemma in _WIN:
        objects = " ".join(
            t.lower_ for c in token.children if c.dep_ in ("dobj", "prep") for t in c.subtree
        )
        elected = any(w in objects for w in _ELECTION_WORDS)
        if lemma == "win" and objects and not elected and not seat_majority(token):
            return None
        if lemma == "win" and minor_share(token):
            return None  # "Mensah, who won 19 percent": a share of the vote, not the election
        if any(c.dep_ == "nsubjpass" for c in token.children):
            # "X was defeated by Y": the winner is the agent, wherever the parser hung "by".
            agents = [g for c in token.subtree if c.dep_ in ("agent", "prep") and c.lower_ == "by"
                      for g in c.children if g.dep_ == "pobj"]  # fmt: skip
            found = named_actor(agents, table)
        else:
            found = named_actor(clause_subjects(token), table)
    elif lemma == "be" and any(
        c.dep_ == "attr" and c.lemma_.lower() in _WINNER for c in token.children
    ):
        found = named_actor(clause_subjects(token), table)
    elif lemma in _GIVE and any(
        c.dep_ == "dobj" and c.lemma_.lower() in _VICTORY for c in token.children
    ):
        found = named_actor([c for c in token.children if c.dep_ == "dative"], table)
    else:
        return None
    if found is None:
        return None
    if table.draft(found).type != "Person" and not (lemma == "win" and _party_won(token, table)):
        return None
    return found


def _party_won(token: Any, table: ActorTable) -> bool:
    """A party's win of an election or its votes ("the ruling party won 54% of the vote", "the
    Blue Party won the parliamentary election", a majority of the seats): a party, not a company,
    wins those."""
    subject = named_actor(clause_subjects(token), table)
    if subject is None or table.draft(subject).type not in ("Organization", "Group"):
        return False
    objects = [t.lower_ for c in token.children if c.dep_ == "dobj" for t in c.subtree]
    election = any(
        w in objects for w in ("election", "elections", "vote", "votes", "poll", "seats")
    )
    return election or seat_majority(token)  # "won 49 out of 65 seats"


def _claimer(token: Any, table: ActorTable) -> str | None:
    """Who claims the win: the subject of a reporting verb, or the owner of a reporting noun
    ("opposition claims that ..."), within four heads above the win."""
    head = token
    for _ in range(4):
        if head.head.i == head.i:
            return None
        head = head.head
        lemma = head.lemma_.lower()
        if head.pos_ in ("VERB", "AUX") and lemma in _REPORT_VERBS:
            if negated(head):
                return None
            return named_actor(clause_subjects(head), table, named=False)
        if head.pos_ == "NOUN" and (lemma in _REPORT_NOUNS or head.lower_ in _REPORT_NOUNS):
            owners = [c for c in head.children if c.dep_ in ("compound", "poss", "nmod")]
            return named_actor(owners, table, named=False)
    return None


def clause_subjects(token: Any) -> list[Any]:
    """The verb's subjects; of a relative clause, the noun it describes ("X, who declared
    victory on Monday": X)."""
    found = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if found and found[0].lower_ in ("who", "that", "which") and token.dep_ == "relcl":
        return [token.head]
    return found


def _told_to(verb: Any) -> bool:
    """Whether ``verb`` has someone else do what its infinitive says: an object ("urged X to"),
    or one after "on" ("called on X to")."""
    return any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "on") for c in verb.children)

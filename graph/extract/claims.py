"""Claims: propositions with an identity, so the same claim joins across articles.

A claim is what a stance can be for or against when it is not an actor: a subject (an actor,
or the election of the story's country) and a predicate from the vocabulary in
``graph/data/claims.yaml`` ("won the election", "results should be published", ...). Its id is
``<subject slug>-<predicate id>``, the same for a curated and an extracted claim, so contested
claims join across articles. A phrase no predicate recognises is no claim.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from graph.extract.actors import ActorTable, clean_name
from graph.extract.agents import story_country
from graph.extract.elections import majority_share, minor_share, seat_majority
from graph.extract.marks import QUOTE_CHARS
from graph.extract.speakers import SpeakerResolver
from graph.extract.subordinators import CONDITIONS
from graph.model import Actor, Claim, DateValue, Polarity, Quote, Span, Stance
from graph.text import fold, slugify

__all__ = [
    "HYPOTHETICAL",
    "Predicate",
    "added_after_comma",
    "affirmed",
    "claim_for",
    "claim_id",
    "claim_text",
    "denied",
    "evidence_span",
    "hypothetical",
    "is_issue",
    "issue_claim",
    "predicate_of",
    "predicates",
    "purpose",
    "rekey",
    "vocabulary_claim",
    "vocabulary_stance",
    "win_claim",
]

HYPOTHETICAL = frozenset({"if", "whether", "unless", "even", "though", "although"})


def hypothetical(token: Any) -> bool:
    """Whether ``token`` is told as a condition or a concession ("if X won", "even though ..."),
    or as what follows from one ("if we stand together, we will win").

    >>> from graph.extract.nlp import load_pipeline
    >>> nlp = load_pipeline()
    >>> doc, plain, even = nlp.parse(["If we stay united, we will win.", "We will win.",
    ...                               "We respect the polls even if they show us losing."])
    >>> hypothetical(doc[7]), hypothetical(plain[2]), hypothetical(even[1])
    (True, False, False)
    """
    if any(c.dep_ in ("mark", "advmod") and c.lower_ in HYPOTHETICAL for c in token.children):
        return True
    return any(_condition(c) for c in token.children if c.dep_ == "advcl")


def _condition(clause: Any) -> bool:
    """ "if we stand together": a condition; "even if some showed ..." concedes and "as if"
    compares, and the main clause still holds."""
    marks = {m.lower_ for m in clause.children if m.dep_ in ("mark", "advmod")}
    # not "as if the count were over"
    return bool(marks & CONDITIONS) and not marks & {"even", "as"}


@dataclass(frozen=True, slots=True)
class Predicate:
    """A predicate of the claim vocabulary: its id, its kind of subject, its text and cues."""

    id: str
    subject: str  # "actor" | "country"
    text: str
    cues: tuple[re.Pattern[str], ...]
    negates: str | None = None  # the predicate this one denies ("lost" denies "won")


@lru_cache(maxsize=1)
def predicates() -> tuple[Predicate, ...]:
    """The claim vocabulary shipped in ``graph/data/claims.yaml``.

    >>> [p.id for p in predicates()][:3]
    ['results-should-be-annulled', 'lost-the-election', 'won-the-election']
    """
    raw = resources.files("graph").joinpath("data", "claims.yaml").read_text(encoding="utf-8")
    out = []
    for item in yaml.safe_load(raw)["predicates"]:
        cues = tuple(re.compile(c, re.I) for c in item["cues"])
        out.append(Predicate(item["id"], item["subject"], item["text"], cues, item.get("negates")))
    kinds = {p.id: p.subject for p in out}
    for p in out:
        if p.negates is not None and kinds.get(p.negates) != p.subject:
            raise ValueError(f"claims.yaml: {p.id} negates {p.negates}, no predicate of its kind")
    return tuple(out)


def claim_id(subject: str, predicate: str) -> str:
    """The key of a claim: the same subject and predicate give the same id everywhere.

    >>> claim_id("Nicolás Maduro", "won-the-election")
    'nicolas-maduro-won-the-election'
    """
    return f"{slugify(subject)}-{predicate}"


def vocabulary_claim(predicate: str, subject: str) -> Claim:
    """The vocabulary's claim ``predicate`` about ``subject``: its key and its text as shipped.

    >>> vocabulary_claim("election-was-fraudulent", "Ruritania").text
    'the election in Ruritania was fraudulent'
    """
    text = next(p.text for p in predicates() if p.id == predicate)
    return Claim(claim_id(subject, predicate), text.format(subject=subject))


def vocabulary_stance(
    source: str,
    predicate: str,
    subject: str,
    polarity: Polarity,
    word: Any,
    quote: Quote | None,
    text: str,
) -> tuple[Claim, list[Stance]]:
    """``source``'s stance on the vocabulary's claim ``predicate`` about ``subject``, read at
    ``word`` (said in ``quote``, or narrated when None): the claim and the stance, as the claim
    readers of ``stance_propositions`` give them."""
    claim = vocabulary_claim(predicate, subject)
    span = Span.of(text, *evidence_span(word, quote))
    when = quote.said_on if quote is not None else DateValue()
    basis = quote.key if quote is not None else None
    return claim, [Stance(source, claim.id, "claim", polarity, span, when, basis, 0.55)]


def denied(claim: Claim) -> Claim | None:
    """The claim of the vocabulary that ``claim`` denies, if its predicate negates one.

    >>> denied(vocabulary_claim("election-was-fraudulent", "Ruritania"))
    Claim(id='ruritania-results-are-valid', text='the official results of the election in Ruritania are valid')
    >>> denied(vocabulary_claim("lost-the-election", "Rui Lopes")).text
    'Rui Lopes won the election'
    >>> denied(vocabulary_claim("won-the-election", "Rui Lopes")) is None
    True
    """
    for predicate in predicates():
        subject = claim.id.removesuffix(f"-{predicate.id}")
        if predicate.negates is None or subject == claim.id or not subject:
            continue
        before, _, after = predicate.text.partition("{subject}")
        match = re.fullmatch(re.escape(before) + "(.+)" + re.escape(after), claim.text)
        name = match.group(1) if match else subject.replace("-", " ").title()
        return vocabulary_claim(predicate.negates, name)
    return None


def affirmed(
    claims: Sequence[Claim], stances: Sequence[Stance]
) -> tuple[list[Claim], list[Stance]]:
    """Claims that deny another as the claim they deny, and the stances on them turned round.

    Who alleges that the election was fraudulent opposes "the official results ... are valid";
    who dismisses the allegation supports them; "X lost" opposes "X won". Both sides of one
    proposition meet at one node, whichever way each article words it.

    >>> fraud = vocabulary_claim("election-was-fraudulent", "Ruritania")
    >>> stance = Stance("ana-soto", fraud.id, "claim", "support", Span(0, 5, "Fraud"))
    >>> claims, (turned,) = affirmed([fraud], [stance])
    >>> claims[0].id, turned.target, turned.polarity
    ('ruritania-results-are-valid', 'ruritania-results-are-valid', 'oppose')
    """
    mapping = {c.id: d for c in claims if (d := denied(c)) is not None}
    out_claims = {c.id: c for c in (mapping.get(c.id, c) for c in claims)}
    out: dict[str, Stance] = {}
    for stance in stances:
        negated = mapping.get(stance.target) if stance.target_kind == "claim" else None
        if negated is not None:
            polarity = "oppose" if stance.polarity == "support" else "support"
            stance = replace(stance, target=negated.id, polarity=polarity)
        out.setdefault(stance.key, stance)
    return list(out_claims.values()), list(out.values())


def predicate_of(text: str, subject: str | None = None) -> Predicate | None:
    """The first predicate whose cue ``text`` shows (actor predicates only when ``subject``)."""
    for predicate in predicates():
        if predicate.subject == "actor" and subject is None:
            continue
        if any(cue.search(text) for cue in predicate.cues):
            return predicate
    return None


def claim_for(text: str, *, actor: str | None = None, country: str | None = None) -> Claim | None:
    """The claim ``text`` states about ``actor`` (or the election of ``country``), if any.

    >>> claim_for("publication of the full tallies", country="Ruritania").id
    'ruritania-results-should-be-published'
    >>> claim_for("Rui Lopes won with 52 percent", actor="Rui Lopes").text
    'Rui Lopes won the election'
    >>> claim_for("laws", country="Ruritania") is None
    True
    """
    predicate = predicate_of(text, actor)
    if predicate is None:
        return None
    subject = actor if predicate.subject == "actor" else country
    if not subject:
        return None
    return vocabulary_claim(predicate.id, subject)


def win_claim(
    token: Any, table: ActorTable, text: str, quote: Quote | None, resolver: SpeakerResolver
) -> tuple[Claim, Span] | None:
    """'X won / defeated Y / received the most votes' -> the claim that X won (said in
    ``quote``, or told by results when None)."""
    lemma = token.lemma_.lower()
    if hypothetical(token) or purpose(token):
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    key = table.key_at(subject.idx, subject.idx + len(subject.text))
    for child in subject.children if key is None else ():
        if child.dep_ in ("appos", "compound"):
            key = table.key_at(child.idx, child.idx + len(child.text))
            if key:
                break
    speaker_key = table.key_of(quote.speaker) if quote is not None else None
    own = (
        speaker_key is not None
        and subject.lower_ in ("we", "i")
        and lemma == "win"
        and _election_story(token.doc)
    )
    if key is None and subject.lower_ in ("he", "she"):
        key = resolver.pronoun(subject.lower_, subject.idx, speaker=speaker_key)
    elif key is None and own:
        key = speaker_key  # "We won and the whole world knows it," the candidate said
    if key is None or (
        table.draft(key).type != "Person" and not own and not _party(token, key, table)
    ):
        return None
    objects = " ".join(
        t.lower_ for c in token.children if c.dep_ in ("dobj", "prep") for t in c.subtree
    )
    if lemma == "be":
        pass
    elif (
        lemma in ("secure", "receive", "obtain")
        and "most votes" not in objects
        and "more votes" not in objects
        and "majority" not in objects
        and not majority_share(token)  # "secured 80 percent of the vote"
    ) or (
        lemma == "win"
        and objects
        and not any(w in objects for w in _WIN_OBJECTS)
        and not seat_majority(token)  # "won 49 out of 65 seats"; not "won 30 seats"
    ):
        return None
    if lemma == "win" and minor_share(token):
        return None  # "Berg won 3 million votes or 34 percent": a share, not the election
    name = table.draft(key).name
    start, end = evidence_span(token, quote)
    return vocabulary_claim("won-the-election", name), Span.of(text, start, end)


def _party(win: Any, key: str, table: ActorTable) -> bool:
    """A party's win of a majority of the seats ("the Blue Party had won 49 out of 65 seats")."""
    return (
        win.lemma_.lower() == "win"
        and table.draft(key).type in ("Organization", "Group")
        and seat_majority(win)
    )


# What a win of an election is a win of ("won the vote", "won 52 percent"), and "anything" in a
# win denied outright ("he hasn't won anything"); "won a medal" or "won praise" is no election's.
_WIN_OBJECTS = ("election", "vote", "votes", "majority", "race", "poll", "percent", "%", "anything")


def _election_story(doc: Any) -> bool:
    """Whether the story speaks of an election, so that a bare "we won" is that one's."""
    return any(t.lemma_.lower() in ("election", "ballot", "poll", "vote") for t in doc)


def purpose(token: Any) -> bool:
    """Inside "to demonstrate (that) X won": what would be shown, not what is asserted."""
    head = token
    for _ in range(3):
        if head.head.i == head.i:
            return False
        head = head.head
        if head.tag_ == "VB" and any(c.lower_ == "to" and c.dep_ == "aux" for c in head.children):
            return head.lemma_.lower() in (
                "demonstrate",
                "prove",
                "show",
                "confirm",
                "verify",
                "see",
            )
    return False


def rekey(
    claims: Sequence[Claim], stances: Sequence[Stance], actors: Sequence[Actor], text: str
) -> tuple[tuple[Claim, ...], tuple[Stance, ...]]:
    """Claims written in words (a curator's) under their vocabulary key, stances following.

    "Rui Lopes won with 52 percent" about the actor Rui Lopes is ``rui-lopes-won-the-election``,
    the key the extractor gives the same proposition, so both join in the graph. The wording
    stays; a claim no predicate recognises keeps its own id.

    >>> lopes = Actor("rui-lopes", "Rui Lopes", "Person", ("Lopes",))
    >>> claims, _ = rekey([Claim("lopes-52", "Lopes won with 52 percent")], [], [lopes], "")
    >>> claims
    (Claim(id='rui-lopes-won-the-election', text='Lopes won with 52 percent'),)
    """
    story = story_country(text)
    mapping: dict[str, str] = {}
    out: dict[str, Claim] = {}
    for claim in claims:
        actor = _named_in(claim.text, actors)
        found = claim_for(
            claim.text,
            actor=actor.id if actor is not None else None,
            country=story.name if story is not None else None,
        )
        new_id = found.id if found is not None else claim.id
        mapping[claim.id] = new_id
        # the words of a claim that denies another are not that claim's: its vocabulary text
        wording = claim.text
        if found is not None and denied(found) is not None:
            named = claim_for(
                claim.text,
                actor=actor.name if actor is not None else None,
                country=story.name if story is not None else None,
            )
            wording = denied(named).text if named is not None else found.text
        out.setdefault(new_id, Claim(new_id, wording))
    moved = tuple(
        replace(s, target=mapping.get(s.target, s.target)) if s.target_kind == "claim" else s
        for s in stances
    )
    folded, turned = affirmed(tuple(out.values()), moved)
    return tuple(folded), tuple(dict((s.key, s) for s in turned).values())


def _named_in(text: str, actors: Sequence[Actor]) -> Actor | None:
    """The actor whose name or alias comes first in ``text`` (whole words, accent-blind)."""
    folded = fold(text)
    best: tuple[int, Actor] | None = None
    for actor in actors:
        for name in actor.names:
            if len(name) < 3:
                continue
            match = re.search(r"(?<!\w)" + re.escape(fold(name)) + r"(?!\w)", folded)
            if match and (best is None or match.start() < best[0]):
                best = (match.start(), actor)
    return best[1] if best else None


_FUNCTION_WORDS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
     "other", "such", "some", "any", "all", "more", "further", "new", "same", "every"}
)  # fmt: skip


def is_issue(claim_id: str) -> bool:
    """Whether ``claim_id`` is an issue phrase, no proposition of the vocabulary.

    >>> is_issue("ruritania-results-are-valid"), is_issue("release-of-rui-lopes")
    (False, True)
    """
    return not any(claim_id.endswith(f"-{p.id}") for p in predicates())


def issue_claim(label: str) -> Claim | None:
    """An issue outside the vocabulary, when the phrase says what it is about.

    "the decision of the electoral court" or "open trade under a rules-based order" are issues
    a stance can take; a bare noun with a modifier ("other illegalities", "false assertion",
    "laws") is a fragment whose meaning is elsewhere in the sentence, and no claim.

    >>> issue_claim("the decision of the electoral court").id
    'decision-of-the-electoral-court'
    >>> issue_claim("other illegalities"), issue_claim("false assertion")
    (None, None)
    """
    label = clean_name(label).strip(QUOTE_CHARS + " ")  # '"halt to the plan': no mark
    words = [w for w in label.split() if w.lower() not in _FUNCTION_WORDS and w.isalpha()]
    if len(words) < 3 or len(label.split()) > 12:
        return None
    return Claim(slugify(label)[:80], label)


def claim_text(claim_id: str, table: ActorTable) -> str:
    """The wording of a claim of the vocabulary, from its id and the actors of the article."""
    names = {slugify(table.id_of(k)): d.name for k, d in table.drafts.items()}
    for predicate in predicates():
        subject = claim_id.removesuffix(f"-{predicate.id}")
        if subject != claim_id:
            name = names.get(subject) or subject.replace("-", " ").title()
            return predicate.text.format(subject=name)
    return claim_id.replace("-", " ")


def evidence_span(token: Any, quote: Quote | None) -> tuple[int, int]:
    """The evidence of a stance: the sentence that shows it (inside its marks, if quoted).

    A sentence is what a reader checks a stance against, and what the app highlights.
    """
    sent = token.sent
    toks = [t for t in sent if not t.is_space]
    while toks and (toks[0].is_punct or toks[0].text in ("“", '"')):
        toks = toks[1:]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    if not toks:
        return token.idx, token.idx + len(token.text)
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    if quote is not None and quote.kind == "direct":
        # The speaker's own words only: not the narration around the quotation marks.
        start, end = max(start, quote.span.start), min(end, quote.span.end)
        if end <= start:
            return token.idx, token.idx + len(token.text)
    return start, end


def added_after_comma(obj: Any) -> set[int]:
    """The tokens of what a phrase adds after a comma: examples, a relative clause, apposition."""
    out: set[int] = set()
    for token in obj.subtree:
        for c in token.rights:
            comma = c.i > 0 and c.doc[c.i - 1].text == ","
            if comma and (c.dep_ in ("relcl", "appos", "acl") or c.lower_ in _EXAMPLES):
                out |= {t.i for t in c.subtree}
    return out


_EXAMPLES = frozenset({"including", "such", "like", "especially", "particularly", "notably"})

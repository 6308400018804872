"""Verdicts on an election: who calls it free and fair, rigged or a sham takes a side on it.

A verdict is an election noun ("the election", "the vote", "the polls") with a judgement of its
conduct: predicated ("the elections were free and fair", "the vote was rigged"), given by a verb
of judging ("called the election a sham", "described the vote as neither free nor fair",
"calling it neither free nor fair" of an election the sentence names), by the manner of its
conduct (``election_manner``: "took place in transparency", "lacked credibility"), or, in a
speaker's own words, as an adjective ("this fraudulent election"). A verdict of fraud ("rigged",
"a sham", "a farce", "stolen", results "fake" or "a fabrication") supports "the election in <country> was fraudulent"; a verdict of
fairness ("free and fair", "credible", "legitimate") supports "the election in <country> was
free and fair", and its negation ("not free and fair", "neither free nor fair", "illegitimate")
opposes it. The country is the one named with the election ("Bolivia's vote"), else the story's.

Only a holder's verdict counts: a quoted speaker's, or the subject of a verb of judging. A
verdict wished for, demanded or supposed ("must be free and fair", "to ensure the vote is
credible", "if the vote was rigged") is none, nor is one the narrator states, nor, in a
speaker's words, the content of a view another holds ("the assessment of the monitors that the
vote was credible"; "our view that ..." is the speaker's).
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable
from graph.extract.agents import country_named
from graph.extract.claims import hypothetical, vocabulary_claim, vocabulary_stance
from graph.extract.election_manner import CONDUCT_VERBS, lacked, manner_verdict
from graph.extract.elections import RIGGING_VERBS, VOTE_FAULTS, election_country, is_election
from graph.extract.lexicon import CHARGING_VERBS, DENIAL_VERBS, MODALS, NEG_RAISING_VERBS
from graph.extract.negation import called_untrue, modal, nobody_does
from graph.extract.noun_holders import another_owns
from graph.extract.parse_links import pointing_subject
from graph.extract.relatives import parsed_antecedent
from graph.extract.speakers import SpeakerResolver
from graph.extract.stance_roles import negated, source_of
from graph.extract.subordinators import opened_by
from graph.model import Claim, Quote, Stance

__all__ = [
    "denounced_fault",
    "election_verdict",
    "judges_election",
    "marred_by_fault",
    "verdict_of",
]

_FAIR = "election-was-free-and-fair"
_FRAUD = "election-was-fraudulent"
_VALID = "results-are-valid"
# An election or its results held void in law: "the results are null and void", "declared the
# vote invalid", "an unconstitutional election".
_INVALID_WORDS = ("invalid", "void", "null", "illegal", "unlawful", "unconstitutional")
_FRAUD_WORDS = (
    "rigged", "fraudulent", "stolen", "sham", "farce", "fraud", "travesty", "charade", "scam",
    "masquerade", "mockery", "hoax",
    # results made up: "the results are fake", "a fabrication", "falsified figures"
    "fake", "false", "bogus", "fabricated", "fabrication", "fictitious", "falsified", "doctored",
    "theft", "robbery",
)  # fmt: skip
_UNFAIR_WORDS = (
    "unfair", "illegitimate", "undemocratic", "uncompetitive", "unfree", "chaotic", "flawed",
    "shambolic", "botched", "disorganised", "disorganized", "dirty", "dirtiest",
)  # fmt: skip
# The verdict words: the claim each speaks to and whether it asserts (True) or denies it.
_VERDICTS: dict[str, tuple[str, bool]] = {
    **dict.fromkeys(
        (
            "free",
            "fair",
            "credible",
            "legitimate",
            "democratic",
            "transparent",
            "success",
            "exemplary",
            "orderly",
            # "the cleanest in decades", "the fairest vote we have had"
            "clean",
            "cleanest",
            "fairest",
            "successful",
            "freest",
            "honest",
        ),
        (_FAIR, True),
    ),
    **dict.fromkeys(
        _UNFAIR_WORDS,
        (_FAIR, False),
    ),
    **dict.fromkeys(
        _FRAUD_WORDS,
        (_FRAUD, True),
    ),
    **dict.fromkeys(("valid", "lawful"), (_VALID, True)),
    **dict.fromkeys(_INVALID_WORDS, (_VALID, False)),
}
_CONDEMN = frozenset(
    {"condemn", "denounce", "criticize", "criticise", "decry", "deplore", "slam", "blast",
     "lambast", "lambaste", "protest", "complain"}
)  # fmt: skip
_OF_FAULTS = frozenset({"of", "about", "over", "against"})
# Accepting a fault, said negated ("do not endorse fraud"): the fault is taken as fact.
_ACCEPT = frozenset({"endorse", "accept", "tolerate", "condone", "allow", "permit", "support"})
# Passives an election suffers a fault by: "was marred by irregularities", "tainted with fraud".
_MARRED = frozenset(
    {"mar", "taint", "plague", "riddle", "blight", "tarnish", "undermine", "mark", "stain"}
)
_MARS = frozenset({"violation", "abuse", "intimidation", "coercion", "vote-buying", "stuffing"})
# "the vote was rigged", "the results were falsified" (a passive)
_COPULAS = frozenset({"be", "seem", "appear", "remain"})
_JUDGE_VERBS = frozenset(
    {"call", "describe", "label", "brand", "deem", "declare", "pronounce", "term", "consider", "denounce",
     "dismiss", "condemn", "reject", "view", "see", "regard", "characterize", "characterise",
     "hail", "praise", "welcome", "laud", "commend", "celebrate", "decry", "slam", "blast",
     "criticise", "criticize", "denigrate", "disown", "repudiate"}
)  # fmt: skip
# Heads under which a verdict is wished for or supposed, not given.
_WISHING = frozenset(
    {"ensure", "guarantee", "demand", "call", "want", "hope", "urge", "ask", "wish", "expect",
     "need", "insist", "make", "push", "press", "seek", "promise", "pledge", "vow", "allow"}
)  # fmt: skip


def verdict_of(word: Any) -> tuple[str, bool, Any, Any] | None:
    """(predicate id, asserted, election noun, verb) when ``word`` judges an election's conduct.

    >>> from graph.extract.nlp import load_pipeline
    >>> (doc,) = load_pipeline().parse(["The observers called the election a sham."])
    >>> found = verdict_of(doc[6])
    >>> found[0], found[1], found[2].text, found[3].text
    ('election-was-fraudulent', True, 'election', 'called')
    """
    lemma = word.lower_ if word.pos_ != "VERB" else word.lemma_.lower()
    if word.dep_ == "conj" and word.head.lower_ in _VERDICTS:
        return None  # "free and fair": one verdict, read at "free"
    # "the vote was rigged"; with no election its subject, "decried the vote as rigged" below
    rigged = [e for c in _passive_subjects(word) if (e := _election(c))]
    if word.pos_ == "VERB" and rigged and _wanting(word):
        found = (_FAIR, False, rigged[0], word)  # "undermined by a lack of transparency"
    elif word.pos_ == "VERB" and (lemma in RIGGING_VERBS or marred_by_fault(word)) and rigged:
        found = (_FRAUD, True, rigged[0], word)
    elif word.pos_ == "VERB" and lemma in RIGGING_VERBS and (done := _rigged_object(word)):
        found = (_FRAUD, True, done, word)  # "said X had rigged the election"
    elif word.pos_ == "VERB" and lemma in _MARRED:
        # "fraud and irregularities marred the vote"
        faults = [c for c in word.children if c.dep_ == "nsubj"]
        faults += [c for f in faults for c in f.children if c.dep_ == "conj"]
        elections = [c for c in word.children if c.dep_ == "dobj" and is_election(c)]
        found = (
            (_FRAUD, True, elections[0], word)
            if elections and any(_fault(f) for f in faults)
            else None
        )
    elif word.lower_ not in _VERDICTS:
        found = manner_verdict(word)  # "took place in transparency", "lacked credibility"
        if found is None:
            return None
    else:
        predicate, asserted = _VERDICTS[word.lower_]
        found = _predicated(word, predicate, asserted)
    if found is None:
        return None
    predicate, asserted, election, verb = found
    if _denied(word) or negated(verb) or called_untrue(verb):
        asserted = not asserted
    held = _held(verb)
    if held is None or _supposed(verb) or _still_to_hold(election):
        return None
    return predicate, asserted == held, election, verb


def _still_to_hold(election: Any) -> bool:
    """Whether the election is one still to hold: the object of a verb of holding it that is a
    gerund or an infinitive ("an opportunity to show its commitment by organising free and fair
    elections", "must hold credible polls"), not "held free and fair elections" (a verdict)."""
    verb = election.head
    if election.dep_ != "dobj" or verb.lemma_.lower() not in CONDUCT_VERBS:
        return False
    if verb.tag_ == "VBG":  # "by organising ...", not "after holding ..."
        return verb.head.lower_ not in ("after", "since")
    # "to hold", "must hold"; not "did hold elections that were credible"
    return verb.tag_ == "VB" and modal(verb, MODALS | {"to"})


def _charger(
    verb: Any, accusing: Any, quote: Quote | None, table: ActorTable, resolver: SpeakerResolver
) -> str | None:
    """Who holds that the vote was rigged by the deed ``verb`` tells: the accuser ("accused Y
    of rigging the vote") or the speaker ("said Y had rigged it", "“They rigged the vote,” X
    said"), never the one charged with it; no one when nobody did it ("said nobody had
    rigged the vote")."""
    if nobody_does(verb):  # "nobody rigged it": no one holds it
        return None
    if accusing is not None:
        return source_of(accusing, quote, table, resolver)
    if quote is not None and (_asserted(verb) or (quote.kind == "direct" and verb.dep_ == "ROOT")):
        return quote.speaker
    return None


def _rigged_object(verb: Any) -> Any | None:
    """The election or its results an active verb of cheating has for its object."""
    return next((c for c in verb.children if c.dep_ == "dobj" and is_election(c)), None)


def _charging_verb(verb: Any) -> Any | None:
    """The accusing verb a deed is charged by ("accused the party of rigging the vote"), or
    None."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "of" or prep.dep_ != "prep":
        return None
    accusing = prep.head
    if accusing.dep_ == "dobj":  # the parser may hang "of ..." on the one accused
        accusing = accusing.head
    return accusing if accusing.lemma_.lower() in CHARGING_VERBS and not negated(accusing) else None


_ASSERTING = frozenset({"say", "claim", "allege", "insist", "charge", "tell", "add", "argue"})


def _asserted(verb: Any) -> bool:
    """A deed told as the clause of a verb of saying ("said X had rigged the vote"), not of a
    denial nor inside a noun ("denied accusations that X had rigged it")."""
    head = verb.head
    return verb.dep_ == "ccomp" and head.lemma_.lower() in _ASSERTING and not negated(head)


def judges_election(verb: Any) -> bool:
    """Whether a verb of judging gives a verdict on an election ("rejected the election as
    illegitimate"): the verdict is what it says, not a stance on "the election" as an issue."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _JUDGE_VERBS:
        return False
    words = [g for c in verb.children for g in (c, *c.children)]
    return any((found := verdict_of(w)) is not None and found[3].i == verb.i for w in words)


def election_verdict(
    word: Any, quote: Quote | None, table: ActorTable, text: str, resolver: SpeakerResolver
) -> tuple[Claim, list[Stance]] | None:
    """The claim an election verdict speaks to and the stance of each of its holders."""
    if word.pos_ not in ("ADJ", "NOUN", "VERB", "ADV"):
        return None
    found = verdict_of(word)
    if found is not None:
        predicate, asserted, election, verb = found
        accusing = _charging_verb(verb)
        told = _asserted(verb) and verb.head.dep_ == "relcl"  # "a vote which X said was rigged"
        if quote is None and verb.lemma_.lower() not in _JUDGE_VERBS and not (accusing or told):
            return None  # the narrator's own verdict, or one told without a holder
        if quote is not None and _others_view(verb):
            return None  # "the assessment of observers that the vote was credible": theirs
        if verb.lemma_.lower() in RIGGING_VERBS and _rigged_object(verb) is not None:
            source = _charger(verb, accusing, quote, table, resolver)
        elif told and quote is None:
            source = source_of(verb.head, None, table, resolver)  # the teller of the relative
        elif quote is not None and verb.lemma_.lower() in _COPULAS and pointing_subject(verb):
            source = quote.speaker  # "It was a flawed election," she said: no "it" holds it
        else:
            source = source_of(verb, quote, table, resolver)
    elif quote is not None and (label := _spoken_label(word)) is not None:
        (predicate, asserted, election, verb), source = label, quote.speaker
    else:
        return None
    country = _country(election, text)
    if source is None or country is None:
        return None
    polarity = "support" if asserted else "oppose"
    return vocabulary_stance(source, predicate, country, polarity, verb, quote, text)


def _others_view(verb: Any) -> bool:
    """Whether a verdict's clause is the content of a view another holds ("the assessment of
    observers that the elections were credible", "their claim that the vote was rigged"), not
    the speaker's own ("our view that ...", "I have the impression that ...")."""
    noun = verb.head
    # The parser may take the content clause for a relative one: "that" then opens a clause
    # with a subject of its own ("that the elections were credible").
    whole = any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("that", "which", "who")
        for c in verb.children
    )
    opened = any(c.lower_ == "that" and c.i < verb.i for c in verb.children)
    content = verb.dep_ in ("acl", "ccomp") or (verb.dep_ == "relcl" and whole and opened)
    if not content or noun.pos_ != "NOUN" or noun.i > verb.i:
        return False
    # another holder named: "the assessment of the monitors that", "their claim that", or the
    # holder itself when the parser hung the clause on it ("the assessment of observers that")
    held_of = any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    holder = noun.dep_ == "pobj" and noun.head.lower_ == "of"
    return held_of or holder or another_owns(noun)


def denounced_fault(
    verb: Any, quote: Quote | None, table: ActorTable, text: str, resolver: SpeakerResolver
) -> tuple[Claim, list[Stance]] | None:
    """Condemning a fault of the election asserts it: "criticized the irregularities in the
    process", "denounced widespread fraud" support "the election ... was fraudulent" (where
    "rejected allegations of fraud" opposes it: the allegation, not the fault, is the object).
    Refusing to accept a fault asserts it as well: "the people do not endorse fraud", "we will
    not tolerate vote-rigging" (the fault is taken as fact, not denied)."""
    lemma = verb.lemma_.lower()
    refused = lemma in _ACCEPT and negated(verb)
    if verb.pos_ != "VERB" or not (refused or (lemma in _CONDEMN and not negated(verb))):
        return None
    # "denounced fraud"; "complained of vote fraud", "protested against rigging"
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in _OF_FAULTS
                for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    if not any(o.lemma_.lower() in VOTE_FAULTS or o.lower_ in VOTE_FAULTS for o in objects):
        return None
    if refused and _modal(verb):  # "will not tolerate fraud": a warning, no stance on the vote
        return vocabulary_claim(_FRAUD, "the election"), []
    source = source_of(verb, quote, table, resolver)
    country = election_country(verb.doc, text)
    if source is None or country is None:
        return None
    return vocabulary_stance(source, _FRAUD, country, "support", verb, quote, text)


def _modal(verb: Any) -> bool:
    """ "will not tolerate", "would not accept": a warning about what may come, no fact."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _predicated(word: Any, predicate: str, asserted: bool) -> tuple[str, bool, Any, Any] | None:
    """A verdict word predicated of an election: "the vote was rigged", "called it a sham"."""
    while word.dep_ == "conj":
        word = word.head  # "transparent and absolutely legitimate": as the first is
    head = word.head
    if word.dep_ == "amod" and is_election(head) and head.dep_ in ("pobj", "attr", "oprd"):
        word, head = head, head.head  # "as the most fraudulent election": where the vote stands
    if word.dep_ in ("pobj", "amod") and head.lower_ == "as" and head.dep_ == "prep":
        verb = head.head  # "described the vote as neither free nor fair", "denounced it as a farce"
    elif word.dep_ in ("acomp", "attr", "oprd"):
        verb = head
    elif word.dep_ == "advcl" and opened_by(word, ("as",)):
        verb = head  # "rejected the election on Sunday as illegitimate"
    elif (word.dep_ == "ccomp" or (word.dep_ == "dobj" and word.lower_ in _INVALID_WORDS)) and (
        head.lemma_.lower() in _JUDGE_VERBS
    ):
        # "declared the vote null and void", "we consider this election illegitimate": the
        # parser makes the verdict a clause whose subject is the election, or (the idiom "null
        # and void" read as a noun) a noun the election is a compound of
        judged = [c for c in word.children if c.dep_ in ("nsubj", "compound") and _judged(c)]
        return (predicate, asserted, judged[0], head) if judged else None
    else:
        return None
    lemma = verb.lemma_.lower()
    if word.dep_ in ("acomp", "attr") and lemma in _COPULAS:
        elections = [e for c in verb.children if c.dep_ == "nsubj" and (e := _election(c))]
        if not elections and is_election(word) and pointing_subject(verb):
            elections = [word]  # "It was the dirtiest election": the election is the verdict's
    elif lemma in _JUDGE_VERBS:
        elections = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and _judged(c)]
        if (
            verb.dep_ == "relcl"
            and is_election(verb.head)
            and any(c.dep_ == "dobj" and c.lower_ in ("that", "which") for c in verb.children)
        ):
            elections.append(verb.head)  # "an election that Western governments rejected as a sham"
    else:
        return None
    return (predicate, asserted, elections[0], verb) if elections else None


_RELATIVES = ("which", "that")


def _election(subject: Any) -> Any | None:
    """The election a verdict's subject is: the noun itself ("the vote was rigged"), or the one
    a relative pronoun stands for, the verdict told inside the relative clause ("a vote which
    observers said was flawed", "an election that was rigged")."""
    if is_election(subject):
        return subject
    if subject.lower_ not in _RELATIVES:
        return None
    antecedent = parsed_antecedent(subject)
    return antecedent if antecedent is not None and is_election(antecedent) else None


def _passive_subjects(verb: Any) -> list[Any]:
    """The subjects of a passive verb; a relative pronoun the parse labels an active subject
    too ("a vote which X said was rigged": "which" nsubj beside "was" auxpass)."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return [
        c
        for c in verb.children
        if c.dep_ == "nsubjpass" or (passive and c.dep_ == "nsubj" and c.lower_ in _RELATIVES)
    ]


def _spoken_label(word: Any) -> tuple[str, bool, Any, Any] | None:
    """A speaker's own label on an election: "this sham election", "the rigged vote"."""
    if word.dep_ not in ("amod", "compound", "nmod") or word.lower_ not in _VERDICTS:
        return None
    if not is_election(word.head):
        return None
    predicate, asserted = _VERDICTS[word.lower_]
    if predicate != _FRAUD and word.lower_ not in ("illegitimate", "unfair", "undemocratic"):
        return None  # "free and fair elections" is mostly a wish, not a verdict
    return predicate, asserted, word.head, word.head


def marred_by_fault(verb: Any) -> bool:
    """Whether a passive verb says its subject suffered a fault of the vote ("was marred by
    irregularities", "tainted with fraud")."""
    return any(_fault(f) for f in _suffered(verb))


def _fault(noun: Any) -> bool:
    return noun.lemma_.lower() in VOTE_FAULTS or noun.lemma_.lower() in _MARS


def _wanting(verb: Any) -> bool:
    """ "was undermined by a lack of transparency": what a fair vote needs was missing."""
    return any(c.lemma_.lower() == "lack" and lacked(c) for c in _suffered(verb))


def _suffered(verb: Any) -> list[Any]:
    """What a marring verb says the election suffered: its "by" or "with" objects and their
    conjuncts ("marred by fraud and irregularities"); none for another verb."""
    if verb.lemma_.lower() not in _MARRED:
        return []
    causes = [g for c in verb.children if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "with")
              for g in c.children if g.dep_ == "pobj"]  # fmt: skip
    return causes + [c for f in causes for c in f.children if c.dep_ == "conj"]


def _judged(token: Any) -> bool:
    """An election, or "it" in a sentence naming one ("The election ..., with X calling it ..."),
    or "them" in one naming elections."""
    if is_election(token):
        return True
    if token.lower_ == "them":  # "criticised the elections, describing them as not credible"
        return any(is_election(t) and t.tag_ == "NNS" for t in token.sent if t.i < token.i)
    return token.lower_ == "it" and any(is_election(t) for t in token.sent if t.i < token.i)


def _denied(word: Any) -> bool:
    """ "neither free nor fair", "not credible": the verdict word itself is negated."""
    return any(
        c.dep_ in ("preconj", "neg") and c.lower_ in ("neither", "not") for c in word.children
    )


def _held(verb: Any) -> bool | None:
    """Whether the verdict's clause is held as said (True), denied (False: "denied that the
    vote was rigged", "we do not consider the elections to be free and fair", a negated verb
    of opinion), or not said at all (None: "he did not say the vote was credible")."""
    head = verb.head
    if verb.dep_ not in ("ccomp", "xcomp") or head.i == verb.i:
        return True
    lemma = head.lemma_.lower()
    if lemma in DENIAL_VERBS:  # "denied that the vote was rigged"
        return negated(head)
    if not negated(head):
        return True
    return False if lemma in NEG_RAISING_VERBS else None


def _supposed(verb: Any) -> bool:
    """A verdict wished for, foretold or supposed rather than given."""
    if verb.lower_.endswith("?"):
        return True
    head = verb
    for _ in range(3):
        if modal(head, MODALS) and not _cannot(head):
            return True
        if hypothetical(head):
            return True
        if head is not verb and head.lemma_.lower() in _WISHING:
            return True
        if head.head.i == head.i:
            break
        head = head.head
    return any(t.text == "?" for t in verb.sent)


def _cannot(verb: Any) -> bool:
    """ "cannot be considered legitimate", "can't be called fair": a verdict denied outright, not
    one supposed (the negation turns it round)."""
    return modal(verb, _CAN) and any(c.dep_ == "neg" for c in verb.children)


_CAN = frozenset({"can", "ca"})


def _country(election: Any, text: str) -> str | None:
    """The country named with the election ("Bolivia's vote", "the Belarusian poll"), else the
    one the story's elections are held in."""
    for c in election.children:
        if c.dep_ in ("poss", "compound", "amod"):
            named = country_named(c.text)
            if named is not None:
                return named.name
    return election_country(election.doc, text)

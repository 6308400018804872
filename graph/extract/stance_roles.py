"""Who and what a stance word relates: its source, its target, its negation, its occasion.

The parts of the rule stances (graph/extract/stances.py) that read the parse around one polarity
word: the subject that holds the position (or the quoted speaker), the object it is about (an
actor, else a claim), whether it is negated or turned by the verb it hangs on.
"""

from __future__ import annotations

from typing import Any

from graph.extract.actors import ActorTable, clean_name
from graph.extract.agents import story_country
from graph.extract.claim_nouns import CLAIM_NOUNS, claimant
from graph.extract.claims import (
    added_after_comma,
    claim_for,
    issue_claim,
)
from graph.extract.content_clauses import content_claim, that_clause
from graph.extract.elections import WON_NOUNS, election_country
from graph.extract.issuers import issuer_of
from graph.extract.lexicon import PEOPLE_NOUNS, PERSON_NOUNS, RULING_NOUNS
from graph.extract.negation import implied_not, negated, no_reason
from graph.extract.noun_speakers import people_taken_together
from graph.extract.owners import country_of_adjective, owner_of
from graph.extract.parse_links import doer_by, object_read_as_subject
from graph.extract.pronoun_targets import pronoun_owner, pronoun_target
from graph.extract.reasons import naming_tokens, reason_tokens
from graph.extract.removals import removal, removed_from
from graph.extract.reported_acts import SELF_WORDS, others_act, own_pronoun
from graph.extract.speakers import SpeakerResolver
from graph.extract.stance_measures import SCORNFUL, measure_claim
from graph.extract.stance_phrases import IN_FAVOUR, favoured
from graph.extract.subject_repairs import participle_agent
from graph.extract.syntax import prep_objects, subjects_of
from graph.extract.targets import coordinated, owned_topics, stood_for
from graph.model import DateValue, Quote

__all__ = [
    "SAID_NOUNS",
    "SCORNFUL",
    "SELF_WORDS",
    "basis_of",
    "date_of",
    "doer_of",
    "implied_not",
    "negated",
    "object_of",
    "source_of",
    "story_of",
    "target_of",
]


def date_of(quote: Quote | None) -> DateValue:
    return quote.said_on if quote is not None else DateValue()


def basis_of(quote: Quote | None) -> str | None:
    return quote.key if quote is not None else None


def source_of(
    token: Any, quote: Quote | None, table: ActorTable, resolver: SpeakerResolver
) -> str | None:
    decided, owner = _act_source(token, table)
    if decided:
        return owner
    found = subjects_of(token)
    subject = found[0] if found else None
    if subject is None and (body := removed_from(token, table)) is not None:
        return body  # "X has been banned from Twitter": Twitter banned X
    if quote is not None:
        if no_reason(token) and (subject is None or subject.i == token.head.i):
            return quote.speaker  # "there is no basis to question the vote," she said: hers
        if subject is None and token.dep_ in ("acl", "relcl", "advcl", "pcomp", "xcomp", "csubj"):
            return None  # "steps to crack down on the opposition": not the speaker's doing
        if token.dep_ == "relcl" and (
            subject is None
            or subject.i == token.head.i
            or subject.lower_ in ("who", "which", "that")
        ):
            return None  # "the people who are demanding their rights": theirs, not the speaker's
        if subject is None or (subject.pos_ == "PRON" and subject.lower_ in SELF_WORDS):
            return quote.speaker
        if subject.lower_ in ("he", "she", "they", "it") and own_pronoun(subject, quote, table):
            return quote.speaker  # "she said she would seek a recount": hers, whoever else
        key = table.key_at(subject.idx, subject.idx + len(subject.text))
        if key is not None and not table.is_named(key):
            if subject.tag_ in ("NNS", "NNPS"):
                return None  # "alliance members often criticise ...": theirs, not the speaker's
            key = None
        if key is None and subject.lower_ in ("he", "she", "they", "it"):
            key = resolver.pronoun(subject.lower_, subject.idx, speaker=table.key_of(quote.speaker))
        if key is None and others_act(token, subject):
            return None  # "security forces had detained 40 people": the forces' deed
        if (
            key is None
            and token.tag_ == "VBD"
            and (people_taken_together(subject) or _people_noun(subject, table))
        ):
            # "crowds of farmers hailed X," she said: their act, told; "the voters do not
            # accept fraud," she said: her own view, voiced for them
            return None
        if key is None and _people_agent(token):
            return None  # "X was backed by just 17 percent of voters": the voters' backing
        # A polarity verb whose subject is no actor ("such measures undermine ...") voices
        # the speaker's own position.
        return table.id_of(key) if key else quote.speaker
    if subject is None:
        return None
    if token.dep_ == "relcl" and subject.lower_ in ("that", "which", "who"):
        key = _antecedent_key(token.head, table) or issuer_of(subject, table)
        return table.id_of(key) if key else None
    # "the leaders of Russia and China": the first actor the phrase stands for (not a person
    # the resolver would guess for "leaders").
    key = next(iter(stood_for(subject, table)), None) or resolver.resolve(subject)
    key = key or issuer_of(subject, table)  # "X's order prohibits ...": X
    return table.id_of(key) if key else None


def _act_source(token: Any, table: ActorTable) -> tuple[bool, str | None]:
    """(whether the act's noun decides the source, the source) for a verb on a noun of acting.

    "Labour's decision to oppose the bill": the act's owner, whoever reports it; an act the
    speaker scorns ("the vile attempt to deny Israel ...") is no one's they can name. "fined X
    for favouring Y", "praised X for backing Y": the act a verb's reason names is its object's.
    """
    if token.tag_ == "VBG" and token.dep_ == "pcomp" and token.head.lower_ == "for":
        obj = next((c for c in token.head.head.children if c.dep_ == "dobj"), None)
        if obj is not None:
            key = table.key_at(obj.idx, obj.idx + len(obj.text))
            return True, table.id_of(key) if key else None
    if not (token.dep_ == "acl" and token.head.pos_ == "NOUN" and token.i > token.head.i):
        return False, None
    owner = owner_of(token.head, table) or issuer_of(token.head, table)  # "an order barring"
    if owner is not None:
        return True, table.id_of(owner)
    if any(c.dep_ == "agent" or c.lower_ == "by" for c in token.head.children):
        # "the decision by the commission to cancel ...": the actor named after "by"; "the
        # move by Gulf nations to sever ...": a doer no actor names.
        doer = doer_by(token.head)
        key = table.key_at(doer.idx, doer.idx + len(doer.text)) if doer is not None else None
        return True, table.id_of(key) if key is not None and table.is_named(key) else None
    if any(c.dep_ == "amod" and c.lower_ in SCORNFUL for c in token.head.children):
        return True, None
    endorsed = token.head.dep_ == "dobj" and token.head.head.lemma_.lower() in _ENDORSING
    if not endorsed and any(c.dep_ == "poss" and c.pos_ != "PRON" for c in token.head.children):
        # "undeterred by the court's decision to reject her case": a possessor no actor names,
        # not the sentence's subject (who, "welcomed the party's decision to expel X", makes
        # the act their own)
        return True, None
    return False, None


# Verbs by which one makes another's act one's own: "welcomed the party's decision to expel X".
_ENDORSING = frozenset(
    {"welcome", "back", "support", "defend", "hail", "praise", "endorse", "applaud", "commend",
     "celebrate", "justify"}
)  # fmt: skip


def _people_noun(subject: Any, table: ActorTable) -> bool:
    """ "Farmers hailed X": people in the plural no actor names (not "opposition leaders X
    and Y", who are named)."""
    return (
        subject.tag_ == "NNS"
        and subject.lemma_.lower() in PERSON_NOUNS
        and not any(table.key_at(t.idx, t.idx + len(t.text)) for t in subject.subtree)
    )


def _antecedent_key(antecedent: Any, table: ActorTable) -> str | None:
    """The actor a relative clause's antecedent is ("a ruling that confirmed X": the ruling's
    owner), never a guess; "X, a Nato-sceptic who praised Y": the one the apposition describes."""
    key = table.key_at(antecedent.idx, antecedent.idx + len(antecedent.text))
    if key is None and antecedent.dep_ == "appos":
        named = antecedent.head
        key = table.key_at(named.idx, named.idx + len(named.text))
    return key or owner_of(antecedent, table)


def doer_of(token: Any, quote: Quote, table: ActorTable, resolver: SpeakerResolver) -> str | None:
    """The actor doing what a quoted verb says, not the speaker ("they stole ...")."""
    found = subjects_of(token)
    if not found:
        return None
    subject = found[0]
    if subject.lower_ == "it" and subject.head.i != token.i and _copula(subject.head):
        return None  # "It's not about hurting anyone": a dummy "it" above the verb does nothing
    if subject.lower_ in ("he", "she", "they", "it"):
        key = resolver.pronoun(subject.lower_, subject.idx, speaker=table.key_of(quote.speaker))
    else:
        key = table.key_at(subject.idx, subject.idx + len(subject.text))
        # "aluminium imported from Australia is killing the market": the goods' maker does it.
        key = key or owner_of(subject, table)
    return table.id_of(key) if key else None


def _copula(verb: Any) -> bool:
    """A form of "be", also the "’s" of "It’s" the tagger leaves without its lemma."""
    return verb.lemma_.lower() == "be" or verb.lower_ in ("'s", "’s")


def target_of(
    token: Any, table: ActorTable, text: str, quote: Quote | None, prep: str | None = None
) -> tuple[str, str, str] | None:
    """What a polarity verb is about: ("actor", id, name), ("claim", id, text), or None.

    ``prep`` names the one preposition whose object is the target ("lashed out at X").
    """
    obj = object_of(token, prep)
    if obj is None:
        return None
    # "expelled an Indian diplomat": an envoy stands for the country, when the article names it.
    key = _envoy_country(obj, table) or table.key_at(obj.idx, obj.idx + len(obj.text))
    if key is None:
        # "Vargas's rival, Carlos Mendez": the apposition, not the owner; "the Abel Government's
        # Medicare package": an owner's thing, not the actor it is about.
        owned = owned_topics(obj, table)
        amount = any(c.dep_ == "nummod" for c in obj.children)  # "fined X 40 million euros"
        for t in sorted(obj.children, key=lambda c: c.dep_ != "appos"):
            if (
                t.dep_ in ("appos", "conj")
                or (t.dep_ == "compound" and not owned)
                or (t.dep_ == "nmod" and amount)
            ):
                key = table.key_at(t.idx, t.idx + len(t.text))
                if key:
                    break
    if key is None:
        # "the leaders of Russia and China": the actors the phrase stands for (the first here).
        key = next(iter(coordinated(obj, table)), None)
    if key is None and obj.lemma_.lower() in SAID_NOUNS and not _for_phrase(obj):
        # "rejected criticism from X", "the remarks by X": a stance on X's words is on X, and
        # on no claim named after the words when X is no actor
        key = owner_of(obj, table)
        if key is None and any(c.lower_ in ("from", "by") for c in obj.children):
            return None
    if key is not None:
        return "actor", table.id_of(key), table.draft(key).name
    if obj.pos_ == "PRON":
        return pronoun_target(obj, table, quote)
    return _claim_target(obj, table, text, quote, token)


# Nouns of words said or thrown at someone: a stance on their sayer ("rejected criticism from
# X"); a call or demand "for" a thing is about that thing (a claim), and what an accusation
# alleges is read by the denial readers ("dismissed allegations of fraud by X").
SAID_NOUNS = frozenset(
    {"criticism", "remark", "comment", "statement", "attack", "insult", "call", "demand",
     "suggestion", "warning", "threat", "jibe", "barb"}
)  # fmt: skip


def _for_phrase(noun: Any) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "for" for c in noun.children)


# People who act for their country abroad: "an Indian diplomat" is India's.
_ENVOYS = frozenset(
    {"diplomat", "diplomats", "envoy", "envoys", "ambassador", "emissary", "consul", "attaché"}
)


def _envoy_country(obj: Any, table: ActorTable) -> str | None:
    """The country actor whose envoy ``obj`` is ("a Russian diplomat"), if named in the text."""
    if obj.lower_ not in _ENVOYS:
        return None
    return country_of_adjective(obj, table)


def object_of(token: Any, prep: str | None = None) -> Any | None:
    """The object token ``target_of`` reads the target from (that of ``prep`` when given)."""
    return _object_of(token) if prep is None else _prep_object(token, prep)


def _people_agent(verb: Any) -> bool:
    """Whether a passive verb's agent is people no actor names ("by just 17 percent of voters",
    "by many residents"), not a thing ("marred by irregularities")."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    heads = [g for g in agent.children if g.dep_ == "pobj"] if agent is not None else []
    heads += [g for h in heads for p in h.children if p.lower_ == "of" for g in p.children]
    return any(h.lemma_.lower() in PEOPLE_NOUNS or h.lower_ == "people" for h in heads)


def _amount(obj: Any) -> bool:
    """An object that is a sum or a penalty's size, not someone: "$2 billion", "a record
    €4 billion", "500 million euros"."""
    return obj.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL") or (
        obj.pos_ == "NOUN" and any(c.dep_ == "nummod" for c in obj.children)
    )


def _prep_object(token: Any, word: str) -> Any | None:
    """The object of the verb's ``word`` phrase, or of its object's (the parser may hang it on
    either)."""
    if word == IN_FAVOUR:
        return favoured(token)
    heads = [token, *(c for c in token.children if c.dep_ == "dobj")]
    preps = (
        c for h in heads for c in h.children if c.dep_ in ("prep", "agent") and c.lower_ == word
    )
    return next((g for c in preps for g in c.children if g.dep_ == "pobj"), None)


def _asked_to_act(obj: Any | None) -> bool:
    """Whether a verb's "for" object is followed by an infinitive it is the subject of ("called
    for X and Y to resume talks"): the one asked to act, not the one the call is for."""
    if obj is None:
        return False
    # the infinitive right after the object, however the parser hung it ('for the parties -
    # A and B - "to resume dialogue"')
    after = next((t for t in obj.doc[obj.right_edge.i + 1 :] if not t.is_punct), None)
    return (
        after is not None
        and after.lower_ == "to"
        and after.dep_ == "aux"
        and after.head.tag_ == "VB"
    )


def _object_of(token: Any) -> Any | None:
    """The object of a polarity verb: direct, prepositional, or what its relative clause is on."""
    obj = next((c for c in token.children if c.dep_ in ("dobj", "attr")), None)
    if obj is not None and _amount(obj):
        # "fined X a record $2 billion", "X was fined 500 million euros by Y": the one fined
        payer = (c for c in token.children if c.dep_ in ("dative", "nsubjpass"))
        obj = next(payer, obj)
    if obj is None and (any(c.dep_ == "agent" for c in token.children) or removal(token)):
        # "the offer was rejected by the board": the passive's subject is what was rejected;
        # "X was banned from Twitter": X; "X, who was backed by Y" and "X, backed by Y": X.
        obj = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        relative = obj is not None and obj.tag_ in ("WP", "WDT") and token.dep_ == "relcl"
        if relative or (obj is None and participle_agent(token) is not None):
            obj = token.head
    if obj is None:
        prep = next(
            (
                c
                for c in token.children
                if c.dep_ == "prep"
                and c.lower_ in ("with", "by", "behind", "against", "for", "on", "alongside")
            ),
            None,
        )
        obj = (
            next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        )
        if obj is not None and obj.lemma_.lower() == "side":
            # "stands on the side of the democratic aspirations of the people"
            of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = (
                next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            )
        elif prep is not None and prep.lower_ == "on":
            obj = None
        elif prep is not None and prep.lower_ == "for" and _asked_to_act(obj):
            obj = None  # "called for the two parties to resume talks": asked, not backed
    if obj is None:
        obj = object_read_as_subject(token)
    if obj is None:
        # "that everyone should oppose": the object is what the relative clause hangs on.
        if token.dep_ != "relcl":
            return None
        obj = token.head
        if obj.dep_ == "attr":
            # "crackdowns are something that everyone should oppose"
            obj = next((c for c in obj.head.children if c.dep_ == "nsubj"), obj)
    return obj


# Words that take a part of a group: "many of his opponents", "some of the protesters".
_SOME = frozenset({"many", "some", "most", "all", "several", "dozens", "hundreds", "thousands"})


def _claim_target(
    obj: Any, table: ActorTable, text: str, quote: Quote | None, verb: Any = None
) -> tuple[str, str, str] | None:
    """The object phrase as a claim of the vocabulary, else an issue; a fragment is none.

    People are no proposition: "candidates of the opposition" or "opposition members who ..."
    are the actor the phrase names (the opposition), where it names one.
    """
    part = prep_objects(obj, "of") if obj.lower_ in _SOME else []
    if part and (part[0].lemma_.lower() in PERSON_NOUNS or part[0].lower_ in PERSON_NOUNS):
        return _named_inside(part[0], table, quote)  # "jailed many of his opponents": people
    people = obj.lemma_.lower() in PERSON_NOUNS or obj.lower_ in PERSON_NOUNS
    if people and (named := _named_inside(obj, table, quote)) is not None:
        return named
    if any(c.lower_ == "own" for c in obj.children) and any(c.dep_ == "poss" for c in obj.children):
        return None  # "favouring its own shopping service": no issue, one's own thing
    if (content := content_claim(obj, table)) is not None:  # "the claim that X won"
        return "claim", content.id, content.text
    if obj.lemma_.lower() in CLAIM_NOUNS and that_clause(obj) is not None:
        # "ridiculed X's claim that ..." with no proposition of the vocabulary in it: a
        # stance on X, who claims it, never an issue named after the words
        return _claimant_target(obj, table)
    toks = _thing_words(obj, verb, quote)
    if not toks:
        return None
    label = clean_name(text[toks[0].idx : toks[-1].idx + len(toks[-1].text)])
    words = label.split()
    if not words or len(words) > 12 or not any(ch.isalpha() for ch in label):
        return _made_by(obj, table)
    # A proposition of the claim vocabulary ("Mendez's victory": Mendez won the election), else
    # an issue phrase; a fragment ("laws") is none.
    owner = next((c for c in obj.children if c.dep_ == "poss"), None)
    if owner is None and obj.lemma_.lower() in WON_NOUNS:  # "the official victory for X"
        owner = next(iter(prep_objects(obj, "of", "for")), None)
    owner_key = table.key_at(owner.idx, owner.idx + len(owner.text)) if owner is not None else None
    actor = table.draft(owner_key).name if owner_key and table.is_named(owner_key) else None
    claim = claim_for(label, actor=actor, country=election_country(obj.doc, table.text))
    if claim is None:
        # No proposition of the vocabulary: "rejected a bid from BHP" is about BHP, its maker.
        claim = (
            issue_claim(label) or measure_claim(obj, story_of(table))
            if owner_of(obj, table) is None and not people and not _bare_ruling(obj)
            else None
        )
    return ("claim", claim.id, claim.text) if claim is not None else _made_by(obj, table)


def _thing_words(obj: Any, verb: Any, quote: Quote | None) -> list[Any]:
    """The words of the object phrase that name the thing itself, in order."""
    toks = sorted(obj.subtree, key=lambda t: t.i)
    if verb is not None and verb.dep_ == "relcl" and verb.head.i == obj.i:
        # "a charge Boateng denied": the thing denied is the charge, not the words that deny it
        inner = {t.i for t in verb.subtree}
        toks = [t for t in toks if t.i not in inner]
    # "disputed the results of the vote over fraud", "rejected the results terming them a fraud"
    reasons = reason_tokens(obj, verb) | naming_tokens(obj)
    reasons |= {t.i for t in toks if t.lower_ == "whose"}  # "whose claim of bias": no word of it
    toks = [t for t in toks if t.i not in reasons]
    if quote is not None:
        toks = [t for t in toks if quote.span.start <= t.idx < quote.span.end]
    if len(toks) > 12:
        # "cuts and tax hikes, including the changes to ...": the phrase without what its
        # examples, its relative clause or its apposition add after a comma.
        toks = [t for t in toks if t.i not in added_after_comma(obj)]
    while toks and toks[-1].is_punct:
        toks = toks[:-1]
    return toks


def _claimant_target(obj: Any, table: ActorTable) -> tuple[str, str, str] | None:
    said_by = claimant(obj)
    key = table.key_at(said_by.idx, said_by.idx + len(said_by.text)) if said_by else None
    return ("actor", table.id_of(key), table.draft(key).name) if key is not None else None


def _bare_ruling(obj: Any) -> bool:
    """A ruling named with nothing of what it decided ("celebrated the verdict in the capital"):
    no issue, its maker is what a stance on it is about (``stance_contests``);
    "criticized the decision to close the border" names its content, an issue."""
    if obj.lemma_.lower() not in RULING_NOUNS:
        return False
    return not any(
        c.dep_ in ("acl", "relcl", "ccomp")
        or (c.dep_ == "prep" and c.lower_ in ("on", "over", "about", "against", "to", "of"))
        for c in obj.children
    )


# Prepositions that say whose people they are ("the candidates of the opposition", "officials
# from the ministry"), not where or through what they appear ("the businessman on Twitter").
_MEMBERSHIP = frozenset({"of", "from", "at", "within", "inside"})


def _named_inside(obj: Any, table: ActorTable, quote: Quote | None) -> tuple[str, str, str] | None:
    """The one actor a phrase of people names in its modifiers ("opposition members", "the
    candidates of the opposition"), not in a clause about them ("who challenge X") nor in a
    phrase of place or medium ("the businessman on Twitter")."""
    keys = {
        key
        for child in obj.children
        if child.dep_ in ("compound", "amod", "poss")
        or (child.dep_ == "prep" and child.lower_ in _MEMBERSHIP)
        for t in child.subtree
        if (key := table.key_at(t.idx, t.idx + len(t.text))) is not None
    }
    if len(keys) != 1:
        return None
    (key,) = keys
    if quote is not None and table.id_of(key) == quote.speaker:
        return None
    return "actor", table.id_of(key), table.draft(key).name


def _made_by(obj: Any, table: ActorTable) -> tuple[str, str, str] | None:
    maker = owner_of(obj, table) or pronoun_owner(obj, table)  # "denied his request"
    return ("actor", table.id_of(maker), table.draft(maker).name) if maker is not None else None


def story_of(table: ActorTable) -> str | None:
    country = story_country(table.text)
    return country.name if country is not None else None

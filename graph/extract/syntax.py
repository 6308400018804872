"""Reading the dependency parse: the subjects of a verb, robust to the parser's usual slips."""

from __future__ import annotations

from typing import Any

from graph.extract import subject_repairs as fix
from graph.extract.asides import name_before_aside
from graph.extract.lexicon import DOCUMENT_NOUNS, QUESTION_WORDS, ROLE_NOUNS, SPEECH_VERBS
from graph.extract.outlet_quotes import QUOTING, quoting_as
from graph.extract.parse_links import amount_agent
from graph.extract.subject_children import own_subjects
from graph.extract.views import in_ones_view

__all__ = [
    "OPINION_VERBS",
    "absolute_subject",
    "aged_before",
    "demonym",
    "is_cue",
    "lead_subjects",
    "prep_objects",
    "restricted",
    "subjects_of",
]

# Reporting verbs beyond the shared lexicon, whose list also feeds the stance model's features:
# a view as "believe" reports one ("Taylor feels the ban is too short"), a disclosure ("he
# disclosed that ..."), advice ("the board advised shareholders to reject the offer"), and
# the other ways news writing reports words: "conceded that", "cautioned that", "countered";
# a reminder or an appeal to someone ("is reminding residents that ...", "implored drivers to
# ...", "pleaded with fans to ..."), a remark made lightly ("quipped", "joked that"), news
# given ("informed the council that"), a guess ("reckons that") and a voice ("shouted").
OPINION_VERBS = frozenset(
    {
        "feel",
        "disclose",
        "advise",
        "concede",
        "caution",
        "counter",
        "retort",
        "testify",
        "recount",
        "repeat",
        "mention",
        "clarify",
        "boast",
        "recommend",
        "pledge",
        "contend",
        "think",
        "remind",
        "implore",
        "plead",
        "beg",
        "exhort",
        "beseech",
        "entreat",
        "quip",
        "joke",
        "muse",
        "opine",
        "hint",
        "speculate",
        "proclaim",
        "swear",
        "inform",
        "notify",
        "confess",
        "concur",
        "reckon",
        "surmise",
        "posit",
        "bemoan",
        "exclaim",
        "shout",
        "yell",
        "chant",  # '"...," protesters chanted in the capital on Friday'
        "scream",
        "whisper",
        "grumble",
        # a message passed on ("the officials conveyed to the envoy that ...")
        "convey",
        # an intention made known ("signalled they would appeal", "signaled it will stand")
        "signal",
    }
)

Token = Any  # spaCy Token

# Passive verbs whose subject is the one who spoke: "was quoted as saying", "was heard saying".
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_CLIMB = frozenset({"advcl", "xcomp", "conj", "acl", "ccomp", "relcl", "pcomp"})


def lead_subjects(root: Token | None) -> list[Token]:
    """The subjects of the clause a colon ends (its head ``root``), or the document it names
    when the parser took the reporting verb for a noun ("A statement from the union read:",
    "the union read" a noun phrase): the document speaks for its sender."""
    if root is None:
        return []
    if root.pos_ == "NOUN" and root.lemma_.lower() in DOCUMENT_NOUNS:
        return [root]
    return subjects_of(root)


def _agent(verb: Token) -> list[Token]:
    """A passive verb's agent ("was said by X"), also one the parser hung on the amount."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None) or amount_agent(verb)
    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    return [pobj] if pobj is not None else []


def subjects_of(verb: Token, *, climb: bool = True) -> list[Token]:
    """The subject tokens of ``verb`` (the first is the main one), conjuncts included.

    A passive verb's subject is its agent ("was said by X"); a participle or an infinitive
    takes the subject of the verb it hangs on ("..., noting that"). When the parser attached no
    subject to a finite verb, the noun right before it (past auxiliaries and adverbs) is taken:
    "as many countries have called for ..." is often parsed with "countries" under "as".
    """
    came_from = None
    for _ in range(4):
        found = own_subjects(verb)
        named = next((n for c in found if (n := fix.elided_subject(verb, c)) is not None), None)
        if named is not None:
            return [named]  # "X, who called Y before Z could, said ...": X said it
        if found:
            first = found[0]
            if came_from is not None and (main := fix.relative_conjunct(came_from, verb, first)):
                verb, came_from = main, None  # "a ruling that confirmed X ... and said ..."
                continue
            if first.dep_ == "nsubjpass" and verb.lemma_.lower() in fix.QUOTED_VERBS:
                return [first]  # "X was quoted (by the paper) as saying ...": X said it
            if first.dep_ == "nsubjpass" and fix.has_said(verb, first):
                return [first]  # "He's said the talks failed": "'s" is "has", not "is"
            if first.dep_ == "nsubjpass":
                return _agent(verb)
            return _with_conjuncts(_apposed(found))
        left = (
            fix.participle_agent(verb)  # "X, criticised by Y, ...": Y did it
            or _left_noun(verb)
            or absolute_subject(verb)
            or fix.dated_name(verb)
            or fix.modal_name(verb)  # "..., May accused the diplomats": Theresa May
            or fix.fronted_subject(verb)  # "The union, after X spoke, said": the union
        )
        if left is not None:
            return [left]
        if fix.misread_finite(verb):
            return [verb.head]
        if _told_by_no_one(verb):
            return []  # "annoyed after being told the island was not for sale": teller unsaid
        if not climb or not (verb.dep_ in _CLIMB or _run_on(verb)) or verb.head.i == verb.i:
            return []
        if verb.dep_ == "relcl" or fix.doing_person(verb):
            return [verb.head]  # "a Turkish minister hailing X": the minister hails it
        if (controller := _object_control(verb)) is not None:
            return [controller]
        came_from, verb = verb, _second_report(verb) or verb.head
        # "responded with a letter saying ...", "issued a statement saying ...": the document's
        # sender is the subject of the verb the document hangs on.
        for _ in range(3):
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
    return []


def _told_by_no_one(verb: Token) -> bool:
    """A passive participle of speaking with no subject and no agent ("after being told", "when
    informed"): whoever spoke is unsaid, and the one told is not the speaker."""
    # "When told ...": a subordinate participle the parser may tag as a past tense
    elliptical = any(c.lower_ in ("when", "once", "if", "after") for c in verb.children)
    passive = any(c.dep_ == "auxpass" for c in verb.children) or verb.tag_ == "VBN" or elliptical
    return (
        passive
        and verb.dep_ in ("pcomp", "advcl")
        and verb.lemma_.lower() in ("tell", "inform", "notify", "advise", "warn")
        and not _agent(verb)
    )


def absolute_subject(verb: Token) -> Token | None:
    """ "with the EU calling for a recount, Germany voicing doubts and Poland calling for a
    summit": a participle right after a name listed after "and" or a comma is that name's,
    whatever the parser hung it on ("Poland" a conjunct of "the vote", "calling" its modifier)."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "advcl", "conj") or verb.i < 2:
        return None
    name = verb.doc[verb.i - 1]
    if name.pos_ != "PROPN" or name.ent_type_ not in _ACTING or name.head.i == verb.i:
        return None
    phrase = name  # "and Belarus's neighbour Poland calling": the whole phrase of the name
    while phrase.dep_ == "appos" and phrase.head.i < phrase.i:
        phrase = phrase.head
    if phrase.dep_ in ("pobj", "dobj", "dative") or phrase.left_edge.i == 0:
        return None  # "wrote to the RCN urging them": the writer urges
    return name if verb.doc[phrase.left_edge.i - 1].lower_ in ("and", ",") else None


_ACTING = frozenset({"GPE", "ORG", "PERSON", "NORP"})


def _run_on(verb: Token) -> bool:
    """ "X rejected the plan, said it was unaffordable and warned ...": a finite reporting verb
    after a comma, which the parser left unlabelled ("dep") under the verb before it, is that
    verb's conjunct and shares its subject."""
    return (
        verb.dep_ == "dep"
        and verb.tag_ in _FINITE
        and verb.doc[verb.i - 1].text == ","
        and verb.head.pos_ == "VERB"
        and verb.head.i < verb.i
        and is_cue(verb)
    )


def _second_report(verb: Token) -> Token | None:
    """The first reporting verb of two run together when the parser hung the second inside the
    first one's reported clause: "noted that the count was slow but said there was no fraud"
    ("said" as a conjunct of "was"), "said it would cut jobs and warned that prices would rise"
    ("warned" as a conjunct of "cut"). A finite reporting verb with no subject, after "but",
    "and" or a comma, joined to the verb of a clause another verb reports: that verb's speaker
    said it too, when the second verb reports a clause of its own ("warned that ...") or the
    first clause is a copula or a passive (no agent in it who could speak). "X said officials
    counted the votes and announced the totals" keeps the conjunct's own reading."""
    head = verb.head
    if verb.dep_ == "conj" and verb.tag_ in _FINITE and head.dep_ == "pcomp" and head.tag_ == "VBG":
        return head.head.head  # "accused X of rigging it and called ...": no gerund's conjunct
    if (
        verb.dep_ != "conj"
        or verb.tag_ not in _FINITE
        or not is_cue(verb)
        or verb.doc[verb.i - 1].lower_ not in ("but", "and", ",")
        or head.dep_ != "ccomp"
        or not is_cue(head.head)
        or head.head.i > head.i
    ):
        return None
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children)
    reports = any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
    return head.head if reports or passive or head.lemma_.lower() == "be" else None


def _object_control(verb: Token) -> Token | None:
    """ "accused X of using ...", "charged X with hiding ...": the object of the verb the "of" or
    "with" phrase hangs on does what the phrase says, not that verb's subject; so does the one
    a cause moved to speak ("prompting X to call the plan a fraud", "led X to say ...")."""
    prep = verb.head
    if verb.dep_ == "xcomp" and prep.lemma_.lower() in _CAUSING:
        return next((c for c in prep.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if verb.dep_ != "pcomp" or prep.lower_ not in ("of", "with") or prep.head.pos_ != "VERB":
        return None
    return next((c for c in prep.head.children if c.dep_ == "dobj"), None)


_CAUSING = frozenset({"prompt", "lead", "force", "spur", "drive", "compel", "provoke", "cause"})


def _apposed(found: list[Token]) -> list[Token]:
    """ "The union representing the workers, Unifor, said": two subjects with no "and" between
    are one speaker described and named; the name speaks."""
    if len(found) < 2 or any(t.dep_ == "cc" for t in found[0].doc[found[0].i : found[-1].i]):
        return found
    return [t for t in found if t.pos_ == "PROPN"][-1:] or found[:1]


def _with_conjuncts(found: list[Token]) -> list[Token]:
    """The subjects and their conjuncts ("Okafor and Reyes said"), each once."""
    out: list[Token] = []
    for c in found:
        conjs = [g for g in c.children if g.dep_ == "conj"]
        # "Colleges and Universities Minister Nolan Quinn said": the portfolio before the
        # title is no second speaker.
        portfolio = any(_titled_after(c, g) for g in conjs)
        for t in conjs if portfolio else (c, *conjs):
            if all(t.i != o.i for o in out):
                out.append(t)
    return out


def _titled_after(first: Token, conj: Token) -> bool:
    """A title word ("Minister") between two conjoined subjects, on the second: the first
    names the title's portfolio, when it is no person, acronym or noun with an article ("Mayor
    Ana Ruiz and Police Chief Tom Reyes", "the RCMP and Public Safety Minister X" are two)."""
    if (
        first.ent_type_ == "PERSON"
        or first.text.isupper()
        or any(c.dep_ in ("det", "poss") for c in first.children)
    ):
        return False
    return any(
        t.lower_ in ROLE_NOUNS and t.dep_ == "compound" and t.head.i == conj.i
        for t in first.doc[first.i + 1 : conj.i]
    ) or any(
        t.lower_ in ROLE_NOUNS and t.dep_ == "compound" and first.i < t.i < conj.i
        for t in conj.lefts
    )


def _left_noun(verb: Token) -> Token | None:
    if (verb.dep_ == "amod" or verb.tag_ in ("VBN", "JJ")) and (aged := aged_before(verb)):
        return aged  # '"...," the 61-year-old told supporters' read as a noun phrase, "alleged"
    # "to tell" is no finite verb: its "to" is an auxiliary in the parse, not a tense.
    finite = (
        verb.tag_ in _FINITE
        or fix.misread_past(verb)
        or any(c.dep_ in ("aux", "auxpass") and c.tag_ != "TO" for c in verb.children)
    )
    if not finite or verb.dep_ in ("xcomp", "acl", "relcl"):
        return None
    i = verb.i - 1
    doc = verb.doc
    while i >= 0 and (doc[i].dep_ in ("aux", "auxpass", "neg", "advmod") or doc[i].pos_ == "ADV"):
        i -= 1
    if i > 0 and doc[i].text == ")":  # "... but the New Party (NP) had alleged fraud"
        opening = next((j for j in range(i - 1, max(i - 6, -1), -1) if doc[j].text == "("), None)
        i = opening - 1 if opening is not None else i
    if (aged := _aged_at(doc, i)) is not None:
        return aged  # "The 58-year-old added": the description is the subject
    if i >= 0 and doc[i].text == "," and (name := name_before_aside(doc, i)):
        return name  # '"...," the BBC's Ana Holt, reporting from Lome, said'
    if i < 0 or doc[i].pos_ not in ("NOUN", "PROPN") or doc[i].dep_ == "nsubj":
        return None
    tok = doc[i]
    # The head of the noun phrase ending here: climb compounds and modifiers.
    while tok.dep_ in ("compound", "amod", "nmod") and tok.head.i > tok.i and tok.head.i < verb.i:
        tok = tok.head
    return (
        tok
        if tok.dep_ in ("pobj", "dobj", "nsubj", "appos", "conj", "ROOT", "npadvmod", "dep")
        else None
    )


def is_cue(token: Any) -> bool:
    """Whether ``token`` is a reporting verb ("said", "told") or "according" (to X)."""
    # Cheapest test first: this runs on every token of every article.
    if token.pos_ not in ("VERB", "AUX"):
        return (
            (token.lower_ == "according" and token.lemma_.lower() == "accord")
            or (token.lower_ in ("read", "reads") and _document_subject(token))
            or in_ones_view(token)
            or (aged_before(token) is not None and _said_form(token.lower_))
        )  # '“…,” the union's statement read': the parser may take "read" for a noun; '“…,”
        # the 62-year-old alleged': an adjective
    lemma = token.lemma_.lower()
    if lemma == "accord" and token.lower_ == "according":
        return True
    if lemma in QUOTING and quoting_as(token) is not None:
        return True  # "S, the paper quoted X as telling supporters": the paper's verb holds S
    if lemma == "continue" and any(c.dep_ in ("xcomp", "dobj") for c in token.children):
        return False  # "should continue to promote trade": going on, not speaking
    if lemma == "signal" and token.dep_ == "ccomp" and token.head.lemma_.lower() in _REPORTS:
        return False  # "suggested the CMA has signaled that ...": the suggester's reading
    if lemma in _VOICES and any(c.dep_ == "dobj" for c in token.children):
        # "fans chanted racist language": what they chanted is said there; '“…!” chanted
        # hundreds of supporters': the inverted chanters, right after the quotation
        return _after_quotation(token)
    if token.tag_ == "VBN" and token.dep_ == "advcl" and not _has_subject_or_aux(token):
        return False  # "Asked whether he would resign, Okoro said": the one asked, not asking
    if lemma in ("rule", "find", "determine"):
        # a court's decision reported like speech: "the tribunal ruled that ...", a finding
        # ("the panel found the rules to be discriminatory", "the judge determined that the
        # firm acted recklessly"); not "ruled out a rerun", "has
        # ruled the country", "found the body", "until the courts have ruled", nor "the
        # court's ruling that ...", a noun the parser read as a participle
        reported = any(c.dep_ == "ccomp" for c in token.children)
        reported = reported or (lemma == "rule" and _after_quotation(token))
        # not "will find out how long he will serve" (a question, learnt), nor "ruled out
        # irregularities in the round that saw X declared ..." (excluded, not ruled on)
        reported = reported and not any(c.dep_ == "prt" for c in token.children)
        if lemma in ("find", "determine"):  # not "will determine whether ..."
            reported = reported and not any(
                c.dep_ == "ccomp" and c.left_edge.lower_ in QUESTION_WORDS for c in token.children
            )
        return reported and not (token.tag_ == "VBG" and token.dep_ not in ("advcl", "conj"))
    if token.dep_ == "oprd":
        return False  # "called the union claim a lie": a noun the parser read as a verb
    if (
        token.tag_ in ("VBD", "VBN")
        and token.head.lemma_ in ("see", "watch")
        and token.dep_ in ("ccomp", "xcomp")
    ):
        return False  # "a round that saw Ruiz declared the winner": Ruiz was declared it
    if lemma in _RESPONDING and token.tag_ == "VBG" and token.dep_ == "advcl":
        return False  # "Responding to X's comments that ..., Y said": Y's words are the report
    # "the announced plan" qualifies a noun; '"...," the 61-year-old told supporters', where
    # the parser reads "old told supporters" as one noun phrase, still reports.
    return (lemma in SPEECH_VERBS or lemma in OPINION_VERBS or answers_back(token)) and (
        token.dep_ != "amod" or aged_before(token) is not None or _after_quotation(token)
    )


def _after_quotation(token: Any) -> bool:
    """'"…," ruled judge Ana Ruiz': a verb right after a closed quotation, read as a modifier."""
    doc = token.doc
    return token.i > 1 and doc[token.i - 1].is_quote and doc[token.i - 2].is_punct


_REPORTS = SPEECH_VERBS | OPINION_VERBS


def _said_form(word: str) -> bool:
    """ "alleged", "added": a past form of a verb of speech, whatever the parser tagged it."""
    return word.endswith("ed") and (word[:-1] in SPEECH_VERBS or word[:-2] in SPEECH_VERBS)


_RESPONDING = frozenset({"respond", "reply", "react"})
_VOICES = frozenset({"chant", "scream"})  # (a "shouted" object: stance_aimed reads it)


def _document_subject(token: Any) -> bool:
    return any(
        c.dep_ in ("nsubj", "compound") and c.lemma_.lower() in DOCUMENT_NOUNS
        for c in token.children
    )


def aged_before(verb: Any) -> Any | None:
    """The "old" of "the 61-year-old" right before ``verb``, else None."""
    return _aged_at(verb.doc, verb.i - 1)


def _aged_at(doc: Any, i: int) -> Any | None:
    """``doc[i]`` when it is the "old" of "the 61-year-old", else None."""
    if i >= 2 and doc[i].lower_ == "old" and doc[i - 2].lower_ in ("year", "years"):
        return doc[i]
    return None


# "shot back that ...", "hit back, calling ...": a reply, by the verb's particle.
_BACK_VERBS = frozenset({"shoot", "fire", "hit", "snap", "push"})


def answers_back(token: Any) -> bool:
    """Whether ``token`` is a reply verb with "back" ("fired back that the demands were ...")."""
    return token.lemma_.lower() in _BACK_VERBS and any(
        c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in token.children
    )


def _has_subject_or_aux(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


def restricted(noun: Token) -> bool:
    """ "The union member who talked to reporters said": a clause right after the noun, with no
    comma, picks someone out by what they did, so the noun is nobody named before; so does the
    body an "of" names ("the head of the UN mission": not whoever was quoted last)."""
    return any(
        (c.dep_ == "relcl" and c.i > noun.i and noun.doc[noun.i + 1].text != ",")
        or (c.dep_ == "prep" and c.lower_ == "of" and _of_a_body(c))
        for c in noun.children
    )


def _of_a_body(of: Token) -> bool:
    """ "of the UN mission", "of Acme Corp": a definite or named body, not "of state"."""
    return any(
        g.dep_ == "pobj"
        and (g.pos_ == "PROPN" or any(d.lower_ == "the" for d in g.children))
        and g.lower_ not in ("state", "government")
        for g in of.children
    )


# "the British", "the French", "the Dutch" are a whole people; "the Portuguese", "the Spaniard",
# "the Brazilian" may be one person.
_COLLECTIVE_ENDINGS = ("s", "sh", "ch")


def demonym(noun: Token) -> bool:
    """ "the Portuguese said", "the Dutchman added": one person named by nationality alone."""
    return (
        noun.ent_type_ == "NORP"
        and [c.lower_ for c in noun.children if c.dep_ != "punct"] == ["the"]
        and not noun.lower_.endswith(_COLLECTIVE_ENDINGS)
    )


def prep_objects(token: Token, *preps: str) -> list[Token]:
    """The objects of ``token``'s prepositions among ``preps``: for "the release of X" and
    "of", X; for "called on Y" and "on", Y.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> doc = nlp("release of Ana")
    >>> doc[1].head, doc[1].dep_, doc[2].head, doc[2].dep_ = doc[0], "prep", doc[1], "pobj"
    >>> [t.text for t in prep_objects(doc[0], "of")], prep_objects(doc[0], "for")
    (['Ana'], [])
    """
    return [
        g
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in preps
        for g in c.children
        if g.dep_ == "pobj"
    ]

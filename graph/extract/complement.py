"""What a reporting verb reports: the character span of its clause, read from the parse.

Four shapes, tried in order: a clausal complement ("said that ...", "said in a statement that
..."), a request ("urged X to ...", "called for X to ..."), a "that" the parser left
unattached ("... and claims that ..."), and a reporting clause set off by commas inside the
sentence it reports ("The plan, she said, would cost more"). A directive that reports only a
clause of its own (``lexicon.CLAUSE_DIRECTIVES``: "requested that access be allowed") is read
first, and reports nothing else ("requested a hearing to overturn the result").
"""

from __future__ import annotations

import re
from typing import Any

from graph.extract.asides import parenthetical, trailing
from graph.extract.infinitives import claimed_to
from graph.extract.lexicon import (
    CLAUSE_DIRECTIVES,
    NAMING_VERBS,
    SUBORDINATORS,
)
from graph.extract.loose_reports import REQUESTS, as_saying, loose_that, request
from graph.extract.next_reports import NEXT_ACTS, next_report, participle_of
from graph.extract.object_subjects import (
    clause_in_object,
    subject_taken_for_object,
    with_misplaced_words,
)
from graph.extract.outlet_quotes import credits_report
from graph.extract.small_clauses import small_clause
from graph.extract.subject_repairs import fronted_subject, holds_fronted
from graph.extract.subordinate_cues import (
    ADVERBIAL,
    before_main,
    other_report,
)
from graph.extract.subordinators import opened_by

__all__ = ["OCCASION_NOUNS", "complement", "main_before_gap", "trim"]

Token = Any  # spaCy Token

_PUNCT_EDGE = " ,;:–—-"


def complement(cue: Token) -> tuple[int, int] | None:
    """The character span of what ``cue`` reports, or None."""
    if cue.lemma_.lower() in CLAUSE_DIRECTIVES:  # "requested that X be done", not a thing
        comp = next((c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i), None)
        return None if comp is None or small_clause(comp) else _clause_span(cue, comp)
    clause = _clause(cue)
    if clause is not None:
        return before_main(cue, clause) or _clause_span(cue, clause)
    if cue.lemma_.lower() in REQUESTS:
        found = request(cue)
        if found is not None:
            return found
    return (
        loose_that(cue)
        or as_saying(cue)
        or parenthetical(cue)
        or trailing(cue)
        or _participle_object(cue)
        or claimed_to(cue)
    )


def _participle_object(cue: Token) -> tuple[int, int] | None:
    """ "X claimed she won, alleging fraud in two wards": a participle that follows a report
    with a noun for its object reports that noun phrase (what is alleged)."""
    if participle_of(cue) is None:
        return None
    after = [t for t in cue.subtree if t.i > cue.i and not t.is_space]
    while after and after[-1].is_punct:
        after = after[:-1]
    if not after or not any(t.dep_ == "dobj" and t.head.i == cue.i for t in after):
        return None
    return after[0].idx, after[-1].idx + len(after[-1].text)


_CONTRASTS = frozenset({"however", "but", "yet"})  # "although ..." is an ADVERBIAL's
_ANNOUNCING = frozenset({":"})  # "That is the view of X too: Y said ...": what follows is said
_TURNS = _CONTRASTS | _ANNOUNCING


def _contrasted(cue: Token, comps: list[Token]) -> bool:
    """ "A was done, however both B and C said D", "That is the view of the industry too: X
    said D": a clause before the cue, one after it, and a word of contrast or a colon between
    the first and the cue (the colon announces the report that follows it)."""
    before = [c for c in comps if c.i < cue.i]
    if not before or not any(c.i > cue.i for c in comps):
        return False
    between = cue.doc[before[-1].right_edge.i : cue.i]  # the parser may hang the colon on it
    return any(t.lower_ in _TURNS for t in between)


def _clause(cue: Token) -> Token | None:
    """The head of the reported clause: a ccomp, or a clause on the cue's object.

    "reiterated its stance that ...", "said in a statement that ...".
    """
    children = list(cue.children)
    earlier = getattr(said_before(cue), "i", -1)
    comps = [c for c in children if c.dep_ == "ccomp" and c.i != earlier]
    # "X was sworn in, hours after Y declared him the winner"; "A was done, however B said
    # C": a clause the parser hung before the cue is not reported when a contrast opens the
    # cue's own clause and the cue has a clause after it.
    if opened_by(cue, ADVERBIAL) or _contrasted(cue, comps):
        comps = [c for c in comps if c.i > cue.i]
    fronted = fronted_subject(cue) if comps else None  # "X, after Y said Z, said ..."
    comp = next((c for c in comps if not holds_fronted(c, fronted)), None)
    # "the merger, a move critics said would hamper growth": the gapped clause after the cue
    # reports; the main clause the parser hung before it does not.
    comp = next((c for c in children if _gapped(c, cue)), comp)
    if comp is not None and comp.i < cue.i and _labels_object(cue):
        return None  # "He was awarded damages and ..., his lawyer called the ruling 'a win'"
    if comp is not None and comp.i < cue.i and opened_by(comp, ADVERBIAL):
        return None  # "At a rally hours before the party marched, X lamented ...": when, not what
    if comp is not None:
        return None if small_clause(comp) else comp
    if (gerund := _gerund_report(cue)) is not None:
        return gerund  # "denied having made such a comment"
    if (ahead := _clause_ahead(cue)) is not None:
        return ahead
    run_on = next((c for c in children if c.dep_ == "advcl" and c.i > cue.i), None)
    if run_on is not None and subject_taken_for_object(cue, run_on) is not None:
        return run_on  # "argued the provision allowed it to use Java": "provision" its subject
    if (broken := clause_in_object(cue)) is not None:
        return broken  # "said all firms ... except MTN had complied": the object heads it
    holders = [c for c in children if c.dep_ in ("dobj", "attr")]
    holders += [g for c in children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    for obj in holders:
        for c in obj.children:
            if c.dep_ in ("acl", "ccomp") and any(
                g.dep_ in ("mark", "nsubj", "nsubjpass") for g in c.children
            ):
                return c
            if c.dep_ == "acl" and (late := _that_clause(c)) is not None:
                return late  # "said in a report released Thursday that …"
            if c.dep_ == "relcl" and _reported_not_relative(c):
                return c  # "said in a statement that Trump had spoken with …"
    return None


# Verbs whose gerund object is a claim about the subject's own past: "denied having made such
# a comment", "admitted taking the money", "acknowledged misleading the board".
_OWNING = frozenset({"deny", "admit", "acknowledge", "confess"})


def _gerund_report(cue: Token) -> Token | None:
    """The gerund ``cue`` denies or admits ("denied having made such a comment"), else None."""
    if cue.lemma_.lower() not in _OWNING:
        return None
    for c in cue.children:
        # "having made" is a perfect gerund: "made" the clause, "having" its auxiliary
        perfect = any(g.dep_ == "aux" and g.lower_ == "having" for g in c.children)
        if c.dep_ in ("xcomp", "ccomp") and c.i > cue.i and (c.tag_ == "VBG" or perfect):
            return c
    return None


def _labels_object(cue: Token) -> bool:
    """ "called the ruling “a win”", "branded the deal “a sellout”": the verb names its
    object; a clause before it is a sentence of its own, never what it reports."""
    children = list(cue.children)
    named = cue.lemma_.lower() in NAMING_VERBS and any(c.dep_ == "dobj" for c in children)
    return named or any(c.dep_ == "oprd" for c in children)


def main_before_gap(cue: Token) -> Token | None:
    """ "The commission on Wednesday blocked the merger, a move critics said would hamper
    growth": the sentence's own act, which the parser hung before a cue whose report is a
    gapped relative clause; else None."""
    if not any(_gapped(c, cue) for c in cue.children):
        return None
    return next((c for c in cue.children if c.dep_ == "ccomp" and c.i < cue.i), None)


def _gapped(clause: Token, cue: Token) -> bool:
    """A clause right after the cue with no subject but a modal or a tense of its own ("said
    would hamper growth", "say is a strategy"): a relative clause's report whose subject is
    the noun it hangs on."""
    first = clause.left_edge
    return (
        clause.dep_ == "ccomp"
        and clause.i > cue.i
        and first.i == cue.i + 1
        and (first.dep_ == "aux" or (first.i == clause.i and clause.tag_ in ("VBZ", "VBP", "VBD")))
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children)
    )


def _clause_ahead(cue: Token) -> Token | None:
    """ "Chapo, from the party ..., secured 70 percent, the commission said": a report before
    its cue that the parser hung as an adverbial clause (a participle misread) is the report
    when it has a subject of its own, no subordinator, and a comma before the cue's subject."""
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subject is None or cue.dep_ != "ROOT" or subject.left_edge.i < 1:
        return None
    if cue.doc[subject.left_edge.i - 1].text != ",":
        return None
    return next(
        (
            c
            for c in cue.children
            if c.dep_ == "advcl"
            and c.i < subject.i
            and c.pos_ == "VERB"
            and any(g.dep_ == "nsubj" for g in c.children)
            and not any(g.dep_ in ("mark", "advmod") and g.i < c.i for g in c.children)
        ),
        None,
    )


def said_before(cue: Token) -> Token | None:
    """The first of two reports run together without "and" ("He said the talks went well, said
    he was pleased"), which the parser hangs as a clause before the second cue: the second
    reports what follows it, and its speaker is the first one's."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    return next(
        (
            c
            for c in cue.children
            if c.dep_ == "ccomp"
            and c.i < cue.i
            and c.lemma_.lower() in NEXT_ACTS
            and cue.doc[cue.i - 1].text == ","
            and any(g.dep_ == "nsubj" for g in c.children)
            and any(g.dep_ == "ccomp" and g.i > c.i for g in cue.children)
        ),
        None,
    )


# Verbs whose object a document is: "a statement that the ministry issued" is a relative
# clause about the statement, not what it says.
_DOCUMENT_VERBS = frozenset(
    {"issue", "release", "publish", "sign", "send", "post", "write", "give", "deliver", "read"}
    | {"make", "share", "provide", "file", "submit", "draft", "prepare", "see", "obtain"}
)


def _that_clause(verb: Token) -> Token | None:
    """A "that" clause hung on a participle after the cue's object (the parser's reading of
    "said in a report released Thursday that the deaths were preventable")."""
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "ccomp" and c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark"
        ),
        None,
    )


def _reported_not_relative(clause: Token) -> bool:
    """ "in a statement that Trump had spoken with Carney": after a cue, a "that" clause with
    a subject of its own on the cue's object is what was said, which the parser may read as a
    relative clause; not when the statement is the clause's object ("that X issued"). A "that"
    the parser made the clause's subject is no subject when the clause has one of its own."""
    first = clause.left_edge
    return (
        first.lower_ == "that"
        and first.dep_ in ("dobj", "mark", "nsubj", "nsubjpass")
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.i != first.i for c in clause.children)
        and clause.lemma_.lower() not in _DOCUMENT_VERBS
    )


def _clause_span(cue: Token, comp: Token) -> tuple[int, int] | None:
    toks = with_misplaced_words(cue, comp)
    added = next_report(cue, comp)
    if added is not None:
        joint = [c.i for c in comp.children if c.dep_ == "cc" and c.i < added.i]
        cut = joint[-1] if joint else added.left_edge.i
        toks = [t for t in toks if t.i < cut]
    occasion = _occasion_at_end(comp)
    if occasion is not None:
        toks = [t for t in toks if t.i < occasion.i]
    # "said no ceasefire had been agreed, after Hamas said it had accepted ...": a time clause
    # closing the report with a speaker of its own tells when, not what was said.
    later = next((c for c in comp.children if other_report(c, comp)), None)
    if later is not None:
        toks = [t for t in toks if t.i < later.left_edge.i]
        while toks and toks[-1].is_punct:
            toks = toks[:-1]
    if comp.i > cue.i:
        # "a feud which the players claim has tainted ...": the relative pronoun before the
        # cue is the parse's subject of the clause, not part of what is reported.
        toks = [t for t in toks if t.i > cue.i]
    # "told The Hindu that the alliance would hold": a "that" the parser took for an object or
    # a subject opens the clause when the clause has a subject of its own.
    subjects = {c.i for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")}
    while toks and (
        toks[0].dep_ == "mark"
        or toks[0].is_punct
        or (comp.dep_ == "relcl" and toks[0].i == comp.left_edge.i)
        or (toks[0].lower_ == "that" and bool(subjects - {toks[0].i}))
        or _glued_addressee(cue, toks[0])
    ):
        toks = toks[1:]
    # "said Tuesday the road would close": the day the parser hung on the clause is the cue's.
    day = next((c for c in comp.children if _said_day(c, toks)), None)
    if day is not None:
        toks = [t for t in toks if t.i > day.right_edge.i]
    # "said it would cut jobs and warned ...": an "and" the parser hung on the clause, whose
    # conjunct lies outside it, joins the next report, not the words reported.
    while toks and (toks[-1].dep_ == "cc" or toks[-1].text == ","):
        toks = toks[:-1]
    if not toks:
        return None
    start, end = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    if (that := _main_clause_under(cue, comp.doc[cue.i + 1 : toks[0].i])) is not None:
        # The parser hung the sentence's main verb under the cue ("X announced that with
        # 80% counted, Maduro had secured ..."): what follows "that" runs to the sentence end.
        last = [t for t in cue.sent if not t.is_punct and not t.is_space][-1]
        end = max(end, last.idx + len(last.text))
        if that.i + 1 < len(comp.doc):
            start = comp.doc[that.i + 1].idx
    if (second := _second_that(cue, comp) or _thought_after(cue, comp)) is not None:
        end = max(end, second.idx + len(second.text))
    return start, end


def _main_clause_under(cue: Token, between: Any) -> Token | None:
    """The "that" after the cue when the sentence's main clause hangs under the cue, else None.

    Not "Highlighting that X, Y said" (the cue has a subject of its own), nor "As officials
    confirmed that ..., the mayor said ..." (a time clause's report ends with its clause), nor
    "X said that ..., Reuters reported" (the closing report credits X's words)."""
    own = any(c.dep_ == "nsubj" for c in cue.children)
    if not own or opened_by(cue, SUBORDINATORS) or cue.head.i <= cue.i:
        return None
    if cue.dep_ == "ccomp" and credits_report(cue.head):
        return None
    return next((t for t in reversed(between) if t.lower_ == "that"), None)


# Bare addressees after "told" the parser may glue to the clause's first name ("told court Findlay").
_BARE_ADDRESSEES = frozenset({"court", "council", "parliament", "reporters", "journalists"})


def _glued_addressee(cue: Token, first: Token) -> bool:
    return (
        cue.lemma_.lower() == "tell"
        and first.i == cue.i + 1
        and first.lower_ in _BARE_ADDRESSEES
        and first.dep_ == "compound"
    )


def _said_day(child: Token, toks: list[Token]) -> bool:
    """A day or time opening the clause on its own ("Tuesday", "Saturday night", "last week",
    "on Wednesday"), before the clause's subject: the parser's misreading of a date of the
    reporting verb."""
    if child.dep_ == "prep" and child.lower_ == "on":  # "said on Wednesday it would strike"
        days = [g for g in child.children if g.dep_ == "pobj"]
        return (
            bool(toks)
            and child.i == toks[0].i
            and child.doc[child.i - 1].lower_ != "that"  # "said that on Monday ...": reported
            and bool(days)
            and all(t.ent_type_ in ("DATE", "TIME") for d in days for t in d.subtree)
            and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > child.i for c in child.head.children)
        )
    return (
        bool(toks)
        and child.dep_ == "npadvmod"
        and child.left_edge.i == toks[0].i
        and all(t.ent_type_ in ("DATE", "TIME") for t in child.subtree)
    )


# Where words are spoken: "announced ... during a July 9 news update" tells when the speaker
# spoke, not part of what was announced.
OCCASION_NOUNS = frozenset(
    {"update", "briefing", "conference", "availability", "scrum", "interview", "address"}
)


def _occasion_at_end(comp: Token) -> Token | None:
    """The preposition of a closing "during/at a <day> <briefing>" phrase on the clause."""
    preps = [c for c in comp.children if c.dep_ == "prep" and c.i > comp.i]
    if not preps or preps[-1].lower_ not in ("during", "at"):
        return None
    noun = next((g for g in preps[-1].children if g.dep_ == "pobj"), None)
    if noun is None or noun.lemma_.lower() not in OCCASION_NOUNS:
        return None
    return preps[-1] if any(t.ent_type_ == "DATE" or t.like_num for t in noun.subtree) else None


def _second_that(cue: Token, comp: Token) -> Token | None:
    """The last word of a second reported clause coordinated on the cue: "said the crews were
    “tired,” and that nobody was hurt" reports both clauses, which the parser hangs side by side
    on the verb; not a coordinated verb of the speaker's own ("said ... and added that ...")."""
    for c in cue.children:
        if c.dep_ != "conj" or c.i < comp.i or c.lemma_.lower() in NEXT_ACTS:
            continue
        first = c.left_edge
        if first.lower_ == "that" and first.dep_ == "mark":
            last = c.right_edge
            while last.is_punct and last.i > c.i:
                last = last.nbor(-1)
            return last
    return None


# Verbs of a thought: "said he could not see her and thought she was hurt" reports the thought
# too, which the speaker could only tell; no act of the speaker's own beside the saying.
_THOUGHTS = frozenset({"think", "believe", "feel", "fear", "suspect", "assume"})


def _thought_after(cue: Token, comp: Token) -> Token | None:
    """The last word of a thought coordinated on a speech cue after its reported clause ("said
    he could not see her, and thought she was hurt"), the parser hanging it on the cue."""
    if cue.lemma_.lower() not in ("say", "tell", "testify"):
        return None
    for c in cue.children:
        if (
            c.dep_ == "conj"
            and c.i > comp.i
            and c.lemma_.lower() in _THOUGHTS
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
            and any(g.dep_ == "ccomp" for g in c.children)
        ):
            last = c.right_edge
            while last.is_punct and last.i > c.i:
                last = last.nbor(-1)
            return last
    return None


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without edge punctuation, keeping a quotation that ends it whole."""
    cut = re.search(r":\s*[“\"]", text[start:end])  # 'fair: "We ...': a statement of its own
    end = start + cut.start() if cut is not None and cut.start() > 0 else end
    while start < end and (text[start] in _PUNCT_EDGE or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in _PUNCT_EDGE + "." or text[end - 1].isspace()):
        end -= 1
    # Keep a quotation that ends the report whole: 'had been "very constructive."'
    inner = text[start:end]
    opened = inner.count("“") > inner.count("”") or inner.count('"') % 2 == 1
    if opened:
        tail = re.match(r"[.,!?]?[”\"]", text[end : end + 2])
        if tail:
            end += tail.end()
    return start, end

"""Statements attributed by "according to X": who X is, and the words that are X's.

"Nine people were hurt, according to rescuers": the source speaks the rest of the sentence. A
source that is a count or a document ("according to figures released by the coroner", "a tally
by the agency") speaks for whoever made it; a body with no name ("according to the regional
health agency") speaks as its description.
"""

from __future__ import annotations

from typing import Any

from graph.extract.complement import trim
from graph.extract.drafts import QuoteDraft
from graph.extract.lexicon import DOCUMENT_NOUNS, GROUP_NOUNS
from graph.extract.nlp import text_of
from graph.extract.noun_speakers import describe, read_noun
from graph.extract.outlet_quotes import a_person, credits_report
from graph.extract.speakers import SpeakerResolver
from graph.extract.syntax import is_cue, subjects_of
from graph.extract.views import VIEW_NOUNS
from graph.model import DateValue

__all__ = ["according", "according_source", "passed_on", "phrase_cue"]

Token = Any  # spaCy Token


def phrase_cue(cue: Token) -> bool:
    """Whether ``cue`` is a phrase set before or after the words it reports, not a verb:
    "according to X", "in his opinion"."""
    return cue.lemma_.lower() == "accord" or cue.lower_ in VIEW_NOUNS


def according_source(cue: Token, resolver: SpeakerResolver) -> str | None:
    """The actor after "according to" at ``cue`` ("according"), or whose view ``cue`` is ("in
    his opinion", "in the view of the union"), or None."""
    if cue.lower_ in VIEW_NOUNS:
        owner = next((c for c in cue.children if c.dep_ == "poss"), None)
        of = next((c for c in cue.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = owner or (next((g for g in of.children if g.dep_ == "pobj"), None) if of else None)
        return resolver.resolve(owner) if owner is not None else None
    to = next((c for c in cue.children if c.lower_ == "to"), None)
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if source is None:
        return None
    # "according to the result announced Thursday": a count is nobody's words unless its
    # maker is named; read as a speaker, "the result" would be whoever the story just named.
    key = None if source.lemma_.lower() in _RECORDS else resolver.resolve(source)
    if key is not None:
        return key
    # "according to the commission's final report", "the ministry's figures": its owner made it;
    # "a police report", "media reports": a document named by its maker.
    owner = next((c for c in source.children if c.dep_ == "poss" and c.pos_ != "PRON"), None)
    if owner is None and source.lemma_.lower() in DOCUMENT_NOUNS:
        owner = next((c for c in source.children if c.dep_ == "compound"), None)
    if owner is None and source.lemma_.lower() in _POLLS:  # "a Gallup poll": its maker
        owner = next(
            (c for c in source.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None
        )
    key = resolver.resolve(owner) if owner is not None else None
    if key is not None:
        return key
    if owner is not None and owner.dep_ == "compound" and source.tag_ == "NNS":
        return describe(resolver.table, read_noun(resolver.table, resolver.quoted, source), True)
    # "figures released by the coroner", "a tally from the ministry": the maker of the count.
    for tok in source.subtree:
        if tok.lower_ in ("by", "from") and tok.dep_ in ("agent", "prep") and tok.i > source.i:
            maker = next((c for c in tok.children if c.dep_ == "pobj"), None)
            key = resolver.resolve(maker) if maker is not None else None
            if key is not None and resolver.table.draft(key).type != "Country":
                return key
    # "according to a news release": a body's own release, with no maker named, is the one
    # the story is about (not "a report", which anyone may write).
    if source.lemma_.lower() in _RELEASES and source.tag_ == "NN":
        key = resolver.main_body(source.idx)
        if key is not None:
            return key
    # "the regional health agency": a body the article does not name, known by what it is.
    noun = read_noun(resolver.table, resolver.quoted, source)
    if source.tag_ == "NN" and noun.determiner == "the" and noun.lemma in GROUP_NOUNS:
        return describe(resolver.table, noun, True)
    return None


_RELEASES = frozenset({"release", "statement", "communique", "communiqué"})
_POLLS = frozenset({"poll", "survey", "forecast"})
# "according to the exit poll": its maker's
_RECORDS = _POLLS | {
    "result", "count", "tally", "figure", "estimate", "datum", "data", "projection", "return",
    "census",
}  # fmt: skip


def according(
    text: str, cue: Token, quoted: list[tuple[int, int]], resolver: SpeakerResolver
) -> list[QuoteDraft]:
    """The longer side of the sentence around "according to X" as X's indirect statement."""
    speaker = according_source(cue, resolver)
    sent = cue.sent
    # "According to X, ..., news site Y reported": X's words, which Y passes on
    tail = _report_tail(cue) if cue.i == sent.start else None
    if speaker is None or (tail is None and _passes_on(cue)):
        return []
    told = _told_before(cue)
    if told is not None:  # "This is according to X": the sentence before is X's
        start, end = trim(text, told.start_char, told.end_char)
        if len(text[start:end].split()) < 3 or any(s <= start < e for s, e in quoted):
            return []
        speaker = _apposed_name(cue, resolver) or speaker
        return [
            QuoteDraft(
                start, end, "indirect", speaker, "according to", cue.idx, DateValue(), None, 0.7
            )
        ]
    phrase_start = cue.head.idx if cue.lower_ in VIEW_NOUNS else cue.idx
    phrase_end = _phrase_end(cue)
    if (clause := _joined_to_report(cue)) is not None:
        first = next(t for t in clause.subtree if t.dep_ not in ("cc", "punct"))
        start, end = trim(text, first.idx, phrase_start)
        said = "according to"
        return [QuoteDraft(start, end, "indirect", speaker, said, cue.idx, DateValue(), None, 0.7)]
    before = (sent.start_char, phrase_start)
    after = (phrase_end, sent.end_char)
    start, end = max((before, after), key=lambda se: se[1] - se[0])
    if _between_subject_and_verb(cue, phrase_end):
        start, end = sent.start_char, sent.end_char  # "X, according to Y, has ..."
    elif _after_relative(text, cue.idx):
        start, end = after  # "a model which, according to Y, breaks the law": its predicate
    end = _before_reporter(cue, start, end)
    if tail is not None:
        end = min(end, tail)  # not Y's words
    start, end = trim(text, start, end)
    if len(text[start:end].split()) < 3 or any(s <= start < e for s, e in quoted):
        return []
    said = "according to" if cue.lower_ == "according" else text[phrase_start:phrase_end]
    return [QuoteDraft(start, end, "indirect", speaker, said, cue.idx, DateValue(), None, 0.7)]


_POINTERS = frozenset({"this", "that", "it"})


def _told_before(cue: Token) -> Any | None:
    """The sentence before one that only points back at it and names its source: "This is
    according to the union's leader", "That was according to two officials": the words are
    the sentence before, not the pointer; None for any other sentence."""
    head = cue.head
    if cue.lemma_.lower() != "accord" or head.lemma_ != "be" or head.dep_ != "ROOT":
        return None
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].lower_ not in _POINTERS or subjects[0].i > cue.i:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in cue.doc[cue.sent.start : cue.i] if t.i != head.i):
        return None
    first = cue.sent.start
    return cue.doc[first - 1].sent if first > 0 else None


def _apposed_name(cue: Token, resolver: SpeakerResolver) -> str | None:
    """The person named after a comma that closes the source's title ("according to the
    leader of the party, Ana Ruiz, who ..."), when the source is a role, not a name."""
    to = next((c for c in cue.children if c.lower_ == "to"), None)
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if source is None or source.pos_ == "PROPN":
        return None
    doc = cue.doc
    for tok in doc[source.i : cue.sent.end - 1]:
        if tok.text != "," or doc[tok.i + 1].pos_ != "PROPN":
            continue
        name = doc[tok.i + 1]
        while name.i + 1 < cue.sent.end and doc[name.i + 1].pos_ == "PROPN":
            name = doc[name.i + 1]
        key = resolver.resolve(name)
        if key is not None and resolver.table.draft(key).type in ("Person", "Organization"):
            return key
        return None
    return None


def _phrase_end(cue: Token) -> int:
    """Where "according to X" ends: after X's phrase, also where the parser made "According"
    the root of its sentence and hung the rest on it ("According to the Bank, over half ...")."""
    if cue.lower_ != "according":
        return max(t.idx + len(t.text) for t in cue.subtree)
    to = [t for c in cue.children if c.lower_ == "to" and c.i == cue.i + 1 for t in c.subtree]
    return max(t.idx + len(t.text) for t in [cue, *to])


def _before_reporter(cue: Token, start: int, end: int) -> int:
    """ "X won, according to the count, ahead of Y, who said he would not concede": a relative
    clause set off by a comma whose verb reports words of its own is the one it describes
    speaking, not the source; the source's words end before it."""
    doc = cue.doc
    for tok in cue.sent:
        if tok.dep_ != "relcl" or not start <= tok.idx < end:
            continue
        first = tok.left_edge
        if first.i == 0 or doc[first.i - 1].text != "," or first.lower_ not in _RELATIVES:
            continue
        if any(is_cue(t) and t.lemma_.lower() != "accord" for t in tok.subtree):
            return min(end, doc[first.i - 1].idx)
    return end


def _passes_on(cue: Token) -> bool:
    """ "Prosecutors said that Lind ran the ring, according to the Gazette": the phrase hangs on
    a report with a speaker of its own (or on its reported clause), whose words they are; the
    source only passes the report on (the opposite case, "According to X, ..., Y reported", is
    ``_report_tail``'s)."""
    head = cue.head
    if head.dep_ == "ccomp" and head.head.i != head.i:
        head = head.head
    return is_cue(head) and head.lemma_.lower() != "accord" and bool(subjects_of(head))


def passed_on(report: Token) -> bool:
    """Whether ``report`` only passes on the words of the "According to X" opening its sentence
    ("According to X, ..., news site Y reported"), or the report of X that its clause is
    ("X said that ..., Reuters reports"), so that they are X's, not the reporter's."""
    first = report.sent[0]
    if first.lower_ == "according":
        return report.i == report.sent.root.i and _report_tail(first) is not None
    return credits_report(report)


def _report_tail(cue: Token) -> int | None:
    """Where the report ending the sentence begins, at its subject ("According to X, ...,
    Xinhua said", "..., the newspaper reported, citing a statement"), else None: the sentence's
    own verb reports, its subject comes after X's words set off by a comma, and it is no person
    ("..., the family's lawyer told reporters", "..., its leader Tom Baker said": their words,
    "According to X" among them)."""
    root = cue.sent.root
    subject = next(iter(subjects_of(root)), None) if root.i > cue.i and is_cue(root) else None
    if subject is None or subject.i > root.i or a_person(subject):
        return None
    first = subject.left_edge
    if first.i <= cue.i or cue.doc[first.i - 1].text != ",":
        return None
    return first.idx


def _joined_to_report(cue: Token) -> Token | None:
    """ "She had said X, but has not made a request, according to Y": the clause joined to
    another's report that the phrase hangs on (Y's words are that clause alone), else None."""
    clause = cue.head
    report = clause.head
    if clause.dep_ != "conj" or not is_cue(report) or report.lemma_.lower() == "accord":
        return None
    return clause if subjects_of(report) else None


_RELATIVES = ("which", "who", "that")


def _after_relative(text: str, at: int) -> bool:
    """The phrase set off by commas right after a relative pronoun ("its model, which,
    according to the Commission, breaks the law"): the source's words are what the clause says
    of its noun, after the phrase, not the main clause before it."""
    before = text[:at].rstrip()
    return before.endswith(",") and before[:-1].rstrip().lower().endswith(_RELATIVES)


def _between_subject_and_verb(cue: Token, phrase_end: int) -> bool:
    """ "These delays, according to the union, have cost ...": the phrase set off by commas
    between a subject with no verb of its own and the rest of the sentence, which together
    are the source's words."""
    sent = cue.sent
    before = [t for t in sent if t.idx < cue.idx and not t.is_punct and not t.is_space]
    text = text_of(cue.doc)
    return (
        bool(before)
        and text[: cue.idx].rstrip().endswith(",")
        and text[phrase_end:].lstrip().startswith(",")
        and not any(t.pos_ in ("VERB", "AUX") for t in before)
    )

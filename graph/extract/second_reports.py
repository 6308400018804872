"""A second reporting verb joined by "and" whose clause the parser took for the verb's head.

"She said the budget is balanced, and promised residents would see lower taxes": the parser
reads "promised" as the subject of "would see" (or as an adjective on "residents") and hangs
"see" on "said" as a coordinated verb. The words after the second verb are its report, with no
"that", and its speaker is the first verb's: one speaker, two reports.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from graph.extract.lexicon import INDIRECT_VERBS, SUBJECT_PRONOUNS
from graph.extract.subordinators import opened_by
from graph.text import looks_plural

__all__ = ["SecondReport", "before_participle", "first_report_end", "second_report"]

Token = Any  # spaCy Token


@dataclass(frozen=True)
class SecondReport:
    first: Token  # the first reporting verb, whose subject speaks
    start: int
    end: int


def second_report(token: Token) -> SecondReport | None:
    """The report of ``token`` when it is such a second verb right after "and", else None."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in INDIRECT_VERBS or token.i < 2:
        return None
    doc = token.doc
    if doc[token.i - 1].lower_ != "and" or any(c.dep_ == "nsubj" for c in token.children):
        return None
    if token.dep_ == "conj" and token.head.dep_ == "ccomp":
        return _joined_to_report(token)  # "claimed X was Y and reiterated that Z"
    if token.dep_ == "csubj":
        verb = token.head  # "promised| residents would see"
    elif token.dep_ == "amod" and token.head.i == token.i + 1 and token.head.dep_ == "nsubj":
        verb = token.head.head  # "added| voters would see": an adjective on the subject
    else:
        return None
    first = verb.head
    if first.dep_ == "ccomp" and first.head.i < first.i:
        first = first.head  # "said aid is coming, and promised ...": hung on the first report
    if (
        verb.dep_ != "conj"
        or first.i > token.i
        or first.pos_ != "VERB"
        or first.lemma_.lower() not in INDIRECT_VERBS
        or not any(c.dep_ in ("nsubj", "nsubjpass") for c in first.children)
        or not any(g.dep_ == "aux" and g.tag_ == "MD" for g in verb.children)
    ):
        return None
    words = [t for t in doc[token.i + 1 : verb.right_edge.i + 1] if not t.is_space]
    while words and words[-1].is_punct:
        words = words[:-1]
    if len(words) < 3:
        return None
    return SecondReport(first, words[0].idx, words[-1].idx + len(words[-1].text))


def first_report_end(cue: Token, start: int, end: int) -> int:
    """Where the report of ``cue`` ends when a second report follows inside its span: of its
    speaker ("said aid is coming|, and promised ..."): before the "and"; of someone else in
    a clause of time or cause ("said its members were united| after the guild updated them
    and claimed ..."): before that clause, which is the other speaker's report."""
    for token in cue.sent:
        if start <= token.idx < end and token.i > cue.i:
            second = second_report(token)
            if second is not None and second.first.i == cue.i:
                return min(end, token.doc[token.i - 1].idx)
            clause = _reporting_clause(token)
            if clause is not None and clause.left_edge.idx > start:
                before = token.doc[clause.left_edge.i - 1]
                return min(end, before.idx + len(before.text))
    return _before_next_speaker(cue, start, end)


def _before_next_speaker(cue: Token, start: int, end: int) -> int:
    """ "X said he would quit the race and the party's founder, Y, said he was too old": the
    parser may run the second speaker into the first report and leave the second verb with no
    subject; a report that ends right before a subjectless reporting verb ends before its last
    "and" when the words after it are a name with no verb."""
    doc = cue.doc
    inside = [t for t in cue.sent if start <= t.idx < end and t.i > cue.i]
    if not inside:
        return end
    after = inside[-1].i + 1
    while after < len(doc) and doc[after].is_punct:
        after += 1
    verb = doc[after] if after < len(doc) else None
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in INDIRECT_VERBS:
        return end
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or doc[after - 1].text != ",":
        return end  # "..., adding that ...": a participle of the first speaker's
    if doc[after - 2].pos_ != "PROPN":
        return end  # "..., Y, said": a name set off by commas before the verb
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return end
    joint = next((t for t in reversed(inside) if t.lower_ == "and" and t.dep_ == "cc"), None)
    if joint is None or joint.idx <= start:
        return end
    tail = doc[joint.i + 1 : after]
    verbs = [t for t in tail if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound")]
    if verbs or not any(t.pos_ == "PROPN" for t in tail):  # "first elected mayor": no verb
        return end
    before = doc[joint.i - 1]
    return min(end, before.idx + len(before.text))


_MARKERS = frozenset({"after", "before", "when", "as", "while", "because", "since", "until"})


def _reporting_clause(token: Token) -> Token | None:
    """The adverbial clause ``token`` reports in with a named subject of its own ("after the
    guild updated members and claimed ..."), or None."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in INDIRECT_VERBS:
        return None
    clause = token.head if token.dep_ == "conj" else token
    if clause.dep_ != "advcl" or not opened_by(clause, _MARKERS):
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ not in ("PROPN", "NOUN"):
        return None
    return clause


def _joined_to_report(token: Token) -> SecondReport | None:
    """ "Japan claimed the curbs were lawful and reiterated that the case is a security issue":
    a reporting verb with a "that" clause of its own, joined by "and" to the first report's
    clause (the parser's reading), is the first speaker's second report."""
    first = token.head.head
    if token.head.lemma_ != "be":  # "said the suspect confessed and claimed that": the suspect's
        return None
    comp = next((c for c in token.children if c.dep_ == "ccomp" and c.i > token.i), None)
    if (
        comp is None
        or first.i > token.i
        or first.pos_ != "VERB"
        or first.lemma_.lower() not in INDIRECT_VERBS
        or not any(c.dep_ in ("nsubj", "nsubjpass") for c in first.children)
        or comp.left_edge.lower_ != "that"
        or comp.left_edge.i != token.i + 1
    ):
        return None
    words = [t for t in token.doc[token.i + 2 : comp.right_edge.i + 1] if not t.is_space]
    while words and words[-1].is_punct:
        words = words[:-1]
    if len(words) < 3:
        return None
    return SecondReport(first, words[0].idx, words[-1].idx + len(words[-1].text))


_PLURAL_PRONOUNS = frozenset({"we", "they"})
_SINGULAR_PRONOUNS = frozenset({"i", "he", "she"})


def before_participle(cue: Token, start: int, end: int) -> int:
    """Where the report of ``cue`` ends before a participle clause set off by a comma that
    opens with the participle and hangs on a reported verb whose subject is a pronoun (the
    speakers themselves): "said they would go to court, rejecting the result" tells what the
    speakers did, as "X said, rejecting ..." would; the words reported end at the comma. A
    participle of a named subject's act stays ("said the army had cleared the square, using
    tear gas": the army's, reported), and one of speaking is the next report's
    (``before_next_report``)."""
    for token in cue.sent:
        if not (start <= token.idx < end and token.i > cue.i + 1):
            continue
        comma = token.doc[token.i - 1]
        if (
            token.dep_ == "advcl"
            and token.tag_ == "VBG"
            and token.left_edge.i == token.i
            and comma.text == ","
            and (token.head.i == cue.i or token.head.idx >= start)
            and token.lemma_.lower() not in INDIRECT_VERBS
            and (  # hung on the cue itself, the speakers' act whatever the parser made of it
                token.head.i == cue.i or _speakers_pronoun(_subject_of(token.head), cue)
            )
        ):
            return min(end, comma.idx)
    return end


def _subject_of(verb: Token) -> Token:
    """The subject of ``verb``, or of the nearest verb above it that has one ("they would go to
    court to challenge ...": "they"); else ``verb`` itself."""
    for _ in range(4):
        found = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if found is not None or verb.head.i == verb.i:
            return found if found is not None else verb
        verb = verb.head
    return verb


def _speakers_pronoun(subject: Token, cue: Token) -> bool:
    """Whether a reported clause's subject is a pronoun that may stand for the cue's own
    subject: the same pronoun, "they" or "we" of a plural ("Opponents said they ..."), "he",
    "she" or "I" of one ("Ana Ruiz said she ..."); not "it" ("said it had rained"), nor "they"
    of one person ("Ana Ruiz said they had opened fire": others)."""
    # the subject nearest the cue ("BAKU, Oct 10 (Reuters) - Opponents ... said": the parser
    # may take the dateline's place for a subject too)
    speaker = next((c for c in reversed(list(cue.lefts)) if c.dep_ == "nsubj"), None)
    word = subject.lower_
    if speaker is None or word not in SUBJECT_PRONOUNS:
        return False
    if speaker.lower_ in SUBJECT_PRONOUNS:
        return speaker.lower_ == word or {speaker.lower_, word} == {"we", "they"}
    # "Opponents" opening a sentence is tagged a proper noun: a plural all the same
    capital_plural = speaker.tag_ == "NNP" and not speaker.ent_type_ and looks_plural(speaker.text)
    plural = (
        speaker.tag_ in ("NNS", "NNPS")
        or capital_plural
        or any(c.dep_ == "conj" for c in speaker.children)
    )
    return word in (_PLURAL_PRONOUNS if plural else _SINGULAR_PRONOUNS)

"""Whether a date written in a sentence is the day of its reporting verb, and which verbs are
acts of words with a day of their own (``speech_act``: a report, speaking, naming, what one does
in a message, putting a document out: "filed a complaint late Friday night").

"said on Monday" dates the saying; "calling on people to protest on Aug. 17" dates the protest,
"as of Sunday" the state of affairs, "ahead of Friday's vote" a later event, "X, second in
Sunday's vote, rejected ..." the vote.
"""

from __future__ import annotations

from typing import Any

from graph.extract.complement import OCCASION_NOUNS
from graph.extract.dates import DateMention
from graph.extract.gatherings import GATHERINGS
from graph.extract.lexicon import DOCUMENT_NOUNS, FILING_VERBS, NAMING_VERBS, RULING_NOUNS
from graph.extract.negation import asserted, negated
from graph.extract.subordinators import MOMENT, opened_by
from graph.extract.syntax import is_cue, subjects_of

__all__ = ["asked_on", "dates_the_cue", "issued_document", "speech_act", "verb_day"]


def verb_day(doc: Any, verb: Any, dates: list[DateMention]) -> DateMention | None:
    """The first known day in ``verb``'s sentence that dates the verb itself ("X held a news
    conference on Monday", "the announcement was made on Tuesday"), else None."""
    sent = verb.sent
    return next(
        (
            m
            for m in dates
            if sent.start_char <= m.start < sent.end_char
            and m.value.known
            and dates_the_cue(doc, m, verb)
        ),
        None,
    )


def dates_the_cue(doc: Any, mention: DateMention, cue: Any) -> bool:
    """Whether a date expression belongs to the reporting verb, not to another clause.

    "said on Monday" and "told reporters on Wednesday" date the cue; "calling on people to
    protest on Aug. 17" dates the protest.
    """
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or _ahead_of(span.root, cue) or _as_of(span.root):
        return False
    if _day_of_an_event(span):
        return False
    # "a Tuesday night meeting where leaders said ...": the day of the occasion the report is
    # told at, even where the occasion opens a stretch for the sentence's main verb.
    if cue.dep_ == "relcl" and _noun_dated(span.root) == cue.head:
        return True
    # "a miner trapped since Monday told reporters", "her first appearance since a Tuesday
    # night meeting": a stretch of time, never a day of saying.
    if _stretch_from(span.root):
        return False
    head = span.root
    for _ in range(6):
        if head.pos_ in ("VERB", "AUX") and head.i != span.root.i:
            break
        if head.head.i == head.i:
            break
        head = head.head
    # "who came third on Oct. 10 and has alleged fraud": a report in the present perfect joined
    # to a dated verb takes no day of it (a lead "X has won, results showed on Tuesday" keeps
    # the day of its occasion).
    if _perfect(cue) and cue.dep_ == "conj" and head.i != cue.i:
        return False
    if abs(span.root.i - cue.i) <= 4:
        return True
    # "said ... and that he was not aware of any as of Sunday": a second reported clause.
    reported = head.dep_ == "conj" and head.left_edge.lower_ == "that"
    if head.i == cue.i or (head.head.i == cue.i and head.dep_ == "conj" and not reported):
        return True
    # "X on Monday condemned ... and urged ...": coordinated verbs share their date.
    if cue.dep_ == "conj" and cue.head.i == head.i:
        return True
    # "S, the paper quoted X as telling supporters on Monday": the day X spoke.
    if head.head.lower_ == "as" and head.head.head.i == cue.i and head.tag_ == "VBG":
        return True
    return _dated_clause(span, head, cue)


def _noun_dated(date: Any) -> Any:
    """The noun a date names the day of ("a Tuesday night meeting": "meeting"), else the date."""
    noun = date
    while noun.dep_ in ("compound", "nmod", "amod", "npadvmod") and noun.head.pos_ in (
        "NOUN",
        "PROPN",
    ):
        noun = noun.head
    return noun


def _stretch_from(date: Any) -> bool:
    """Whether the date opens or closes a stretch: "since Monday", "until Friday", or a noun
    it names the day of after "since" ("since a Tuesday night meeting")."""
    noun = _noun_dated(date)
    return date.head.lower_ in _STRETCH or (noun.dep_ == "pobj" and noun.head.lower_ in _STRETCH)


_STRETCH = frozenset({"since", "until", "till"})


def _perfect(verb: Any) -> bool:
    """A verb in the present perfect: "has alleged", "have said"."""
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for c in verb.children)


def _dated_clause(span: Any, head: Any, cue: Any) -> bool:
    """Whether the clause ``head`` that holds the date expression ``span`` is the time of the
    speaking ``cue``: a participle of speaking, a document, a gathering or the speaker's own
    relative clause."""
    # "Speaking after Sunday's loss, Amorim admitted ...": the time of the speaking.
    if head.head.i == cue.i and head.dep_ == "advcl" and head.tag_ == "VBG":
        return True
    # "admitted he leaked it while testifying Tuesday": the speaking the parser hung lower down.
    if (
        head.tag_ == "VBG"
        and head.dep_ == "advcl"
        and head.lemma_.lower() in _SPEAKING
        and head.head.dep_ == "ccomp"
        and head.head.head.i == cue.i
    ):
        return True
    # "said in a statement sent to CP24 on Monday", "wrote in a ruling released Wednesday": the
    # day of the statement, or of the court's or board's written decision, the words are in.
    if head.dep_ == "acl" and head.tag_ in ("VBN", "VBD"):  # the tagger may say past tense
        document = described_noun(head)
        if document.lemma_.lower() in DOCUMENT_NOUNS | _DECISIONS and cue.i in (
            document.head.i,
            document.head.head.i,
        ):
            return True
    if _spoken_at(span.root, cue) or _meanwhile(head, cue):
        return True
    if _dated_doer(head, cue) or _with_absolute(head, cue):
        return True
    # "said X, who spoke to reporters on Wednesday": the speaker's own relative clause, or
    # that of the speaker's apposition ("X, the party's leader, who spoke ..."); not that of
    # someone the apposition names ("X, mother of a victim who was killed on Sunday"), nor one
    # with a modal ("who would have turned 40 this Sunday", "who will testify Monday").
    modal = any(c.tag_ == "MD" for c in head.children)
    if (
        head.dep_ in ("relcl", "acl")
        and not modal
        and head.lemma_.lower() in _SPEAKING | _OCCASION_VERBS
        and any(head.head.i in _speaker_nouns(s) for s in subjects_of(cue))
    ):
        return True
    # "issued a statement on Thursday, calling for ...": the date of the verb the cue hangs on.
    # Not "shares fell on Tuesday after Musk said ...": a finite cue has its own time.
    return cue.tag_ == "VBG" and cue.dep_ in ("advcl", "conj") and head.i == cue.head.i


def described_noun(participle: Any) -> Any:
    """The noun a participle describes, or the document whose author it is hung on: in "a
    statement by the observers released on Monday" the parser hangs "released" on the
    observers, but what was released is the statement (only verbs of issuing: "a letter by the
    man arrested on Monday" dates the arrest)."""
    noun = participle.head
    author_of = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "by" else None
    if (
        author_of is not None
        and participle.lemma_.lower() in _PUT_OUT
        and author_of.lemma_.lower() in DOCUMENT_NOUNS
    ):
        return author_of
    return noun


def issued_document(verb: Any) -> Any | None:
    """The document a participle of putting out describes ("a statement by the observers
    released on Monday": the statement), else None ("the hearing, announced on Monday")."""
    if verb.dep_ != "acl" or verb.lemma_.lower() not in _PUT_OUT:
        return None
    return described_noun(verb)


def speech_act(verb: Any) -> bool:
    """Whether ``verb`` is an act of words with a day of its own: a report, speaking, what one
    does in a message, naming something as something, putting a document out."""
    return (
        is_cue(verb)
        or verb.lemma_.lower() in _SPEAKING
        or _in_message(verb)
        or _named_as(verb)
        or _puts_out(verb)
    )


# Occasions of speaking a verb may be done in: "In an audio message, X lauded ...".
_MESSAGES = frozenset(
    {"message", "interview", "speech", "address", "statement", "briefing", "conference",
     "broadcast", "video", "post", "letter"}
)  # fmt: skip


def _named_as(verb: Any) -> bool:
    """Whether ``verb`` names its object as something ("X labelled the vote as a farce", "Y
    branded the plan a disgrace"): a speech act with a day of its own."""
    if verb.lemma_.lower() not in NAMING_VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]  # "branded [the plan] [a disgrace]"
    return len(objects) > 1 or any(
        c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children
    )


def _in_message(verb: Any) -> bool:
    """Whether ``verb`` is done in a message or speech ("In a video message, X praised ...")."""
    return verb.pos_ == "VERB" and any(
        c.dep_ == "prep" and c.lower_ in ("in", "during") and g.lemma_.lower() in _MESSAGES
        for c in verb.children
        for g in c.children
        if g.dep_ == "pobj"
    )


def _puts_out(verb: Any) -> bool:
    """Whether ``verb`` puts out a document of its subject's ("filed a complaint late Friday",
    "released a report on Monday"): a dated act of words, like speaking."""
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in _PUTTING_OUT
        and any(c.dep_ == "dobj" and c.lemma_.lower() in DOCUMENT_NOUNS for c in verb.children)
        and asserted(verb)  # not "wants to file", "may release", "Did X file ...?"
        and not negated(verb)  # "did not file a complaint"
    )


# Verbs of putting a document out: "a statement by X released on Monday" is the statement's day.
# Narrower than ``lexicon.ISSUING_VERBS``: "a diplomat posted to X", "a man sent to prison",
# "a player signed by a club" are people a participle tells of.
_PUT_OUT = frozenset({"release", "issue", "publish", "distribute", "circulate", "unveil"})
_PUTTING_OUT = _PUT_OUT | FILING_VERBS  # and "filed a complaint"

# What a speaker's relative clause tells of the occasion of words ("X, who spoke to reporters
# on Wednesday"); a clause of another act ("X, who won the runoff on August 20") dates that act.
_OCCASION_VERBS = frozenset(
    {"write", "post", "tweet", "brief", "hold", "attend", "meet", "visit", "tell", "say",
     "announce", "comment", "respond", "reply", "deliver", "give", "lead", "chair", "host",
     "join", "open", "close", "issue", "send", "date", "publish", "release", "sign", "file",
     "submit"}
)  # fmt: skip

# Written decisions a judge, tribunal or board gives its reasons in.
_DECISIONS = RULING_NOUNS | {"order"}

# Where words are given: "Monday's briefing", "Friday's speech" date what was said there.
_WORDS_GIVEN_AT = (
    OCCASION_NOUNS
    | DOCUMENT_NOUNS
    | _DECISIONS
    | GATHERINGS
    | frozenset(
        {"speech", "remarks", "comments", "rally", "testimony", "post", "tweet", "broadcast"}
    )
)


def _speaker_nouns(subject: Any) -> set[int]:
    """The subject and its appositions, however deep the chain ("X, the leader, a lawyer")."""
    found, todo = set(), [subject]
    while todo:
        noun = todo.pop()
        found.add(noun.i)
        todo += [c for c in noun.children if c.dep_ == "appos"]
    return found


def _spoken_at(date: Any, cue: Any) -> bool:
    """ "announced the figures during a July 9 news update": the day of the briefing the cue's
    words were given at, closing the reported clause or the cue's own."""
    noun = date.head if date.dep_ in ("nmod", "compound", "npadvmod", "amod") else date
    prep = noun.head
    if noun.lemma_.lower() not in OCCASION_NOUNS or prep.lower_ not in ("during", "at"):
        return False
    verb = prep.head
    return verb.i == cue.i or (verb.dep_ == "ccomp" and verb.head.i == cue.i)


def _meanwhile(verb: Any, cue: Any) -> bool:
    """ "Workers gave notice on Tuesday, as the company warned that ...": a cue in a clause of
    the same time ("as", "while") hung on a dated verb is said that day."""
    return cue.dep_ == "advcl" and cue.head.i == verb.i and opened_by(cue, MOMENT)


def _dated_doer(verb: Any, cue: Any) -> bool:
    """ "The news was delivered late Wednesday by CEO Ann Lee, who called it ...": a speaker's
    relative clause on the doer (subject or "by" agent) of a dated act tells of that occasion."""
    if cue.dep_ != "relcl" or verb.pos_ not in ("VERB", "AUX"):
        return False
    noun = cue.head
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return noun.head.i == verb.i
    return noun.dep_ == "pobj" and noun.head.dep_ == "agent" and noun.head.head.i == verb.i


def _with_absolute(verb: Any, cue: Any) -> bool:
    """ "The council tried to buy time on Wednesday, with the mayor asking the court to ...": a
    cue in a "with" clause hung on the dated verb (or a verb it completes) is of that day."""
    if cue.tag_ != "VBG" or cue.dep_ != "pcomp" or cue.head.lower_ != "with":
        return False
    anchor = cue.head.head
    for _ in range(4):
        if verb.i == anchor.i:
            return True
        if verb.dep_ != "xcomp":
            return False
        verb = verb.head
    return False


_SPEAKING = frozenset({"testify", "speak", "appear", "address", "talk"})
_BEFORE = frozenset({"ahead", "before", "prior", "advance"})


def _ahead_of(date: Any, cue: Any) -> bool:
    """ "Ahead of Friday testimony, X says ...": words said before an event are not on its day."""
    head = date
    for _ in range(5):
        if head.i == cue.i or head.head.i == head.i:
            return False
        head = head.head
        if head.lower_ in _BEFORE and head.i < date.i:
            return True
    return False


def asked_on(doc: Any, mention: DateMention, cue: Any) -> bool:
    """Whether a day sits on the infinitive a call asks for ("called on the unions to enter
    mediation Monday", "urged residents to stay indoors on Monday"): the parser's place for it,
    which may be the call's day or the act's (see ``said_on``)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or span.root.dep_ not in ("npadvmod", "prep"):
        return False
    act = span.root.head
    return (
        act.dep_ == "xcomp"
        and act.head.i == cue.i
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in act.children)
    )


def _day_of_an_event(span: Any) -> bool:
    """ "X, who came second in Sunday's vote, rejected ...", "the results of Thursday's ballot",
    "who won in the May 4 poll": a day written as the owner or modifier of a noun is that
    thing's day. It is the day of the speaking only
    when the thing is where words are given ("at Monday's news conference", "in Tuesday's
    statement", "Wednesday's ruling") or the words came right after it ("said after Saturday's
    game")."""
    # The span may hold its preposition ("on Tuesday's"): its last word is the day.
    day = span[-1] if span[-1].dep_ != "case" else span[-1].head
    # "in the May 4 poll", "the December 19 runoff": a date written before a noun, the same
    modifier = span.root.dep_ in ("nmod", "compound") and span.root.head.pos_ == "NOUN"
    if modifier:
        day = span.root
    elif day.dep_ != "poss":
        return False
    if day.head.i < span.end - 1:
        return False
    thing = day.head
    while modifier and thing.dep_ == "compound" and thing.head.i > thing.i:
        thing = thing.head  # "the May 6 news conference": the conference
    if modifier and (thing.lemma_.lower() in _TIMES or thing.ent_type_ in ("DATE", "TIME")):
        return False  # "on Tuesday morning", "Friday night": a time of that day, no event
    # "said after Saturday's game", "speaking after Sunday's race": words given right after it.
    if thing.dep_ == "pobj" and thing.head.lower_ in ("after", "following"):
        return False
    return thing.lemma_.lower() not in _WORDS_GIVEN_AT and thing.lower_ not in _WORDS_GIVEN_AT


_TIMES = frozenset(
    {"morning", "afternoon", "evening", "night", "day", "midday", "noon", "dawn", "weekend"}
    | {"week", "hour", "hours", "time", "overnight", "lunchtime", "session"}
)


def _as_of(date: Any) -> bool:
    """ "figures as of Sunday", "no deaths as of Monday": the day a state held, not a speaking."""
    prep = date.head
    return prep.lower_ == "of" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "as"

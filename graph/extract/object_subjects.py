"""A report's last name taken for the cue's subject: "X defeated his rival Y, the commission said".

When the words reported end on a name and a trailing cue's subject follows after a comma in
apposition ("... his main rival Hakainde Hichilema, the Electoral Commission of Zambia (ECZ) has
said"), the parser may make the name the cue's subject and the real speaker its apposition. The
name then runs on from the reported clause with no comma between, and the apposition runs up to
the cue: the apposition is who said it, and the name belongs to what was said. A subject that
opens the sentence, or follows a comma or a quotation mark, is the cue's own.

The other misreading: a title's first word taken for a verb. In '"...," Ana Berg, lead
spokesperson for the bloc, said' the parser may read "lead" as a verb with the name its subject
and the role its object, leaving the cue with no subject: the name is the cue's subject.

The third: a reported clause's subject taken for the cue's object when an aside between commas
follows it ("Banda said the Unity Front, in power since 1964, had stolen the vote": "Front" the
object of "said", "had stolen" a clause with no subject), or when the clause runs straight on
from it and the parser hung its verb on the cue ("Acme argued the rule allowed it to ...").
A clause with no subject of its own after such an aside begins at that object; a cue whose
object is whom it addresses ("told reporters, in Lusaka, ...") keeps it.

The fourth: the subject of a clause after "after", "before", "since" or "until" taken for the
preposition's object when a time phrase stands between it and the verb ("the ruling came after
Nairobi last week said ...": "Nairobi" the object of "after", "said" a clause with no subject):
the object is the cue's subject. The fifth: the reported clause's subject taken for a second
subject of "said" before an aside between dashes ("The league said X — who is the owner —
broke the rules"): X's phrase is the report, and the subject before the cue speaks.

And two misreadings of a subject's titles: a name joined to its own title by the "and" inside
the office ("Minister of Forestry and the Environment Ana Lind", ``office_holder``) and common
nouns joined before one name, hung on the first as an apposition (``titles_of_one``).
"""

from __future__ import annotations

from typing import Any

from graph.extract.lexicon import DASHES, PORTFOLIOS, ROLE_NOUNS, SUBORDINATORS

__all__ = [
    "clause_in_object",
    "object_taken_for_subject",
    "office_holder",
    "subject_before_aside",
    "subject_taken_for_object",
    "subordinate_subject",
    "title_taken_for_verb",
    "titles_of_one",
    "with_misplaced_words",
]

# Cues whose object is the one addressed, not a subject the parser misplaced.
_ADDRESSING = frozenset(
    {"tell", "ask", "urge", "warn", "remind", "assure", "inform", "notify", "brief", "accuse"}
)
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def object_taken_for_subject(cue: Any) -> tuple[Any, Any] | None:
    """(the name the parser took for the subject, the real subject) for ``cue``, else None.

    >>> from graph.extract.nlp import load_pipeline
    >>> text = "Peru's President Ana Ruiz has beaten her rival Tomas Berg, the National Election"
    >>> text += " Board (NEB) has said, in a close vote."
    >>> (doc,) = load_pipeline().parse([text])
    >>> name, said_by = object_taken_for_subject(doc[20])
    >>> name.text, said_by.text
    ('Berg', 'Board')
    """
    subjects = [c for c in cue.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].i > cue.i:
        return None
    name = subjects[0]
    reported = [c for c in cue.children if c.dep_ == "ccomp" and c.i < name.i]
    start = name.left_edge.i
    if not reported or start == 0 or reported[-1].right_edge.i != start - 1:
        return None  # the name does not run on from the reported clause
    if cue.doc[start - 1].is_punct:
        return None
    apposed = [c for c in name.children if c.dep_ == "appos" and c.i > name.i]
    if not apposed or not any(t.text == "," for t in cue.doc[name.i + 1 : apposed[0].left_edge.i]):
        return None
    auxiliaries = [c.i for c in cue.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < cue.i]
    if apposed[0].right_edge.i + 1 != min([cue.i, *auxiliaries]):
        return None  # the apposition must run up to the cue
    return name, apposed[0]


def title_taken_for_verb(cue: Any) -> Any | None:
    """The name whose title the parser read as a verb ("Ana Berg, lead spokesperson for the
    bloc, said": Berg), the verb hung on the cue; else None. (The cue may then have a subject
    only inside the quotation before the name.)"""
    doc = cue.doc
    for verb in (c for c in cue.children if c.pos_ == "VERB" and c.i < cue.i):
        role = next((c for c in verb.children if c.dep_ == "dobj" and c.i == verb.i + 1), None)
        name = next((c for c in verb.children if c.dep_ == "nsubj" and c.i + 2 == verb.i), None)
        if role is None or name is None or role.lemma_.lower() not in ROLE_NOUNS:
            continue
        end = verb.right_edge.i  # "..., lead spokesperson for the bloc, said": the comma
        end = end if doc[end].text == "," else end + 1
        if name.pos_ == "PROPN" and doc[verb.i - 1].text == "," and doc[end].text == ",":
            return name
    return None


_SUBORDINATORS = SUBORDINATORS - {"once"}
# What may stand between such a subject and its verb: "last week", "on Monday", "also".
_BETWEEN = frozenset({"npadvmod", "advmod", "prep", "pobj", "amod", "det", "nummod", "compound"})


def subordinate_subject(cue: Any) -> Any | None:
    """The subject of a cue the parser hung, subjectless, on the verb whose "after" (or
    "before", "since", ...) took that subject for its object ("came after Nairobi last week
    said it had ...": Nairobi); else None.

    >>> from graph.extract.nlp import load_pipeline
    >>> text = "The ruling came after Chile last week said it had left the treaty."
    >>> (doc,) = load_pipeline().parse([text])
    >>> subordinate_subject(doc[7]).text
    'Chile'
    """
    if cue.dep_ != "advcl" or any(c.dep_ in _SUBJECTS for c in cue.children):
        return None
    finite = cue.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" for c in cue.children)
    if not finite:
        return None  # "stepped down as party leader on Monday saying ...": his participle
    for prep in (c for c in cue.head.children if c.dep_ == "prep" and c.i < cue.i):
        if prep.lower_ not in _SUBORDINATORS:
            continue
        subject = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if subject is None or subject.right_edge.i >= cue.i:
            continue
        gap = cue.doc[subject.right_edge.i + 1 : cue.i]
        if all(t.dep_ in _BETWEEN and t.head.i != subject.i for t in gap):
            return subject
    return None


def subject_taken_for_object(cue: Any, comp: Any) -> Any | None:
    """The cue's object that is the subject of its reported clause ``comp`` ("said the Unity
    Front, in power since 1964, had stolen the vote": "Front"), else None.

    >>> from graph.extract.nlp import load_pipeline
    >>> text = "Banda said the Unity Front, in power since 1964, had stolen the vote."
    >>> (doc,) = load_pipeline().parse([text])
    >>> found = subject_taken_for_object(doc[1], doc[12])
    >>> found is None or found.text == "Front"
    True
    """
    if cue.lemma_.lower() in _ADDRESSING or any(c.dep_ in _SUBJECTS for c in comp.children):
        return None
    if not any(c.dep_ in ("aux", "auxpass") or c.tag_ == "MD" for c in comp.children) and (
        comp.tag_ not in ("VBD", "VBZ", "VBP")
    ):
        return None  # no finite clause: "said the plan, unveiled Monday, ..." is no subject
    objects = [c for c in cue.children if c.dep_ == "dobj" and cue.i < c.i < comp.i]
    if len(objects) != 1 or objects[0].pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    obj = objects[0]
    between = cue.doc[obj.right_edge.i + 1 : comp.left_edge.i]
    if not between and comp.dep_ == "advcl":
        return obj  # "argued the provision allowed it to ...": no aside, the clause runs on
    between = cue.doc[obj.i + 1 : comp.left_edge.i]
    if len(between) < 3 or between[0].text != "," or between[-1].text != ",":
        return None
    return obj


def with_misplaced_words(cue: Any, comp: Any) -> list[Any]:
    """The tokens of the clause ``comp`` that ``cue`` reports, with the words of it the parser
    hung on the cue: a name it took for the cue's subject ("defeated his rival Y, the board
    said") or the clause's subject it took for the cue's object ("said X, aside, had ...")."""
    toks = list(comp.subtree)
    misread = object_taken_for_subject(cue)
    if misread is not None and comp.i < misread[0].i:
        toks += list(comp.doc[misread[0].left_edge.i : misread[0].i + 1])
    subject = subject_taken_for_object(cue, comp)
    if subject is not None:
        toks = list(comp.doc[subject.left_edge.i : comp.left_edge.i]) + toks
    return toks


# What one says that is no clause: "said goodbye", "said a prayer", "said nothing".
_SAID_THINGS = frozenset(
    {"goodbye", "prayer", "prayers", "word", "words", "nothing", "something", "anything",
     "thing", "things", "hello", "thanks", "sorry", "grace", "mass", "this", "that", "it", "so"}
)  # fmt: skip


_DASHES = DASHES - {"---"}


def subject_before_aside(cue: Any) -> Any | None:
    """The reported clause's subject the parser took for a second subject of "said" when an
    aside between dashes follows it ("The league said Ana Ruiz — who is the club's owner —
    broke the rules": "Ruiz" a subject of "said", "broke" a conjunct of the aside's verb): the
    name, whose phrase is the report; else None (a subject before the cue must speak)."""
    if not any(c.dep_ == "nsubj" and c.i < cue.i for c in cue.children):
        return None
    for subject in (c for c in cue.children if c.dep_ == "nsubj" and c.i > cue.i):
        for aside in (c for c in subject.children if c.dep_ == "relcl"):
            if any(
                g.dep_ == "conj" and g.pos_ == "VERB" and cue.doc[g.i - 1].text in _DASHES
                for g in aside.children
            ):
                return subject
    return None


def clause_in_object(cue: Any) -> Any | None:
    """The object of "said" that heads a reported clause the parser broke up ("The regulator
    said all firms operating in Nigeria except MTN had complied": "firms" the object, "had
    complied" hung inside its phrase), or whose clause verb the parser read as a participle on
    it ("said the narrow victory — in a close vote — highlighted anger"): the object, whose
    phrase is the report; else None.

    >>> from graph.extract.nlp import load_pipeline
    >>> text = "The NCC said all telecom firms operating in Nigeria except MTN had complied."
    >>> (doc,) = load_pipeline().parse([text])
    >>> clause_in_object(doc[2]).text
    'firms'
    >>> (doc,) = load_pipeline().parse(["He said the deal, which was signed on Monday."])
    >>> clause_in_object(doc[1]) is None
    True
    """
    if cue.lemma_.lower() != "say" or any(c.dep_ == "ccomp" for c in cue.children):
        return None
    obj = next((c for c in cue.children if c.dep_ == "dobj" and c.i > cue.i), None)
    if obj is None and (aside := subject_before_aside(cue)) is not None:
        return aside
    if obj is None or obj.lower_ in _SAID_THINGS or obj.pos_ == "PRON":
        return None
    finite = ("VBD", "VBZ", "VBP", "MD")
    clauses = [t for t in obj.subtree if any(c.dep_ == "nsubj" for c in t.children)]
    # A verb in -ed with a subject of its own and no auxiliary is a past tense the tagger read
    # as a participle on the object ("said the decision deprived firms of their brands").
    told = any(
        t.tag_ in finite
        or any(c.dep_ == "aux" and c.tag_ in finite for c in t.children)
        or (t.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in t.children))
        for t in clauses
        if t.i != obj.i and t.pos_ in ("VERB", "AUX") and t.dep_ not in ("relcl", "acl")
    )
    # "said the narrow victory — in a close vote — highlighted frustration": a verb in -ed
    # after the object, with an object of its own, is the clause's verb taken for a participle
    # (a participle hung on a noun takes no object: "the deal signed on Monday").
    misread = any(
        c.dep_ == "acl"
        and c.tag_ in ("VBD", "VBN")
        and c.i > obj.i
        and any(g.dep_ == "dobj" for g in c.children)
        and not any(
            g.dep_ in ("nsubj", "nsubjpass", "mark", "agent", "auxpass") for g in c.children
        )
        for c in obj.subtree  # hung on the object or a noun after it ("... with 45% turnout")
    )
    return obj if told or misread else None


def office_holder(subjects: list[Any]) -> Any | None:
    """The name the parser joined to its own title by the "and" inside the office ("Minister of
    Forestry and the Environment Ana Lind": "Minister" and "Lind" as two subjects), else None:
    only when a portfolio word ("Environment") stands before the name, the office's last word."""
    if len(subjects) != 2:
        return None
    title, name = subjects
    if title.lemma_.lower() not in ROLE_NOUNS or name.pos_ != "PROPN" or name.head.i != title.i:
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "of" for c in title.children):
        return None
    office = any(c.dep_ == "compound" and c.lower_ in PORTFOLIOS for c in name.children)
    return name if office and name.dep_ == "conj" else None


def titles_of_one(subjects: list[Any]) -> bool:
    """Common nouns joined before one name, which the parser hangs on the first as an
    apposition ("Hollywood studios and streamers negotiator AMPTP"): a title of that one."""
    if len(subjects) < 2:
        return False
    name = next((c for c in subjects[0].children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    return (
        name is not None
        and all(s.pos_ == "NOUN" and s.i < name.i for s in subjects[1:])
        and name.i == max(s.i for s in subjects[1:]) + 1
    )

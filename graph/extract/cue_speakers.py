"""Who a reporting verb's speakers are, and whom they told.

The cue's subjects as actors, conjuncts included ("Okafor and Reyes said"); the source after
"according to"; the noun after "with" in "…, with the union's leader saying …"; the audience
of "told reporters".
"""

from __future__ import annotations

import re
from typing import Any

from graph.extract.according import according_source
from graph.extract.adjunct_subjects import adjunct_subject, bare_object
from graph.extract.complement import said_before
from graph.extract.counted import count_of, named_together_before, one_for_many
from graph.extract.country_roles import country_role
from graph.extract.document_authors import sent_from
from graph.extract.joint_makers import joint_makers
from graph.extract.lexicon import (
    DASHES,
    DOCUMENT_NOUNS,
    ELECTION_NOUNS,
    ROLE_NOUNS,
)
from graph.extract.next_reports import participle_of
from graph.extract.nlp import text_of
from graph.extract.noun_speakers import describe, read_noun
from graph.extract.object_subjects import (
    object_taken_for_subject,
    office_holder,
    subject_before_aside,
    subordinate_subject,
    title_taken_for_verb,
    titles_of_one,
)
from graph.extract.outlet_quotes import quoted_one
from graph.extract.parse_links import conjuncts, verb_above
from graph.extract.relatives import relative_antecedent
from graph.extract.speakers import SpeakerResolver
from graph.extract.syntax import absolute_subject, is_cue, subjects_of
from graph.extract.targets import examples, stood_for

__all__ = ["audience_of", "speakers_of"]


def speakers_of(cue: Any, resolver: SpeakerResolver, quoted: list[tuple[int, int]]) -> list[str]:
    """The cue's subjects as actors; never a word inside a quotation (a participle the parser
    hung on a verb inside the quoted words: 'confirmed that “Norway returned ...,” saying')."""
    if cue.lemma_.lower() == "accord":
        key = according_source(cue, resolver)
        return [key] if key is not None else []
    keys: list[str] = []
    if (relaying := _relayed(cue)) is not None:
        return speakers_of(relaying, resolver, quoted)  # "X says its members have reported"
    if (owner := _with_subject(cue)) is not None or (owner := quoted_one(cue)) is not None:
        key = resolver.resolve(owner)
        return [key] if key is not None else []
    if (repaired := _repaired(cue, resolver)) is not None:
        return repaired
    repeated = _name_repeated(cue, resolver)  # "by the Electoral Board – NEB saying"
    if repeated is None and (listed := absolute_subject(cue)) is not None:
        key = resolver.resolve(listed)  # "..., Germany voicing doubts and Poland calling for"
        return [key] if key is not None else []
    noun = _participle_noun(cue) if repeated is None else None
    vote = noun is not None and noun.lemma_ in ELECTION_NOUNS  # "in the election, claiming"
    if vote and (acting := _acting_before(cue, resolver)):
        return [acting]  # a speaking participle the parser hung on a vote: not the vote's
    if noun is not None and (key := _noun_speaker(noun, resolver)):
        return [key]  # "comments from officials saying ...": the officials
    if _received(cue):  # "X faces lawsuits accusing it of ...": the suits' words, not X's
        key = sent_from(resolver, cue.head)  # "got an email from Ana Lind saying ...": hers
        return [key] if key is not None else []
    subjects = _cue_subjects(cue, repeated)
    document = len(subjects) == 1 and subjects[0].lemma_.lower() in DOCUMENT_NOUNS
    if document and (joint := joint_makers(subjects[0], resolver)):  # "says the statement"
        return joint
    # '“…,” says the joint statement. “…,” it further stated.'; "the companies said. They ..."
    pronoun = len(subjects) == 1 and subjects[0].lower_ in ("it", "they")
    if pronoun and (joint := _last_joint(resolver, cue, subjects[0].lower_ == "they")):
        return joint
    if (described := _relative_speaker(subjects, cue, resolver, quoted)) is not None:
        return [described]
    if len(subjects) == 1 and (held := country_role(cue, subjects[0], resolver)) is not None:
        return [held]  # "Germany has summoned the envoy, the foreign minister said"
    for subject in subjects:
        if _inside(subject.idx, quoted) or bare_object(subject) or _clause_subject(cue, subject):
            continue
        if counted := _counted(subject, resolver):
            keys += [k for k in counted if k not in keys]  # "Ruiz and Berg met. Both said ..."
            continue

        # "The governments of Brazil, Mexico and Colombia said": each of them says it. Not
        # a plural's examples: "monitors (including Canada and Chile) calling it unfair" is
        # the monitors' verdict, which the two share.
        plural = subject.tag_ == "NNS" and not examples(subject)
        stand_ins = stood_for(subject, resolver.table) if plural else []
        if len(stand_ins) > 1:
            keys += [k for k in stand_ins if k not in keys]
            continue
        if (key := resolver.resolve(subject)) is not None and key not in keys:
            keys += [] if one_for_many(subject, key, resolver.table) else [key]
        elif key is None:
            keys += [k for k in _examples_speaking(subject, resolver) if k not in keys]
    return keys


def _clause_subject(cue: Any, subject: Any) -> bool:
    """ "X says that 13 departments in the ...": a noun after the cue that "that" introduces is
    the reported clause's subject, which the parser hung on the cue when the clause had no verb
    it could find; never a speaker (an inverted subject, "said the mayor", takes no "that")."""
    return subject.i > cue.i and any(c.dep_ == "mark" and c.i < subject.i for c in subject.children)


def _examples_speaking(plural: Any, resolver: SpeakerResolver) -> list[str]:
    """ "Some cities -- including Kasora -- have said ...": a plural that names no speaker of
    its own (places, things) speaks through the named examples it gives, each one of those who
    said it."""
    named = [t for e in examples(plural) for t in (e, *conjuncts(e)) if t.pos_ == "PROPN"]
    return [k for t in named if (k := resolver.resolve(t)) is not None]


def _relayed(cue: Any) -> Any | None:
    """The outer reporting verb when ``cue`` reports, inside another report, what the outer
    speaker's own people said: "the union says its members have reported that ...", "the
    hospital said its doctors warned that ...": the words are relayed by the union, the
    hospital (their people are no speaker of their own)."""
    if cue.dep_ != "ccomp" or not is_cue(cue.head):
        return None
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    owned = subject is not None and any(
        c.dep_ == "poss" and c.lower_ in ("its", "their") for c in subject.children
    )
    return cue.head if owned else None


def _name_repeated(cue: Any, resolver: SpeakerResolver) -> Any | None:
    """ "rejected results announced by the Electoral Board – NEB saying ...": an acronym set
    off by a dash after its full name repeats the name, though the parser makes it the
    participle's subject; the participle is the main clause's (its verb is returned)."""
    if cue.tag_ != "VBG" or cue.dep_ != "acl" or cue.i < 3:
        return None
    subject = cue.doc[cue.i - 1]
    dash, name = cue.doc[cue.i - 2], cue.doc[cue.i - 3]
    hung = cue.head.i == subject.i  # the parser's other reading: the participle on the name
    if not (hung or (subject.dep_ == "nsubj" and subject.head.i == cue.i)):
        return None
    if dash.text not in DASHES:
        return None
    table = resolver.table
    key = table.key_at(subject.idx, subject.idx + len(subject.text))
    if key is None or key != table.key_at(name.idx, name.idx + len(name.text)):
        return None
    verb = subject.head if hung else cue.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb if verb.pos_ in ("VERB", "AUX") else None


def _root_noun(cue: Any) -> Any | None:
    """The sentence's root noun when the parser, finding no main verb, hung the reporting verb
    on it as a participle after its apposition or relative clause ("Ruiz, a former ally of
    the president who enjoys wide support, called on followers to ..."): a past form right
    after the comma that closes the noun's modifier is the noun's own verb."""
    head = cue.head
    if cue.dep_ != "acl" or cue.tag_ not in ("VBD", "VBN") or head.dep_ != "ROOT":
        return None
    if head.pos_ not in ("NOUN", "PROPN") or head.i > cue.i or cue.doc[cue.i - 1].text != ",":
        return None
    modified = any(c.dep_ in ("appos", "relcl") and c.i < cue.i for c in head.children)
    return head if modified else None


def _participle_noun(cue: Any) -> Any | None:
    """The noun a speaking participle describes ("top officials saying ...", "met union leaders
    warning that ..."): they speak, not the subject of the verb the noun hangs on. Not a
    document ("a statement saying ...": its sender speaks)."""
    if cue.tag_ != "VBG" or cue.dep_ != "acl" or cue.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return None if cue.head.lemma_.lower() in DOCUMENT_NOUNS else cue.head


# Verbs whose subject takes in what a document or a crowd says: "faces lawsuits alleging",
# "received a letter saying", "heard residents complaining". The words are not the subject's
# (not "read": "read a statement saying ..." voices it).
_TAKING_IN = frozenset({"face", "receive", "get", "obtain", "hear", "see"})


def _received(cue: Any) -> bool:
    """Whether ``cue`` is a participle on the object of a verb of receiving ("X received a
    letter saying ...", "X faces suits accusing it of ..."): no speaker of the clause's."""
    head = cue.head
    return (
        cue.tag_ == "VBG"
        and cue.dep_ == "acl"
        and head.dep_ == "dobj"
        and head.head.lemma_.lower() in _TAKING_IN
    )


def _repaired(cue: Any, resolver: SpeakerResolver) -> list[str] | None:
    """The speakers of a cue whose subject the parse misplaced, else None: "... Y, the board
    said" (the name taken for the subject), "X, lead spokesperson, said" (the title taken for
    a verb), "a statement from the union (on X) saying ..." (the document's sender)."""
    misread = object_taken_for_subject(cue)
    subject = misread[1] if misread is not None else title_taken_for_verb(cue)
    subject = subject if subject is not None else subordinate_subject(cue)
    if subject is not None:
        key = resolver.resolve(subject)
        return [key] if key is not None else []
    document = _participle_document(cue)
    if document is not None and (sender := sent_from(resolver, document)) is not None:
        return [sender]
    return None


def _participle_document(cue: Any) -> Any | None:
    """The document a speaking participle describes: the noun it hangs on, or the document
    the phrase it hangs on qualifies ("a statement from X on the strike saying"), or the
    document object of the verb that phrase hangs on ("showed a statement ... on the strike
    saying"); else None."""
    if cue.tag_ != "VBG" or cue.dep_ != "acl":
        return None
    noun = cue.head
    nouns = [noun]
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        above = noun.head.head
        nouns += [above, *(c for c in above.children if c.dep_ == "dobj")]
    return next((n for n in nouns if n.lemma_.lower() in DOCUMENT_NOUNS and n.tag_ == "NN"), None)


def _acting_before(cue: Any, resolver: SpeakerResolver) -> str | None:
    """The latest clause subject before ``cue`` in its paragraph, else None: a speaking
    participle the parser hung on a vote ("... in Sunday's (Jan. 14) election, claiming ...",
    where "Jan." ended the parser's sentence) is that subject's, never the vote's country."""
    start = text_of(cue.doc).rfind("\n", 0, cue.idx) + 1
    before = [key for offset, key in resolver.subjects if start <= offset < cue.idx]
    return before[-1] if before else None


def _relative_speaker(
    subjects: list[Any], cue: Any, resolver: SpeakerResolver, quoted: list[tuple[int, int]]
) -> str | None:
    """ "Marek, who had questioned the judges and said ...": the one the "who" clause describes;
    a country through "which" as the cue's subject ("sanctions imposed by Brazil, which claims
    ..."), not through a clause the parse missed."""
    antecedent = relative_antecedent(subjects[0] if subjects else None, cue)
    if antecedent is None or _inside(antecedent.idx, quoted):
        return None
    if antecedent.dep_ == "appos" and antecedent.head.pos_ == "PROPN":
        antecedent = antecedent.head  # "Tom Beck, a former mayor who said ...": Tom Beck
    key = resolver.resolve(antecedent)
    parsed = bool(subjects) and subjects[0].tag_ in ("WDT", "WP")
    if key is not None and (parsed or resolver.table.draft(key).type != "Country"):
        return key
    return None


def _cue_subjects(cue: Any, repeated: Any) -> list[Any]:
    """The subject tokens that say what ``cue`` reports, conjuncts too (not the reported
    clause's, which the parser made a second subject: "The league said X — who ... — broke")."""
    if subject_before_aside(cue) is not None:
        return [c for c in cue.children if c.dep_ == "nsubj" and c.i < cue.i]
    # "He said ..., said he was pleased", "X said ..., alleging ...": the same speaker
    earlier = said_before(cue) or participle_of(cue) or repeated or _past_relative(cue)
    if earlier is None and (antecedent := _relative_goes_on(cue)) is not None:
        return [antecedent]  # "the ministry, which has moved to ..., arguing that ..."
    subjects = _chained(subjects_of(cue if earlier is None else earlier))
    if not subjects and cue.pos_ == "NOUN":  # '“…,” the union's statement read' misparsed
        subjects = [c for c in cue.children if c.dep_ == "compound"][:1]
    if not subjects and (root := _root_noun(cue)) is not None:
        subjects = [root]  # "Ruiz, a former ally of X who ..., called on followers to ..."
    if (named := office_holder(subjects)) is not None:
        subjects = [named]  # "Minister of Forestry and the Environment Ana Lind": one person
    if titles_of_one(subjects) or (subjects and cue.dep_ == "acl" and cue.head.i == subjects[0].i):
        # "studios and streamers negotiator AMPTP said": AMPTP alone; "Her faction alleged
        # there was fraud and it would sue", the cue read as a modifier of "faction": the
        # faction alone, not the reported clause's "it"
        subjects = subjects[:1]
    if subjects and (own := adjunct_subject(cue, subjects[0])) is not None:
        subjects = [own]  # "X campaigned arguing his record in office ... and promising"
    return subjects


def _relative_goes_on(cue: Any) -> Any | None:
    """The antecedent of a relative clause whose pronoun is its subject, when a speaking
    participle set off by a comma follows that clause and the main clause only says what
    something was: "The ruling was a victory for the ministry, which has moved to block
    mergers, arguing that ..." (the parser hangs the participle on "was"); else None."""
    doc = cue.doc
    if cue.dep_ != "advcl" or cue.tag_ != "VBG" or cue.i < 2 or doc[cue.i - 1].text != ",":
        return None
    if cue.head.lemma_ != "be":
        return None  # "X praised Y, which won, saying ...": X's words, as likely as Y's
    before = doc[cue.i - 2]
    clause = next((t for t in (before, *before.ancestors) if t.dep_ == "relcl"), None)
    if clause is None or clause.right_edge.i != before.i or clause.head.i > clause.i:
        return None
    own = any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in clause.children)
    return clause.head if own else None


def _counted(subject: Any, resolver: SpeakerResolver) -> list[str]:
    """The actors a counted subject stands for: "Ruiz and Berg met. Both said ...", "X, and his
    two rivals, Y and Z, denounced ... The three candidates said ..." (``counted``)."""
    if subject.lower_ == "both" and (pair := _pair_before(subject, resolver)):
        return pair
    count = count_of(subject)
    return named_together_before(subject, count, resolver.table) if count else []


def _pair_before(both: Any, resolver: SpeakerResolver) -> list[str]:
    """The two actors the sentence before names as its subjects ("Ana Ruiz and Tom Berg met on
    Monday. Both had said ..."), else []."""
    sent = both.sent
    if sent.start == 0:
        return []
    before = both.doc[sent.start - 1].sent
    keys = []
    for subject in _chained(subjects_of(before.root)):
        key = resolver.resolve(subject)
        if key is not None and key not in keys:
            keys.append(key)
    return keys if len(keys) == 2 else []


def _past_relative(cue: Any) -> Any:
    """The main clause's verb for a speaking participle set off by a comma that the parser hung
    on a relative clause's verb ("X annulled the vote, in which Y's party won, claiming ...":
    X claims), else None."""
    verb, doc = cue.head, cue.doc
    if cue.dep_ != "advcl" or cue.tag_ != "VBG" or cue.i == 0 or doc[cue.i - 1].text != ",":
        return None
    if verb.i > cue.i:
        return None
    if verb.dep_ != "relcl":
        # The parser may take the relative clause for a clause of its own: ", in which the
        # party of Y won a landslide, claiming ...": a relative word opens the verb's stretch.
        comma = next((t.i for t in reversed(doc[verb.sent.start : verb.i]) if t.text == ","), None)
        opened = comma is not None and any(t.tag_ in ("WDT", "WP") for t in doc[comma : verb.i])
        root = verb.sent.root
        return root if opened and root.i != verb.i and root.pos_ in ("VERB", "AUX") else None
    # "the ministry, which has moved to block mergers, arguing ...": the relative pronoun is the
    # clause's subject, so the participle is its antecedent's (read as any relative clause's)
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in verb.children):
        return None
    return verb_above(verb, limit=9)


def _noun_speaker(noun: Any, resolver: SpeakerResolver) -> str | None:
    """People a plural common noun describes speak as that description ("top government
    officials"), not as the body they serve; any other noun as the resolver reads it."""
    if noun.tag_ == "NNS":
        return describe(resolver.table, read_noun(resolver.table, resolver.quoted, noun), True)
    return resolver.resolve(noun)


def _last_joint(resolver: SpeakerResolver, cue: Any, near: bool = False) -> list[str]:
    """The speakers of the report just before ``cue`` in its paragraph or the one before (with
    ``near``, its sentence or the one before: "they" may be any plural), when several actors
    spoke it together (a joint statement that "it" goes on quoting)."""
    before = [(o, k) for o, k in resolver.history if o < cue.idx]
    if not before or len(re.findall(r"\n\s*", text_of(cue.doc)[before[-1][0] : cue.idx])) > 1:
        return []
    sent = cue.sent
    if near and before[-1][0] < (cue.doc[sent.start - 1].sent if sent.start else sent).start_char:
        return []
    last = before[-1][0]
    keys = list(dict.fromkeys(k for o, k in before if o == last))
    return keys if len(keys) > 1 else []


def _chained(subjects: list[Any]) -> list[Any]:
    """The subjects and the conjuncts of conjuncts the parse chains ("Peru, Chile and Uruguay
    said": "Uruguay" hangs on "Chile"), and of a subject's apposition."""
    out = [t for t in subjects if not _second_title(t)]
    for token in out:
        if token.dep_ == "conj":
            out += [c for c in token.children if c.dep_ == "conj" and c not in out]
        # "Opposition leaders Ana Ruiz and Tom Berg said": the names apposed, each of them
        # (a plural noun: "X, chairman of A and president of B, said" is one person)
        named = next((c for c in token.children if c.dep_ == "appos"), None)
        if named is not None and (token.tag_ == "NNS" or _titled_name(token, named)):
            out += [c for c in named.children if c.dep_ == "conj" and c not in out]
    return out


def _second_title(token: Any) -> bool:
    """ "UDP chief and former judge Amara Kole said": a title joined to the subject's title,
    the name apposed right after it, is the same person's second title, no second speaker."""
    if token.dep_ != "conj" or token.pos_ != "NOUN":
        return False
    named = next((c for c in token.head.children if c.dep_ == "appos"), None)
    return named is not None and named.pos_ == "PROPN" and named.left_edge.i == token.i + 1


def _titled_name(title: Any, name: Any) -> bool:
    """ "both President Ana Ruiz and French President Tomas Berg had released": the parser may
    read a title as the subject and the name right after it as its apposition, the second
    name hanging on the first; a title word with its name written next to it (no comma) is one
    person, and the name conjoined to that name a second speaker."""
    return (
        title.lower_ in ROLE_NOUNS
        and name.pos_ == "PROPN"
        and name.i > title.i
        and not any(t.is_punct for t in title.doc[title.i + 1 : name.i])
    )


def _with_subject(cue: Any) -> Any | None:
    """ "…, with the party's president, Ana Ruiz, saying that …": the noun after "with" is
    the participle's own subject, however the parser hung the two."""
    if cue.tag_ != "VBG" or cue.i == 0:
        return None
    own = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    # "with the main challenger Tomas Wekwete calling ...": the name is the participle's own
    # subject, the noun before it a title of his.
    if (
        own is not None
        and own.pos_ == "PROPN"
        and own.i < cue.i
        and cue.dep_ == "acl"
        and cue.head.dep_ == "pobj"
        and cue.head.head.lower_ == "with"
    ):
        return own
    if (
        cue.dep_ == "acl"
        and cue.head.dep_ == "pobj"
        and cue.head.head.lower_ == "with"
        and cue.head.lemma_.lower() not in DOCUMENT_NOUNS
    ):
        return cue.head
    prev = cue.doc[cue.i - 1]
    # A comma may only close an apposition inside the phrase ("with its leader, Ana Ruiz,
    # saying"); "talks with the U.S., warning that …" is the main subject's warning.
    comma = prev.is_punct and cue.i > 1
    prev = cue.doc[cue.i - 2] if comma else prev
    for tok in (prev, *prev.ancestors):
        if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.right_edge.i >= prev.i:
            apposed = any(c.dep_ == "appos" for c in tok.children)
            # "responded with a letter saying …": the letter's author speaks, not the letter.
            document = tok.lemma_.lower() in DOCUMENT_NOUNS
            return tok if (apposed or not comma) and not document else None
    return _with_aside(prev) if comma else None


def _with_aside(prev: Any) -> Any | None:
    """ "with Ana Ruiz, acting for the club, stating …": a participle aside between the name
    after "with" and the speaking participle; the name speaks."""
    doc = prev.doc
    aside = next((t for t in (prev, *prev.ancestors) if t.tag_ in ("VBG", "VBN")), None)
    if aside is None or aside.left_edge.i < 2 or doc[aside.left_edge.i - 1].text != ",":
        return None
    before = doc[aside.left_edge.i - 2]
    for tok in (before, *before.ancestors):
        if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.right_edge.i >= before.i:
            return tok if tok.pos_ == "PROPN" else None
    return None


def audience_of(cue: Any, quoted: list[tuple[int, int]]) -> str | None:
    """Whom "told", "briefed", "assured" addressed ("told reporters"), or None."""
    if cue.lemma_.lower() not in ("tell", "brief", "inform", "assure"):
        return None
    obj = next((c for c in cue.children if c.dep_ in ("dobj", "dative")), None)
    if obj is None or _inside(obj.idx, quoted):
        return None
    toks = [t for t in obj.subtree]
    return "".join(t.text_with_ws for t in toks).strip() or None


def _inside(offset: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= offset < e for s, e in spans)

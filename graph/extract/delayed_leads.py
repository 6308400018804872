"""A lead that names its subject only further down: "A Peruvian candidate ... has led a
protest, calling for ..." then "Keiko Fujimori told supporters ...".

News often opens on a description of its protagonist ("A Winnipeg man who ...", "A presidential
candidate who is likely to lose ...") and names them in the next paragraph. When the story's
first sentence has such an indefinite description as the subject of an act that is not itself
a report (what they said comes in a participle: "..., calling for ..."), and names no person,
the description stands for the first person named after that sentence who acts or speaks
there (a clause subject outside quotations). Anything else leaves the description as it is.

A body is introduced so too: "A workers' union at carmaker X said on Wednesday it would strike"
then "The X Workers Union (XWU) said ..."; "Nigeria's main opposition party on Sunday rejected
..." then "The Peoples Democratic Party said ...". A lead's indefinite description (or one of a
country's bodies) headed by a noun of a body (union, party, group, ...) stands for the first
organisation named as a clause subject after that sentence whose name holds that noun ("...
Union", "... Party"), when the lead names none.

A rival is introduced so too: "X's re-election has been rejected by his main rival" then "Gen
Y promised a legal challenge". A rival (challenger, opponent) when the story has named no
person but the one he stands against stands for the first other person named after that
sentence who acts or speaks there.

An office is introduced so too: "New York's attorney general is suing X, claiming ..." then
"Attorney General Barbara Underwood said ...". An office of two words or more ("attorney
general", "foreign minister") that no person carries in its own sentence stands for the one
person the next lines name with that title before the name.

A reporting lead may describe its speaker too: "Fiji's opposition leader said Thursday ..." then
"X -- a former minister and coup leader -- told AFP ...". A country's one described as the
subject of a report in the story's first paragraph is the person whose name opens the next
paragraph as a clause subject, in apposition with the lead's noun ("leader"), when the lead
names no person (``reporter_below``). A lead's country office and nothing more ("Indonesia's
president said on Wednesday ...") is the one person the same or the next paragraph writes with
that office as a title ("Speaking at an investment event, President Joko Widodo vowed ..."),
when nobody before the description bears it (then it is a second holder, or
``coref.titled_person`` already found the one written with the country); not a title of another
holder ("Vice President X", "former President X", "Finance Minister X") nor of another country
("U.S. President X", "President X of the United States") (``country_office_below``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from graph.extract.actors import ActorTable
from graph.extract.coref import BODY_NOUNS, SECOND_TITLES
from graph.extract.gazetteer import country_named
from graph.extract.lexicon import ROLE_NOUNS
from graph.extract.syntax import is_cue

if TYPE_CHECKING:
    from graph.extract.speakers import SpeakerResolver

__all__ = [
    "country_office_below",
    "delayed_body",
    "delayed_referent",
    "reporter_below",
    "rival_below",
    "titled_below",
]

_INDEFINITE = frozenset({"a", "an"})
_NEXT = 1200  # characters after the lead within which the protagonist must be named


def delayed_referent(resolver: SpeakerResolver, subject: Any, determiner: str) -> str | None:
    """The person a lead's indefinite description (``subject``) turns out to be, or None."""
    sent = subject.sent
    if determiner not in _INDEFINITE or sent.start != _first_sentence_start(subject.doc):
        return None
    if subject.dep_ != "nsubj" or is_cue(subject.head) or subject.tag_ != "NN":
        return None
    table = resolver.table
    person = lambda k: table.draft(k).type == "Person"  # noqa: E731
    if any(person(k) for _, _, k in table.keys_in(sent.start_char, sent.end_char)):
        return None  # "A man who attacked Ana Ruiz ...": the lead names a person already
    end = sent.end_char
    for offset, key in sorted(resolver.subjects):
        if offset < end:
            continue
        if offset > end + _NEXT:
            return None
        if person(key) and not resolver._hidden(offset, offset + 1):
            return key
    return None


def reporter_below(resolver: SpeakerResolver, subject: Any) -> str | None:
    """The person who opens the paragraph after a lead that reports what a country's unnamed
    one said ("Fiji's opposition leader said Thursday ..." then "X -- a former minister and
    coup leader -- told AFP ..."): the next paragraph's first words are that person's name, as
    the subject of a clause, in apposition with the lead's noun; the lead names no person."""
    if not is_cue(subject.head) or not _of_a_country(subject, resolver.table):
        return None
    sent, table = subject.sent, resolver.table
    text, end = table.text, sent.start_char + len(sent.text.rstrip())
    if "\n" in text[:end].strip() or subject.dep_ != "nsubj":
        return None  # not the first paragraph (its dateline may be a sentence of its own)
    if any(table.draft(k).type == "Person" for _, _, k in table.keys_in(0, end)):
        return None
    opening = text.find("\n", end)
    if opening < 0 or text[end:opening].strip():
        return None  # the lead paragraph goes on: no paragraph opens with the name
    opening += len(text[opening:]) - len(text[opening:].lstrip())
    for offset, key in resolver.subjects:
        if offset == opening and table.draft(key).type == "Person" and table.is_named(key):
            return key if _described_so(subject, offset) else None
    return None


def _described_so(subject: Any, offset: int) -> bool:
    """Whether the person named at ``offset`` has an apposition with the lead's noun: "X, a
    former minister and coup leader," may be the lead's "opposition leader"; "X, the opposition
    leader," is not the lead's "president", nor is a person named bare ("X told reporters")."""
    doc = subject.doc
    name = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if name is None:
        return False
    head = name.root
    while head.dep_ == "compound":
        head = head.head
    asides = [c for c in head.children if c.dep_ == "appos"]
    return any(t.lemma_ == subject.lemma_ for c in asides for t in c.subtree)


_BODY_HEADS = BODY_NOUNS | {
    "party", "group", "coalition", "alliance", "movement", "organization", "council",
    "commission", "network", "front", "guild", "syndicate", "firm"
}  # fmt: skip


def delayed_body(resolver: SpeakerResolver, subject: Any) -> str | None:
    """The organisation a lead's indefinite description of a body turns out to be, or None
    ("A workers' union at X": the article opens the phrase, whoever's the noun is)."""
    head = subject.lemma_.lower()
    if not (subject.left_edge.lower_ in _INDEFINITE or _of_a_country(subject, resolver.table)):
        return None
    if head not in _BODY_HEADS:
        return None
    sent = subject.sent
    if sent.start != _first_sentence_start(subject.doc) or subject.dep_ != "nsubj":
        return None
    table = resolver.table
    body = lambda k: table.draft(k).type in ("Organization", "GovernmentBody")  # noqa: E731
    named = lambda k: head in table.draft(k).name.lower().split()  # noqa: E731
    if any(body(k) and named(k) for _, _, k in table.keys_in(sent.start_char, sent.end_char)):
        return None  # the lead names such a body already
    end = sent.end_char
    for offset, key in sorted(resolver.subjects):
        if end <= offset <= end + _NEXT and body(key) and named(key):
            return key if not resolver._hidden(offset, offset + 1) else None
    return None


_RIVALS = frozenset({"rival", "challenger", "opponent"})


def rival_below(resolver: SpeakerResolver, subject: Any) -> str | None:
    """The person a rival (``subject``: "his challenger") turns out to be, or None."""
    if subject.lemma_.lower() not in _RIVALS or subject.tag_ != "NN":
        return None
    table = resolver.table
    person = lambda k: table.draft(k).type == "Person"  # noqa: E731
    before = {k for _, _, k in table.mentions_before(subject.left_edge.idx) if person(k)}
    if len(before) > 1:
        return None  # his rival may be any of them
    end = subject.sent.end_char
    for offset, key in sorted(resolver.subjects):
        if offset < end or key in before:
            continue
        if offset > end + _NEXT:
            return None
        if person(key) and not resolver._hidden(offset, offset + 1):
            table.attach(key, subject.left_edge.idx, subject.idx + len(subject), alias=False)
            return key
    return None


def _of_a_country(subject: Any, table: Any) -> bool:
    """ "Nigeria's main opposition party": a country's body described, as unnamed as "a"."""
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    key = table.key_at(owner.idx, owner.idx + len(owner.text)) if owner is not None else None
    return key is not None and table.draft(key).type == "Country"


def _first_sentence_start(doc: Any) -> int:
    """The first sentence with words (a blank line or a dateline may come first)."""
    for sent in doc.sents:
        if any(t.is_alpha for t in sent):
            return sent.start
    return 0


def titled_below(resolver: SpeakerResolver, subject: Any) -> str | None:
    """The one person named below with the office ``subject`` describes ("attorney general"
    ... "Attorney General Barbara Underwood"), or None."""
    words = [
        c for c in subject.lefts if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "ADJ")
    ]
    if (
        not words
        or subject.pos_ != "NOUN"
        or any(w.i + 1 != n.i for w, n in zip(words, [*words[1:], subject], strict=True))
    ):
        return None
    title = " ".join(t.text for t in (*words, subject))
    table, end = resolver.table, subject.sent.end_char
    pattern = re.compile(rf"\b{re.escape(title)}\s+(?=[A-Z])", re.I)
    found = set()
    for match in pattern.finditer(table.text, end, end + _NEXT):
        key = table.key_at(match.end(), match.end() + 1)
        if key is not None and table.draft(key).type == "Person":
            found.add(key)
    return found.pop() if len(found) == 1 else None


# The capitalised words written right before a name: its title ("Chilean President").
_TITLE = re.compile(r"((?:[A-Z][\w.'’-]*\s+){1,4})$")
# After a name, the country it is of: "President X of the United States".
_OF_COUNTRY = re.compile(r"\s*(?:,\s*)?of\s+(?:the\s+)?([A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)")
_NON_SPACE = re.compile(r"\S")
# Written before a title, another holder than the office's: "Vice President", "former President".
_SECONDS = SECOND_TITLES | {"ex", "interim", "late"}


def country_office_below(table: ActorTable, description: str, start: int) -> str | None:
    """The one person the description's paragraph or the next one writes, after ``start``,
    with the description's office as a title, when the description is a country's office and
    nothing more ("Indonesia's president", "the Indonesian president"), else None.

    >>> table = ActorTable("Peru's president said so.\\n\\nPresident Ana Ruiz added that.")
    >>> ruiz = table.add_agent(37, 45, "Ana Ruiz", "Person")
    >>> country_office_below(table, "Peru's president", 0) == ruiz
    True
    """
    words = [w for w in description.split() if w.lower() != "the"]
    if len(words) != 2 or words[1].lower() not in ROLE_NOUNS:
        return None
    country = country_named(re.sub(r"['’]s$", "", words[0]))
    if country is None:
        return None
    role, text = words[1].lower(), table.text
    end = _next_paragraph_end(text, start)
    below: set[str] = set()
    for at, stop, key in table.keys_in(0, end):
        if table.draft(key).type != "Person" or not _titled(text, at, stop, role, country):
            continue
        if at < start:
            return None  # a holder of the title written before the description
        below.add(key)
    return below.pop() if len(below) == 1 else None


def _titled(text: str, at: int, stop: int, role: str, country: Any) -> bool:
    """Whether the name at ``at``-``stop`` is written after the office ``role`` as its title,
    of ``country`` or of none named, and held now ("former President X" is not)."""
    title = _title_before(text, at)
    if not title or title[-1].lower() != role:
        return False
    before = text[max(0, at - 80) : at].split("\n")[-1].lower().replace("-", " ").split()
    cut = before[: len(before) - len(title)][-1:]
    if {w.lower().strip(".") for w in title} & _SECONDS or set(cut) & _SECONDS:
        return False
    others = [w for w in title[:-1] if country_named(re.sub(r"['’]s$", "", w)) != country]
    after = _OF_COUNTRY.match(text, stop)
    abroad = after is not None and country_named(after.group(1)) not in (None, country)
    return not others and not abroad


def _next_paragraph_end(text: str, start: int) -> int:
    """Where the paragraph after the one ``start`` is in ends (the text's end, if none)."""
    first = text.find("\n", start)
    if first < 0:
        return len(text)
    body = _NON_SPACE.search(text, first)
    if body is None:
        return len(text)
    second = text.find("\n", body.start())
    return len(text) if second < 0 else second


def _title_before(text: str, at: int) -> list[str]:
    """The capitalised words right before ``at`` on its line ("Speaking in Lima, President"
    gives ["President"]), else []."""
    line = text[max(0, at - 60) : at].split("\n")[-1]
    match = _TITLE.search(line)
    return match.group(1).split() if match else []

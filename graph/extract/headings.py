"""Section headings that name the speaker of the quotations under them.

Round-ups of reactions print a short line naming who speaks ("FOREIGN MINISTRY", "Opposition
leader Jane Doe") and then that party's words as bare quotation paragraphs, with no reporting
verb. The heading is the speaker of every quotation paragraph up to the next paragraph that is
not a quotation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graph.extract.actors import ActorTable
from graph.extract.furniture import furniture_lines
from graph.extract.gazetteer import given_names
from graph.extract.lexicon import GOVERNMENT_WORDS, GROUP_NOUNS, ROLE_NOUNS
from graph.extract.marks import paragraphs
from graph.extract.surfaces import title_or_body_word, title_word

__all__ = ["Section", "find_sections", "heading_speaker", "in_topic", "label_speaker"]

_OPENERS = "“\"„«‘'"
_MAX_WORDS = 10
# Trailing words that say what follows, not who: "PFA reaction", "Union statement".
_LABELS = frozenset({"reaction", "reactions", "response", "responses", "statement", "comment"})
_SMALL = frozenset({"of", "the", "and", "for", "on", "in", "at", "de", "du", "la", "al", "von"})


@dataclass(frozen=True, slots=True)
class Section:
    """A heading at ``[head_start, head_end)`` whose quotations run to ``end``."""

    head_start: int
    head_end: int
    end: int


def find_sections(text: str) -> list[Section]:
    """Headings followed by quotation paragraphs, each with the extent of its quotations.

    >>> text = "Reactions:\\n\\nTRADE UNION\\n\\n“We will strike.”\\n\\nThe end came."
    >>> [(text[s.head_start:s.head_end], text[s.head_end:s.end].strip()) for s in find_sections(text)]
    [('TRADE UNION', '“We will strike.”')]
    >>> find_sections("Riots began.\\n\\nREAD MORE\\n\\n“We will strike.”\\n\\nThe end came.")
    []
    """
    paras = paragraphs(text)
    # A link's label ("READ MORE", "Related stories") heads no one's words.
    links = {text[s:e].strip() for s, e in furniture_lines(text)}
    out: list[Section] = []
    for i, (start, end) in enumerate(paras):
        line = text[start:end]
        if i + 1 >= len(paras) or not _is_heading(line) or line.strip() in links:
            continue
        last = i
        for j in range(i + 1, len(paras)):
            if text[paras[j][0] : paras[j][1]].lstrip()[:1] not in _OPENERS:
                break
            last = j
        if last > i:
            lead = len(text[start:end]) - len(text[start:end].lstrip())
            tail = len(text[start:end].rstrip())
            out.append(Section(start + lead, start + tail, paras[last][1]))
    return out


def _is_heading(line: str) -> bool:
    """A short line of capitalised words with no sentence punctuation or quotation marks."""
    words = line.split()
    if not 1 <= len(words) <= _MAX_WORDS or not line.strip()[-1:].isalnum():
        return False
    if any(ch in line for ch in '“”"„«»:;?!') or line.rstrip().endswith("."):
        return False
    return all(w[:1].isupper() or w.lower() in _SMALL for w in words if w[:1].isalpha())


def heading_speaker(table: ActorTable, section: Section, described: bool = False) -> str | None:
    """The actor a heading names: a person after a role word, a body, or the heading itself;
    ``described``: a label whose name a description followed ("ANN LEE OF X, ..."), a person's
    when it is a given name and a surname."""
    text = table.text
    spans = _words(text, section.head_start, section.head_end)
    while spans and text[spans[-1][0] : spans[-1][1]].lower() in _LABELS:
        spans.pop()
    if not spans:
        return None
    inside = [k for _, _, k in table.keys_in(spans[0][0], spans[-1][1])]
    lowered = [text[s:e].lower() for s, e in spans]
    # A lower-case word before capitalised ones names a role too: "Bruins forward Ann Lee".
    words = [text[s:e] for s, e in spans]
    roles = [
        i
        for i, w in enumerate(lowered)
        if w in ROLE_NOUNS
        or (title_word(w) and _name_words(words[i + 1 :]))  # "ARCHBISHOP ANN LEE"
        or (w.isalpha() and w not in _SMALL and text[spans[i][0]].islower())
    ]
    if roles and roles[-1] < len(spans) - 1:
        # The name after the role word, whatever type the tagger gave it.
        named = table.keys_in(spans[roles[-1] + 1][0], spans[-1][1])
        if named:
            return named[-1][2]
    people = [k for k in inside if table.draft(k).type == "Person"]
    if people:
        return people[-1]
    if roles and roles[-1] < len(spans) - 1:
        # "PRIME MINISTER JANE DOE": the person after the last role word.
        spans = spans[roles[-1] + 1 :]
        type_ = "Person"
    elif set(lowered) & GOVERNMENT_WORDS:
        type_ = "GovernmentBody"
    elif inside and len(inside) == 1 and not set(lowered) & GROUP_NOUNS:
        return inside[0]
    elif described and _person_name(words) and not inside:
        type_ = "Person"  # "ANN LEE, CHAIR": a given name and a surname, described after it
    else:
        type_ = "Organization"
    start, end = spans[0][0], spans[-1][1]
    name = " ".join(_cased(text[s:e]) for s, e in spans)
    known = table.resolve_name(name)
    if known:
        table.attach(known, start, end)
        return known
    return table.add_description(start, end, name, type_)  # type: ignore[arg-type]


def label_speaker(table: ActorTable, open_at: int) -> str | None:
    """ "Councillor Ann Baker: “…”": a paragraph that opens with who speaks and a colon, the
    way transcripts and round-ups of reactions print it; the label names the speaker."""
    text = table.text
    line = text.rfind("\n", 0, open_at) + 1
    lead = text[line:open_at].rstrip()
    if not lead and (above := _line_above(text, line)) is not None:
        line, lead = above
    if not lead.endswith(":"):
        return None
    # "Reactions follow. CARDINAL ANN LEE:": the label after the last sentence on its line.
    opened = _after_sentence(lead)
    line, lead = line + opened, lead[opened:]
    whole = _speaker_part(lead[:-1].rstrip())
    label = _who(whole)
    start = line + len(label) - len(label.lstrip())
    if not label.strip() or len(label.split()) > _MAX_WORDS or any(ch in label for ch in _CLAUSE):
        return None
    named = [k for _, _, k in table.keys_in(start, line + len(label))]
    person = any(table.draft(k).type == "Person" for k in named)
    if not (_is_heading(label) or person or _role_then_name(label)):
        return None
    section = Section(start, line + len(label), open_at)
    return heading_speaker(table, section, described=label != whole)


def in_topic(text: str, at: int) -> bool:
    """Whether ``at`` is in the topic of a label line over a quotation: "Ann Lee on what she
    felt was missing:" gives what the words below are about, not words of its own."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    line = text[start:end].rstrip()
    topic = line.find(" on ")
    if not line.endswith(":") or not 0 <= topic < at - start:
        return False
    # Who speaks ends in a name ("Bruins forward Ann Lee"), not "Reaction on social media".
    name = line[:topic].split()[-2:]
    return (
        len(name) == 2
        and all(w[:1].isupper() for w in name)
        and (text[end:].lstrip()[:1] in _OPENERS)
    )


def _role_then_name(label: str) -> bool:
    """ "Leafs goalie Sam Ward": a lower-case role word, then a name of two or more words."""
    words = label.split()
    tail = len(words)
    while tail > 0 and words[tail - 1][:1].isupper():
        tail -= 1
    return tail > 0 and len(words) - tail >= 2 and words[tail - 1].isalpha()


def _line_above(text: str, line: int) -> tuple[int, str] | None:
    """The line just above a quotation that opens its own line, when it ends in a colon:
    "Coach Lee on the loss:\n“We were flat.”" prints the label on a line of its own."""
    end = len(text[:line].rstrip())
    start = text.rfind("\n", 0, end) + 1
    above = text[start:end].strip()
    if not above.endswith(":") or text[end:line].count("\n") > 2:
        return None
    return start + len(text[start:end]) - len(text[start:end].lstrip()), above


_OF = re.compile(r"\s+of\s+", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.?!][”\"’']?\s+(?=\S)")


def _after_sentence(lead: str) -> int:
    """Where the label starts in a line that ends a sentence before it, else 0.

    >>> lead = "Reactions follow. ANN LEE:"
    >>> lead[_after_sentence(lead):]
    'ANN LEE:'
    """
    ends = [m.end() for m in _SENTENCE_END.finditer(lead)]
    if not ends or not _is_heading(lead[ends[-1] :].rstrip(":").rstrip()):
        return 0
    return ends[-1]


def _who(label: str) -> str:
    """Who speaks in a label that describes them after the name: "ANN LEE, CHAIR, CITY
    COUNCIL" and "ANN LEE OF GREEN WATCH" give the person; a body's name ("BANK OF
    ENGLAND") stays whole.

    >>> _who("ANN LEE OF GREEN WATCH, ACTING FOR THE FAMILIES"), _who("BANK OF ENGLAND")
    ('ANN LEE', 'BANK OF ENGLAND')
    """
    first = label.split(",", 1)[0].rstrip()
    if all(title_word(w) or w.lower() in _SMALL for w in first.split()):
        return label  # "Chief Executive, Ann Lee": the title first, the name after it
    label = first
    of = _OF.search(label)
    if of is not None and _person_name(label[: of.start()].split()):
        return label[: of.start()]
    return label


def _name_words(words: list[str]) -> bool:
    """Two or three capitalised words, none a title's or a body's ("MARK COLE", not "COUNCIL
    OF NAIROBI" nor "NATIONAL ALLIANCE")."""
    return 2 <= len(words) <= 3 and all(
        w[:1].isupper()
        and w.isalpha()
        and not title_or_body_word(w)
        and w.lower() not in GROUP_NOUNS | GOVERNMENT_WORDS
        for w in words
    )


def _person_name(words: list[str]) -> bool:
    """Two or three capitalised words starting with a given name, none of them a title's."""
    return (
        2 <= len(words) <= 3
        and words[0].lower() in given_names()
        and all(w[:1].isupper() and not title_word(w) for w in words)
    )


def _speaker_part(label: str) -> str:
    """ "Team captain Ann Lee on what went wrong": who speaks, without the topic the round-up
    gives after "on" (sports and reaction round-ups print each speaker this way)."""
    head, sep, _ = label.partition(" on ")
    return head.rstrip() if sep and head.strip() else label


_CLAUSE = frozenset('“”"„«»:;?!.')  # a label is no sentence


def _words(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    i = start
    for word in text[start:end].split():
        i = text.index(word, i)
        spans.append((i, i + len(word)))
        i += len(word)
    return spans


def _cased(word: str) -> str:
    """An all-capitals word as a name is written; acronyms of up to three letters stay, but
    not a short given name ("TOM")."""
    if not word.isupper() or (len(word) <= 3 and word.lower() not in given_names()):
        return word
    return "-".join(part[:1] + part[1:].lower() for part in word.split("-"))

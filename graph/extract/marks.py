"""Direct quotations found by their marks, paragraph by paragraph.

Straight and curly double marks are both read; the direction of a straight mark is judged by
its neighbours. A paragraph that opens a quote without closing it ends the quote at the
paragraph's end (the next paragraph usually reopens it), so a missing mark never makes a quote
run away across the article. Single marks are left alone: they are apostrophes far more often
than quotation marks, and inside double marks they are nested quotes, part of the content. Two
apostrophes in a row ('') are one straight double mark, as some wire copy types it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

__all__ = [
    "MIN_QUOTE_WORDS",
    "QUOTE_CHARS",
    "QuoteMarks",
    "find_quotes",
    "labelling_verb_at",
    "labels_joined",
    "paragraphs",
    "statement_like",
]

QUOTE_CHARS = "\"'“”‘’„«»"
"""Every quotation mark, double and single, straight and curly (to strip them from a phrase)."""
_OPEN = "“„«"
_CLOSE = "”»"
_STRAIGHT = '"'


@dataclass(frozen=True, slots=True)
class QuoteMarks:
    """The content of one quotation at ``[start, end)``: the text between the marks."""

    start: int
    end: int
    closed: bool
    open_at: int
    close_at: int | None

    @property
    def words(self) -> int:
        return self.end - self.start


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each non-blank line block, in order."""
    spans: list[tuple[int, int]] = []
    for match in re.finditer(r"[^\n]+", text):
        if not match.group(0).strip():
            continue
        start, end = match.span()
        # A hard-wrapped line goes on with its sentence: one line break after no stop, and the
        # next line in lower case ("... killed by\nan officer ...").
        wrapped = spans and spans[-1][1] == start - 1 and text[start : start + 1].islower()
        if wrapped and text[spans[-1][1] - 1] not in ".!?:;\"“”'’)":
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def find_quotes(text: str) -> list[QuoteMarks]:
    """Every quotation in ``text``, with offsets of the content between its marks.

    >>> text = 'He said "yes," and “no.”'
    >>> [text[q.start:q.end] for q in find_quotes(text)]
    ['yes,', 'no.']
    """
    found: list[QuoteMarks] = []
    last = (0, 0)
    blocks = paragraphs(text)
    for index, (p_start, p_end) in enumerate(blocks):
        # The quotation left open above, or announced by a colon ending the paragraph above
        # ("Taking to Twitter, he said:\n\nNo wonder they are upset.”"), goes on here without
        # an opening mark.
        left_open = bool(found) and not found[-1].closed and found[-1].end >= last[0]
        announced = text[last[0] : last[1]].rstrip().endswith(":")
        if (left_open or announced) and (rest := _closes_open(text, p_start, p_end)):
            found.append(rest[0])
            p_start = rest[1]
        last = (p_start, p_end)
        in_paragraph = _in_paragraph(text, p_start, p_end)
        if not in_paragraph:
            # British style: 'single marks' where a paragraph has no double ones.
            in_paragraph = _single_marks(text, p_start, p_end)
        if not in_paragraph and index + 1 < len(blocks):
            in_paragraph = _single_run_on(text, p_start, p_end, blocks[index + 1][0])
        found.extend(in_paragraph)
    return found


_SINGLE = re.compile(
    r"(?:(?<=^)|(?<=[\s(\[—–-]))[‘'](?=\(?[A-Z0-9“\"])"  # an opening mark before a capital
    r"(?P<body>[^\n]*?[.,!?…])"  # the quotation, ending in punctuation inside the marks
    r"[’'](?=[\s)\]—–-]|$)"  # a closing mark before a space or the end
)


def _single_marks(text: str, p_start: int, p_end: int) -> list[QuoteMarks]:
    """Quotations in single marks, strictly: capital after the opening, punctuation before the close.

    Apostrophes ("don't", "Jenkins' view") never open a quotation under these rules.
    """
    found = []
    for match in _SINGLE.finditer(text[p_start:p_end]):
        start = p_start + match.start("body")
        end = p_start + match.end("body")
        quote = _make(text, start, end, True, start - 1, end)
        if quote:
            found.append(quote)
    for match in _SINGLE_LABEL.finditer(text, p_start, p_end):
        # "branding him ‘not fit to lead’": a label in single marks after a labelling verb
        start, end = match.span("body")
        if any(q.open_at <= start < q.end for q in found):
            continue
        if labelling_verb_at(text, start - 1) is not None and (
            quote := _make(text, start, end, True, start - 1, end)
        ):
            found.append(quote)
    return sorted(found, key=lambda q: q.start)


_SINGLE_CLOSES = re.compile(r"[’'](?=[\s.,;:!?)—–-]|$)")  # a closing mark, its sentence on
_SINGLE_OPENS = re.compile(r"[‘'](?=\(?[A-Z“\"])(?!Tis\b|Twas\b)")


_SINGLE_LABEL = re.compile(r"(?<=\s)[‘'](?P<body>[a-zA-Z][^‘’'\n]{1,80}?)[’'](?=[\s.,;:!?)]|$)")


def _single_run_on(text: str, p_start: int, p_end: int, next_start: int) -> list[QuoteMarks]:
    """A quotation in single marks run on into the next paragraph: British style opens every
    paragraph of a quotation and closes only the last ("'You could see it. \n\n'They called it
    right,' he said."). A paragraph that opens with a single mark, ends with a stop and closes no
    single mark of its own is the quotation's, when the next paragraph opens with one too."""
    body = text[p_start:p_end].rstrip()
    if not (_SINGLE_OPENS.match(body) and _SINGLE_OPENS.match(text, next_start)):
        return []
    if body[-1:] not in ".!?…" or _SINGLE_CLOSES.search(body):
        return []  # a mark closed in the paragraph ("‘We had the pace’, she said.")
    quote = _make(text, p_start + 1, p_start + len(body), False, p_start, None)
    return [quote] if quote else []


def _closes_open(text: str, p_start: int, p_end: int) -> tuple[QuoteMarks, int] | None:
    """A paragraph after an open quotation that does not reopen it but first closes it ('“A
    dinner was held.\n\nThey talked for hours,” Arai said.'): its words up to that mark are the
    quotation's, and the paragraph goes on after the mark. The mark must close (glued to the
    word before it, a space or punctuation after it), and no mark may open before it."""
    match = _MARK.search(text, p_start, p_end)
    if match is None:
        return None
    i, j = match.span()
    ch, after = text[i], text[j] if j < p_end else " "
    glued = i > p_start and not text[i - 1].isspace()
    closing = ch in _CLOSE or (ch in _STRAIGHT + "'" and (after.isspace() or after in ".,;:!?)"))
    if ch in _OPEN or not (glued and closing):
        return None
    quote = _make(text, p_start, i, True, p_start, j - 1)
    return (quote, j) if quote else None


# Any double mark; two apostrophes typed for a straight double mark count as one, and two
# curly single marks typed for a curly double one (‘‘ ... ’’) as that mark.
_MARK = re.compile("''|‘‘|’’|[" + _OPEN + _CLOSE + _STRAIGHT + "]")
_OPENING = frozenset({*_OPEN, "‘‘"})  # the marks that only open, as ``_MARK`` matches them
_CLOSING = frozenset({*_CLOSE, "’’"})


def _direction(text: str, i: int, j: int, p_start: int, p_end: int, depth: int) -> str:
    """Whether the mark at ``[i, j)`` opens or closes a quotation."""
    before = text[i - 1] if i > p_start else " "
    after = text[j] if j < p_end else " "
    if text[i:j] in _OPENING:
        return "open"
    if text[i:j] in _CLOSING:
        # A "closing" mark glued to the next word with nothing open is a typo for an opening one:
        # 'step down.”We stand on ...'
        if depth == 0 and after.isalnum():
            return "open"
        return "close"
    if before.isspace() or before in "([{—–-:":
        return "open" if not after.isspace() else ("close" if depth else "open")
    if after.isspace() or after in ".,;:!?)]}—–-":
        return "close" if depth else "open"
    return "close" if depth else "open"


def _in_paragraph(text: str, p_start: int, p_end: int) -> list[QuoteMarks]:
    found: list[QuoteMarks] = []
    open_at: int | None = None
    opened = 0  # the length of the opening mark
    for match in _MARK.finditer(text, p_start, p_end):
        i, j = match.span()
        direction = _direction(text, i, j, p_start, p_end, 1 if open_at is not None else 0)
        if direction == "open" and open_at is not None and _reopens(text, i, j, open_at, p_end):
            # A paragraph of a quotation run into the next: the quotation goes on in a new
            # quote, as it would have after a paragraph break.
            quote = _make(text, open_at + opened, i, False, open_at, None)
            if quote:
                found.append(quote)
            open_at = None
        if direction == "open" and open_at is None:
            open_at, opened = i, j - i
        elif direction == "close" and open_at is not None:
            # close_at is the mark's last character: the text goes on at close_at + 1.
            quote = _make(text, open_at + opened, i, True, open_at, j - 1)
            if quote:
                found.append(quote)
            open_at = None
    if open_at is not None:
        # Unclosed: the quote ends with its paragraph (a continued or truncated quotation).
        quote = _make(text, open_at + opened, p_end, False, open_at, None)
        if quote:
            found.append(quote)
    return found


def _reopens(text: str, i: int, j: int, open_at: int, p_end: int) -> bool:
    """Whether the mark at ``[i, j)``, inside a quotation, reopens it after a sentence: a
    curly opening mark, or a straight one before a capital, after a stop ('... to me. “The
    government is ...'), which a closing mark
    would have preceded had the sentence ended the quotation. Text pasted from print often
    loses the paragraph break before such a mark. A short quotation nested in the outer one
    ('... the audit. “Missing Ballots” is its title, and ...,” she said') does not reopen it:
    it closes within a few words and a second close follows in the paragraph."""
    # A straight mark opens a sentence after a stop when a capital follows it ('... today. "I').
    opening = text[i:j] in _OPENING or (text[i:j] == '"' and text[j : j + 1].isupper())
    if not (opening and i - open_at > 2 and text[i - 2 : i] in {". ", "! ", "? ", "… "}):
        return False
    after = [m.span() for m in islice(_MARK.finditer(text, j, p_end), 2)]
    closing = [k for k, end in after if text[k:end] in _CLOSING or _closes_word(text, k, end)]
    nested = len(closing) == 2 and len(text[j : after[0][0]].split()) <= _NESTED_WORDS
    return not nested  # nested: the next two marks close it and then the outer quotation


def _closes_word(text: str, i: int, j: int) -> bool:
    """A straight mark glued to the word before it ('is "Missing Ballots" is'): a close."""
    return text[i:j] == '"' and i > 0 and not text[i - 1].isspace()


_NESTED_WORDS = 6  # a title or a phrase quoted inside a quotation


def _make(
    text: str, start: int, end: int, closed: bool, open_at: int, close_at: int | None
) -> QuoteMarks | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return None
    return QuoteMarks(start, end, closed, open_at, close_at)


MIN_QUOTE_WORDS = 4
"""Shorter quoted fragments ("proclaimed", "actas") are scare quotes, not statements."""


def statement_like(text: str, mark: QuoteMarks) -> bool:
    """Long enough to be a statement, or short but punctuated like one ("It's a mess," said ...),
    or a short sentence of its own ('... said Ana Soto. "Families deserve better."', 'she
    said: "Absolutely not."').

    Scare quotes ("the 'proclaimed' victory") are short and carry no punctuation of their own,
    and stand inside a sentence.
    """
    content = text[mark.start : mark.end]
    words = len(content.split())
    if _titled(content) or _crosshead(text, mark):
        return False
    if words >= MIN_QUOTE_WORDS or (words >= 2 and content[-1:] in ",!?"):
        return True
    return (
        words >= 2
        and content[:1].isupper()
        and content[-1:] in ".!?…"
        and _opens_sentence(text, mark.open_at)
    )


def _crosshead(text: str, mark: QuoteMarks) -> bool:
    """A quoted subheading: a paragraph of a few words in quotation marks with no stop of its
    own, whose words the story quotes again below it ("“Pulling out all the stops”" over
    "... had been “pulling out all the stops” to ..."): the words are said where they recur.

    >>> text = "He spoke.\\n\\n“Back to the table”\\n\\nShe said it was time to go “back to the table”."
    >>> mark = QuoteMarks(text.index("Back"), text.index("”"), True, text.index("“"), text.index("”"))
    >>> _crosshead(text, mark)
    True
    """
    content = text[mark.start : mark.end].strip()
    if not mark.closed or not 2 <= len(content.split()) <= 8 or content[-1:] in ".!?…,":
        return False
    line_start = text.rfind("\n", 0, mark.open_at) + 1
    line_end = text.find("\n", mark.end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start : mark.open_at].strip() or text[mark.end : line_end].strip(" \t”\"’'"):
        return False
    again = re.compile(rf"\b{re.escape(content)}\b", re.I)
    return again.search(text, line_end) is not None


_MINOR_WORDS = frozenset({"a", "an", "the", "of", "and", "in", "on", "at", "for", "to", "with"})


def _titled(content: str) -> bool:
    """A name in quotation marks, not words said: a show, a book or an operation ("Capital
    Roundtable," "The Price of Silence"): up to six words, each capitalised but the minor ones,
    and no sentence-ending stop."""
    words = re.findall(r"[^\W\d_][\w'’-]*", content)
    return (
        0 < len(words) <= 6
        and content.rstrip()[-1:] not in ".!?…"
        and words[0][0].isupper()
        and all(w[0].isupper() or w.lower() in _MINOR_WORDS for w in words)
        and not content.isupper()
    )


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the mark at ``at`` opens a paragraph, a sentence or a colon's announcement."""
    i = at - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in '\n.!?:”"’'


_LABELLING = re.compile(
    r"(?:\b(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|brand(?:s|ed|ing)?|label(?:s|led|ed|ling)?|"
    r"dub(?:s|bed|bing)?|term(?:s|ed|ing)?|deem(?:s|ed|ing)?)\b(?P<gap>[^.;:!?“”\"]{0,60})"
    # "dismissed the claims as “baseless”", "hailed the deal as “historic”", "criticised the
    # response as an “utter failure”" (an article may stand between "as" and the words)
    r"|\b(?:dismiss|slamm?|hail|prais|reject|blast|decri|decry|denounc|condemn|criticis|criticiz|"
    r"characteri[sz]|portray|welcom|attack|lambast|derid|ridicul)\w*\b"
    r"(?P<as>[^.;:!?“”\"]{0,100})\bas\s*(?:(?:a|an|the)\s+)?"
    # "accused the ministry of spreading “dangerous lies”", "blamed “reckless speculation” for":
    # the charge is worded by the one who makes it
    r"|\b(?:accus|blam)\w*\b(?P<of>[^.;:!?“”\"]{0,60}))$",
    re.I,
)


def labels_joined(
    text: str, statements: list[QuoteMarks], marks: list[QuoteMarks]
) -> list[QuoteMarks]:
    """Statements, plus the words someone uses to label a thing, however short: "described
    them as “absurd” and “motivated”", "called the draft “unacceptable”". Fragments joined by
    "and" or a comma are one label."""
    labels: list[QuoteMarks] = []
    for mark in marks:
        if mark in statements or not mark.closed:
            continue
        joined = labels and re.fullmatch(
            r"[ ,]*(?:and|or)? *", text[(labels[-1].close_at or 0) + 1 : mark.open_at]
        )
        if joined:
            last = labels.pop()
            labels.append(QuoteMarks(last.start, mark.end, True, last.open_at, mark.close_at))
        elif labelling_verb_at(text, mark.open_at) is not None:
            labels.append(mark)
    return sorted([*statements, *labels], key=lambda m: m.start)


def labelling_verb_at(text: str, open_at: int) -> int | None:
    """The offset of the verb that labels a thing with the quotation opening at ``open_at``
    ("called the plan “a disgrace”"): at most six words before it, no sentence break between;
    twelve when "as" binds the words to the verb ("dismissed the list of demands made by its
    neighbours as “unreasonable”")."""
    start = max(0, open_at - 130)
    window = text[start:open_at]
    found = _LABELLING.search(window)
    # The verb nearest the mark ("the calls for X to go, branding him ‘…’"), unless "as" binds
    # the words to an earlier one ("dismissed US criticism of it as “…”").
    while found is not None and not found.group("as") and not _AS_END.search(found.group(0)):
        closer = _LABELLING.search(window, found.start() + 1)
        if closer is None:
            break
        found = closer
    if found is None:
        return None
    gap = found.group("gap") or found.group("as") or found.group("of") or ""
    # "described the government's approach to the strike as “...”": "as" binds the words too
    bound = found.group("as") is not None or _AS_END.search(gap) is not None
    most = 12 if bound else 6
    if _GONE_BY.search(text, max(0, start + found.start() - _GONE_BY_REACH), start + found.start()):
        return None  # 'Poe, also called “Da King”': a name someone goes by, no one's label
    return start + found.start() if len(gap.split()) <= most else None


# "as" at the end of the words after a labelling verb, not "such as", "known as", "as well as"
_AS_END = re.compile(r"(?<!\bsuch )(?<!\bknown )(?<!\bwell )\bas\s*$", re.I)
# ", also" before "called": the name a thing goes by ("X, also called “Y”", "commonly called").
_GONE_BY = re.compile(r",\s*(?:also|often|commonly|popularly|widely|sometimes)\s+$")
_GONE_BY_REACH = 40  # how far back it may start: its longest word and some spaces

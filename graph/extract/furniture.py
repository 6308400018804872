"""Web page furniture inside a story's text: lines the page adds between paragraphs, and the
lines with no stop (headings, captions) no sentence of the story goes on from.

"Story continues below advertisement", "ADVERTISEMENT", "WATCH: …", "READ MORE: …",
"RELATED | …": no one says them and they do not end a quotation. A quotation interrupted by one
goes on after it, and the line is never a sentence whose subject speaks ("Story continues").
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from graph.extract.wrapped import unwrapped

__all__ = ["furniture_lines", "in_unstopped_line", "unstopped_lines", "without_furniture"]

# Picture agencies a credit names: with one, a single name on the other side of the slash will
# do ("Reuters/Pool", "Simon Dawson/Reuters", "EPA-EFE/Shutterstock").
_AGENCY = (
    r"Reuters|REUTERS|AFP|AP|EPA|EPA-EFE|Getty Images|Getty|Shutterstock|Pool|PA|PA Wire|"
    r"Bloomberg|Xinhua|Anadolu|Alamy|AAP"
)
_LINE = (
    r"[ \t]*(?:"
    r"(?:story|article) continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?"
    r"|advertisement|continue reading below|scroll to continue.*|skip advertisement"
    r"|this advertisement has not loaded yet.*|we apologi[sz]e, but this video has failed.*"
    r"|try refreshing your browser.*|tap here to see other videos.*"
    r"|[-•*]\s*(?:download our app|get the latest .* (?:inbox|device)|sign up for).*"
    r"|(?:watch|read more|read|related|listen|more|see also|also read|read also|video"
    r"|photos?|click here|sign up|subscribe|trending|recommended|latest)\s*[:|].*"
    # The same calls to read on, alone on their line ("READ MORE", "Related stories", "Story
    # continues"): a link's label, not a heading naming who speaks next.
    r"|(?:read more|related(?: stories| articles| coverage| content)?|more on this(?: story)?"
    r"|see also|also read|read also|recommended(?: stories)?|most read|trending now"
    r"|(?:story|article) continues)[ \t]*[»›>]?"
    # A picture credit: an agency or owner, a slash and a photographer or second agency
    # ("AFP/Getty Images", "UK Parliament/Jessica Taylor"), alone on its line, two or more
    # names after the slash (not "Kenya/Uganda", nor a results line "APC/PDP").
    r"|(?-i:(?:[A-Z][\w.&'’-]*[ ]?){1,4}/[ ]?[A-Z][a-z][\w.'’-]*(?: [A-Z][a-z][\w.'’-]*){1,3})"
    rf"|(?-i:(?:{_AGENCY})/[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}})"
    rf"|(?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}}/(?:{_AGENCY}))"
    # A picture caption signed by a wire photographer at its end ("... in Lagos, May 2,
    # 2023. REUTERS/Ann Bell", "(AP Photo/Ann Bell)"): the whole line.
    r"|[^\n]*[.)][ \t]+\(?(?-i:[A-Z]{2,}(?: Photo)?/[A-Z][a-z.][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})\)?"
    r"|\((?-i:AP Photo/[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})\)"
    r")[ \t]*"
)
_FURNITURE = re.compile(rf"^{_LINE}$", re.I | re.M)
# A page flattened to one paragraph keeps its ad marker between two sentences:
# '... to the court.” Advertisement Her lawyer said ...'.
_INLINE = re.compile(
    r"(?:(?<=[.!?][”\"’)] )|(?<=[.!?] ))(?:Advertisement|ADVERTISEMENT)"
    r"(?= (?!(?:Standards|Council|Bureau|Association|Authority)\b)[A-Z“\"‘])"
)  # a name that starts with the word ("Advertisement Standards Authority") stays


def furniture_lines(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every furniture line in ``text``.

    >>> text = "He spoke.\\n\\nStory continues below advertisement\\n\\nShe left."
    >>> [text[s:e] for s, e in furniture_lines(text)]
    ['Story continues below advertisement']
    >>> page = "He spoke.\\nREAD MORE\\nRelated stories\\nShe left."
    >>> [page[s:e] for s, e in furniture_lines(page)]
    ['READ MORE', 'Related stories']
    >>> text = "He spoke to the court.” Advertisement Her lawyer said the ad budget grew."
    >>> [text[s:e] for s, e in furniture_lines(text)]
    ['Advertisement']
    >>> furniture_lines("The firm's Advertisement Standards unit said so.")
    []
    >>> text = "The minister\\nPA Images/Jo Bloggs\\nHe said so."
    >>> [text[s:e] for s, e in furniture_lines(text)]
    ['PA Images/Jo Bloggs']
    >>> text = "Talks resumed.\\nThe minister at a rally, June 3, 2022. REUTERS/Jo Bloggs\\nShe left."
    >>> [text[s:e][-17:] for s, e in furniture_lines(text)]
    ['REUTERS/Jo Bloggs']
    >>> furniture_lines("The court ruled on Monday.\\nREUTERS/Ann Bell\\nShe left.")[0][0]
    27
    >>> text = "Reuters/Pool\\nSimon Dawson/Reuters\\n(AP Photo/J. Scott Applewhite)"
    >>> len(furniture_lines(text))
    3
    >>> furniture_lines("Red/green\\nand/or\\nAPC/PDP\\nKenya/Uganda\\nHe spoke. ECOWAS/AU Mission")
    []
    """
    lines = [(m.start(), m.end()) for m in _FURNITURE.finditer(text) if m.end() > m.start()]
    lines += [(m.start(), m.end()) for m in _INLINE.finditer(text)]
    return sorted(lines + _repeated_captions(text))


@lru_cache(maxsize=4)
def unstopped_lines(text: str) -> tuple[tuple[int, int], ...]:
    """The ``(start, end)`` of every line of words with no stop at its end: a heading, a
    headline, a picture caption ("Ana Ruiz waves to supporters in Kelm, 3 March 2019") set
    between the story's paragraphs (a line a hard wrap cut is none, nor a paragraph cut short).
    Whoever acts in one is no one the story's next sentence goes on about ("she said" after a
    caption of her rival). Wider than ``headings._is_heading`` (a short line of capitalised
    words naming who speaks below it): any line of words, a caption's sentence case too.

    >>> text = "Ruiz lost.\\n\\nBerg waves in Kelm, 3 March 2019\\n'We reject it,' she said."
    >>> [text[s:e] for s, e in unstopped_lines(text)]
    ['Berg waves in Kelm, 3 March 2019']
    >>> in_unstopped_line(text, 14), in_unstopped_line(text, 2)
    (True, False)
    >>> unstopped_lines("Ruiz lost and accused\\nBerg of fraud. She left.\\nThe end.")
    ()
    """
    return tuple(
        (m.start(1), m.end(1))
        for m in _UNSTOPPED.finditer(unwrapped(text))
        if len(m.group(1).split()) <= _CAPTION_WORDS
        and not _INNER_STOP.search(m.group(1))
        and not _CUT_AFTER.search(m.group(1))
    )


def in_unstopped_line(text: str, offset: int) -> bool:
    """Whether ``offset`` lies in a line of ``unstopped_lines``: a heading or a caption."""
    lines = unstopped_lines(text)
    i = bisect.bisect_right(lines, (offset, len(text) + 1))
    return i > 0 and lines[i - 1][0] <= offset < lines[i - 1][1]


# A paragraph the stored page cut short is no heading: it runs long, or has a sentence ended in it.
_CAPTION_WORDS = 25
# A line that ends on a small word or a verb in -ed or -ing in lower case ("rejected the result
# and accused") breaks off a sentence that goes on below: a wrap, no heading.
_CUT_AFTER = re.compile(
    r"\b(?:a|an|the|and|or|but|of|to|in|on|at|by|for|with|from|that|as|his|her|its|their)$"
    r"|\b[a-z]+(?:ed|ing)$"
)
_INNER_STOP = re.compile(r"[.!?][\"”’]?\s+[A-Z“\"]")
# A line of two words or more ending in a letter or figure (no stop, no closing quotation mark)
# with more of the story after it: a story's cut last line is no heading.
_UNSTOPPED = re.compile(r"^[ \t]*(\S+(?:[ \t]+\S+)+?[\w])[ \t]*$(?=\s*\S)", re.M)


# A picture caption some pages print twice in a row (one for narrow screens): a line of three
# or more words with no stop of its own, the same line again after the break. A paragraph of
# the story is never printed twice.
_REPEATED = re.compile(
    r"^[ \t]*(?P<line>(?:\S+[ \t]+){2,}\S*[^\s.!?:;\"”’'])[ \t]*\n\s*(?P<again>(?P=line))[ \t]*$",
    re.M,
)


def _repeated_captions(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in _REPEATED.finditer(text):
        spans += [match.span("line"), match.span("again")]
    return spans


def without_furniture(gap: str) -> str:
    """The text between two statements as if no furniture line stood in it: its lines gone,
    the breaks around them one paragraph break (or one line break, in a text whose paragraphs
    are single lines).

    >>> without_furniture("\\n\\nWATCH: The minister speaks\\n\\n")
    '\\n\\n'
    >>> without_furniture("\\n- Download our app for alerts\\n- Get the latest news in your inbox\\n")
    '\\n'
    """
    cleaned, captions = _REPEATED.subn("", gap)
    cleaned, lines = _FURNITURE.subn("", cleaned)
    if not (captions or lines):
        return gap
    paragraph = "\n\n" if re.search(r"\n[ \t]*\n", gap) else "\n"
    return re.sub(r"\n(?:[ \t]*\n)*", paragraph, cleaned)

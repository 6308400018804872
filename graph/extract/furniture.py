"""Web page furniture inside a story's text: lines the page adds between paragraphs.

"Story continues below advertisement", "ADVERTISEMENT", "WATCH: …", "READ MORE: …",
"RELATED | …": no one says them and they do not end a quotation. A quotation interrupted by one
goes on after it, and the line is never a sentence whose subject speaks ("Story continues").
"""

from __future__ import annotations

import re

__all__ = ["furniture_lines", "without_furniture"]

_LINE = (
    r"[ \t]*(?:"
    r"(?:story|article) continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?"
    r"|advertisement|continue reading below|scroll to continue.*|skip advertisement"
    r"|(?:watch|read more|read|related|listen|more|see also|also read|read also|video"
    r"|photos?|click here|sign up|subscribe|trending|recommended|latest)\s*[:|].*"
    r")[ \t]*"
)
_FURNITURE = re.compile(rf"^{_LINE}$", re.I | re.M)
# The line with the break before it: removing it leaves the breaks around it as one.
_WITH_BREAK = re.compile(rf"\n[ \t]*\n{_LINE}(?=\n)", re.I)


def furniture_lines(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of every furniture line in ``text``.

    >>> text = "He spoke.\\n\\nStory continues below advertisement\\n\\nShe left."
    >>> [text[s:e] for s, e in furniture_lines(text)]
    ['Story continues below advertisement']
    """
    return [(m.start(), m.end()) for m in _FURNITURE.finditer(text) if m.end() > m.start()]


def without_furniture(gap: str) -> str:
    """The text between two statements as if no furniture line stood in it.

    >>> without_furniture("\\n\\nWATCH: The minister speaks\\n\\n")
    '\\n\\n'
    """
    return _WITH_BREAK.sub("", gap)

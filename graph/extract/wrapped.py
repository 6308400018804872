"""Hard-wrapped text: line breaks inside a sentence, as a wire copy or a mailing list prints it.

"two officials said on\\nSunday, five days after ..." is one sentence; parsed with every line
break as a paragraph's end (``nlp``), its lines are cut into fragments that have no verb or no
subject. The parser is given the text with such breaks made spaces: the same length, so every
offset stays the same.
"""

from __future__ import annotations

import re

__all__ = ["unwrapped"]

# A line that ends a sentence, a quotation or a heading's colon.
_STOPS = ".!?:;\"“”'’)"
_BREAK = re.compile(r"(?<=\S)\n(?=[^\n\s])")


def unwrapped(text: str) -> str:
    """``text`` with the line breaks inside a sentence made spaces (same length).

    A break after no stop before a line in lower case is always a wrap ("killed by\\nan
    officer"); in a text wrapped that way at least three times, every break after no stop is.

    >>> unwrapped("They said on\\nSunday the talks\\nwould go on, and\\nthat was\\nall.\\nNext.")
    'They said on Sunday the talks would go on, and that was all.\\nNext.'
    >>> unwrapped("HEADLINE\\nThe minister spoke.")
    'HEADLINE\\nThe minister spoke.'
    """
    breaks = [m.start() for m in _BREAK.finditer(text) if text[m.start() - 1] not in _STOPS]
    lower = [i for i in breaks if text[i + 1].islower()]
    wraps = breaks if len(lower) >= 3 else lower
    if not wraps:
        return text
    chars = list(text)
    for i in wraps:
        chars[i] = " "
    return "".join(chars)

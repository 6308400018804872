"""Whether a word opens its sentence, a quotation that opens the sentence aside.

"He said ..." and "“We will rebuild,” he said" both put the pronoun first in what the writer
wrote around the quotation: what the sentence before tells of (one person named there) is who
"he" is, whichever way the report is turned.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

__all__ = ["opens_sentence"]


def opens_sentence(token: Any, hidden: Callable[[int, int], bool]) -> bool:
    """``token`` is its sentence's first word, or only quoted words and punctuation come before
    it (``hidden`` tells offsets inside quotations)."""
    sent = token.sent
    return token.i == sent.start or all(
        t.is_punct or t.is_space or hidden(t.idx, t.idx + len(t.text))
        for t in token.doc[sent.start : token.i]
    )

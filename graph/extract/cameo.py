"""A compact verb lexicon derived from the CAMEO verb dictionary: verb lemma -> CAMEO root.

The CAMEO dictionary of the PETRARCH2 coder (MIT, Open Event Data Alliance) maps verbs to event
codes whose two-digit root says cooperation (01-08) or conflict (09-20). ``derive`` reads the
dictionary's verb blocks once (``make train``); the package ships the result as
``models/cameo_verbs.tsv`` with the MIT notice, and ``verb_roots`` loads it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache
from importlib import resources

__all__ = ["CAMEO_FILE", "cameo_class", "derive", "verb_roots", "write"]

CAMEO_FILE = "cameo_verbs.tsv"
NOTICE = (
    "# Derived from CAMEO.2.0.txt of the PETRARCH2 dictionaries (Open Event Data Alliance),\n"
    "# distributed under the MIT licence below.\n"
    "# verb lemma <TAB> two-digit CAMEO root (01-08 cooperation, 09-20 conflict)\n"
)
_HEADER = re.compile(r"^---\s+\S.*?\[(\S+)\]\s*---")
_VERB = re.compile(r"^([A-Z][A-Z_]*)\s*(?:\{[^}]*\})?\s*(?:\[(\S+)\])?")
_CODE = re.compile(r"\[(\d{2})\d*(?::\d+)?\]")


def derive(lines: Iterable[str]) -> dict[str, str]:
    """Verb lemma -> CAMEO root, from the dictionary's verb blocks.

    A verb takes its own code, else its block's code, else the most frequent root among the
    block's phrase patterns (a block headed ``[---]`` such as WELCOME codes its phrases).

    >>> derive(["---  BLAME   [112]  ---", "ACCUSE [112]", "CONDEMN [111]", "FAULT"])
    {'accuse': '11', 'condemn': '11', 'fault': '11'}
    """
    out: dict[str, str] = {}
    block: str | None = None
    verbs: list[tuple[str, str | None]] = []
    roots: Counter[str] = Counter()

    def close() -> None:
        fallback = block or (roots.most_common(1)[0][0] if roots else None)
        for verb, own in verbs:
            code = own or fallback
            if code and verb not in out:
                out[verb] = code

    for raw in lines:
        line = raw.split("#", 1)[0].rstrip()
        header = _HEADER.match(line)
        if header:
            close()
            block, verbs, roots = _root(header.group(1)), [], Counter()
            continue
        if line.startswith("-"):
            found = _CODE.search(line)
            if found:
                roots[found.group(1)] += 1
            continue
        verb = _VERB.match(line)
        if verb and "_" not in verb.group(1):
            verbs.append((verb.group(1).lower(), _root(verb.group(2) or "")))
    close()
    return dict(sorted(out.items()))


def _root(code: str) -> str | None:
    return code[:2] if code[:2].isdigit() else None


def cameo_class(root: str | None) -> str | None:
    """The coarse class of a root: verbal/material cooperation or conflict.

    >>> cameo_class("11"), cameo_class("05"), cameo_class(None)
    ('vconf', 'vcoop', None)
    """
    if root is None:
        return None
    number = int(root)
    if number <= 5:
        return "vcoop"
    if number <= 8:
        return "mcoop"
    return "vconf" if number <= 14 else "mconf"


@cache
def verb_roots() -> dict[str, str]:
    """The shipped lexicon (loaded once)."""
    text = resources.files("graph.extract").joinpath("models", CAMEO_FILE).read_text("utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            verb, root = line.split("\t")
            out[verb] = root
    return out


def write(roots: dict[str, str], licence: str) -> str:
    """The lexicon file's text: the notice, the dictionary's licence, then one verb a line."""
    notice = NOTICE + "".join(f"# {line}".rstrip() + "\n" for line in licence.splitlines())
    return notice + "".join(f"{verb}\t{root}\n" for verb, root in sorted(roots.items()))

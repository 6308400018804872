"""The one exception hierarchy of stancegraph.

Messages carry the offending value and the next step, so the CLI and the app can show them as is.
"""

from __future__ import annotations

__all__ = [
    "AmbiguousActor",
    "AnnotationError",
    "ArticleError",
    "ExtractionFault",
    "GraphError",
    "InputError",
    "QueryError",
    "StoreError",
    "UnknownActor",
    "ValidationFailed",
]


class GraphError(Exception):
    """Base class: every error stancegraph raises on purpose."""


class InputError(GraphError):
    """A value given by the user (a date, a format, a limit) is not usable."""


class ArticleError(InputError):
    """An article file or its metadata sidecar cannot be read."""


class AnnotationError(InputError):
    """A curated annotation file is malformed or disagrees with its article."""


class ValidationFailed(GraphError):
    """The graph does not conform to the SHACL shapes."""

    def __init__(self, message: str, violations: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.violations = violations


class UnknownActor(InputError):
    """A name matches no actor."""


class AmbiguousActor(InputError):
    """A name matches several actors."""

    def __init__(self, message: str, candidates: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.candidates = candidates


class StoreError(GraphError):
    """A store cannot be opened, read or written."""


class ExtractionFault(GraphError):
    """The extractor failed on an article: a fault of stancegraph, not of the input. Nothing
    of the article is stored; the message names the article so that it can be reported."""


class QueryError(GraphError):
    """A query is refused (an update, a SERVICE clause) or fails."""

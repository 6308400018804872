"""The one place that turns ISO date text into dates: strict, with one-line errors.

``date.fromisoformat`` alone accepts more than ``YYYY-MM-DD`` on Python 3.11 (``20240228``,
week dates) and callers used to slice ``value[:10]`` first, so ``"2024-02-28junk"`` passed.
Everything that reads a date from a file or a user goes through here.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from graph.errors import InputError

__all__ = ["parse_iso_date", "parse_iso_datetime", "split_dated_note"]

_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATETIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?"
    r"(?:Z|[+-][0-9]{2}:[0-9]{2})?"
)


def parse_iso_date(text: str, what: str) -> date:
    """The date ``text`` spells as ``YYYY-MM-DD``, exactly; else an ``InputError`` naming ``what``.

    >>> parse_iso_date("2024-02-29", "published")
    datetime.date(2024, 2, 29)
    >>> parse_iso_date("2024-02-28junk", "published")
    Traceback (most recent call last):
    ...
    graph.errors.InputError: published '2024-02-28junk' is not an ISO date (YYYY-MM-DD)
    """
    if not isinstance(text, str) or not _DATE.fullmatch(text):
        raise InputError(f"{what} {text!r} is not an ISO date (YYYY-MM-DD)")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputError(f"{what} {text!r} is not a day of the calendar") from None


def parse_iso_datetime(text: str, what: str) -> datetime:
    """An ISO date and time (``YYYY-MM-DDTHH:MM[:SS[.ffffff]][Z|±HH:MM]``), exactly.

    >>> parse_iso_datetime("2024-08-01T10:00:00+00:00", "ingested_at").isoformat()
    '2024-08-01T10:00:00+00:00'
    """
    if not isinstance(text, str) or not _DATETIME.fullmatch(text):
        raise InputError(f"{what} {text!r} is not an ISO date and time (YYYY-MM-DDTHH:MM:SS)")
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise InputError(f"{what} {text!r} is not a moment of the calendar") from None


def split_dated_note(text: str, what: str) -> tuple[date, str]:
    """A value that opens with an ISO date, then optionally a space and a note about it.

    >>> split_dated_note("2024-09-02 ('Monday' = 2024-09-02)", "published_inferred")
    (datetime.date(2024, 9, 2), "('Monday' = 2024-09-02)")
    """
    head, _, note = text.strip().partition(" ")
    return parse_iso_date(head, what), note.strip()

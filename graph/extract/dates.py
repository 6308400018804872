"""Date expressions in news text, resolved against the publication date.

Finds absolute dates ("July 28", "28 July 2024", "the 28th of July", "Sept. 2", "Tuesday (30)")
and relative ones ("on Wednesday", "yesterday", "last week", "in the early hours of Monday") and
turns each into a ``DateValue`` whose certainty says how it was obtained. No date is invented
without an anchor: a weekday with no publication date stays unknown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Protocol

from graph.model import DateValue

__all__ = [
    "CARRIED",
    "SAME_DAY_WORDS",
    "DateMention",
    "DatedStatement",
    "dateline_day",
    "find_dates",
    "year_hint",
]

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # Wednesday, July 31(, 2024) / July 28, 2024 / July 28
    ("mdy", re.compile(rf"\b(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR})?", re.I)),
    # 28 July 2024 / the 28th of July / 28th July
    (
        "dmy",
        re.compile(
            rf"\b(?:{_WEEKDAY},?\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}\b(?:,?\s+{_YEAR})?",
            re.I,
        ),
    ),
    # Tuesday (30) / Thursday (1st): the Brazilian-press style day in brackets
    ("wd_paren", re.compile(rf"\b{_WEEKDAY}\s*\({_DAY}\)", re.I)),
    # ISO 2024-07-28
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("weekday", re.compile(rf"\b(?:(?P<rel>last|this|next|on|early|late)\s+)?{_WEEKDAY}\b", re.I)),
    (
        "relative",
        re.compile(
            r"\b(?P<word>yesterday|today|tonight|this morning|this afternoon|this evening|"
            r"last night|last week|last month|this week|earlier this week|the day before|"
            r"earlier this month|this month)\b",
            re.I,
        ),
    ),
]


class DatedStatement(Protocol):
    """What the readers that date statements (``said_on``, ``gatherings``, ``lead_occasion``)
    read of a statement: its span, speaker, cue and date so far."""

    start: int
    end: int
    speaker: str
    cue_at: int
    date: DateValue


# How the note of a date carried from the same speaker's dated words opens (``said_on``): the
# readers that may overrule such a day (``after_events``) know it by this.
CARRIED = "the same speaker's"


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression at ``[start, end)`` and the date it stands for."""

    start: int
    end: int
    text: str
    value: DateValue
    # A day to come ("will show up on Friday"): never the day anything in the story was said.
    ahead: bool = False


def year_hint(text: str, published: date | None, today: date | None = None) -> int | None:
    """The year to give a month-and-day date.

    The publication year; else the text's commonest year; else the latest year, up to
    ``today``, in which a written "Wednesday, July 31" falls on that weekday.
    """
    if published:
        return published.year
    years = re.findall(r"\b(20\d\d|19\d\d)\b", text)
    if years:
        return int(max(set(years), key=years.count))
    today = today or date.today()
    for match in _PATTERNS[0][1].finditer(text):
        if not match.group("weekday"):
            continue
        weekday = WEEKDAYS[match.group("weekday").lower()]
        month = MONTHS[match.group("month").lower().rstrip(".")]
        day = int(match.group("day"))
        for year in range(today.year, today.year - 12, -1):
            try:
                if date(year, month, day).weekday() == weekday and date(year, month, day) <= today:
                    return year
            except ValueError:
                break
    return None


def find_dates(text: str, published: date | None, *, year: int | None = None) -> list[DateMention]:
    """Every date expression in ``text``, longest first where they overlap, in text order.

    >>> [m.value.iso for m in find_dates("He spoke on Wednesday.", date(2024, 8, 8))]
    ['2024-08-07']
    >>> m = find_dates("elections of July 28", None, year=2024)[0]
    >>> (m.text, m.value.iso, m.value.certainty)
    ('July 28', '2024-07-28', 'stated')
    """
    if year is None:
        year = year_hint(text, published)
    anchor = "publication"
    if published is None:
        # No publication date: the day in the dateline ("LONDON, Dec 11 (Reuters) -") anchors
        # weekdays and "yesterday" instead.
        published, anchor = dateline_day(text, year), "the dateline's day"
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken) or _named_today(text, start, end):
                continue
            ahead = kind == "weekday" and _future_clause(text, start)
            value = _resolve(kind, match, published, year, ahead=ahead)
            if value is None:
                continue
            if value.note and anchor != "publication":
                value = replace(value, note=value.note.replace("publication", anchor))
            taken.append((start, end))
            ahead = ahead or bool(published and value.value and value.value > published)
            found.append(DateMention(start, end, match.group(0), value, ahead))
    found += _shifted(text, sorted(found, key=lambda m: m.start), taken)
    return sorted(found, key=lambda m: m.start)


# "A day before, ...", "the previous day", "a day later": a day counted from the last day the
# text named before it (not from the publication day); "earlier in the day", "later that day",
# "the same day", "hours earlier": that last day itself.
_SHIFT = re.compile(
    r"\b(?:(?P<back>(?:a|one) day (?:before|earlier)|the (?:previous|preceding) day)|"
    r"(?P<same>(?:earlier|later) (?:in|on) (?:the|that) day|(?:earlier|later) that day|"
    r"(?:the|that) same day|(?:(?:a few|several|just|only) )?(?:hours|minutes) (?:earlier|later))|"
    r"(?:a|one) day later|the (?:next|following) day|(?P<after>the day after))\b",
    re.I,
)


# What may follow "the day after" that names no event of its own: "the day after, ...", "the
# day after that", "the day after and said", "the day after in Paris", "the day after – ...".
_STANDS_ALONE = re.compile(
    r"\s*(?:[,.;:)\-–—]|$|(?:that|and|but|or|to|in|at|on|with|from|by|for|when)\b)", re.I
)


def _shifted(
    text: str, found: list[DateMention], taken: list[tuple[int, int]]
) -> list[DateMention]:
    """The days counted from the last day named before them ("Y sued on July 12 ... A day
    before, X told ...": July 11); none with no day named before.

    >>> ms = find_dates("They sued on July 12. A day before, he wrote.", None, year=2022)
    >>> [(m.text, m.value.iso) for m in ms]
    [('July 12', '2022-07-12'), ('A day before', '2022-07-11')]
    >>> ms = find_dates("They sued on July 12. Later that day, he wrote.", None, year=2022)
    >>> [(m.text, m.value.iso) for m in ms]
    [('July 12', '2022-07-12'), ('Later that day', '2022-07-12')]
    >>> ms = find_dates("They sued on July 12. He spoke the day after, and again.", None, year=2022)
    >>> [(m.text, m.value.iso) for m in ms]
    [('July 12', '2022-07-12'), ('the day after', '2022-07-13')]
    >>> ms = find_dates("They sued on July 12. He spoke the day after crowds marched.", None, year=2022)
    >>> [m.text for m in ms]
    ['July 12']
    """
    out: list[DateMention] = []
    for match in _SHIFT.finditer(text):
        start, end = match.span()
        if any(start < e and s < end for s, e in taken):
            continue
        if match.group("after") and not _STANDS_ALONE.match(text, end):
            continue  # "the day after thousands protested": after that event, not a day named
        earlier = [m for m in found if m.end <= start and m.value.value is not None]
        if not earlier:
            continue
        base = earlier[-1]
        shift = timedelta(days=0 if match.group("same") else -1 if match.group("back") else 1)
        note = f"'{match.group(0)}' counted from '{base.text}'"
        value = DateValue(base.value.value + shift, "resolved", note=note)
        out.append(DateMention(start, end, match.group(0), value, base.ahead))
    return out


_TITLE_AFTER = re.compile(r"\s+(?:programme|program|show|podcast|newspaper)\b", re.I)
_TITLE_BEFORE = re.compile(r"(?:['’]s|\bUSA|\bthe)\s+\Z")


def _named_today(text: str, start: int, end: int) -> bool:
    """Whether "Today" is a title, no date: "BBC Radio 4's Today programme", "USA Today".

    >>> _named_today("told the Today programme", 9, 14), _named_today("said today", 5, 10)
    (True, False)
    """
    if text[start:end] != "Today":
        return False
    before = max(0, start - 8)  # "'s ", "USA ", "the ": a few characters, not the article
    return bool(_TITLE_AFTER.match(text, end) or _TITLE_BEFORE.search(text, before, start))


# "he will show up on Friday", "talks won't resume until Monday", "she'll testify Tuesday": a
# weekday in a clause in the future tense (the auxiliary a few words before it, no clause break
# between) is the next such day, not the last. "The will of the people", and "the man who will
# lead the talks said Friday" (a reporting verb between), are no future clause.
_FUTURE = re.compile(
    r"(?<!\bthe )(?<!\bpolitical )(?:\b(?:will|won[’']t|shall)|[’']ll)\s+"
    r"(?P<words>(?:[\w’'-]+\s+){0,6})\Z",
    re.I,
)
_PAST_REPORTS = frozenset({"said", "says", "told", "tells", "announced", "wrote", "added"})


def _future_clause(text: str, start: int) -> bool:
    """Whether the weekday at ``start`` closes a clause in the future tense.

    >>> _future_clause("He will show up on Friday", 19)
    True
    >>> _future_clause("He will go, she said on Friday", 24)
    False
    >>> _future_clause("The man who will chair the talks said Friday", 38)
    False
    """
    match = _FUTURE.search(text[max(0, start - 60) : start])
    return match is not None and not _PAST_REPORTS & set(match.group("words").lower().split())


_DATELINE = re.compile(
    rf"\A\s*[A-Z][A-Za-z.'’ -]{{1,40}},\s*(?i:{_MONTH})\s+{_DAY}\b(?:,?\s+{_YEAR})?"
    r"\s*(?:\([^)\n]{1,40}\)\s*)?(?:--|—|–|-|:)"
)


def dateline_day(text: str, year: int | None) -> date | None:
    """The day a dateline gives the story ("PARIS, July 30 (Reuters) -"), if it gives one.

    >>> dateline_day("KYIV, March 3 (Reuters) - Talks resumed.", 2025)
    datetime.date(2025, 3, 3)
    """
    match = _DATELINE.match(text)
    if match is None:
        return None
    stated = int(match.group("year")) if match.group("year") else year
    if stated is None:
        return None
    try:
        return date(
            stated, MONTHS[match.group("month").lower().rstrip(".")], int(match.group("day"))
        )
    except ValueError:
        return None


def _resolve(
    kind: str, m: re.Match[str], published: date | None, year: int | None, *, ahead: bool = False
) -> DateValue | None:
    groups = m.groupdict()
    if kind in ("mdy", "dmy", "iso"):
        month = (
            int(groups["mnum"]) if kind == "iso" else MONTHS[groups["month"].lower().rstrip(".")]
        )
        day = int(groups["day"])
        stated_year = int(groups["year"]) if groups.get("year") else None
        return _calendar(stated_year, month, day, published, year)
    if kind == "wd_paren":
        return _weekday_with_day(
            WEEKDAYS[groups["weekday"].lower()], int(groups["day"]), published, year
        )
    if kind == "weekday":
        rel = (groups.get("rel") or "").lower()
        if rel == "next":
            return None  # the future: not when anything was said
        if ahead:
            return _weekday_ahead(WEEKDAYS[groups["weekday"].lower()], published)
        return _weekday(WEEKDAYS[groups["weekday"].lower()], rel == "last", published)
    return _relative(groups["word"].lower(), published)


def _calendar(
    stated_year: int | None, month: int, day: int, published: date | None, year: int | None
) -> DateValue | None:
    if stated_year is not None:
        try:
            return DateValue(date(stated_year, month, day), "stated")
        except ValueError:
            return None
    if year is None:
        return DateValue()  # a day without any year to anchor it
    try:
        value = date(year, month, day)
    except ValueError:
        return None
    if published and value > published and (value - published).days > 31:
        # "December 30" in a January article is last year's.
        try:
            value = date(year - 1, month, day)
        except ValueError:
            return None
    return DateValue(value, "stated", note="year taken from the article's context")


def _weekday(weekday: int, last: bool, published: date | None) -> DateValue:
    if published is None:
        return DateValue()
    back = (published.weekday() - weekday) % 7
    if last and back == 0:
        back = 7
    value = published - timedelta(days=back)
    return DateValue(value, "resolved", note=f"weekday resolved against publication {published}")


def _weekday_ahead(weekday: int, published: date | None) -> DateValue:
    """The day a future-tense weekday points to: that weekday on or after publication."""
    if published is None:
        return DateValue()
    value = published + timedelta(days=(weekday - published.weekday()) % 7)
    note = f"weekday in the future tense resolved forward from publication {published}"
    return DateValue(value, "resolved", note=note)


def _weekday_with_day(
    weekday: int, day: int, published: date | None, year: int | None
) -> DateValue:
    # "Tuesday (30)": the most recent date on or before publication with that weekday and day.
    anchor = published or (date(year, 12, 31) if year else None)
    if anchor is None:
        return DateValue()
    probe = anchor
    for _ in range(400):
        if probe.weekday() == weekday and probe.day == day:
            return DateValue(probe, "resolved", note="weekday and day of month resolved")
        probe -= timedelta(days=1)
    return DateValue()


# Words of the publication day itself: "today", "tonight", "this morning".
SAME_DAY_WORDS = frozenset({"today", "tonight", "this morning", "this afternoon", "this evening"})


def _relative(word: str, published: date | None) -> DateValue:
    if published is None:
        return DateValue()
    note = f"'{word}' resolved against publication {published}"
    if word in SAME_DAY_WORDS:
        return DateValue(published, "resolved", note=note)
    if word in ("yesterday", "last night", "the day before"):
        return DateValue(published - timedelta(days=1), "resolved", note=note)
    if word in ("this week", "earlier this week"):
        start = published - timedelta(days=published.weekday())
        return DateValue(None, "unknown", earliest=start, latest=published, note=note)
    if word == "last week":
        start = published - timedelta(days=published.weekday() + 7)
        return DateValue(
            None, "unknown", earliest=start, latest=start + timedelta(days=6), note=note
        )
    if word in ("this month", "earlier this month"):
        first = published.replace(day=1)
        return DateValue(None, "unknown", earliest=first, latest=published, note=note)
    if word == "last month":
        first = published.replace(day=1)
        last = first - timedelta(days=1)
        return DateValue(None, "unknown", earliest=last.replace(day=1), latest=last, note=note)
    return DateValue()

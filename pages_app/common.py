"""What every page shares: the open store (cached), cached query results, and small helpers.

The pages import this module and never each other.

Query results are cached with ``st.cache_data`` keyed by the store spec, the data folder and the
arguments; ``forget_results`` clears them after the graph changes (an ingested article).
"""

from __future__ import annotations

import dataclasses
import html
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from graph import dataset, settings
from graph.errors import GraphError
from graph.model import Actor, Article
from graph.network import NetworkReport
from graph.network import cache as network_cache
from graph.queries import (
    ActorProfile,
    ClaimPage,
    Queries,
    StatementPage,
    StatementRow,
    TimelinePage,
    TimelineRow,
)
from graph.serialize import to_csv, to_json
from graph.store import Store, open_store, reads_snapshot
from graph.store.memory import build_path
from pages_app import background, safe

__all__ = [
    "Source",
    "actor_choices",
    "as_frame",
    "current_source",
    "downloads",
    "forget_results",
    "highlight",
    "show_error",
    "warm_up",
]


@dataclasses.dataclass(frozen=True, slots=True)
class Source:
    """Which graph the app shows: a store spec, a data folder and the graph's generation.

    All three are part of every cached answer's key. The generation goes up when an article is
    added, so the new answers are computed under new keys while pages still show the old ones.
    """

    spec: str
    data: str
    generation: int = 0

    @property
    def store(self) -> Store:
        return _store(self.spec, self.data)

    @property
    def queries(self) -> Queries:
        return _queries(self.spec, self.data)


def current_source() -> Source:
    """The store and data folder named by the settings (``STANCEGRAPH_STORE``, ``..._DATA``)."""
    spec, data = str(settings.value("store")), str(Path(str(settings.value("data"))).resolve())
    return Source(spec, data, _generations(spec, data)["current"])


@st.cache_resource(show_spinner=False)
def _generations(spec: str, data: str) -> dict[str, int]:
    """The generation the pages show, per graph: shared by every session of this server."""
    return {"current": 0}


def ensure_built(source: Source) -> None:
    """Build ``data/build/kg.trig`` on first start when the store mirrors a snapshot not yet built."""
    if not reads_snapshot(source.spec) or build_path(source.data).exists():
        return
    with st.status("No graph yet: building it from the data folder…", expanded=True) as status:
        st.write(f"Reading {source.data} (ontology, actors, annotations) and validating it.")
        report = dataset.build(source.data)
        st.write(
            f"{report.triples} triples in {report.graphs} graphs, "
            f"{len(report.articles)} article(s)."
        )
        status.update(label=f"Built {report.path}", state="complete", expanded=False)


@st.cache_resource(show_spinner="Opening the graph…")
def _store(spec: str, data: str) -> Store:
    return open_store(spec, data_dir=data)


@st.cache_resource(show_spinner=False)
def _queries(spec: str, data: str) -> Queries:
    return Queries(_store(spec, data))


@st.cache_resource(show_spinner=False)
def warm_up(source: Source) -> threading.Thread:
    """Answer the unfiltered questions of every page once, in the background, at first start.

    On a large graph the first answers take seconds (each runs a full query); computing them
    while the reader looks at the first page makes every later first visit a cache hit. Errors
    are left for the page that asks the same question to report.
    """
    return _start_warm_up(source)


def _start_warm_up(source: Source, done: Callable[[], None] | None = None) -> threading.Thread:

    def work() -> None:
        try:
            answer()
        finally:
            if done is not None:
                done()

    def answer() -> None:
        asks = (
            lambda: actors(source),
            lambda: day_bounds(source, False),
            lambda: day_bounds(source),
            lambda: who_said_page(source, None, None, None, None),
            lambda: timeline_page(source, (), None, (), None, None),
            lambda: event_types(source),
            lambda: claims_page(source, True, None),
            lambda: claims_page(source, False, None),
            lambda: network(source),
        )
        for ask in asks:
            background.give_way()  # a page being drawn goes first
            try:
                ask()
            except Exception:  # the page asking the same question shows the error
                return

    return background.start("stancegraph-warm-up", work)


give_way, in_background = background.give_way, background.start  # what pages use of it

SWITCH_WAIT = 3.0
"""Seconds ``forget_results`` waits for the new answers before letting pages show old ones."""


def forget_results(source: Source) -> threading.Thread:
    """After the graph changed: compute the new answers, then show them.

    The answers of the next generation are computed in the background; pages keep showing the
    previous generation's (already computed, so fast) until they are all ready, then switch.
    A small graph is ready within ``SWITCH_WAIT`` seconds and switches at once.
    """
    source.queries.refresh()
    following = dataclasses.replace(source, generation=source.generation + 1)
    generations = _generations(source.spec, source.data)

    def switch() -> None:
        generations["current"] = max(generations["current"], following.generation)

    thread = _start_warm_up(following, switch)
    with background.waiting():  # called while a page is drawn: let the answers be computed
        thread.join(timeout=SWITCH_WAIT)
    return thread


# -- cached questions (rows are frozen dataclasses: picklable, safe to share) -----------------
@st.cache_data(show_spinner=False, max_entries=256)
def actors(source: Source) -> list[Actor]:
    return source.queries.actors()


@st.cache_data(show_spinner=False, max_entries=256)
def who_said(
    source: Source,
    actor: str | None,
    about: str | None,
    between: tuple[date | None, date | None] | None,
    kind: str | None,
) -> list[StatementRow]:
    return source.queries.who_said(actor, about, between=between, kind=kind)


@st.cache_data(show_spinner=False, max_entries=256)
def timeline(
    source: Source,
    actor_names: tuple[str, ...],
    between: tuple[date | None, date | None] | None,
    types: tuple[str, ...],
) -> list[TimelineRow]:
    return source.queries.timeline(
        list(actor_names) or None, between=between, types=list(types) or None
    )


PAGE_ROWS = 100
"""Rows of a paged table (who said what, the timeline, an actor's statements)."""


@st.cache_data(show_spinner=False, max_entries=256)
def who_said_page(
    source: Source,
    actor: str | None,
    between: tuple[date | None, date | None] | None,
    kind: str | None,
    after: StatementRow | None,
) -> StatementPage:
    """One page of statements in time order (only that page is read where the store can)."""
    return source.queries.who_said_page(actor, between, kind, after=after, limit=PAGE_ROWS)


@st.cache_data(show_spinner=False, max_entries=256)
def timeline_page(
    source: Source,
    actor_names: tuple[str, ...],
    between: tuple[date | None, date | None] | None,
    types: tuple[str, ...],
    kind: str | None,
    after: TimelineRow | None,
) -> TimelinePage:
    """One page of the timeline (statements of ``kind`` only, if given)."""
    return source.queries.timeline_page(
        list(actor_names) or None,
        between,
        list(types) or None,
        kind=kind,
        after=after,
        limit=PAGE_ROWS,
    )


@st.cache_data(show_spinner=False, max_entries=256)
def day_bounds(source: Source, events: bool = True) -> tuple[date | None, date | None]:
    """The first and last day a statement (or, with ``events``, an event) is dated."""
    return source.queries.day_bounds(events)


@st.cache_data(show_spinner=False, max_entries=256)
def events_page(source: Source, actor_id: str, after: TimelineRow | None) -> TimelinePage:
    """One page of the events an actor takes part in (not its spokespeople's), counted too."""
    return source.queries.events_page(actor_id, after, limit=PAGE_ROWS)


@st.cache_data(show_spinner=False, max_entries=256)
def event_types(source: Source) -> list[str]:
    return source.queries.event_types()


@st.cache_data(show_spinner=False, max_entries=256)
def claims_page(source: Source, contested_only: bool, after: str | None) -> ClaimPage:
    return source.queries.claims_page(contested_only, after, limit=PAGE_ROWS)


@st.cache_data(show_spinner=False, max_entries=256)
def article(source: Source, article_id: str) -> Article:
    return source.queries.article(article_id)


@st.cache_data(show_spinner=False, max_entries=256)
def profile(source: Source, actor_id: str) -> ActorProfile:
    return source.queries.actor(actor_id)


@st.cache_resource(show_spinner="Measuring the network…", max_entries=16)
def network(source: Source) -> network_cache.CachedNetwork:
    """The measured network of every stance, read from the data folder's cache (measured and
    written there first only when the graph changed), once per graph generation."""
    return network_cache.current(source.queries, source.data, source.spec)


@st.cache_resource(show_spinner="Measuring the network…", max_entries=64)
def network_as_of(source: Source, day: date, undated: bool) -> network_cache.CachedNetwork:
    """The network of the stances dated up to ``day`` (and the undated ones if ``undated``),
    measured from the store's aggregate of that window (kept per generation and day)."""
    return network_cache.as_of(source.queries, day, undated)


EGO_MOST = 60
"""The most nodes an actor's ego network shows (the most connected to it first)."""


@st.cache_data(show_spinner="Measuring the network…", max_entries=256)
def ego_report(source: Source, actor_id: str, hops: int) -> NetworkReport | None:
    """The measured network within ``hops`` steps of an actor, at most ``EGO_MOST`` nodes
    (cut from the network measured once per graph change); None if it has no stance."""
    return network(source).ego(actor_id, hops, most=EGO_MOST)


# -- helpers ------------------------------------------------------------------------------------
def page_start(key: str, filters: object) -> Any:
    """The row the shown page of table ``key`` starts after (None: the first page); back to
    the first page whenever ``filters`` change."""
    state = st.session_state.get(f"{key}_pager")
    if state is None or state["filters"] != filters:
        state = {"filters": filters, "starts": [None]}
        st.session_state[f"{key}_pager"] = state
    return state["starts"][-1]


def pager(key: str, shown: int, more: bool, last: Any, total: int | None, noun: str) -> None:
    """Which rows the page shows, of how many, and Previous / Next buttons (keyset pages)."""
    starts = st.session_state[f"{key}_pager"]["starts"]
    first = (len(starts) - 1) * PAGE_ROWS + 1
    of = f" of {total}" if total is not None else (" and more" if more else "")
    st.caption(f"{noun.capitalize()} {first}–{first + shown - 1}{of}." if shown else "")
    if len(starts) == 1 and not more:
        return
    left, right = st.columns(2)
    left.button("← Previous", key=f"{key}_prev", disabled=len(starts) == 1, on_click=starts.pop)
    right.button(
        "Next →", key=f"{key}_next", disabled=not more, on_click=starts.append, args=(last,)
    )


def actor_choices(summaries: Iterable[Actor]) -> dict[str, str]:
    """Completion labels for an actor box: every name and alias -> the actor's id.

    >>> actor_choices([Actor("ana-soto", "Ana Soto", "Person", ("Soto",))])
    {'Ana Soto': 'ana-soto', 'Soto (Ana Soto)': 'ana-soto'}
    """
    out: dict[str, str] = {}
    for a in summaries:
        out.setdefault(a.name, a.id)
        for alias in a.aliases:
            out.setdefault(f"{alias} ({a.name})", a.id)
    return out


def pick_actor(
    source: Source, box: Any, *, label: str, key: str, placeholder: str, help: str | None = None
) -> Actor | None:
    """An actor box (in ``box``: ``st`` or a column) that completes names and aliases.

    While it is empty, the page's ``actor`` link parameter (an id, or a name) stands in. A
    typed name is resolved here, so a misspelling raises its "did you mean" ``GraphError``.
    """
    choices = actor_choices(actors(source))
    picked = box.selectbox(
        label,
        list(choices),
        index=None,
        placeholder=placeholder,
        accept_new_options=True,
        key=key,
        help=help,
    )
    picked = picked or st.query_params.get("actor")
    if not picked:
        return None
    return source.queries.resolve_actor(choices.get(picked) or picked)


def actor_link(actor_id: str, page: str = "actor") -> str:
    """The address of ``page`` showing one actor, named by id (names are only displayed).

    >>> actor_link("ana-soto")
    '?page=actor&actor=ana-soto'
    """
    return "?" + urlencode({"page": page, "actor": actor_id})


_RAW_AUTOLINK = re.compile(r"(?i)(?<=www)(?=\.)|(?=:)|(?=@)")
_MARKDOWN_SPECIALS = str.maketrans({c: f"&#{ord(c)};" for c in "\\`*_{}[]#+-.!|$~:"})


def highlight(text: str, start: int, end: int) -> str:
    """``text`` as safe HTML with ``text[start:end]`` wrapped in ``<mark>``.

    Every part is escaped first (article text is data, never markup); markdown and math
    characters become entities and newlines ``<br>``, so the whole is one raw HTML block.

    >>> highlight("a <b> said \\"hi\\"", 12, 14)
    '<div class="sg-article">a &lt;b&gt; said &quot;<mark>hi</mark>&quot;</div>'
    >>> "\u2060&#46;" in highlight("see www.example.org", 0, 3)  # no autolink
    True
    """
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))

    def safe(part: str) -> str:
        # GFM turns "www.", "scheme:" and "name@host" into links even after escapes are undone:
        # an invisible word joiner goes there first (what the reader sees is unchanged).
        part = _RAW_AUTOLINK.sub("\u2060", part)
        return html.escape(part).translate(_MARKDOWN_SPECIALS).replace("\n", "<br>")

    body = f"{safe(text[:start])}<mark>{safe(text[start:end])}</mark>{safe(text[end:])}"
    return f'<div class="sg-article">{body}</div>'


def plain(text: str) -> str:
    r"""``text`` for st.markdown with every markdown and math character escaped.

    >>> print(plain("*a* $5_b"))
    \*a\* \$5\_b
    """
    return safe.md(text)


def show_source(source: Source, article_id: str, start: int, end: int) -> None:
    """The article around a fact, its evidence highlighted, under a caption of its metadata."""
    try:
        row = article(source, article_id)
    except GraphError as exc:
        show_error(exc)
        return
    published = row.published.iso
    # Title, byline, outlet and URL come from the article's metadata: shown as text, a link only
    # if http(s).
    byline = row.author and f"by {row.author}"
    meta = " · ".join(
        safe.md(x)
        for x in (row.title, byline, row.outlet, published and f"published {published}")
        if x
    )
    st.caption(f"Article {safe.md(row.id)}" + (f" — {meta}" if meta else ""))
    if row.url:
        st.caption(safe.link(row.url))
    st.markdown(highlight(row.text, start, end), unsafe_allow_html=True)


def as_frame(rows: Sequence[Any], columns: Sequence[str] | None = None) -> pd.DataFrame:
    """Flat dataclass rows as a DataFrame (tuples of names joined with '; ').

    >>> as_frame([Actor("a", "Ana", "Person", ("A", "Anita"))], ("name", "aliases"))
      name   aliases
    0  Ana  A; Anita
    """
    names = [f.name for f in dataclasses.fields(rows[0])] if rows else list(columns or ())
    wanted = list(columns) if columns is not None else names
    data = {
        name: [_cell(getattr(r, name)) for r in rows] if name in names else [None] * len(rows)
        for name in wanted
    }
    return pd.DataFrame(data, columns=wanted)


def _cell(value: Any) -> Any:
    if isinstance(value, tuple) and all(isinstance(v, str) for v in value):
        return "; ".join(value)
    if isinstance(value, date):  # shown as ISO text, so a column may also say "undated"
        return value.isoformat()
    return value


def csv_bytes(rows: Sequence[Any]) -> bytes:
    """Rows as CSV (UTF-8, a header line, tuples joined with '; ', dates ISO)."""
    return (to_csv(rows) + "\n").encode("utf-8")


def json_bytes(rows: Sequence[Any]) -> bytes:
    """Rows as a JSON array of objects, every field kept (nested records as objects)."""
    return to_json(rows).encode("utf-8")


def downloads(rows: Sequence[Any], stem: str, key: str) -> None:
    """CSV and JSON download buttons; the files are made only when a button is clicked."""
    kinds = (("CSV", csv_bytes, "text/csv"), ("JSON", json_bytes, "application/json"))
    for col, (kind, data, mime) in zip(st.columns(2), kinds, strict=True):
        ext = kind.lower()
        opts = {"file_name": f"{stem}.{ext}", "mime": mime, "key": f"{key}_{ext}"}
        col.download_button(f"Download {kind}", lambda d=data: d(rows), on_click="ignore", **opts)


def show_error(exc: BaseException) -> None:
    """A GraphError's message, which already says what to do next (as text: it may quote input)."""
    st.error(safe.md(str(exc)), icon="⚠️")


def day_range(
    label: str, days: Iterable[date | None], key: str
) -> tuple[date | None, date | None] | None:
    """Two optional date boxes bounded by the data's dates; None when both are empty."""
    known = sorted(d for d in days if d)
    hint = "The graph has no dated facts."
    if known:
        hint = f"Dated facts run from {known[0]} to {known[-1]}; undated ones leave any bounded period."
    left, right = st.columns(2)
    lo = left.date_input(f"{label} from", value=None, key=f"{key}_from", help=hint)
    hi = right.date_input(f"{label} to", value=None, key=f"{key}_to")
    return None if lo is None and hi is None else (lo, hi)  # type: ignore[return-value]

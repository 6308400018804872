"""Who said what: statements by speaker, topic, period and kind, each shown in its article."""

from __future__ import annotations

from datetime import date

import streamlit as st

from graph.errors import GraphError
from graph.queries import StatementRow
from pages_app import common
from pages_app.common import Source

COLUMNS = ("speaker", "said_on", "date_certainty", "kind", "text", "article", "reports", "outlets")

ORDERS = ("date said", "first report", "most reports")
"""How the table is sorted: when it was said (the facade's order), when an outlet first
reported it, or by how many articles report it (the most first)."""


def render(source: Source) -> None:
    st.header("Who said what")
    top = st.columns([2, 2, 1])
    try:  # a link may name the speaker: ?page=who-said&actor=nicolas-maduro
        actor = common.pick_actor(
            source,
            top[0],
            label="Speaker",
            key="ws_actor",
            placeholder="Any speaker — type a name or alias",
            help="Statements by this actor or by those who speak for it (e.g. a spokesperson).",
        )
    except GraphError as exc:
        common.show_error(exc)
        return
    about = top[1].text_input(
        "About", key="ws_about", placeholder="an actor, a claim or words in the statement"
    )
    kind = top[2].selectbox("Kind", ("any", "direct", "indirect"), key="ws_kind")
    between = common.day_range("Said", common.day_bounds(source, False), "ws")
    order = st.radio("Order", ORDERS, key="ws_order", horizontal=True)
    wanted = (actor and actor.id, about.strip() or None, between, None if kind == "any" else kind)
    try:
        if order == ORDERS[0] and wanted[1] is None:  # time order: a page at a time
            after = common.page_start("ws", wanted)
            page = common.who_said_page(source, wanted[0], between, wanted[3], after)
            rows, more, total = list(page.rows), page.more, page.total
        else:  # another order (or a topic) needs every matching row
            rows = ordered(common.who_said(source, *wanted), order)
            more, total = False, len(rows)
    except GraphError as exc:
        common.show_error(exc)
        return
    by = f" by {common.plain(actor.name)}" if actor else ""
    if not rows:
        st.info("No statement matches these filters; widen the period or clear a filter.")
        return
    if more or total != len(rows):
        common.pager("ws", len(rows), more, rows[-1], total, f"statements{by}")
    else:
        st.caption(f"{len(rows)} statement(s){by}")
    picked = _table(rows)
    common.downloads(rows, "who-said", "ws")
    if picked is None:
        st.caption("Select a row to read the statement in its article.")
        return
    _details(source, picked)


def _table(rows: list[StatementRow]) -> StatementRow | None:
    """The statements as a table; the row the reader selected, if any."""
    frame = common.as_frame(rows, COLUMNS).rename(
        columns={"said_on": "date", "date_certainty": "certainty", "text": "quote"}
    )
    frame["date"] = frame["date"].fillna("undated")
    event = st.dataframe(
        frame,
        hide_index=True,
        on_select="rerun",
        selection_mode="single-row",
        key="ws_table",
        width="stretch",
        column_config={"quote": st.column_config.TextColumn(width="large")},
    )
    selected = event.selection.rows if event is not None else []
    return rows[selected[0]] if selected else None


def _details(source: Source, row: StatementRow) -> None:
    st.subheader(f"{common.plain(row.speaker)}, {row.said_on or 'undated'} ({row.date_certainty})")
    if row.cue:
        cue = common.plain(row.cue)
        st.caption(f"Reported with “{cue}” · {row.kind} · confidence {row.confidence:.2f}")
    st.caption(common.plain(reported_by(row)))
    common.show_source(source, row.article, row.start, row.end)


def ordered(rows: list[StatementRow], order: str) -> list[StatementRow]:
    """The rows in the chosen order (stable: ties keep the order they came in).

    >>> from datetime import date
    >>> a = StatementRow("A", "a", "x", "direct", None, None, "unknown", "p", 0, 1, 1.0, "x", 1)
    >>> b = StatementRow("B", "b", "y", "direct", None, None, "unknown", "q", 0, 1, 1.0, "y", 3,
    ...                  ("O1", "O2"), date(2024, 1, 2))
    >>> [r.speaker for r in ordered([a, b], "most reports")]
    ['B', 'A']
    >>> [r.speaker for r in ordered([a, b], "first report")]
    ['B', 'A']
    """
    if order == "most reports":
        return sorted(rows, key=lambda r: -r.reports)
    if order == "first report":
        return sorted(rows, key=lambda r: (r.first_reported is None, r.first_reported or date.min))
    return rows


def reported_by(row: StatementRow) -> str:
    """How many articles report the statement, from which outlets, since when.

    >>> from datetime import date
    >>> row = StatementRow("A", "a", "x", "direct", None, None, "unknown", "p", 0, 1, 1.0, "x", 7,
    ...                    ("Coast News", "Valley Post"), date(2024, 5, 2))
    >>> reported_by(row)
    'Reported by 7 articles (Coast News, Valley Post), first on 2024-05-02.'
    """
    if row.reports <= 1:
        return f"Reported by this article only ({row.outlets[0]})." if row.outlets else ""
    outlets = f" ({', '.join(row.outlets)})" if row.outlets else ""
    first = f", first on {row.first_reported}" if row.first_reported else ""
    return f"Reported by {row.reports} articles{outlets}{first}."

"""The timeline: statements and events on a time axis; inferred dates marked, undated listed."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from graph.errors import GraphError
from graph.queries import TimelineRow
from pages_app import common
from pages_app.common import Source

# How sure a date is, as the chart shows it: stated and resolved dates are solid, inferred ones
# faint and hollow, so a reader never takes a guess for a fact.
CERTAINTY_SHAPES = {"stated": "circle", "resolved": "diamond", "inferred": "triangle-up"}
CERTAINTY_OPACITY = {"stated": 1.0, "resolved": 0.8, "inferred": 0.15}


def render(source: Source) -> None:
    st.header("Timeline")
    names = {a.id: a.name for a in common.actors(source)}
    types = ["statement", *common.event_types(source)]
    top = st.columns([3, 3, 2, 2])
    chosen_actors = top[0].multiselect(
        "Actors",
        list(names),
        format_func=names.__getitem__,
        key="tl_actors",
        placeholder="All actors",
    )
    chosen_types = top[1].multiselect("Types", types, key="tl_types", placeholder="All types")
    manner = top[2].radio(
        "Statements", ("all", "direct", "indirect"), key="tl_kind", horizontal=True
    )
    colour_by = top[3].radio("Colour by", ("actor", "type"), key="tl_colour", horizontal=True)
    between = common.day_range("Dated", common.day_bounds(source), "tl")
    kind = None if manner == "all" else manner
    wanted = (tuple(chosen_actors), between, tuple(chosen_types), kind)
    try:
        after = common.page_start("tl", wanted)
        page = common.timeline_page(source, *wanted, after)
    except GraphError as exc:
        common.show_error(exc)
        return
    rows = list(page.rows)
    if not rows:
        st.info("Nothing matches these filters; clear a filter or widen the period.")
        return
    dated = [r for r in rows if r.date]
    undated = [r for r in rows if not r.date]
    if page.more or after is not None:
        common.pager("tl", len(rows), page.more, rows[-1], page.total, "items")
    st.caption(
        f"{len(rows)} item(s) here: {len(dated)} dated, {len(undated)} undated. "
        "● stated  ◆ resolved from the text  ▲ inferred (faint). "
        "Hover a mark for details, click it for its source."
    )
    row = _picked(rows, dated, colour_by)
    if row is not None:
        details(source, row)
    elif undated:
        st.caption(
            f"{len(undated)} undated item(s) are not on the chart; they are listed last above."
        )


def _picked(
    rows: list[TimelineRow], dated: list[TimelineRow], colour_by: str
) -> TimelineRow | None:
    """The chart of the dated items and the table of all; the item clicked or selected last."""
    picked: int | None = None
    if dated:
        event = st.altair_chart(
            chart(dated, colour_by), width="stretch", on_select="rerun", key="tl_chart"
        )
        points = (event.selection.get("pick") if event is not None else None) or []
        if points:
            picked = int(points[0]["idx"])
    st.subheader("All items")
    table_event = st.dataframe(
        table(rows),
        hide_index=True,
        on_select="rerun",
        selection_mode="single-row",
        key="tl_table",
        width="stretch",
    )
    common.downloads(rows, "timeline", "tl")
    if table_event is not None and table_event.selection.rows:
        return rows[table_event.selection.rows[0]]  # the table choice wins over a chart click
    return dated[picked] if picked is not None else None


def chart(rows: list[TimelineRow], colour_by: str) -> alt.LayerChart | alt.Chart:
    """A strip chart: one row per actor (or type), one mark per item, shape by date certainty."""
    frame = pd.DataFrame(
        {
            "idx": range(len(rows)),
            "date": [pd.Timestamp(r.date) for r in rows],
            "actor": [r.actors[0] if r.actors else "(nobody named)" for r in rows],
            "type": [r.type for r in rows],
            "certainty": [r.date_certainty for r in rows],
            "text": [r.text[:160] for r in rows],
            "article": [r.article for r in rows],
        }
    )
    # Items on the same day and row sit side by side (a few hours apart) instead of hiding one
    # another; the tooltip shows the day itself.
    frame["day"] = frame["date"].dt.strftime("%Y-%m-%d")
    frame["when"] = frame["date"] + pd.to_timedelta(
        5 * frame.groupby(["date", colour_by]).cumcount(), unit="h"
    )
    pick = alt.selection_point(name="pick", fields=["idx"], on="click")
    shapes = alt.Scale(domain=list(CERTAINTY_SHAPES), range=list(CERTAINTY_SHAPES.values()))
    opacity = alt.Scale(domain=list(CERTAINTY_OPACITY), range=list(CERTAINTY_OPACITY.values()))
    return (
        alt.Chart(frame)
        .mark_point(size=160, filled=True, strokeWidth=1.5)
        .encode(
            x=alt.X("when:T", title="date", axis=alt.Axis(format="%Y-%m-%d")),
            y=alt.Y(f"{colour_by}:N", title=None, sort="ascending", axis=alt.Axis(labelLimit=240)),
            color=alt.Color(f"{colour_by}:N", legend=alt.Legend(title=colour_by)),
            stroke=alt.Stroke(f"{colour_by}:N", legend=None),
            shape=alt.Shape("certainty:N", scale=shapes, legend=alt.Legend(title="date is")),
            fillOpacity=alt.FillOpacity("certainty:N", scale=opacity, legend=None),
            tooltip=["day:N", "actor:N", "type:N", "certainty:N", "text:N", "article:N"],
        )
        .add_params(pick)
        .properties(height=max(200, 40 * frame[colour_by].nunique()))
    )


def table(rows: list[TimelineRow]) -> pd.DataFrame:
    frame = common.as_frame(rows, ("date", "date_certainty", "type", "actors", "text", "article"))
    frame["date"] = frame["date"].fillna("undated")
    return frame.rename(columns={"date_certainty": "certainty"})


def details(source: Source, row: TimelineRow) -> None:
    when = row.date or "undated"
    st.subheader(f"{common.plain(row.type.replace('_', ' '))} — {when} ({row.date_certainty})")
    st.markdown("Actors: " + (", ".join(map(common.plain, row.actors)) or "none named"))
    common.show_source(source, row.article, row.start, row.end)

"""Who said what: statements by speaker, topic, period and kind, each shown in its article."""

from __future__ import annotations

import streamlit as st

from graph.errors import GraphError
from pages_app import common
from pages_app.common import Source

COLUMNS = ("speaker", "said_on", "date_certainty", "kind", "text", "article")


def render(source: Source) -> None:
    st.header("Who said what")
    queries = source.queries
    choices = common.actor_choices(common.actors(source))
    top = st.columns([2, 2, 1])
    picked = top[0].selectbox(
        "Speaker",
        list(choices),
        index=None,
        placeholder="Any speaker — type a name or alias",
        accept_new_options=True,
        key="ws_actor",
        help="Statements by this actor or by those who speak for it (e.g. a spokesperson).",
    )
    about = top[1].text_input(
        "About", key="ws_about", placeholder="an actor, a claim or words in the statement"
    )
    # A link may name the speaker by id: ?page=who-said&actor=nicolas-maduro (or by a name).
    picked = picked or st.query_params.get("actor")
    kind = top[2].selectbox("Kind", ("any", "direct", "indirect"), key="ws_kind")
    all_rows = common.who_said(source, None, None, None, None)
    between = common.day_range("Said", [r.said_on for r in all_rows if r.said_on], "ws")

    actor = None
    if picked:
        try:  # a typed name is resolved here so a misspelling gets its "did you mean"
            actor = queries.resolve_actor(choices.get(picked) or picked)
        except GraphError as exc:
            common.show_error(exc)
            return
    try:
        rows = common.who_said(
            source,
            actor and actor.id,
            about.strip() or None,
            between,
            None if kind == "any" else kind,
        )
    except GraphError as exc:
        common.show_error(exc)
        return

    st.caption(f"{len(rows)} statement(s)" + (f" by {common.plain(actor.name)}" if actor else ""))
    if not rows:
        st.info("No statement matches these filters; widen the period or clear a filter.")
        return
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
    common.downloads(rows, "who-said", "ws")
    selected = event.selection.rows if event is not None else []
    if not selected:
        st.caption("Select a row to read the statement in its article.")
        return
    row = rows[selected[0]]
    st.subheader(f"{common.plain(row.speaker)}, {row.said_on or 'undated'} ({row.date_certainty})")
    if row.cue:
        cue = common.plain(row.cue)
        st.caption(f"Reported with “{cue}” · {row.kind} · confidence {row.confidence:.2f}")
    common.show_source(source, row.article, row.start, row.end)

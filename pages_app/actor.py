"""One actor: profile, aliases, statements, events, whom it backs or opposes, its ego network."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
import streamlit as st

from graph.errors import GraphError
from graph.network import analyze, ego, stance_graph
from graph.queries import ActorProfile, ActorSummary, StanceRow, StatementRow, TimelineRow
from graph.text import fold
from pages_app import common
from pages_app.common import Source


def render(source: Source) -> None:
    st.header("Actor")
    summaries = common.actors(source)
    choices = common.actor_choices(summaries)
    picked = st.selectbox(
        "Actor",
        list(choices),
        index=None,
        placeholder="Type a name, alias or surname",
        accept_new_options=True,
        key="ac_name",
    )
    picked = picked or st.query_params.get("actor")  # ?page=actor&actor=NAME links here
    if not picked:
        st.caption(f"The graph knows {len(summaries)} actors.")
        return
    try:
        who = source.queries.resolve_actor(choices.get(picked) or picked)
    except GraphError as exc:
        common.show_error(exc)
        return
    timeline = common.timeline(source, (), None, ())
    p = profile_of(
        who, common.who_said(source, None, None, None, None), timeline, common.stances(source)
    )
    st.subheader(p.name)
    st.caption(
        f"{p.type}"
        + (f" · speaks for {_name(summaries, p.speaks_for)}" if p.speaks_for else "")
        + (f" · seen {p.first_seen} to {p.last_seen}" if p.first_seen else " · no dated fact")
    )
    cols = st.columns(3)
    cols[0].metric("Statements", p.statements)
    cols[1].metric("Events", p.events)
    cols[2].metric("Stances taken", p.stances)
    st.markdown("**Also called:** " + (", ".join(map(common.plain, p.aliases)) or "—"))
    left, right = st.columns(2)
    left.markdown("**Supports:** " + (", ".join(map(common.plain, p.supports)) or "—"))
    right.markdown("**Opposes:** " + (", ".join(map(common.plain, p.opposes)) or "—"))

    said = common.who_said(source, p.name, None, None, None)
    st.markdown(f"#### Statements ({len(said)})")
    if said:
        st.dataframe(
            common.as_frame(said, ("said_on", "date_certainty", "kind", "text", "article")),
            hide_index=True,
            width="stretch",
        )
    # the events the actor takes part in, as the profile counts them (not its spokespeople's)
    events = [r for r in timeline if r.kind == "event" and p.name in r.actors]
    st.markdown(f"#### Events ({len(events)})")
    if events:
        st.dataframe(
            common.as_frame(
                events, ("date", "date_certainty", "type", "actors", "text", "article")
            ),
            hide_index=True,
            width="stretch",
        )
    st.markdown("#### Ego network")
    hops = st.slider("Steps out", 1, 3, 1, key="ac_hops")
    G = stance_graph(common.stances(source), summaries)
    if p.id not in G:
        st.caption("This actor takes or draws no stance.")
        return
    report = analyze(ego(G, p.id, hops))
    names = {n.id: n.name for n in report.nodes}
    st.dataframe(
        pd.DataFrame(
            [
                {
                    "from": names.get(e.source, e.source),
                    "stance": "supports" if e.sign > 0 else "opposes" if e.sign < 0 else "mixed",
                    "to": names.get(e.target, e.target),
                    "stances": e.weight,
                    "first": e.first,
                    "last": e.last,
                    "evidence": " | ".join(e.evidence),
                }
                for e in report.edges
            ]
        ),
        hide_index=True,
        width="stretch",
    )


def profile_of(
    who: ActorSummary,
    statements: Sequence[StatementRow],
    timeline: Sequence[TimelineRow],
    stances: Sequence[StanceRow],
) -> ActorProfile:
    """``Queries.actor`` composed from the unfiltered answers the app has cached already.

    On a large graph ``Queries.actor`` reruns the full statement and stance queries for each
    actor (seconds at 10,000 statements); the app holds those rows, so it counts them here. A
    test checks that both agree for every actor of the seed graph.
    """
    own_statements = [s for s in statements if s.speaker_id == who.id]
    events = [r for r in timeline if r.kind == "event" and who.name in r.actors]
    touching = [s for s in stances if who.id in (s.source_id, s.target_id)]
    own = [s for s in touching if s.source_id == who.id]
    dates = sorted(
        d
        for d in (
            *(s.said_on for s in own_statements),
            *(e.date for e in events),
            *(s.date for s in touching),
        )
        if d
    )
    return ActorProfile(
        id=who.id,
        name=who.name,
        type=who.type,
        aliases=who.aliases,
        speaks_for=who.speaks_for,
        statements=len(own_statements),
        events=len(events),
        stances=len(own),
        first_seen=dates[0] if dates else None,
        last_seen=dates[-1] if dates else None,
        supports=tuple(sorted({s.target for s in own if s.sign > 0}, key=fold)),
        opposes=tuple(sorted({s.target for s in own if s.sign < 0}, key=fold)),
    )


def _name(summaries: list, actor_id: str | None) -> str:
    return next((a.name for a in summaries if a.id == actor_id), actor_id or "")

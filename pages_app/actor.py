"""One actor: profile, aliases, statements, events, whom it backs or opposes, its ego network."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from graph.errors import GraphError
from graph.model import Actor
from graph.queries import ActorProfile, Ref
from pages_app import common
from pages_app.common import Source


def render(source: Source) -> None:
    st.header("Actor")
    summaries = common.actors(source)
    try:  # ?page=actor&actor=ID links here
        who = common.pick_actor(
            source, st, label="Actor", key="ac_name", placeholder="Type a name, alias or surname"
        )
        p = common.profile(source, who.id) if who else None
    except GraphError as exc:
        common.show_error(exc)
        return
    if p is None:
        st.caption(f"The graph knows {len(summaries)} actors.")
        return
    _summary(p, summaries)
    _facts(source, p)
    _ego_network(source, p)


def _summary(p: ActorProfile, summaries: list[Actor]) -> None:
    """Name, type, when seen, counts, aliases and the actors (or claims) it backs or opposes."""
    st.subheader(common.plain(p.name))
    st.caption(
        f"{p.type}"
        + (f" · speaks for {common.plain(_name(summaries, p.speaks_for))}" if p.speaks_for else "")
        + (f" · seen {p.first_seen} to {p.last_seen}" if p.first_seen else " · no dated fact")
    )
    cols = st.columns(3)
    cols[0].metric("Statements", p.statements)
    cols[1].metric("Events", p.events)
    cols[2].metric("Stances taken", p.stances)
    st.markdown("**Also called:** " + (", ".join(map(common.plain, p.aliases)) or "—"))
    left, right = st.columns(2)
    left.markdown("**Supports:** " + (", ".join(map(_link, p.supports)) or "—"))
    right.markdown("**Opposes:** " + (", ".join(map(_link, p.opposes)) or "—"))


def _facts(source: Source, p: ActorProfile) -> None:
    """The actor's statements and the events it takes part in."""
    after = common.page_start("ac_said", p.id)
    page = common.who_said_page(source, p.id, None, None, after)
    said = list(page.rows)
    st.markdown(f"#### Statements ({p.statements})")
    if said:
        if page.more or after is not None:
            common.pager("ac_said", len(said), page.more, said[-1], page.total, "statements")
        st.dataframe(
            common.as_frame(said, ("said_on", "date_certainty", "kind", "text", "article")),
            hide_index=True,
            width="stretch",
        )
    # the events the actor takes part in, as the profile counts them (not its spokespeople's)
    st.markdown(f"#### Events ({p.events})")
    after = common.page_start("ac_events", p.id)
    events = common.events_page(source, p.id, after)
    shown = list(events.rows)
    if shown:
        if events.more or after is not None:
            common.pager("ac_events", len(shown), events.more, shown[-1], events.total, "events")
        st.dataframe(
            common.as_frame(shown, ("date", "date_certainty", "type", "actors", "text", "article")),
            hide_index=True,
            width="stretch",
        )


def _ego_network(source: Source, p: ActorProfile) -> None:
    """The netted stances within a few steps of the actor, either way."""
    st.markdown("#### Ego network")
    hops = st.slider("Steps out", 1, 3, 1, key="ac_hops")
    report = common.ego_report(source, p.id, hops)
    if report is None:
        st.caption("This actor takes or draws no stance.")
        return
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
                }
                for e in report.edges
            ]
        ),
        hide_index=True,
        width="stretch",
    )


def _link(ref: Ref) -> str:
    """An actor as a link to its own page (by id, so a shared surname cannot mislead)."""
    if ref.kind != "actor":
        return common.plain(ref.name)
    return f"[{common.plain(ref.name)}]({common.actor_link(ref.id)})"


def _name(summaries: list[Actor], actor_id: str | None) -> str:
    return next((a.name for a in summaries if a.id == actor_id), actor_id or "")

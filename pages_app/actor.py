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
    # one section at a time: only what is shown is read (the busiest actor's events and its
    # ego network were most of its page's first visit at 100k statements)
    shown = st.radio("Show", SECTIONS, horizontal=True, key="ac_section")
    if shown == "Events":
        _events(source, p)
    elif shown == "Ego network":
        _ego_network(source, p)
    else:
        _statements(source, p)


SECTIONS = ("Statements", "Events", "Ego network")
"""The parts of an actor's page below its summary, shown one at a time."""
REFS_MOST = 50
"""Actors or claims named per side (supports, opposes); the ego network shows the rest."""


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
    left.markdown("**Supports:** " + _refs(p.supports))
    right.markdown("**Opposes:** " + _refs(p.opposes))


def _refs(refs: tuple[Ref, ...]) -> str:
    """Links to the first ``REFS_MOST`` of ``refs`` (by name), and how many more there are."""
    links = ", ".join(map(_link, refs[:REFS_MOST])) or "—"
    more = len(refs) - REFS_MOST
    return links + (f" and {more} more (see its ego network)" if more > 0 else "")


def _statements(source: Source, p: ActorProfile) -> None:
    """The actor's statements, a page at a time."""
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


def _events(source: Source, p: ActorProfile) -> None:
    """The events the actor takes part in, as the profile counts them (not its spokespeople's)."""
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

"""Claims side by side: who asserts each and who disputes it, a page of claims at a time."""

from __future__ import annotations

import streamlit as st

from graph.queries import ClaimSide
from pages_app import common
from pages_app.common import Source, plain


def render(source: Source) -> None:
    st.header("Claims")
    contested_only = st.toggle(
        "Contested only (asserted and disputed)", value=True, key="cl_contested"
    )
    after = common.page_start("cl", contested_only)
    page = common.claims_page(source, contested_only, after)
    st.caption(f"{page.total} claim(s)")
    if not page.rows:
        st.info("No claim has both sides yet; switch off 'Contested only' to see every claim.")
        return
    common.pager("cl", len(page.rows), page.more, page.rows[-1].id, page.total, "claims")
    for claim in page.rows:
        with st.container(border=True):
            st.markdown(
                f"**{plain(claim.text)}**  \n`{claim.id}`"
                + (" · contested" if claim.contested else "")
            )
            left, right = st.columns(2)
            _side(left, "Asserted by", claim.asserted_by)
            _side(right, "Disputed by", claim.disputed_by)


def _side(col: st.delta_generator.DeltaGenerator, title: str, sides: tuple[ClaimSide, ...]) -> None:
    """The actors on one side, each with how many positions it takes and when."""
    lines = []
    for s in sides:
        when = (
            f"{s.first} to {s.last}" if s.first and s.last != s.first else str(s.first or "undated")
        )
        link = common.actor_link(s.actor_id)
        lines.append(f"- **[{plain(s.actor)}]({link})**, {s.positions} time(s), {when}")
    # one element per side: a page of claims is hundreds of elements fewer to send and draw
    col.markdown(f"*{title}* ({sum(s.positions for s in sides)})\n\n" + "\n".join(lines))
    if not sides:
        col.caption("nobody in the graph")

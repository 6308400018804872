"""Claims side by side: who asserts each and who disputes it, with the evidence."""

from __future__ import annotations

import streamlit as st

from graph.queries import ClaimPosition
from pages_app import common
from pages_app.common import Source, plain


def render(source: Source) -> None:
    st.header("Claims")
    contested_only = st.toggle(
        "Contested only (asserted and disputed)", value=True, key="cl_contested"
    )
    found = common.claims(source, contested_only)
    st.caption(f"{len(found)} claim(s)")
    if not found:
        st.info("No claim has both sides yet; switch off 'Contested only' to see every claim.")
        return
    for claim in found:
        with st.container(border=True):
            st.markdown(
                f"**{plain(claim.text)}**  \n`{claim.id}`"
                + (" · contested" if claim.contested else "")
            )
            left, right = st.columns(2)
            _side(left, "Asserted by", claim.asserted_by)
            _side(right, "Disputed by", claim.disputed_by)


def _side(
    col: st.delta_generator.DeltaGenerator, title: str, positions: tuple[ClaimPosition, ...]
) -> None:
    col.markdown(f"*{title}* ({len(positions)})")
    if not positions:
        col.caption("nobody in the graph")
    for p in positions:
        who, evidence = plain(p.actor), plain(p.evidence)
        link = common.actor_link(p.actor_id)
        col.markdown(f"- **[{who}]({link})**, {p.date or 'undated'} — “{evidence}” (`{p.article}`)")

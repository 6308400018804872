"""stancegraph in the browser: who said what, the timeline, the stance network, actors, claims,
a read-only SPARQL console and adding an article.

Run with ``streamlit run app.py``. The store and data folder come from the settings
(``STANCEGRAPH_STORE``, ``STANCEGRAPH_DATA``); a missing ``build/kg.trig`` is built on first start.
Pick a page in the sidebar or with ``?page=<slug>`` in the address.
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from graph.errors import GraphError
from pages_app import actor, add_article, claims, network, sparql, timeline, who_said
from pages_app.background import drawing
from pages_app.common import Source, current_source, ensure_built, show_error, warm_up

PAGES: dict[str, tuple[str, Callable[[Source], None]]] = {
    "who-said": ("Who said what", who_said.render),
    "timeline": ("Timeline", timeline.render),
    "network": ("Stance network", network.render),
    "actor": ("Actor", actor.render),
    "claims": ("Claims", claims.render),
    "sparql": ("SPARQL", sparql.render),
    "add": ("Add article", add_article.render),
}

_CSS = """
<style>
.sg-article { white-space: normal; line-height: 1.6; max-height: 28rem; overflow-y: auto;
  padding: .75rem 1rem; border: 1px solid #ddd; border-radius: .5rem; background: #fafafa; }
.sg-article mark { background: #ffe066; padding: 0 .1rem; }
</style>
"""


def main() -> None:
    st.set_page_config(page_title="stancegraph", page_icon="🗞️", layout="wide")
    st.markdown(_CSS, unsafe_allow_html=True)
    wanted = st.query_params.get("page")
    if "page" not in st.session_state and wanted in PAGES:
        st.session_state["page"] = wanted
    with st.sidebar:
        st.title("stancegraph")
        page = st.radio("Page", list(PAGES), format_func=lambda slug: PAGES[slug][0], key="page")
    st.query_params["page"] = page
    source = current_source()
    try:
        ensure_built(source)
        _ = source.store  # open it now, so a bad store is one clear error
    except GraphError as exc:
        show_error(exc)
        st.stop()
    st.sidebar.caption(f"Store: `{source.spec}` · data: `{source.data}`")
    with drawing():  # background work waits while the page is drawn
        PAGES[page][1](source)
    warm_up(source)  # after the page: the first page drawn does not wait for other pages' answers


main()

"""A read-only SPARQL console: the runner the CLI's ``sparql`` command uses, with its limits."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from graph import settings
from graph.errors import GraphError
from graph.queries import run_sparql
from graph.serialize import to_csv
from pages_app.common import Source, show_error

EXAMPLES = {
    "Statements with speaker and date": """PREFIX sg: <https://w3id.org/stancegraph/ontology#>
SELECT ?speaker ?date ?content
WHERE {
  ?statement a sg:Statement ; sg:speaker ?speaker ; sg:content ?content .
  OPTIONAL { ?statement sg:date ?date }
}
ORDER BY ?date""",
    "Who opposes whom": """PREFIX sg: <https://w3id.org/stancegraph/ontology#>
SELECT ?source ?target ?date
WHERE {
  ?stance a sg:Stance ; sg:source ?source ; sg:stanceTarget ?target ; sg:polarity ?polarity .
  FILTER(STR(?polarity) = "oppose")
  OPTIONAL { ?stance sg:date ?date }
}""",
    "Classes and how many of each": """SELECT ?class (COUNT(?x) AS ?n)
WHERE { ?x a ?class }
GROUP BY ?class ORDER BY DESC(?n)""",
    "Named graphs and their sizes": """SELECT ?g (COUNT(*) AS ?triples)
WHERE { GRAPH ?g { ?s ?p ?o } }
GROUP BY ?g ORDER BY ?g""",
    "Is there any triple?": "ASK { ?s ?p ?o }",
}


def render(source: Source) -> None:
    st.header("SPARQL (read-only)")
    st.caption(
        "SELECT, ASK, CONSTRUCT and DESCRIBE run over the union of the store's graphs. "
        "Updates, SERVICE and FROM are refused; rows and time are limited."
    )
    example = st.selectbox("Example", list(EXAMPLES), key="sq_example")
    if st.session_state.get("sq_loaded") != example:
        st.session_state["sq_loaded"] = example
        st.session_state["sq_text"] = EXAMPLES[example]
    text = st.text_area("Query", key="sq_text", height=180)
    cols = st.columns(3)
    limit = cols[0].number_input(
        "Row limit", 1, 100_000, int(settings.value("sparql_row_limit")), key="sq_limit"
    )
    timeout = cols[1].number_input(
        "Time limit (s)", 0.5, 120.0, float(settings.value("sparql_timeout")), key="sq_timeout"
    )
    if not cols[2].button("Run", type="primary", key="sq_run"):
        return
    try:
        answer = run_sparql(source.store, text, limit=int(limit), timeout=float(timeout))
    except GraphError as exc:
        show_error(exc)
        return
    frame = pd.DataFrame([dict(r) for r in answer.rows], columns=list(answer.columns))
    st.caption(
        f"{answer.form}: {len(frame)} row(s)"
        + (
            f" — cut at the row limit of {int(limit)}; raise it for more"
            if answer.truncated
            else ""
        )
    )
    st.dataframe(frame, hide_index=True, width="stretch", key="sq_result")
    st.download_button(
        "Download CSV",
        (to_csv(answer.rows, answer.columns) + "\n").encode("utf-8"),
        file_name="sparql.csv",
        mime="text/csv",
        key="sq_csv",
        on_click="ignore",  # keep the answer on screen
    )

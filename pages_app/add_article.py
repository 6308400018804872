"""Add an article: paste or upload it, extract, review (delete wrong rows), commit to the graph."""

from __future__ import annotations

import dataclasses
from collections.abc import Collection
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import streamlit as st

from graph.corpus import MAX_ARTICLE_CHARS, decode_text, parse_metadata
from graph.errors import ArticleError, GraphError
from graph.extract import Extractor
from graph.identity import ArticleIndex
from graph.ingest import ingest_extractions
from graph.model import Article, Extraction
from graph.registry import load_registry
from graph.text import slugify
from graph.web import fetch_page
from graph.webpage import HTML_SUFFIXES, max_page_bytes, page_text
from pages_app import common
from pages_app.common import Source


@st.cache_resource(show_spinner="Loading the extractor…")
def extractor(data: str) -> Extractor:
    path = Path(data) / "actors.ttl"
    return Extractor(load_registry(path) if path.exists() else ())


def render(source: Source) -> None:
    st.header("Add article")
    st.caption(
        "Give the address of a news page, upload a saved page or a text file, or paste an "
        f"article (at most {MAX_ARTICLE_CHARS:,} characters); extract its quotes, events and "
        "stances, delete what is wrong, then add it to the graph. Fields below fill in or "
        "correct what the page says."
    )
    address = st.text_input("Address of a news page (http or https)", key="add_address")
    upload = st.file_uploader(
        "…or upload a .txt file or a page saved as .html",
        type=["txt", "html", "htm"],
        key="add_upload",
    )
    text = st.text_area("…or paste the text", key="add_text", height=220)
    cols = st.columns(3)
    meta = {
        "id": cols[0].text_input("Id (slug; from the title if empty)", key="add_id"),
        "title": cols[1].text_input("Title", key="add_title"),
        "outlet": cols[2].text_input("Outlet", key="add_outlet"),
        "url": cols[0].text_input("URL", key="add_url"),
        "published": cols[1].text_input("Published (YYYY-MM-DD)", key="add_published"),
        "dateline": cols[2].text_input("Dateline", key="add_dateline"),
    }
    if st.button("Extract", type="primary", key="add_extract"):
        try:
            article = _article(address, upload, text, meta)
            verdict = ArticleIndex.load(source.data).classify(article)
            if not verdict.wanted:
                st.session_state.pop("add_result", None)
                st.info(f"Already in the graph: {common.plain(verdict.reason)}.")
                return
            if verdict.kind == "changed":
                st.info(f"{common.plain(verdict.reason)}.")
            article = verdict.article
            with st.spinner("Extracting quotes, events and stances…"):
                st.session_state["add_result"] = extractor(source.data)(article)
        except GraphError as exc:
            st.session_state.pop("add_result", None)
            common.show_error(exc)
            return
    result: Extraction | None = st.session_state.get("add_result")
    if result is None:
        return
    review(source, result)


def review(source: Source, result: Extraction) -> None:
    article = result.article
    st.subheader(f"Review `{article.id}`")
    st.caption(
        f"{len(result.quotes)} quote(s), {len(result.events)} event(s), {len(result.stances)} "
        "stance(s). Untick 'keep' (or delete the row) for anything wrong; a stance that rests on "
        "a dropped quote or event keeps its own evidence."
    )
    quotes, events, stances = _editors(result)
    if not st.button("Add to the graph", type="primary", key="add_commit"):
        return
    try:
        kept = reviewed(result, quotes, events, stances)
        iri = commit(source, kept)
    except (GraphError, ValueError) as exc:
        common.show_error(exc)
        return
    st.session_state.pop("add_result", None)
    st.success(
        f"Added `{article.id}` as graph <{iri}>: {len(kept.quotes)} quote(s), "
        f"{len(kept.events)} event(s), {len(kept.stances)} stance(s)."
    )
    if common.current_source().generation == source.generation:
        st.info(
            "The other pages show it as soon as their answers have been recomputed in the "
            "background (seconds on a large graph); until then they show the graph before it."
        )


def _editors(result: Extraction) -> tuple[set[int], set[int], set[int]]:
    """One review table each for quotes, events and stances; the positions of the rows kept."""
    names = {a.id: a.name for a in result.actors}
    quotes = _editor(
        "Quotes",
        [
            {
                "speaker": names.get(q.speaker, q.speaker),
                "kind": q.kind,
                "said_on": q.said_on.iso if q.said_on.value else None,
                "certainty": q.said_on.certainty,
                "text": q.text,
            }
            for q in result.quotes
        ],
        "add_quotes",
    )
    events = _editor(
        "Events",
        [
            {
                "type": e.type,
                "actors": ", ".join(names.get(a, a) for a in e.actors),
                "targets": ", ".join(names.get(a, a) for a in e.targets),
                "date": e.date.iso if e.date.value else None,
                "text": e.span.text,
            }
            for e in result.events
        ],
        "add_events",
    )
    claims = {c.id: c.text for c in result.claims}
    stances = _editor(
        "Stances",
        [
            {
                "source": names.get(s.source, s.source),
                "polarity": s.polarity,
                "target": names.get(s.target) or claims.get(s.target, s.target),
                "date": s.date.iso if s.date.value else None,
                "evidence": s.span.text,
            }
            for s in result.stances
        ],
        "add_stances",
    )
    return quotes, events, stances


def _editor(title: str, records: list[dict[str, object]], key: str) -> set[int]:
    """A review table; returns the positions of the rows kept (not deleted, 'keep' ticked)."""
    st.markdown(f"**{title}** ({len(records)})")
    if not records:
        st.caption("none found")
        return set()
    frame = pd.DataFrame.from_records(records)
    frame.insert(0, "keep", True)
    edited = st.data_editor(
        frame,
        num_rows="delete",
        hide_index=True,
        disabled=[c for c in frame.columns if c != "keep"],
        width="stretch",
        key=key,
    )
    return {int(i) for i, keep in edited["keep"].items() if keep}


def reviewed(
    result: Extraction, quotes: Collection[int], events: Collection[int], stances: Collection[int]
) -> Extraction:
    """``result`` with only the quotes, events and stances at the kept positions.

    A stance whose basis was dropped loses the basis (its own evidence span stays).
    """
    kept_quotes = tuple(q for i, q in enumerate(result.quotes) if i in quotes)
    kept_events = tuple(e for i, e in enumerate(result.events) if i in events)
    keys = {q.key for q in kept_quotes} | {e.key for e in kept_events}
    kept_stances = tuple(
        s if s.basis is None or s.basis in keys else dataclasses.replace(s, basis=None)
        for i, s in enumerate(result.stances)
        if i in stances
    )
    return dataclasses.replace(result, quotes=kept_quotes, events=kept_events, stances=kept_stances)


def commit(source: Source, extraction: Extraction) -> str:
    """Validate and add the article's graph as reviewed; it is kept in the data folder too.

    The same path as ``stancegraph ingest``: a rebuild keeps the article with the review's edits.
    """
    data = Path(source.data)
    registry = data / "actors.ttl"
    ids = [a.id for a in load_registry(registry)] if registry.exists() else []
    (iri,) = ingest_extractions(
        [extraction], data_dir=data, registry_ids=ids, store=source.store, store_spec=source.spec
    )
    common.forget_results(source)
    return str(iri)


def _article(address: str, upload, pasted: str, meta: dict[str, str]) -> Article:  # type: ignore[no-untyped-def]
    """The article from a page's address, an uploaded page or text file, or the pasted text;
    the form's fields win over what a page says."""
    given = {k: v.strip() for k, v in meta.items() if v.strip()}
    if address.strip():
        with st.spinner("Reading the page…"):
            text, found, page_id = fetch_page(address.strip())
        return parse_metadata(text, {**found, **given}, default_id=given.get("id") or page_id)
    name = upload.name if upload is not None else None
    if name and Path(name).suffix.lower() in HTML_SUFFIXES:
        data = upload.getvalue()
        if len(data) > max_page_bytes():
            raise ArticleError(f"{name}: {len(data):,} bytes is over the page limit")
        text, found = page_text(data, where=name)
        return parse_metadata(
            text, {**found, **given}, default_id=_default_id({**found, **given}, name)
        )
    body = _body(upload.getvalue() if upload is not None else None, pasted)
    return parse_metadata(body, given, default_id=_default_id(meta, name))


def _body(uploaded: bytes | None, pasted: str) -> str:
    if uploaded is not None:
        if len(uploaded) > 4 * MAX_ARTICLE_CHARS:
            raise ArticleError(
                f"the upload has {len(uploaded):,} bytes, far over the limit of "
                f"{MAX_ARTICLE_CHARS:,} characters; upload one article"
            )
        return decode_text(uploaded, "the upload")  # UTF-8 (BOM or not) or UTF-16 with a BOM
    if not pasted.strip():
        raise ArticleError("the article is empty: paste its text or upload a .txt file")
    return pasted


def _default_id(meta: dict[str, str], filename: str | None) -> str:
    for candidate in (meta.get("title", ""), Path(filename).stem if filename else ""):
        slug = slugify(candidate) if candidate.strip() else ""
        if slug:
            return slug[:60].strip("-")
    return "pasted-" + datetime.now(UTC).strftime("%Y%m%d-%H%M%S")

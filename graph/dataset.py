"""Build and ingest: data/ (ontology, actor registry, curated annotations) -> a validated dataset.

``build`` assembles one named graph per source (ontology, event types, actors, one per article),
validates the whole with SHACL and only then replaces ``data/build/kg.trig`` (temporary file in the
same folder, fsync, ``os.replace``): a graph that does not conform is never written and the old
file stays. ``ingest`` adds (or replaces) one article's graph in an open store.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from rdflib import Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from graph import rdf, settings, transaction
from graph.corpus import read_article
from graph.curated import load_annotation
from graph.dates import parse_iso_datetime
from graph.errors import AnnotationError, InputError, StoreError
from graph.model import Actor, Article, Claim, Extraction
from graph.rdfread import parse_file
from graph.readback import graph_to_actors, reported_utterances
from graph.reconcile import reconcile
from graph.registry import load_registry
from graph.store import Store
from graph.store.memory import build_path
from graph.utterances import UtteranceIndex, needles
from graph.validate import require_valid
from graph.vocab import SG

__all__ = [
    "BuildReport",
    "assemble",
    "build",
    "ingest",
    "lock_timeout",
    "sync_store",
    "write_trig",
]

T = TypeVar("T")
Progress = Callable[[Iterable[T], int, str], Iterable[T]]


def _quiet(items: Iterable[T], total: int, desc: str) -> Iterable[T]:
    return items


@dataclass(frozen=True, slots=True)
class BuildReport:
    """What a build wrote: where, how many triples and graphs, which articles."""

    path: Path
    triples: int
    graphs: int
    articles: tuple[str, ...]


def assemble(data_dir: str | Path, *, progress: Progress = _quiet) -> Dataset:
    """The dataset of ``data_dir``: ontology, event types, actors and one graph per annotation.

    Nothing is validated or written here.
    """
    data = Path(data_dir)
    ds = rdf.new_dataset()
    rdf.load_ontology(ds)
    actors = load_registry(data / "actors.ttl")
    registry_ids = frozenset(a.id for a in actors)
    _add_graph(ds, rdf.ACTORS_GRAPH, rdf.actors_to_graph(actors))
    annotations = sorted((data / "annotations").glob("*.yaml"))
    seen: dict[str, Path] = {}
    for path in progress(annotations, len(annotations), "articles"):
        article = _article_for(path, data / "articles")
        extraction, curated_on = load_annotation(path, article, actors)
        if extraction.article.id in seen:
            raise AnnotationError(
                f"{path} and {seen[extraction.article.id]} both annotate article "
                f"{extraction.article.id!r}; keep one"
            )
        seen[extraction.article.id] = path
        graph = rdf.extraction_to_graph(
            extraction,
            generated_at=curated_on,
            registry_ids=registry_ids,
            utterances=reported_by_others(ds, extraction),
        )
        _add_graph(ds, rdf.article_graph_iri(extraction.article.id), graph)
    kept = _add_ingested(ds, data, set(seen), progress)
    _add_extracted(ds, data, actors, registry_ids, set(seen) | kept, progress)
    return ds


INGESTED = "ingested"
"""Folder of ``DATA`` holding each ingested article's graph as reviewed and stored (Turtle)."""


def ingested_path(data_dir: str | Path, article_id: str) -> Path:
    return Path(data_dir) / INGESTED / f"{article_id}.ttl"


def _add_ingested(ds: Dataset, data: Path, annotated: set[str], progress: Progress) -> set[str]:
    """The graphs of ingested articles, as they were stored (reviewed edits included)."""
    paths = sorted((data / INGESTED).glob("*.ttl"))
    kept: set[str] = set()
    for path in progress(paths, len(paths), "ingested"):
        article_id = path.stem
        if article_id in annotated:
            continue  # a curated annotation wins over what was extracted
        graph = parse_file(
            Graph(), path, "turtle", error=AnnotationError, then="ingest its article again"
        )
        _add_graph(ds, rdf.article_graph_iri(article_id), graph)
        kept.add(article_id)
    return kept


def _add_extracted(
    ds: Dataset,
    data: Path,
    actors: Sequence,
    registry_ids: frozenset[str],
    annotated: set[str],
    progress: Progress,
) -> None:
    """Articles without a curated annotation (ingested ones) are extracted automatically.

    Their generation time is the ingest time kept in the sidecar, so rebuilds are isomorphic.
    """
    texts = sorted((data / "articles").glob("*.txt"))
    annotation_stems = {p.stem for p in (data / "annotations").glob("*.yaml")}
    todo = []
    for path in texts:
        if path.stem in annotation_stems:
            continue  # built from its curated annotation
        article = read_article(path)
        if article.id in annotated:
            continue
        stamp = _ingested_at(path.with_suffix(".json"))
        when = stamp or datetime.fromtimestamp(0, tz=UTC)
        todo.append((article, when))
    if not todo:
        return
    from graph.extract import Extractor

    # In the order they were ingested, so the first spelling of an actor stands, as at ingest.
    todo.sort(key=lambda item: (item[1], item[0].id))
    known = _described_actors(ds, registry_ids)
    claims = _stored_claims(ds)
    extractor = Extractor(actors)
    results = extractor.many(a for a, _ in todo)
    for extraction, (_, when) in progress(zip(results, todo, strict=True), len(todo), "extract"):
        extraction = reconcile(extraction, known, claims)
        graph = rdf.extraction_to_graph(
            extraction,
            generated_at=when,
            registry_ids=registry_ids,
            utterances=reported_by_others(ds, extraction),
        )
        _add_graph(ds, rdf.article_graph_iri(extraction.article.id), graph)
        known.update({a.id: a for a in extraction.actors if a.id not in known})
        claims.update({c.id: c for c in extraction.claims if c.id not in claims})


def _ingested_at(sidecar: Path) -> datetime | None:
    """When the article of ``sidecar`` was ingested (its graph's generation time), if it says."""
    if not sidecar.exists():
        return None
    try:
        stamp = json.loads(sidecar.read_text(encoding="utf-8-sig")).get("ingested_at")
    except (OSError, UnicodeDecodeError, ValueError, AttributeError, RecursionError) as exc:
        raise AnnotationError(f"{sidecar}: unreadable metadata ({_one_line(exc)})") from None
    if not stamp:
        return None
    try:
        return parse_iso_datetime(stamp, "ingested_at")
    except InputError as exc:
        raise AnnotationError(f"{sidecar}: {exc}") from None


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:160]


def reported_by_others(
    ds: Dataset, extraction: Extraction, *, skip: URIRef | None = None
) -> dict[str, str]:
    """The quotes of ``extraction`` that report an utterance another article graph of ``ds``
    already reports (same speaker, same words): quote key -> that utterance's key."""
    index = UtteranceIndex()
    for iri in _named_graphs(ds):
        if iri != skip and "/graph/article/" in str(iri):
            index.extend(reported_utterances(ds.graph(iri)))
    found = {q.key: index.find(q.speaker, q.text) for q in extraction.quotes}
    return {key: said for key, said in found.items() if said is not None}


def _stored_claims(ds: Dataset, *, skip: URIRef | None = None) -> dict[str, Claim]:
    """The claims the article graphs of ``ds`` hold, by id, with their stored wording."""
    claims: dict[str, Claim] = {}
    for iri in _named_graphs(ds):
        if iri == skip or "/graph/article/" not in str(iri):
            continue
        graph = ds.graph(iri)
        for node, text in graph.subject_objects(SG.claimText):
            claim_id = str(node).removeprefix(str(rdf.claim_iri("")))
            claims.setdefault(claim_id, Claim(claim_id, str(text)))
    return claims


def _described_actors(
    ds: Dataset, registry_ids: Iterable[str], *, skip: URIRef | None = None
) -> dict[str, Actor]:
    """The actors the article graphs of ``ds`` describe (those not in the registry)."""
    registry = set(registry_ids)
    known: dict[str, Actor] = {}
    for iri in _named_graphs(ds):
        if iri == skip or "/graph/article/" not in str(iri):
            continue
        for actor in graph_to_actors(ds.graph(iri)):
            if actor.id not in registry:
                known.setdefault(actor.id, actor)
    return known


def _store_claims(store: Store, claim_ids: Iterable[str], *, skip: set[URIRef]) -> dict[str, Claim]:
    """As ``_stored_claims`` for the claims ``claim_ids`` only, answered by the store
    (``graph/sparql/stored_claims.rq``): the cost follows the article, not the corpus."""
    wanted = [rdf.claim_iri(c) for c in sorted(set(claim_ids))]
    if not wanted:
        return {}
    claims: dict[str, Claim] = {}
    rows = store.query("stored_claims", {"claim": wanted})
    for r in sorted(rows, key=lambda r: (str(r["g"]), str(r["claim"]))):
        if r["g"] in skip or "/graph/article/" not in str(r["g"]):
            continue
        claim_id = str(r["claim"]).removeprefix(str(rdf.claim_iri("")))
        claims.setdefault(claim_id, Claim(claim_id, str(r["text"])))
    return claims


def _store_reports(store: Store, extraction: Extraction, skip: set[URIRef]) -> UtteranceIndex:
    """The stored statements that may report what the quotes of ``extraction`` say (those of
    the articles ``skip`` aside: the batch's own, whose stored versions it replaces).

    With a text index beside the store (the Oxigraph stores), only the statements of the same
    speaker holding one of a quote's word runs (``utterances.needles``), looked up there and
    then read from the store; else every statement of the article's speakers (``reports.rq``).
    """
    index = UtteranceIndex()
    text_index = getattr(store, "text_index", None)
    if text_index is not None:
        found: set[str] = set()
        for q in extraction.quotes:
            found.update(text_index.holding_any(str(rdf.actor_iri(q.speaker)), needles(q.text)))
        if not found:
            return index
        rows = store.query("reports", {"statement": [URIRef(i) for i in sorted(found)]})
    else:
        rows = []
        for speaker in sorted({q.speaker for q in extraction.quotes}):
            rows += store.query("reports", {"speaker": rdf.actor_iri(speaker)})
    index.extend(
        (
            rdf.id_from(r["speaker"], rdf.ACTOR_BASE, "an actor"),
            str(r["content"]),
            rdf.utterance_id(r["utterance"]),
        )
        for r in sorted(rows, key=lambda r: str(r["statement"]))
        if r["article"] not in skip
    )
    return index


def _store_actors(
    store: Store, registry_ids: Iterable[str], *, skip: set[URIRef]
) -> dict[str, Actor]:
    """As ``_described_actors``, answered by the store: the first description of each actor
    (``first_descriptions.rq``); for an actor first described by an article of the batch, whose
    stored graph it replaces, every description of it (``described_actors.rq``)."""
    graphs: dict[str, Graph] = {}
    again: set[URIRef] = set()
    for r in store.query("first_descriptions", {"skip": rdf.ACTORS_GRAPH}):
        if r["g"] in skip:
            again.add(r["actor"])
        elif "/graph/article/" in str(r["g"]):
            graphs.setdefault(str(r["g"]), Graph()).add((r["actor"], r["p"], r["o"]))
    if again:
        for r in store.query("described_actors", {"actor": sorted(again)}):
            if r["g"] not in skip and "/graph/article/" in str(r["g"]):
                graphs.setdefault(str(r["g"]), Graph()).add((r["actor"], r["p"], r["o"]))
    registry = set(registry_ids)
    known: dict[str, Actor] = {}
    for iri in sorted(graphs):
        for actor in graph_to_actors(graphs[iri]):
            if actor.id not in registry:
                known.setdefault(actor.id, actor)
    return known


def build(
    data_dir: str | Path,
    *,
    store: Store | None = None,
    progress: Progress = _quiet,
    on_wait: Callable[[str], None] | None = None,
) -> BuildReport:
    """Assemble, validate, write ``build/kg.trig`` atomically and, if given, fill ``store``.

    Holds the data folder's lock throughout (``on_wait`` hears once if another writer has it),
    first finishing any interrupted ingest and removing stale temporary files.
    """
    with transaction.locked(data_dir, timeout=lock_timeout(), on_wait=on_wait):
        ds = assemble(data_dir, progress=progress)
        require_valid(ds)
        path = build_path(data_dir)
        write_trig(ds, path)
        if store is not None:
            sync_store(store, ds, progress=progress)
    graphs = _named_graphs(ds)
    articles = tuple(sorted(str(g).rsplit("/", 1)[-1] for g in graphs if "/graph/article/" in g))
    return BuildReport(path, len(ds), len(graphs), articles)


def write_trig(ds: Dataset, path: Path) -> None:
    """Replace ``path`` with ``ds`` as TriG in one step: readers see the old file or the new one."""
    transaction.write_atomic(path, ds.serialize(format="trig").encode("utf-8"))


def lock_timeout() -> float:
    """Seconds a build or ingest waits for another writer of the data folder."""
    return float(settings.value("lock_timeout"))


def sync_store(store: Store, ds: Dataset, *, progress: Progress = _quiet) -> None:
    """Make ``store`` hold exactly the named graphs of ``ds``, one graph replaced at a time."""
    if getattr(store, "read_only", False):
        raise StoreError(f"store {store.spec} is read-only; give it an update URL to build into it")
    graphs = _named_graphs(ds)
    for iri in progress(graphs, len(graphs), "store"):
        store.replace_graph(iri, ds.graph(iri))
    wanted = set(graphs)
    for iri in store.graphs():
        if iri not in wanted:
            store.drop_graph(iri)


def ingest(
    store: Store,
    extraction: Extraction,
    *,
    generated_at: datetime,
    registry_ids: Iterable[str] = (),
) -> URIRef:
    """Validate one article's graph with the store's ontology and actors, then put it in the store.

    Ingesting the same article again replaces its graph. Returns the graph's IRI.
    """
    [(iri, graph)] = prepare(
        store, [extraction], generated_at=generated_at, registry_ids=registry_ids
    )
    store.replace_graph(iri, graph)
    return iri


def prepare(
    store: Store,
    extractions: Iterable[Extraction],
    *,
    generated_at: datetime,
    registry_ids: Iterable[str] = (),
    progress: Progress = _quiet,
    article_ids: Sequence[str] | None = None,
) -> list[tuple[URIRef, Graph]]:
    """Each article's named graph, reconciled with the store and with the articles before it in
    the batch, then all validated at once (a bad one fails the batch); nothing is written.

    Every question to the store is bound to the article's actors, claims and words, so the cost
    follows the batch, not the corpus (the actors described in article graphs aside). Given the
    batch's ``article_ids``, ``extractions`` is read lazily, each turned into its graph as it
    comes (while the next ones are still being extracted).
    """
    registry_ids = frozenset(registry_ids)
    if article_ids is None:
        extractions = list(extractions)
        article_ids = [x.article.id for x in extractions]
    skip = {rdf.article_graph_iri(i) for i in article_ids}
    own = {rdf.article_iri(i) for i in article_ids}
    known = _store_actors(store, registry_ids, skip=skip)
    claims: dict[str, Claim] = {}
    batch = UtteranceIndex()
    out: list[tuple[URIRef, Graph]] = []
    for extraction in progress(extractions, len(article_ids), "ingest"):
        extraction = reconcile(extraction, known)
        stored = _store_claims(store, (c.id for c in extraction.claims), skip=skip)
        extraction = reconcile(extraction, known, {**claims, **stored})
        graph = rdf.extraction_to_graph(
            extraction,
            generated_at=generated_at,
            registry_ids=registry_ids,
            utterances=_reported(extraction, _store_reports(store, extraction, own), batch),
        )
        out.append((rdf.article_graph_iri(extraction.article.id), graph))
        batch.extend(reported_utterances(graph))
        known.update({a.id: a for a in extraction.actors if a.id not in known})
        claims.update({c.id: c for c in extraction.claims if c.id not in claims})
    _require_valid_batch(store, out)
    return out


def _reported(
    extraction: Extraction, stored: UtteranceIndex, batch: UtteranceIndex
) -> dict[str, str]:
    """Quote key -> the utterance it reports, stored before or earlier in the batch."""
    found = {}
    for q in extraction.quotes:
        said = stored.find(q.speaker, q.text) or batch.find(q.speaker, q.text)
        if said is not None:
            found[q.key] = said
    return found


def _require_valid_batch(store: Store, graphs: Sequence[tuple[URIRef, Graph]]) -> None:
    """SHACL over the batch's graphs together, with only the registry actors they name (and whom
    those speak for): the registry was validated when it was built. ``graph.validate`` mixes in
    the ontology files itself (parsed once per process)."""
    registry = store.dataset().graph(rdf.ACTORS_GRAPH)
    used = Graph(identifier=rdf.ACTORS_GRAPH)
    for _, graph in graphs:
        for triple in _actors_used(registry, graph):
            used.add(triple)
    require_valid([used, *(graph for _, graph in graphs)])  # the graphs as they are, not copied


def _actors_used(actors: Graph, article: Graph) -> list[tuple]:
    """The triples of ``actors`` about the actors ``article`` names, and whom they speak for."""
    base = str(rdf.actor_iri(""))
    todo = {n for t in article for n in (t[0], t[2]) if str(n).startswith(base)}
    seen: set = set()
    while todo:
        node = todo.pop()
        seen.add(node)
        todo |= {o for o in actors.objects(node, SG.speaksFor) if o not in seen}
    return [t for node in seen for t in actors.triples((node, None, None))]


def _article_for(annotation: Path, articles_dir: Path) -> Article:
    """The article an annotation is named after: ``annotations/X.yaml`` -> ``articles/X.txt``."""
    path = articles_dir / f"{annotation.stem}.txt"
    if not path.exists():
        raise AnnotationError(
            f"{annotation}: no article {path}; name each annotation after its article file"
        )
    return read_article(path)


def _add_graph(ds: Dataset, iri: URIRef, triples: Iterable[tuple]) -> None:
    target = ds.graph(iri)
    target.addN((s, p, o, target) for s, p, o in triples)


def _named_graphs(ds: Dataset) -> Sequence[URIRef]:
    return sorted(
        g.identifier
        for g in ds.graphs()
        if isinstance(g.identifier, URIRef) and g.identifier != DATASET_DEFAULT_GRAPH_ID and len(g)
    )

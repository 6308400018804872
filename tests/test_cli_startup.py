"""`stancegraph --help` starts fast: no heavy library is imported to build the parser."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("rdflib", "pyshacl", "pyoxigraph", "networkx", "spacy", "streamlit", "graph.queries")


def test_help_imports_no_heavy_library() -> None:
    probe = (
        "import sys, contextlib, io\n"
        "from graph.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try:\n"
        "        main(['--help'])\n"
        "    except SystemExit:\n"
        "        pass\n"
        f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_every_command_is_still_listed() -> None:
    done = subprocess.run([sys.executable, "-m", "graph", "--help"], capture_output=True, text=True)
    for command in ("build", "who-said", "search", "network", "synth", "extract"):
        assert command in done.stdout


def test_the_query_layer_loads_the_sparql_parser_only_for_a_users_query() -> None:
    probe = (
        "import sys\n"
        "import graph.queries as q\n"
        "before = 'graph.queries.readonly' in sys.modules\n"
        "run = q.run_sparql\n"
        "print(before, 'graph.queries.readonly' in sys.modules, run.__module__)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "True", "graph.queries.readonly"]

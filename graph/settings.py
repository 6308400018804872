"""The settings of stancegraph, as data: one table, documented in README.md (a test checks it).

Each setting has a default and, where it makes sense, an environment variable. The CLI and the app
read them through ``value(name)``, so a default lives in one place only.

>>> value("sparql_row_limit", environ={})
1000
>>> value("sparql_row_limit", environ={"STANCEGRAPH_SPARQL_ROW_LIMIT": "50"})
50
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from graph.errors import InputError

__all__ = ["SETTINGS", "Setting", "setting", "value"]


@dataclass(frozen=True, slots=True)
class Setting:
    """One setting: its name, environment variable, default and what it does."""

    name: str
    env: str | None
    default: str | int | float
    help: str

    def parse(self, raw: str) -> str | int | float:
        """``raw`` converted to the type of the default; a bad value is an InputError."""
        kind = type(self.default)
        try:
            parsed = kind(raw)
        except ValueError:
            raise InputError(
                f"{self.env or self.name}={raw!r} is not a valid {kind.__name__}; "
                f"unset it to use the default {self.default!r}"
            ) from None
        if isinstance(parsed, int | float) and parsed <= 0:
            raise InputError(f"{self.env or self.name}={raw!r} must be positive")
        return parsed


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "store",
        "STANCEGRAPH_STORE",
        "oxigraph",
        "Where the graph lives: `oxigraph` (the built TriG file mirrored in an Oxigraph folder "
        "under build/, refilled when the file changes), `oxigraph-memory` (the file loaded into "
        "Oxigraph in memory), `memory` (loaded into rdflib: the slow baseline), `oxigraph:PATH` "
        "(a persistent Oxigraph folder) or `sparql:QUERY_URL[;UPDATE_URL]` (a remote endpoint).",
    ),
    Setting(
        "data",
        "STANCEGRAPH_DATA",
        "data",
        "The data folder: articles/, annotations/, actors.ttl, and build/kg.trig once built.",
    ),
    Setting(
        "build_file",
        None,
        "build/kg.trig",
        "Where `stancegraph build` writes the dataset, relative to the data folder.",
    ),
    Setting(
        "sparql_row_limit",
        "STANCEGRAPH_SPARQL_ROW_LIMIT",
        1000,
        "Most rows `stancegraph sparql` returns unless `--limit` says otherwise.",
    ),
    Setting(
        "sparql_timeout",
        "STANCEGRAPH_SPARQL_TIMEOUT",
        10.0,
        "Seconds `stancegraph sparql` waits for a query unless `--timeout` says otherwise.",
    ),
    Setting(
        "lock_timeout",
        "STANCEGRAPH_LOCK_TIMEOUT",
        120.0,
        "Seconds a build or ingest waits for another one to release the data folder.",
    ),
    Setting(
        "fetch_timeout",
        "STANCEGRAPH_FETCH_TIMEOUT",
        20.0,
        "Seconds `ingest URL`, `follow` and the app wait for a web server (connect and answer).",
    ),
    Setting(
        "page_max_bytes",
        "STANCEGRAPH_PAGE_MAX_BYTES",
        5_000_000,
        "Largest web page (or saved .html file) read; a larger one is refused as too large.",
    ),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def setting(name: str) -> Setting:
    try:
        return _BY_NAME[name]
    except KeyError:
        raise KeyError(f"no setting {name!r}; known: {', '.join(_BY_NAME)}") from None


def value(name: str, environ: Mapping[str, str] | None = None) -> str | int | float:
    """The value of a setting: its environment variable when set, else its default."""
    s = setting(name)
    env = os.environ if environ is None else environ
    raw = env.get(s.env) if s.env else None
    return s.default if raw is None or raw == "" else s.parse(raw)

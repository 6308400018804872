"""`validate` gives the same verdict whichever store holds the graph."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.cli import main

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("backend", ["memory", "oxigraph"])
def test_the_built_seed_conforms_in_every_store(
    backend: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = "memory" if backend == "memory" else f"oxigraph:{tmp_path / 'ox'}"
    data = str(ROOT / "data")
    assert main(["--data", data, "--store", spec, "build"]) == 0
    capsys.readouterr()
    assert main(["--data", data, "--store", spec, "validate"]) == 0
    assert capsys.readouterr().out.startswith("conforms (")

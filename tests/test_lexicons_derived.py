"""The shipped gazetteer, agent list and given names are what scripts/derive_lexicons.py makes of the CAMEO /
Phoenix dictionaries and the hand-written rows: rerunning the script reproduces them exactly.

The dictionaries are the workplace's shared copy (``../shared/lexicons/cameo`` beside the
repository, or ``$CAMEO_DIR``); without them the derivation cannot run and the test says so.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CAMEO = Path(os.environ.get("CAMEO_DIR", ROOT.parent / "shared" / "lexicons" / "cameo"))


@pytest.mark.skipif(
    not (CAMEO / "Phoenix.Countries.actors.txt").exists(), reason=f"no CAMEO dictionaries at {CAMEO}"
)
@pytest.mark.parametrize("name", ["countries.tsv", "agents.tsv", "given_names.txt"])
def test_rerunning_the_derivation_reproduces_the_shipped_file(tmp_path: Path, name: str) -> None:
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "derive_lexicons.py"), str(CAMEO), str(tmp_path)],
        check=True,
        capture_output=True,
    )
    shipped = (ROOT / "graph" / "data" / name).read_text(encoding="utf-8")
    assert (tmp_path / name).read_text(encoding="utf-8") == shipped


def test_every_hand_row_has_the_gazetteer_columns() -> None:
    rows = (ROOT / "scripts" / "countries_by_hand.tsv").read_text(encoding="utf-8").splitlines()
    cells = [r.split("\t") for r in rows if r and not r.startswith("#")]
    assert cells
    assert all(len(c) == 5 and len(c[0]) == 3 and c[0].isupper() and c[1] for c in cells)

"""Settings are data, and the README documents each one (name, environment variable, default)."""

from __future__ import annotations

import re

import pytest

from graph import settings
from graph.errors import InputError
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def _settings_section() -> str:
    match = re.search(r"^## Settings\n(.*?)(?=^## |\Z)", README, re.S | re.M)
    assert match, "README.md has no '## Settings' section"
    return match.group(1)


@pytest.mark.parametrize("setting", settings.SETTINGS, ids=lambda s: s.name)
def test_each_setting_is_documented(setting: settings.Setting) -> None:
    rows = [line for line in _settings_section().splitlines() if f"| `{setting.name}` |" in line]
    assert len(rows) == 1, f"README's Settings table has no row for {setting.name}"
    row = rows[0]
    assert f"`{setting.default}`" in row, f"README gives another default for {setting.name}"
    if setting.env:
        assert f"`{setting.env}`" in row


def test_every_documented_setting_exists() -> None:
    names = re.findall(r"^\| `([a-z_]+)` \|", _settings_section(), re.M)
    assert sorted(names) == sorted(s.name for s in settings.SETTINGS)


def test_settings_read_the_environment() -> None:
    assert settings.value("store", environ={}) == "oxigraph"
    assert settings.value("store", environ={"STANCEGRAPH_STORE": "oxigraph:x"}) == "oxigraph:x"
    assert settings.value("sparql_timeout", environ={"STANCEGRAPH_SPARQL_TIMEOUT": "2.5"}) == 2.5
    with pytest.raises(InputError, match="STANCEGRAPH_SPARQL_ROW_LIMIT='lots'"):
        settings.value("sparql_row_limit", environ={"STANCEGRAPH_SPARQL_ROW_LIMIT": "lots"})
    with pytest.raises(InputError, match="must be positive"):
        settings.value("sparql_row_limit", environ={"STANCEGRAPH_SPARQL_ROW_LIMIT": "0"})

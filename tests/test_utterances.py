"""One utterance, many reports: the same words of the same speaker in two articles are one
utterance, whatever small differences the outlets made; anything else stays apart."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from graph.cli import main
from graph.store import open_store
from graph.utterances import UtteranceIndex, same_words, similarity, utterance_key, words
from graph.vocab import SG

ROOT = Path(__file__).resolve().parents[1]

SAID = (
    "We will not accept any settlement that leaves the families of the victims without "
    "answers, and we will keep going to court until the truth comes out."
)


@pytest.mark.parametrize(
    "other",
    [
        # other quotation marks and a dash
        "“We will not accept any settlement that leaves the families of the victims without "
        "answers — and we will keep going to court until the truth comes out.”",
        # an ellipsis where a clause was cut
        "We will not accept any settlement that leaves the families of the victims without "
        "answers … until the truth comes out.",
        # a trimmed clause
        "We will not accept any settlement that leaves the families of the victims without answers",
        # a changed word
        "We will not accept any deal that leaves the families of the victims without answers, "
        "and we will keep going to court until the truth comes out.",
        # case and accents
        "WE WILL NOT ACCEPT ANY SETTLEMENT THAT LEAVES THE FAMILIES OF THE VICTIMS WITHOUT "
        "ANSWERS, AND WE WILL KEEP GOING TO COURT UNTIL THE TRUTH COMES OUT.",
    ],
)
def test_small_differences_keep_one_utterance(other: str) -> None:
    assert same_words(words(SAID), words(other))


@pytest.mark.parametrize(
    "other",
    [
        "The settlement is fair to the families and we will sign it next week in the capital.",
        "We will accept the settlement.",
        # half of it, with other words
        "We will keep going to court, the minister said, because the ruling was unfair to us.",
    ],
)
def test_other_words_are_another_utterance(other: str) -> None:
    assert not same_words(words(SAID), words(other))


def test_short_statements_must_have_the_same_words() -> None:
    assert same_words(words("“No comment.”"), words("no comment"))
    assert not same_words(words("We refuse."), words("We agree."))
    assert not same_words(words("No."), words("No comment."))
    assert not same_words(frozenset(), frozenset())


def test_similarity_is_symmetric_and_keeps_order() -> None:
    a, b = "it was over, they said", "“It was over” — they said so, for good"
    assert similarity(a, b) == similarity(b, a) == 1.0
    assert similarity("they said it was over", "it was over, they said") == 0.6
    assert similarity("", b) == 0.0


def test_the_index_matches_the_same_speaker_only() -> None:
    index = UtteranceIndex()
    first = index.add("ana", SAID)
    assert first == utterance_key("ana", SAID)
    trimmed = SAID.split(",")[0]
    assert index.add("ana", trimmed) == first
    assert index.find("ben", SAID) is None
    assert index.add("ben", SAID) != first
    assert (
        index.find("ana", "Something else entirely, said on another day in another place.") is None
    )


def test_the_closest_known_utterance_wins() -> None:
    index = UtteranceIndex()
    index.extend(
        [
            ("ana", SAID, "ana-long"),
            ("ana", SAID.replace("court", "the courts"), "ana-variant"),
        ]
    )
    assert index.find("ana", SAID) == "ana-long"


def test_a_cut_clause_may_hold_a_negation() -> None:
    long = "We have waited two years for an offer, and we cannot wait any longer for it."
    assert same_words(words(long), words("We have waited two years for an offer."))


def test_a_denial_is_not_its_opposite() -> None:
    said = "The ministry will publish the full report on the contracts before the elections."
    denied = "The ministry will not publish the full report on the contracts before the elections."
    assert not same_words(words(said), words(denied))
    wont = "The ministry won't publish the full report on the contracts before the elections."
    assert not same_words(words(said), words(wont))


WIRE = (
    "Harbour workers in Saltmere began a three-day strike on Monday after talks over pay "
    "collapsed, halting most cargo traffic in the port.\n\n"
    "“We have waited two years for an offer that keeps up with the rent, and we cannot wait "
    "any longer,” union leader Petra Holm told reporters outside the port gates.\n\n"
    "The shipping association criticised the strike. Its chairman, Jonas Berg, said the "
    "stoppage would cost exporters millions and urged the union to return to the table.\n\n"
    "“Every day the cranes stand still, orders go to other ports and they do not come "
    "back,” Berg said.\n\n"
    "Holm said she rejected the latest offer of the shipping companies and condemned "
    "Jonas Berg for refusing to meet the workers.\n"
)
# The same wire story as a second outlet ran it: its own opening, straight quotation marks,
# a trimmed clause and a changed word.
REWRITTEN = (
    "SALTMERE — Port workers walked out on Monday in a dispute over pay.\n\n"
    '"We have waited two years for an offer that keeps up with the rent," union leader Petra '
    "Holm told reporters outside the port gates.\n\n"
    "The shipping association criticised the strike. Its chairman, Jonas Berg, said the "
    "stoppage would cost exporters millions and urged the union to return to the table.\n\n"
    '"Every day the cranes stand idle, orders go to other ports and they do not come back," '
    "Berg said.\n\n"
    "Holm said she had rejected the latest offer of the shipping companies and condemned "
    "Jonas Berg for refusing to meet the workers.\n"
)


@pytest.fixture()
def data(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(ROOT / "data", target, ignore=shutil.ignore_patterns("build"))
    assert main(["--data", str(target), "--store", "memory", "build"]) == 0
    return target


def _write(folder: Path, name: str, text: str, outlet: str, day: str = "2025-03-03") -> Path:
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    meta = {"outlet": outlet, "published": day, "title": "Port strike"}
    path.with_suffix(".json").write_text(json.dumps(meta), encoding="utf-8")
    return path


def _reports(data: Path, spec: str = "memory") -> dict[str, set[str]]:
    """Utterance -> the articles whose statements report it, from the store."""
    store = open_store(spec, data_dir=data)
    try:
        union = store.dataset()
        found: dict[str, set[str]] = {}
        for statement, said in union.subject_objects(SG.utterance):
            article = union.value(statement, SG.sourceArticle)
            found.setdefault(str(said), set()).add(str(article).rsplit("/", 1)[-1])
        return found
    finally:
        store.close()


@pytest.mark.parametrize(
    ("spec", "together"), [("memory", False), ("oxigraph", False), ("oxigraph", True)]
)
def test_two_outlets_one_utterance_two_reports(
    data: Path, tmp_path: Path, spec: str, together: bool
) -> None:
    """One ingest after the other (the earlier reports found in the store: through its text
    index for Oxigraph) or both in one batch (found in the batch)."""
    coast = _write(tmp_path, "coast", WIRE, "Coast News")
    valley = _write(tmp_path, "valley", REWRITTEN, "Valley Post")
    run = ["--data", str(data), "--store", spec, "ingest"]
    if together:
        assert main([*run, str(coast), str(valley)]) == 0
    else:
        assert main([*run, str(coast)]) == 0
        assert main([*run, str(valley)]) == 0
    reports = _reports(data, spec)
    shared = [said for said, articles in reports.items() if articles == {"coast", "valley"}]
    # Holm's quotation and reported speech, Berg's reported speech and quotation: each once.
    assert len(shared) >= 4, reports
    # A rebuild from the data folder gives the same utterances.
    assert main(["--data", str(data), "--store", spec, "build"]) == 0
    assert _reports(data, spec) == reports


def _json(data: Path, capsys: pytest.CaptureFixture[str], *args: str) -> list[dict]:
    capsys.readouterr()
    assert main(["--data", str(data), "--store", "memory", *args, "--format", "json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_who_said_lists_an_utterance_once_with_its_reports(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    coast = _write(tmp_path, "coast", WIRE, "Coast News", "2025-03-03")
    valley = _write(tmp_path, "valley", REWRITTEN, "Valley Post", "2025-03-04")
    assert main(["--data", str(data), "--store", "memory", "ingest", str(coast), str(valley)]) == 0
    rows = _json(data, capsys, "who-said", "--actor", "Petra Holm")
    assert rows and all(r["reports"] == 2 for r in rows)
    assert all(r["outlets"] == ["Coast News", "Valley Post"] for r in rows)
    assert all(r["first_reported"] == "2025-03-03" and r["article"] == "coast" for r in rows)
    every = _json(data, capsys, "who-said", "--actor", "Petra Holm", "--reports")
    assert len(every) == 2 * len(rows)
    assert {r["article"] for r in every} == {"coast", "valley"}
    # Holm's stance against Berg rests on her statement, reported twice: it counts once.
    stances = _json(data, capsys, "stances", "--actor", "Petra Holm", "--target", "Jonas Berg")
    assert [(s["polarity"], s["article"]) for s in stances] == [("oppose", "coast")]
    network = _json(data, capsys, "network", "--actor", "Petra Holm")
    edges = [e for e in network["edges"] if e["target"] == "jonas-berg"]
    assert len(edges) == 1 and edges[0]["weight"] == 1


def test_the_app_shows_reports_and_sorts_by_them(
    data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from streamlit.testing.v1 import AppTest

    coast = _write(tmp_path, "coast", WIRE, "Coast News", "2025-03-03")
    valley = _write(tmp_path, "valley", REWRITTEN, "Valley Post", "2025-03-04")
    assert main(["--data", str(data), "--store", "memory", "ingest", str(coast), str(valley)]) == 0
    monkeypatch.setenv("STANCEGRAPH_DATA", str(data))
    monkeypatch.setenv("STANCEGRAPH_STORE", "memory")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=90)
    at.query_params["page"] = "who-said"
    at.run()
    assert not at.exception and not at.error
    at.radio(key="ws_order").set_value("most reports").run()
    table = at.dataframe[0].value
    assert table["reports"].iloc[0] == 2
    assert "Coast News; Valley Post" in list(table["outlets"])


def test_a_claim_counts_a_syndicated_position_once(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two outlets carry one report (a word changed): the claims page's sides list the speaker's
    position once, from the first report; other words are another position."""
    story = (
        "Opposition figure Ana Ruiz said on Monday that José Pérez won the election in every "
        "province of the country.\n"
    )
    edited = story.replace("in every province", "in each province")
    for name, text, outlet in (
        ("north", story, "North Star"),
        ("south", edited, "South Post"),
    ):
        _write(tmp_path, name, text, outlet)
        assert (
            main(
                ["--data", str(data), "--store", "memory", "ingest", str(tmp_path / f"{name}.txt")]
            )
            == 0
        )
    rows = [r for r in _json(data, capsys, "claims") if "won the election" in r["text"]]
    assert len(rows) == 1, rows
    assert [p["article"] for p in rows[0]["asserted_by"]] == ["north"]
    # A third article with other words by the same speaker is a second position.
    other = "Ana Ruiz later said that José Pérez won the election by a wide margin.\n"
    _write(tmp_path, "east", other, "East Wire", day="2025-03-04")
    assert (
        main(["--data", str(data), "--store", "memory", "ingest", str(tmp_path / "east.txt")]) == 0
    )
    rows = [r for r in _json(data, capsys, "claims") if "won the election" in r["text"]]
    assert sorted(p["article"] for p in rows[0]["asserted_by"]) == ["east", "north"]

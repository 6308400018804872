"""The learned directed-stance model: it loads, reads known sentences, and retrains the same.

The sentences are the suite's own, not from any corpus.
"""

from __future__ import annotations

import numpy as np
import pytest

from graph.extract import Extractor
from graph.extract.cameo import cameo_class, derive, verb_roots
from graph.extract.nlp import load_pipeline
from graph.extract.stance_features import (
    modifier_link,
    negated_link,
    pair_features,
    patient_link,
    qualifier_of,
    token_range,
)
from graph.extract.stance_model import CLASSES, StanceModel, load_model, swap_label
from graph.model import Article

FULL = load_pipeline().full
needs_model = pytest.mark.skipif(not FULL, reason="needs the spaCy English model")


def _stances(text: str, mode: str = "combined") -> set[tuple[str, str, str]]:
    result = Extractor(stances=mode)(Article("t", text))
    names = {a.id: a.name for a in result.actors}
    return {
        (names[s.source], s.polarity, names[s.target])
        for s in result.stances
        if s.target_kind == "actor"
    }


def _pair(text: str, first: str, second: str) -> tuple[object, tuple[int, int], tuple[int, int]]:
    doc = load_pipeline().nlp(text)
    a, b = text.index(first), text.index(second)
    r1, r2 = token_range(doc, a, a + len(first)), token_range(doc, b, b + len(second))
    assert r1 is not None and r2 is not None
    return doc, r1, r2


def test_shipped_model_loads_with_sane_weights() -> None:
    model = load_model()
    assert len(model.index) > 10_000
    assert model.coef.shape == (len(model.index), len(CLASSES))
    assert np.isfinite(model.coef).all() and model.scale > 0
    probs = model.scores(["w:never-seen-feature"])
    assert probs.sum() == pytest.approx(1.0) and probs.argmax() == 0  # nothing known: no stance


def test_model_file_is_plain_arrays(tmp_path) -> None:
    path = tmp_path / "m.npz"
    np.savez(
        path,
        features=np.array(["a", "b"]),
        coef=np.ones((2, 5), dtype=np.float32),
        intercept=np.zeros(5, dtype=np.float32),
        idf=np.ones(2, dtype=np.float32),
        scale=np.float32(2.0),
    )
    model = StanceModel.read(path)
    assert model.scale == 2.0 and set(model.index) == {"a", "b"}
    with pytest.raises(ValueError, match="shapes"):
        StanceModel(["a"], np.ones((2, 5)), np.zeros(5), np.ones(1))


def test_swapping_twice_is_identity() -> None:
    assert [swap_label(swap_label(c)) for c in range(5)] == list(range(5))


@needs_model
def test_features_are_deterministic_and_depend_on_direction() -> None:
    text = "Senator Ana Ruiz condemned Governor Tom Bell over the budget."
    doc, r1, r2 = _pair(text, "Ana Ruiz", "Tom Bell")
    first = pair_features(doc[:], r1, r2)
    again = pair_features(load_pipeline().nlp(text)[:], r1, r2)
    assert first == again
    assert first != pair_features(doc[:], r2, r1)
    assert "roles:nsubj|dobj" in first and "roles:dobj|nsubj" in pair_features(doc[:], r2, r1)


@needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The senator Lucia Ferrer praised Governor Omar Haddad for his calm handling of the flood.",
            ("Lucia Ferrer", "support", "Omar Haddad"),
        ),
        (
            "Governor Omar Haddad was warmly praised by Senator Lucia Ferrer on Monday.",
            ("Lucia Ferrer", "support", "Omar Haddad"),
        ),
        (
            "Lucia Ferrer accused Omar Haddad of misleading the state legislature.",
            ("Lucia Ferrer", "oppose", "Omar Haddad"),
        ),
        (
            "Omar Haddad was fiercely criticized by Lucia Ferrer after the vote.",
            ("Lucia Ferrer", "oppose", "Omar Haddad"),
        ),
    ],
)
def test_model_reads_polarity_and_direction(text: str, expected: tuple[str, str, str]) -> None:
    assert _stances(text, "model") == {expected}


@needs_model
def test_negated_link_gives_no_model_stance() -> None:
    text = "Senator Lucia Ferrer did not criticize Governor Omar Haddad during the hearing."
    doc, r1, r2 = _pair(text, "Lucia Ferrer", "Omar Haddad")
    assert negated_link(doc[:], r1, r2)
    assert not any(p == "oppose" for _, p, _ in _stances(text, "model"))
    plain = "Senator Lucia Ferrer criticized Governor Omar Haddad during the hearing."
    doc, r1, r2 = _pair(plain, "Lucia Ferrer", "Omar Haddad")
    assert not negated_link(doc[:], r1, r2)


@needs_model
def test_unrelated_actors_get_no_stance() -> None:
    assert _stances("Lucia Ferrer and Omar Haddad both grew up in Tucson.", "model") == set()


@needs_model
def test_model_stances_carry_evidence_and_confidence() -> None:
    text = "Mayor Ines Duarte sharply condemned Minister Karl Weber on Friday."
    result = Extractor(stances="model")(Article("t", text))
    (stance,) = [s for s in result.stances if s.target_kind == "actor"]
    assert stance.span.text == text.rstrip(".")
    assert 0.5 <= stance.confidence <= 1.0


def test_cameo_lexicon_ships_and_classes() -> None:
    roots = verb_roots()
    assert roots["condemn"] == "11" and cameo_class(roots["condemn"]) == "vconf"
    assert cameo_class(roots["praise"]) == "vcoop"
    assert derive(["---  HAIL   [---]  ---", "LAUD", "- * DECISION   [052]  # LAUD"]) == {
        "laud": "05"
    }


def test_training_is_reproducible_on_a_tiny_sample() -> None:
    pytest.importorskip("sklearn")
    from graph.train_stance import train_model

    rows = [["w:praise", "roles:nsubj|dobj"], ["w:praise", "roles:dobj|nsubj"]] * 3
    rows += [["w:attack", "roles:nsubj|dobj"], ["w:attack", "roles:dobj|nsubj"]] * 3
    rows += [["w:visit", "roles:nsubj|dobj"]] * 4
    labels = [1, 2] * 3 + [3, 4] * 3 + [0] * 4
    first, second = train_model(rows, labels), train_model(rows, labels)
    assert first.names == second.names
    assert np.array_equal(first.coef, second.coef)
    model = StanceModel(first.names, first.coef, first.intercept, first.idf)
    assert model.scores(["w:praise", "roles:nsubj|dobj"]).argmax() == 1
    assert model.scores(["w:attack", "roles:dobj|nsubj"]).argmax() == 4


@needs_model
def test_reading_the_pair_the_other_way_gives_the_same_answer() -> None:
    model = load_model()
    text = "Ana Ruiz, the mayor, said on Friday that Tom Bell had betrayed the city's voters."
    doc, r1, r2 = _pair(text, "Ana Ruiz", "Tom Bell")
    forward, backward = model.proba(doc[:], r1, r2), model.reverse_proba(doc[:], r1, r2)
    assert forward.argmax() == backward.argmax()
    assert np.allclose(forward, backward, atol=0.05)


@needs_model
def test_a_stance_on_what_happened_to_someone_is_none_on_them() -> None:
    text = "Mayor Ines Duarte condemned the detention of Karl Weber by the border police."
    doc, r1, r2 = _pair(text, "Ines Duarte", "Karl Weber")
    assert patient_link(doc[:], r1, r2)
    assert not any(t == "Karl Weber" for _, _, t in _stances(text, "model"))


@needs_model
def test_a_quoted_speaker_opposes_whom_the_quotation_attacks() -> None:
    text = (
        "Senator Lucia Ferrer spoke to reporters on Monday. “Omar Haddad has betrayed the voters "
        "of this state and should resign. We will fight him,” Ferrer said."
    )
    result = Extractor(stances="model")(Article("t", text))
    names = {a.id: a.name for a in result.actors}
    (stance,) = [s for s in result.stances if s.target_kind == "actor"]
    assert (names[stance.source], stance.polarity, names[stance.target]) == (
        "Lucia Ferrer",
        "oppose",
        "Omar Haddad",
    )
    assert stance.basis is not None and stance.span.text.startswith("Omar Haddad has betrayed")


@needs_model
def test_a_title_or_employer_in_a_name_is_no_stance() -> None:
    text = "French Foreign Minister Paul Girard arrived in Lisbon on Sunday."
    doc, r1, r2 = _pair(text, "French", "Paul Girard")
    assert modifier_link(doc[:], r1, r2)


@needs_model
def test_the_country_in_a_title_takes_no_stance_of_its_own() -> None:
    text = "U.S. Trade Secretary Paula Reis praised Chile and Peru for refraining from retaliation."
    doc, country, minister = _pair(text, "U.S.", "Paula Reis")
    _, chile, peru = _pair(text, "Chile", "Peru")
    assert qualifier_of(doc[:], country, [minister, chile]) == minister
    # Coordinated targets are no qualifiers of each other, nor is the person of the country.
    assert qualifier_of(doc[:], peru, [chile, minister]) is None
    assert qualifier_of(doc[:], minister, [country, chile]) is None
    found = _stances(text)
    assert ("Paula Reis", "support", "Chile") in found
    assert ("Paula Reis", "support", "Peru") in found
    assert not any(source == "United States" for source, _, _ in found)


@needs_model
def test_the_possessor_of_a_role_in_apposition_qualifies_its_holder() -> None:
    text = "Rita Gomes rejected a claim from Peter Lund, Omar Haddad's chief adviser on trade."
    doc, boss, adviser = _pair(text, "Omar Haddad", "Peter Lund")
    _, critic, _ = _pair(text, "Rita Gomes", "Peter Lund")
    assert qualifier_of(doc[:], boss, [critic, adviser]) == adviser
    # A possessor of the other actor's own name is no qualifier ("Haddad's government").
    text = "Omar Haddad's government rejected the plan of Rita Gomes."
    doc, boss, government = _pair(text, "Omar Haddad", "government")
    assert qualifier_of(doc[:], boss, [government]) is None

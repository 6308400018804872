"""Names after a title and its place, and hyphened surnames (sentences of our own): "the
commissioner of Rawalpindi Ana Ruiz" is Ana Ruiz, whose name the model may start with the
place; "Governor Ade Bankole-Eze" is one person, not "Eze"; a lower-case title whose "of" phrase
holds a place and then a name is that person's."""

from __future__ import annotations

from graph.extract import Extractor
from graph.extract.surfaces import after_titles
from tests.said import speaker_of


def test_a_hyphened_surname_after_a_title_is_whole(extractor: Extractor) -> None:
    text = "Governor Babajide Sanwo-Olu said the roads would reopen on Monday."
    assert speaker_of(extractor, text, "roads would reopen") == "Babajide Sanwo-Olu"


def test_a_title_place_is_no_part_of_an_untagged_name(extractor: Extractor) -> None:
    text = "The Governor of Kwara Ade Bankole-Eze said the roads would reopen on Monday."
    assert speaker_of(extractor, text, "roads would reopen") == "Ade Bankole-Eze"


def test_a_lower_case_title_of_a_place_names_its_holder(extractor: Extractor) -> None:
    text = (
        "Former commissioner of Sialkot Imran Ali Butt alleged that the count had been "
        "changed in favour of the ruling party."
    )
    assert speaker_of(extractor, text, "count had been changed") == "Imran Ali Butt"


def test_a_title_and_a_name_keep_the_whole_name(extractor: Extractor) -> None:
    text = "Minister of Health Ana Maria Ruiz said the clinics would open in June."
    assert speaker_of(extractor, text, "clinics would open") == "Ana Maria Ruiz"
    assert after_titles("Health Ana Maria Ruiz") == 0

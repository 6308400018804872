"""A line with no stop between a story's paragraphs (a picture caption, a heading) is no
sentence the story goes on from: "she said" after a caption of her rival is still the woman the
story was quoting. And a "he" or "she" inside a sentence stands for the one person that sentence
names before it. Sentences are our own."""

from __future__ import annotations

from graph.extract import Extractor
from graph.extract.furniture import unstopped_lines
from graph.model import Article


def said(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    result = extractor(Article("t", text))
    names = {a.id: a.name for a in result.actors}
    return [(names[q.speaker], text[q.span.start : q.span.end]) for q in result.quotes]


STORY = (
    "Former premier Rosa Lind, beaten in Sunday's vote, has rejected the results.\n\n"
    '"We have evidence of fraud in many districts," she told reporters in Kelm.\n\n'
    "In her first reaction, Ms Lind said the count did not reflect the will of voters.\n\n"
    "{caption}\n"
    '"So we reject the outcome," she said.\n'
)


def test_she_after_a_caption_of_her_rival_is_still_the_speaker(extractor: Extractor) -> None:
    caption = (
        "Greta Holm waves to supporters after casting her vote in Kelm, 3 March 2019\n"
        "Greta Holm and her allies won a clear majority"
    )
    found = dict((quote, who) for who, quote in said(extractor, STORY.format(caption=caption)))
    assert found["So we reject the outcome,"] == "Rosa Lind"


def test_she_after_a_stopped_sentence_of_another_woman_is_that_woman(
    extractor: Extractor,
) -> None:
    # The same lines ended as sentences are the story: the pronoun goes on from them.
    caption = "Greta Holm won a clear majority in the vote on Sunday."
    found = dict((quote, who) for who, quote in said(extractor, STORY.format(caption=caption)))
    assert found["So we reject the outcome,"] == "Greta Holm"


def test_unstopped_lines_are_headings_and_captions_not_wrapped_lines() -> None:
    text = (
        "Lind lost.\n\nA clear majority\n\nShe spoke in Kelm, 3 March 2019\n"
        "The lawmakers on Wednesday\nblasted the plan.\n"
        "A paragraph the page cut. Its second sentence stops at\n"
        "The last line is cut"
    )
    assert [text[s:e] for s, e in unstopped_lines(text)] == [
        "A clear majority",
        "She spoke in Kelm, 3 March 2019",
    ]


def test_a_pronoun_inside_a_sentence_is_the_one_person_named_before_it(
    extractor: Extractor,
) -> None:
    text = (
        "Party spokesman Ana Ruiz said on Monday that the count was fair.\n\n"
        "The result extends Tomas Berg's long reign as prime minister, although he has said "
        "he will hand power to his son."
    )
    assert ("Tomas Berg", "he will hand power to his son") in said(extractor, text)


def test_two_people_before_the_pronoun_leave_it_to_the_story(extractor: Extractor) -> None:
    text = (
        "Party spokesman Ana Ruiz said on Monday that the count was fair.\n\n"
        "The result extends Tomas Berg's long reign and ends Jan Vik's hopes, although he has "
        "said he will stand again."
    )
    assert ("Ana Ruiz", "he will stand again") in said(extractor, text)


def test_a_name_in_the_pronouns_own_clause_is_not_its_referent(extractor: Extractor) -> None:
    text = (
        "Ana Ruiz spoke on Monday.\n\n"
        "The ruling against Tomas Berg was unfair, she said.\n\n"
        "Asked about Tomas Berg, she said she did not trust him."
    )
    assert {who for who, _ in said(extractor, text)} == {"Ana Ruiz"}

"""Following a story: feeds and OPML, the seen-set, and one article stored once.

Feeds and pages are written here and served from 127.0.0.1 by the test itself.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from graph.cli import main
from graph.identity import ArticleIndex, canonical_url, text_fingerprint
from graph.model import Article
from tests.local_web import Site, serve
from tests.test_web import article_page

ROOT = Path(__file__).resolve().parents[1]

STORY_A = (
    "The port workers' union in Saltmere on Monday called a three-day strike over pay, "
    "saying talks with the shipping companies had broken down.",
    "“We have waited two years for an offer that keeps up with rents,” said union leader "
    "Petra Holm. “Our members will not wait any longer.”",
    "The Saltmere Shipping Association said the strike would hurt exporters and urged the "
    "union to return to the table.",
)
STORY_B = (
    "Farmers in the Vell valley on Sunday protested against a new water levy, driving tractors "
    "through the centre of the regional capital for the second weekend in a row.",
    "“The levy takes from those who feed the country,” farmers' leader Tomas Reed told the "
    "crowd. He demanded that the regional council withdraw it before the harvest.",
    "Council president Ilse Varga defended the levy and said it would pay for new reservoirs.",
)
OLD_STORY = (
    "The regional council of Vell approved its budget on Thursday after a long debate, with "
    "most of the new spending going to schools and roads across the valley.",
    "“This is a budget for the next ten years,” council president Ilse Varga said after the "
    "vote, and thanked the opposition for its proposals on public transport.",
)


def rss(site: Site, items: list[tuple[str, str, str]]) -> bytes:
    """An RSS 2.0 feed; each item is (path, title, RFC 822 date)."""
    body = "".join(
        f"<item><title>{title}</title><link>{site.url(path)}</link><guid>{site.url(path)}</guid>"
        f"<pubDate>{when}</pubDate></item>"
        for path, title, when in items
    )
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Coast News</title>'
        f"<link>{site.url('/')}</link><description>Local news</description>{body}"
        "</channel></rss>"
    ).encode()


@pytest.fixture()
def data(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(ROOT / "data", target, ignore=shutil.ignore_patterns("build"))
    assert main(["--data", str(target), "build"]) == 0
    return target


@pytest.fixture()
def site() -> Iterator[Site]:
    with serve() as running:
        yield running


def run(data: Path, *args: str) -> int:
    return main(["--data", str(data), *args])


def stored(data: Path) -> list[str]:
    return sorted(p.stem for p in (data / "articles").glob("*.txt"))


def test_follow_takes_new_entries_once(
    data: Path, site: Site, capsys: pytest.CaptureFixture[str]
) -> None:
    site.page("/strike", article_page(STORY_A, title="Port workers strike", canonical=None))
    site.page("/levy", article_page(STORY_B, title="Farmers protest levy", canonical=None))
    site.page("/budget", article_page(OLD_STORY, title="Budget approved", canonical=None))
    feed = site.page(
        "/feed.xml",
        rss(
            site,
            [
                ("/strike", "Port workers strike", "Mon, 10 Jun 2024 09:00:00 GMT"),
                ("/levy", "Farmers protest levy", "Sun, 09 Jun 2024 18:00:00 GMT"),
                ("/budget", "Budget approved", "Thu, 04 Jan 2024 12:00:00 GMT"),
            ],
        ),
        "application/rss+xml",
    )
    before = set(stored(data))
    assert run(data, "follow", feed, "--since", "2024-06-01") == 0
    out = capsys.readouterr()
    added = set(stored(data)) - before
    assert len(added) == 2 and all(a.startswith(("port-workers", "farmers")) for a in added)
    assert "published 2024-01-04, before --since" in out.out
    assert "3 entries in 1 feed(s), 2 new: 2 added" in out.err
    seen = json.loads((data / "feeds" / "seen.json").read_text(encoding="utf-8"))
    assert {v["article"] for v in seen.values()} == added
    # The people quoted in the feed's articles are in the graph.
    assert run(data, "who-said", "--actor", "Petra Holm", "--format", "json") == 0
    assert "We have waited two years" in capsys.readouterr().out
    # Again: nothing new, no page fetched, nothing added.
    pages_before = [p for p, _ in site.requests if p != "/feed.xml"]
    assert run(data, "follow", feed, "--since", "2024-06-01") == 0
    assert "0 new: 0 added" in capsys.readouterr().err
    assert [p for p, _ in site.requests if p != "/feed.xml"] == pages_before
    assert set(stored(data)) - before == added


def test_a_failing_entry_is_one_line_and_is_tried_again(
    data: Path, site: Site, capsys: pytest.CaptureFixture[str]
) -> None:
    site.page("/strike", article_page(STORY_A, title="Port workers strike", canonical=None))
    feed = site.page(
        "/feed.xml",
        rss(
            site,
            [
                ("/gone", "A story that was taken down", "Mon, 10 Jun 2024 09:00:00 GMT"),
                ("/strike", "Port workers strike", "Mon, 10 Jun 2024 08:00:00 GMT"),
            ],
        ),
    )
    assert run(data, "follow", feed) == 0
    err = capsys.readouterr().err
    failed = [line for line in err.splitlines() if "failed:" in line]
    assert len(failed) == 1 and "/gone: not found (HTTP 404)" in failed[0]
    assert any(a.startswith("port-workers-strike") for a in stored(data))
    # Put the page up: the next run takes it.
    site.page("/gone", article_page(STORY_B, title="Farmers protest levy", canonical=None))
    assert run(data, "follow", feed) == 0
    assert "1 new: 1 added" in capsys.readouterr().err


def test_opml_limit_and_atom(data: Path, site: Site, capsys: pytest.CaptureFixture[str]) -> None:
    site.page("/strike", article_page(STORY_A, title="Port workers strike", canonical=None))
    site.page("/levy", article_page(STORY_B, title="Farmers protest levy", canonical=None))
    site.page("/rss.xml", rss(site, [("/strike", "Port workers strike", "")]))
    atom = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>Valley Post</title><id>urn:valley</id><updated>2024-06-10T00:00:00Z</updated>"
        f'<entry><title>Farmers protest levy</title><link href="{site.url("/levy")}"/>'
        "<id>urn:valley:levy</id><updated>2024-06-09T18:00:00Z</updated></entry></feed>"
    )
    site.page("/atom.xml", atom.encode(), "application/atom+xml")
    opml = data.parent / "feeds.opml"
    opml.write_text(
        '<?xml version="1.0"?><opml version="2.0"><head><title>mine</title></head><body>'
        f'<outline text="Coast" xmlUrl="{site.url("/rss.xml")}"/>'
        f'<outline text="Valley"><outline text="Post" xmlUrl="{site.url("/atom.xml")}"/>'
        "</outline></body></opml>",
        encoding="utf-8",
    )
    assert run(data, "follow", str(opml), "--limit", "1") == 0
    assert "2 entries in 2 feed(s), 1 new: 1 added" in capsys.readouterr().err
    assert run(data, "follow", str(opml)) == 0
    assert "2 entries in 2 feed(s), 1 new: 1 added" in capsys.readouterr().err


def test_bad_feeds_and_arguments(
    data: Path, site: Site, capsys: pytest.CaptureFixture[str]
) -> None:
    page = site.page("/strike", article_page(STORY_A))
    assert run(data, "follow", page) == 1
    assert "not an RSS or Atom feed" in capsys.readouterr().err
    assert run(data, "follow", site.url("/nofeed.xml")) == 1
    assert "not found (HTTP 404)" in capsys.readouterr().err
    assert run(data, "follow", page, "--since", "last week") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--since 'last week' is not an ISO date" in err
    assert run(data, "follow", page, "--limit", "0") == 1


def test_the_same_article_reached_twice_is_stored_once(
    data: Path, site: Site, capsys: pytest.CaptureFixture[str]
) -> None:
    canonical = "https://coast-news.example/local/port-strike"
    page = article_page(STORY_A, title="Port workers strike", canonical=canonical)
    first, second = site.page("/strike", page), site.page("/strike?utm_source=rss", page)
    assert run(data, "ingest", first) == 0
    before = stored(data)
    # The same canonical address, reached another way: not ingested again.
    assert run(data, "ingest", second) == 0
    assert "unchanged since it was ingested; skipped" in capsys.readouterr().out
    # The same text under another address (a mirror without a canonical link): not again.
    mirror = site.page("/mirror", article_page(STORY_A, title="Strike", canonical=None))
    assert run(data, "ingest", mirror) == 0
    assert "the same text as article port-workers-strike-" in capsys.readouterr().out
    assert stored(data) == before
    # A changed text under the same address replaces the stored version, under its id.
    corrected = (STORY_A[0], STORY_A[1].replace("two years", "three years"), STORY_A[2])
    site.page("/strike", article_page(corrected, title="Port strike", canonical=canonical))
    assert run(data, "ingest", first) == 0
    assert "ingested port-workers-strike-" in capsys.readouterr().out
    assert stored(data) == before
    assert run(data, "who-said", "--actor", "Petra Holm", "--format", "json") == 0
    out = capsys.readouterr().out
    assert "three years" in out and "two years" not in out


def test_two_outlets_carrying_one_wire_story_are_two_articles(
    data: Path, site: Site, capsys: pytest.CaptureFixture[str]
) -> None:
    """Small edits (a trimmed clause, another dateline style) make another article."""
    coast = site.page("/wire", article_page(STORY_A, title="Port strike called", canonical=None))
    edited = (
        "SALTMERE — " + STORY_A[0].replace(" on Monday", ""),
        STORY_A[1].replace("“", '"').replace("”", '"'),
    )
    valley = site.page(
        "/their-wire",
        article_page(
            edited,
            title="Port strike called",
            site="Valley Post",
            canonical="https://valley-post.example/wire/port-strike",
        ),
    )
    assert run(data, "ingest", coast, valley) == 0
    out = capsys.readouterr().out
    assert out.count("ingested port-strike-called-") == 2


def test_identity_rules() -> None:
    assert canonical_url("http://A.example:80/x/?b=1&utm_medium=x#top") == "http://a.example/x?b=1"
    assert canonical_url("https://a.example") == "https://a.example/"
    assert text_fingerprint("A  “quote” — here") == text_fingerprint('A "quote" - here')
    assert text_fingerprint("A quote here.") != text_fingerprint("A quote there.")
    index = ArticleIndex([Article("one", "Same words.", url="https://a.example/1")])
    assert index.classify(Article("two", "Same  words.")).kind == "duplicate"
    assert index.classify(Article("one", "Same words.")).kind == "unchanged"
    moved = index.classify(Article("new-id", "Other words.", url="https://a.example/1/"))
    assert (moved.kind, moved.article.id) == ("changed", "one")
    assert index.classify(Article("three", "Other words.")).kind == "new"
    verdicts = index.sort([Article("x", "New text."), Article("y", "New text.")])
    assert [v.kind for v in verdicts] == ["new", "duplicate"]


def test_an_article_breaking_a_shape_fails_alone(
    data: Path, site: Site, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from graph import dataset
    from graph.errors import ValidationFailed

    real, checks = dataset.require_valid, []

    def check(graphs) -> None:  # type: ignore[no-untyped-def]
        # Every page here conforms: stand in for a validator that finds a violation in one.
        named = [str(g.identifier) for g in graphs if len(g)]
        checks.append(len([g for g in named if "/graph/article/" in g]))
        if any("/graph/article/farmers" in g for g in named):
            raise ValidationFailed("1 SHACL violation(s): sgd:x: rule: message", ("x",))
        real(graphs)

    monkeypatch.setattr(dataset, "require_valid", check)
    site.page("/strike", article_page(STORY_A, title="Port workers strike", canonical=None))
    site.page("/levy", article_page(STORY_B, title="Farmers protest levy", canonical=None))
    site.page("/budget", article_page(OLD_STORY, title="Budget approved", canonical=None))
    when = "Mon, 10 Jun 2024 09:00:00 GMT"
    feed = site.page(
        "/feed.xml",
        rss(site, [(p, p, when) for p in ("/strike", "/levy", "/budget")]),
    )
    before = set(stored(data))
    assert run(data, "follow", feed) == 0
    err = capsys.readouterr().err
    failed = [line for line in err.splitlines() if "failed:" in line]
    assert len(failed) == 1 and "/levy: 1 SHACL violation(s)" in failed[0]
    added = set(stored(data)) - before
    assert len(added) == 2 and not any(a.startswith("farmers") for a in added)
    # All three together, then halves until the bad one stands alone.
    assert checks == [3, 1, 2, 1, 1]
    assert "2 added, 0 skipped, 1 failed" in err


EXTRA_STORIES = (
    (
        "The ferry between Norby and Halden will stop running in October, the transport "
        "ministry said on Tuesday, after the last operator gave up its licence.",
        "“Without the ferry our island is cut off for half the year,” said Arvid Dahl, who "
        "runs the only shop in Norby.",
    ),
    (
        "Teachers in Kessa walked out of their classrooms on Wednesday morning to protest "
        "against larger classes and a pay offer they called an insult.",
        "“We are asked to teach thirty children in rooms built for twenty,” union delegate "
        "Nora Strand said outside the town hall.",
    ),
)


def five_entry_feed(site: Site) -> str:
    stories = [
        ("/strike", "Port workers strike", STORY_A),
        ("/levy", "Farmers protest levy", STORY_B),
        ("/budget", "Budget approved", OLD_STORY),
        ("/ferry", "Ferry line to close", EXTRA_STORIES[0]),
        ("/teachers", "Teachers walk out", EXTRA_STORIES[1]),
    ]
    for path, title, paragraphs in stories:
        site.page(path, article_page(paragraphs, title=title, canonical=None))
    when = "Mon, 10 Jun 2024 09:00:00 GMT"
    return site.page("/feed.xml", rss(site, [(p, t, when) for p, t, _ in stories]))


def test_a_bad_article_fails_alone_under_the_real_shapes(
    data: Path, site: Site, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A statement without a speaker breaks sh:minCount: that article fails, the others land."""
    from rdflib import RDF

    from graph import rdf
    from graph.vocab import SG, SGD

    real = rdf.extraction_to_graph

    def broken(extraction, **kwargs):  # type: ignore[no-untyped-def]
        graph = real(extraction, **kwargs)
        if extraction.article.id.startswith("farmers"):
            graph.add((SGD[f"article/{extraction.article.id}/statement-x"], RDF.type, SG.Statement))
        return graph

    monkeypatch.setattr(rdf, "extraction_to_graph", broken)
    feed = five_entry_feed(site)
    before = set(stored(data))
    assert run(data, "follow", feed) == 0
    err = capsys.readouterr().err
    failed = [line for line in err.splitlines() if "failed:" in line]
    assert len(failed) == 1 and "/levy: the graph breaks" in failed[0]
    assert "/statement-x " in failed[0] and "sh:MinCount" in failed[0]
    added = set(stored(data)) - before
    assert len(added) == 4 and not any(a.startswith("farmers") for a in added)
    assert "4 added, 0 skipped, 1 failed" in err
    assert not any(p.stem.startswith("farmers") for p in (data / "ingested").glob("*"))

"""A saved news page gives the same extraction as its plain text.

Usage: python benchmarks/page_fidelity.py [ARTICLES_DIR GOLD_DIR]   (default: the dev2 corpus)

For each article with a gold file, writes (in a temporary folder, never kept) the page a news
site would serve: the text's paragraphs inside an <article>, with navigation, a byline, a
share bar, related links, reader comments and a footer around it, and the sidecar's metadata
in <meta> tags. Then it reads the page the way `stancegraph ingest page.html` does and
compares with the .txt, measured in the same run:
- text: does the page's main text equal the .txt text (paragraphs as blank-line blocks; a line
  break inside a paragraph is a space on a page, as HTML folds white space)?
- quotes inside the main text: no quote span of the page's extraction covers page chrome;
- speaker attribution F1 and quote-span F1 against the gold, page vs text (target: within 0.02).
"""

from __future__ import annotations

import argparse
import html
import json
import sys
import tempfile
from pathlib import Path

from graph.corpus import read_article
from graph.evaluate import score_article, total
from graph.extract import Extractor
from graph.registry import load_registry

ROOT = Path(__file__).resolve().parents[1]
DEV2 = ROOT.parent / "shared" / "corpus" / "dev2"

CHROME_WORDS = ("Subscribe", "Related stories", "Reader comments", "All rights reserved")


def page_for(text: str, meta: dict) -> str:
    """The page a news site would serve for ``text``."""
    esc = html.escape
    title = esc(meta.get("title") or "Untitled")
    paragraphs = "\n".join(f"<p>{esc(p)}</p>" for p in text.split("\n\n") if p.strip())
    published = meta.get("published") or ""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{title} | {esc(meta.get("outlet") or "News")}</title>
<link rel="canonical" href="{esc(meta.get("url") or "https://news.example/story")}">
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="{esc(meta.get("outlet") or "News")}">
<meta property="article:published_time" content="{esc(published)}"></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a>
<a href="/sport">Sport</a> <a href="/subscribe">Subscribe</a></nav></header>
<main><article><h1>{title}</h1><div class="byline">By Staff Reporter</div>
<div class="share"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
{paragraphs}
</article>
<aside class="related"><h2>Related stories</h2><ul><li><a href="/a">Markets rally after vote</a></li>
<li><a href="/b">What the new rules mean for you</a></li></ul></aside></main>
<section id="comments" class="comments"><h2>Reader comments</h2>
<div class="comment"><p>I completely disagree with everything said here, this is a disgrace.</p></div>
<div class="comment"><p>Well said, finally someone is telling the truth about this.</p></div>
</section><footer>© News. All rights reserved. <a href="/privacy">Privacy</a></footer>
</body></html>"""


def on_page(gold: dict, text: str) -> dict:
    """The gold with each quoted text as the page shows it: a line break inside a paragraph of
    the .txt is a space on a page (HTML folds white space)."""

    def shown(exact: str) -> str:
        return exact if exact in text else " ".join(exact.split())

    quotes = [{**q, "text": shown(q["text"])} for q in gold.get("quotes", [])]
    stances = [{**s, "evidence": shown(s["evidence"])} for s in gold.get("stances", [])]
    return {**gold, "quotes": quotes, "stances": stances}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="?", type=Path, default=DEV2 / "articles")
    parser.add_argument("gold", nargs="?", type=Path, default=DEV2 / "gold")
    args = parser.parse_args()
    extractor = Extractor(load_registry(ROOT / "data" / "actors.ttl"))
    text_scores, page_scores, same_text, chrome = [], [], 0, 0
    with tempfile.TemporaryDirectory(prefix="page-fidelity-") as tmp:
        for gold_path in sorted(args.gold.glob("*.json")):
            txt = args.articles / f"{gold_path.stem}.txt"
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            plain = read_article(txt)
            sidecar = txt.with_suffix(".json")
            meta = json.loads(sidecar.read_text(encoding="utf-8")) if sidecar.exists() else {}
            page = Path(tmp) / f"{gold_path.stem}.html"
            page.write_text(page_for(plain.text, meta), encoding="utf-8")
            from_page = read_article(page)
            same_text += from_page.text == plain.text
            text_result, page_result = extractor.many([plain, from_page])
            chrome += sum(any(w in q.span.text for w in CHROME_WORDS) for q in page_result.quotes)
            text_scores.append(score_article(text_result, gold))
            page_scores.append(score_article(page_result, on_page(gold, from_page.text)))
            t, p = text_scores[-1], page_scores[-1]
            print(
                f"{gold_path.stem[:44]:<44} text same: {from_page.text == plain.text!s:<5} "
                f"speaker F1 text {t.attribution.f1:.2f} page {p.attribution.f1:.2f}"
            )
    t, p = total(text_scores), total(page_scores)
    n = len(text_scores)
    print(f"articles                     {n}")
    print(f"page text equals .txt text   {same_text}/{n}")
    print(f"quotes covering page chrome  {chrome}")
    print(f"quote span F1     text {t.quotes.f1:.3f}  page {p.quotes.f1:.3f}")
    print(f"speaker F1        text {t.attribution.f1:.3f}  page {p.attribution.f1:.3f}")
    gap = abs(t.attribution.f1 - p.attribution.f1)
    print(f"speaker F1 gap    {gap:.3f}  (target <= 0.02)")
    return 0 if gap <= 0.02 and chrome == 0 else 1


if __name__ == "__main__":
    sys.exit(main())

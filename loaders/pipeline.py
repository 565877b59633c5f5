"""The whole pipeline for one article: read text -> Extraction.

`extract(article)` never raises on any text: every detector runs per
sentence behind a guard, so a sentence it cannot understand costs a missing
fact (and a Rejection saying so), never a crash.
"""
from __future__ import annotations

import re
import traceback
from collections import Counter

from loaders.clean import clean
from loaders.model import ArticleContext, Extraction, PartialDate, RawArticle, Rejection, Sentence
from loaders.resolve.countries import find_countries
from loaders.resolve.dates import (find_dates, find_publication_date, reference_from_evidence,
                                   years_in)
from loaders.sentences import split_sentences
from loaders.tables import find_tables


def _title(article: RawArticle, segments) -> str | None:
    if article.title:
        return article.title
    for sg in segments:
        if sg.kind == "title":
            return " ".join(sg.text.split())
    return None


def build_context(article: RawArticle, segments, sentences: list[Sentence],
                  title_idx: set[int]) -> ArticleContext:
    text = article.text
    published = PartialDate.parse(article.published) if article.published else None
    if published is None:
        published = find_publication_date(text, segments)
    body_text = " ".join(s.text for s in sentences)
    years = sorted(set(years_in(body_text)))
    reference = reference_from_evidence(body_text, published)
    if reference is None:
        # a weekday + day + month whose calendar fixes the year
        for s in sentences:
            for dm in find_dates(s.text, None, years):
                if dm.kind == "absolute" and dm.value is not None and dm.value.day and \
                        any(w in dm.text for w in ("day,", "day ")):
                    reference = dm.value
                    break
            if reference:
                break
    if reference is None:
        # a full date (with year) stated in the lead fixes the year: the latest such, so that a founding date
        # recalled beside it ("the 63rd anniversary of relations (June 15, 1962 - June 15, 2025)") is not taken
        lead_years = [dm.value.year for s in sentences[:4] for dm in find_dates(s.text, None, years)
                      if dm.value is not None and dm.kind in ("absolute", "span") and dm.value.day]
        if lead_years and (not years or max(lead_years) >= max(years) - 5):
            # (not a date long before the years the article reports: "Japan's early recognition of X on
            # 10 February 1972" in a page about 2023-2025 is history, not the page's time)
            reference = PartialDate(max(lead_years))
    year = (reference or published).year if (reference or published) else (max(years) if years else None)
    counts: Counter = Counter()
    for s in sentences:
        w = 2 if s.index in title_idx else 1
        for cm in find_countries(s.text, year):
            counts[cm.iso3] += w
    main_pair = None
    top = [iso for iso, _ in counts.most_common(2)]
    if len(top) == 2:
        main_pair = tuple(sorted(top))
    ctx = ArticleContext(name=article.name, title=_title(article, segments), published=published,
                         reference=reference, main_pair=main_pair, years_mentioned=tuple(years))
    # the dateline place (for "here" in the body); not a field of the shared dataclass
    ctx.dateline = _dateline_place(segments, year)
    if sum(1 for sg in segments if sg.kind == "dateline" and sg.why == "dateline prefix") >= 2:
        # a digest of stories, each under its own "TOKYO - ..." line: the top dateline places none of them
        ctx.dateline = None
    return ctx


def _dateline_place(segments, year):
    for sg in segments[:8]:
        if sg.kind == "dateline" and sg.why in ("dateline", "dateline prefix"):
            place = re.split(r"[,(–—-]", sg.text.strip(), maxsplit=1)[0].strip()
            if not place:
                continue
            cms = find_countries(place.title() if place.isupper() else place, year)
            if cms and cms[0].via in ("capital", "city"):
                # a wire dateline alone on its line ("MOSCOW, March 31 -") is where the reporter was
                return (cms[0].surface, cms[0].iso3, sg.why == "dateline")
    return None


def _detectors():
    out = []
    try:
        from loaders.detect.visits import detect_visits
        out.append(("visits", detect_visits))
    except ImportError:
        pass
    try:
        from loaders.detect.agreements import detect_agreements
        out.append(("agreements", detect_agreements))
    except ImportError:
        pass
    try:
        from loaders.detect.trade import detect_trade
        out.append(("trade", detect_trade))
    except ImportError:
        pass
    try:
        from loaders.detect.milestones import detect_milestones
        out.append(("milestones", detect_milestones))
    except ImportError:
        pass
    return out


def extract(article: RawArticle) -> Extraction:
    text = article.text or ""
    try:
        segments = clean(text)
    except Exception:  # pragma: no cover - defensive
        segments = []
    try:
        sentences = split_sentences(text, segments)
    except Exception:  # pragma: no cover - defensive
        sentences = []
    title_ranges = [(sg.start, sg.end) for sg in segments if sg.kind == "title"]
    title_idx = {s.index for s in sentences if any(a <= s.start < b for a, b in title_ranges)}
    try:
        ctx = build_context(article, segments, sentences, title_idx)
    except Exception:  # pragma: no cover - defensive
        ctx = ArticleContext(name=article.name, title=_title(article, segments))
    ex = Extraction(name=article.name, title=ctx.title,
                    published=ctx.published.iso() if ctx.published else None,
                    segments=segments, sentences=sentences)
    body = [s for s in sentences if s.index not in title_idx]
    for kind, fn in _detectors():
        try:
            facts, rejected = fn(body, ctx)
        except Exception as exc:  # a detector bug costs its facts, never the article
            facts, rejected = [], [Rejection(-1, "", kind.rstrip("s"),
                                             f"detector error: {exc!r} {traceback.format_exc(limit=2)}")]
        getattr(ex, kind).extend(facts)
        ex.rejected.extend(rejected)
    _read_tables(text, body, ctx, ex)
    return ex


def _read_tables(text: str, body: list[Sentence], ctx: ArticleContext, ex: Extraction) -> None:
    """Trade figures from the article's "|" tables, one row per figure with those its sentences gave."""
    try:
        from loaders.detect.trade import dedupe_figures
        from loaders.detect.trade_tables import detect_trade_tables
        facts, rejected = detect_trade_tables(find_tables(text), body, ctx)
    except Exception as exc:  # a table bug costs its figures, never the article
        ex.rejected.append(Rejection(-1, "", "trade", f"table reader error: {exc!r}"))
        return
    if facts:
        # a figure told in a sentence and repeated in the table is one row, the sentence's
        ex.trade[:] = dedupe_figures(ex.trade + facts)
    ex.rejected.extend(rejected)


"""Read a saved web page (.html, .htm) into a RawArticle.

The article's main text, title and publication date are taken out of the page
with trafilatura (precision mode: navigation, teasers, "related stories",
comments, tables and footers are left out).  The text handed on is the title
on the first line, then the body paragraphs one per line, which is what the
clean/sentences stages expect.

Bytes are decoded from a BOM, else the charset the page declares in a
``<meta>`` tag (or an XML declaration), else UTF-8, else a detected charset,
else cp1252 (what browsers use for undeclared legacy pages).

The publication date is only taken from what the page states (meta tags,
``<time>``, JSON-LD, a visible "Published ..." line), never guessed from a
copyright year or a URL: a wrong date is worse than none, since the date
stage downstream can still look in the text.
"""
from __future__ import annotations

import codecs
import hashlib
import logging
import re
from datetime import date

import loaders.read as _read  # ReadError; module import so read.py may import us back
from loaders.model import RawArticle

HTML_SUFFIXES = {".html", ".htm", ".xhtml"}

# trafilatura/htmldate log parse hiccups at WARNING/ERROR; with no handler
# configured Python would print them to stderr (over the TUI).  A NullHandler
# keeps them quiet unless the application configures logging itself.
for _logger in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_logger).addHandler(logging.NullHandler())

# A body must have at least this much prose once the title is removed; a page
# that only yields a heading or a few menu words is not an article.
MIN_BODY_WORDS = 12
MIN_LONGEST_LINE_WORDS = 6

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(
    rb"""<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)["']""", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_WS = re.compile(r"[ \t\r\f\v]+")

# WHATWG: these labels mean windows-1252 in every browser.
_LEGACY_LATIN = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "ascii",
                 "us-ascii", "windows-1252", "cp1252", "x-cp1252"}


def _declared_charset(head: bytes) -> str | None:
    m = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if not m:
        return None
    label = m.group(1).decode("ascii", "ignore").strip().lower()
    if label in _LEGACY_LATIN:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_html(data: bytes) -> str:
    """Bytes of a saved page → str (see the module docstring for the order)."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(enc, errors="replace")
    declared = _declared_charset(data[:4096])
    if declared and declared not in ("utf-16", "utf-32"):  # no BOM: a wrong claim
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:  # a dependency of trafilatura; optional here
        from charset_normalizer import from_bytes

        best = from_bytes(data[:65536]).best()
        if best is not None and best.encoding:
            try:
                return data.decode(best.encoding)
            except (UnicodeDecodeError, LookupError):
                pass
    except ImportError:  # pragma: no cover
        pass
    return data.decode("cp1252", errors="replace")


def _norm(s: str) -> str:
    return " ".join(s.split()).casefold()


def _lines(text: str) -> list[str]:
    out = []
    for line in text.splitlines():
        line = _WS.sub(" ", line).strip()
        if line:
            out.append(line)
    return out


def _iso_date(value: str | None) -> str | None:
    """trafilatura gives YYYY-MM-DD; keep only a well-formed partial ISO date."""
    if not value:
        return None
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value.strip())
    if not m:
        return None
    y, mo, d = m.groups()
    try:
        if d:
            date(int(y), int(mo), int(d))
        elif mo and not 1 <= int(mo) <= 12:
            return None
    except ValueError:
        return None
    return "-".join(p for p in (y, mo, d) if p)


# In-body teasers ("Read more: <a>Other story</a>", a list of links to other
# stories) survive trafilatura when they sit inside the article element: a
# short paragraph or list item whose text is mostly link text is not prose.
TEASER_LINK_SHARE = 0.6
TEASER_MAX_WORDS = 30


def _drop_link_paragraphs(tree) -> None:
    doomed = []
    for el in tree.iter("p", "li", "h2", "h3", "h4", "h5", "h6"):
        text = " ".join(el.text_content().split())
        if not text or len(text.split()) > TEASER_MAX_WORDS:
            continue
        linked = sum(len(" ".join(a.text_content().split())) for a in el.iter("a"))
        if linked and linked >= TEASER_LINK_SHARE * len(text):
            doomed.append(el)
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()


def extract_page(html: str) -> tuple[str | None, str | None, list[str]]:
    """Page markup → (title, published ISO date, body paragraphs)."""
    import trafilatura  # heavy import, only when a page is actually read

    from trafilatura.utils import load_html

    html = _XML_DECL.sub("", html, count=1)  # lxml refuses str with an encoding decl
    tree = load_html(html)
    if tree is None:
        return None, None, []
    _drop_link_paragraphs(tree)
    doc = trafilatura.bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        favor_precision=True,
        deduplicate=False,
        date_extraction_params={
            "original_date": True,       # publication, not last-modified
            "extensive_search": False,   # no guessing from "© 2025" or the URL
            "max_date": date.today().isoformat(),
        },
    )
    if doc is None:
        return None, None, []
    title = _WS.sub(" ", doc.title).strip() if doc.title else None
    body = _lines(doc.text or "")
    if title and body and _norm(body[0]) == _norm(title):
        body = body[1:]  # the page's h1, already the first line of our text
    return title or None, _iso_date(doc.date), body


def read_html(name: str, data: bytes, path: str = "") -> RawArticle:
    """A saved news page → one RawArticle (title line, then body paragraphs).

    Raises ReadError when the page is empty or holds no article body.
    """
    if data is None or not data.strip():
        raise _read.ReadError(f"{name}: empty file")
    html = decode_html(data)
    try:
        title, published, body = extract_page(html)
    except (ValueError, TypeError, LookupError, RecursionError) as exc:  # lxml/trafilatura on odd markup
        raise _read.ReadError(f"{name}: cannot parse the page: {exc}") from exc
    words = sum(len(line.split()) for line in body)
    longest = max((len(line.split()) for line in body), default=0)
    if words < MIN_BODY_WORDS or longest < MIN_LONGEST_LINE_WORDS:
        raise _read.ReadError(f"{name}: no article body found in the page")
    text = "\n".join(([title] if title else []) + body)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return RawArticle(name=name, text=text, content_hash=digest, path=path,
                      title=title, published=published)

"""Read article files into RawArticle objects.

Plain text (.txt, .md) only for now.  Bytes are decoded as UTF-8 (a UTF-8
BOM is dropped), UTF-16 when a UTF-16 BOM is present, and cp1252 as the
fallback.  Binary or empty input raises ReadError with the reason.
"""
from __future__ import annotations

import errno
import hashlib
import os
from pathlib import Path

from loaders.model import RawArticle

TEXT_SUFFIXES = {".txt", ".md", ".text", ""}


class ReadError(Exception):
    """The input cannot be read as an article; the message says why."""


# Size caps: a news article is a few KB; anything past these is not one article
# (a log, a dump, a disk image), and reading it whole would cost unbounded
# memory and minutes of extraction. Collections are streamed and capped per item.
MAX_TEXT_BYTES = 1024 * 1024          # a .txt/.md file, or one article's text
MAX_PAGE_BYTES = 5 * 1024 * 1024      # a saved .html page (markup, scripts, styles)


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"


def too_large(size: int, cap: int) -> str:
    return f"too large for one article ({_mb(size)} > {cap // (1024 * 1024)} MB)"


def _read_capped(p: Path, cap: int) -> bytes:
    """The file's bytes, never more than cap + 1 of them held in memory."""
    with open(p, "rb") as fh:
        data = fh.read(cap + 1)
        if len(data) > cap:
            try:
                size = os.fstat(fh.fileno()).st_size
            except OSError:
                size = len(data)
            raise ReadError(f"{p.name}: {too_large(max(size, len(data)), cap)}")
    return data


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict")
    if data.startswith(b"\xff\xfe") or data.startswith(b"\xfe\xff"):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise ReadError("binary data (NUL bytes) — not a text article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise ReadError(f"cannot decode as UTF-8, UTF-16 or cp1252: {exc}") from exc


def read_text(name: str, data: bytes, path: str = "") -> RawArticle:
    if data is None or not data.strip():
        raise ReadError(f"{name}: empty file")
    try:
        text = _decode(data)
    except UnicodeDecodeError as exc:
        raise ReadError(f"{name}: cannot decode text: {exc}") from exc
    except ReadError as exc:
        raise ReadError(f"{name}: {exc}") from exc
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ReadError(f"{name}: empty file")
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\n\t\f\v")
    if controls > max(8, len(text[:4096]) // 50):
        raise ReadError(f"{name}: looks binary (control characters)")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return RawArticle(name=name, text=text, content_hash=digest, path=path)


HTML_SUFFIXES = (".html", ".htm")
COLLECTION_SUFFIXES = (".jsonl", ".ndjson", ".csv", ".tsv", ".jsonl.gz", ".ndjson.gz", ".csv.gz", ".tsv.gz",
                       ".json.gz")
# A folder walk picks up these; a file named on the command line is always tried.
FOLDER_SUFFIXES = (".txt", ".md", *HTML_SUFFIXES, *COLLECTION_SUFFIXES)


def is_supported(path) -> bool:
    return Path(path).name.lower().endswith(FOLDER_SUFFIXES)


def read_path(path) -> list[RawArticle]:
    """One file → its articles: one for a text or HTML file, many for a collection."""
    p = Path(path)
    if not p.exists():
        if p.is_symlink():
            try:
                p.resolve(strict=True)
            except RuntimeError:  # Python < 3.13
                raise ReadError(f"{p.name}: symlink loop") from None
            except OSError as exc:
                if exc.errno == errno.ELOOP:
                    raise ReadError(f"{p.name}: symlink loop") from None
            raise ReadError(f"{p.name}: broken symlink (its target does not exist)")
        raise ReadError(f"{p}: no such file")
    if p.is_dir():
        raise ReadError(f"{p}: is a directory")
    lower = p.name.lower()
    if lower.endswith(COLLECTION_SUFFIXES) or lower.endswith(".json"):
        from loaders.article_collections import read_collection
        return read_collection(p)
    if lower.endswith(HTML_SUFFIXES):
        from loaders.html_page import read_html
        article = read_html(p.name, _read_capped(p, MAX_PAGE_BYTES), str(p))
        if len(article.text) > MAX_TEXT_BYTES:
            raise ReadError(f"{p.name}: {too_large(len(article.text.encode('utf-8')), MAX_TEXT_BYTES)} of text")
        return [article]
    if p.suffix.lower() not in TEXT_SUFFIXES:
        raise ReadError(f"{p.name}: unsupported file type {p.suffix!r} (text, Markdown, HTML, JSON Lines or CSV)")
    return [read_text(p.name, _read_capped(p, MAX_TEXT_BYTES), str(p))]

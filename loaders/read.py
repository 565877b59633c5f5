"""Read article files into RawArticle objects.

Plain text (.txt, .md) only for now.  Bytes are decoded as UTF-8 (a UTF-8
BOM is dropped), UTF-16 when a UTF-16 BOM is present, and cp1252 as the
fallback.  Binary or empty input raises ReadError with the reason.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from loaders.model import RawArticle

TEXT_SUFFIXES = {".txt", ".md", ".text", ""}


class ReadError(Exception):
    """The input cannot be read as an article; the message says why."""


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
        raise ReadError(f"{p}: no such file")
    if p.is_dir():
        raise ReadError(f"{p}: is a directory")
    lower = p.name.lower()
    if lower.endswith(COLLECTION_SUFFIXES) or lower.endswith(".json"):
        from loaders.article_collections import read_collection
        return read_collection(p)
    if lower.endswith(HTML_SUFFIXES):
        from loaders.html_page import read_html
        return [read_html(p.name, p.read_bytes(), str(p))]
    if p.suffix.lower() not in TEXT_SUFFIXES:
        raise ReadError(f"{p.name}: unsupported file type {p.suffix!r} (text, Markdown, HTML, JSON Lines or CSV)")
    return [read_text(p.name, p.read_bytes(), str(p))]

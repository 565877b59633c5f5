"""Read article collections: JSON Lines and CSV, optionally gzipped.

``read_collection(path) -> ArticleBatch`` — one RawArticle per line (JSONL) or
row (CSV).  Supported: ``.jsonl``, ``.ndjson``, ``.jl``, ``.json`` (one object a
line; a top-level JSON array is accepted too), ``.csv``, ``.tsv``, each
optionally ``.gz`` (recognised by its magic bytes, whatever the suffix says).

The file is streamed line by line (bounded memory), so a 50 MB dump never
sits in one string.  A broken item never stops the load: it is recorded in
``batch.problems`` as ``(item name, reason)`` and the good items around it
still load.  Items with a headline but no body (Reuters has ~1,800) are not
errors: they are counted in ``batch.skipped``.  A truncated ``.gz`` keeps
what was read and adds the problem ``(file, "truncated gzip stream after N
articles")``.

Each article's text mirrors a saved newswire story (the dev corpus layout)::

    TITLE
    date, as given in the source
    DATELINE -            (when the item has a dateline field)
    <blank line>
    body

Identity: ``name = "<file name>#<id>"`` (``#<line number>`` when the item has
no id field; for CSV the data-row number, header excluded), ``path =
"<path>#<id or number>"``, so every item keeps its own provenance and can be
deduplicated and re-loaded alone.
"""
from __future__ import annotations

import codecs
import csv
import gzip
import hashlib
import io
import json
import re
import zlib
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

import loaders.read as _read  # ReadError; module import so read.py may import us back
from loaders.model import RawArticle

JSONL_SUFFIXES = {".jsonl", ".ndjson", ".jl", ".json"}
CSV_SUFFIXES = {".csv", ".tsv"}
COLLECTION_SUFFIXES = JSONL_SUFFIXES | CSV_SUFFIXES

# Source field names for each role, best first (matched case-insensitively).
FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline", "heading", "head"),
    "date": ("date", "published", "pubdate", "pub_date", "published_at", "publish_date",
             "publication_date", "date_published", "published_date", "datetime"),
    "body": ("body", "text", "content", "article", "story", "full_text", "article_text",
             "body_text", "maintext"),
    "id": ("id", "newid", "uuid", "guid", "doc_id", "docid", "url"),
    "dateline": ("dateline",),
}
ROLES = tuple(FIELD_NAMES)

_GZIP_ERRORS = (EOFError, zlib.error, gzip.BadGzipFile)
_WS = re.compile(r"\s+")
_ISO = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ]\d{1,2}:\d{2}.*)?\s*$")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:[T ]?\d{2}:?\d{2}.*)?\s*$")


class ArticleBatch(list):
    """The articles of one collection file, plus what happened reading it.

    problems: (item name, reason) for items that could not be loaded.
    fields_used: role ("title", "date", "body", "id", "dateline") → source
        field(s) that filled it (", "-joined if items differed).
    skipped: items with no body text (headline-only stories), not errors.
    """

    def __init__(self, items=()):
        super().__init__(items)
        self.problems: list[tuple[str, str]] = []
        self.fields_used: dict[str, str] = {}
        self.skipped: int = 0

    def _use(self, role: str, field: str) -> None:
        seen = self.fields_used.get(role)
        if seen is None:
            self.fields_used[role] = field
        elif field not in seen.split(", "):
            self.fields_used[role] = f"{seen}, {field}"


# --------------------------------------------------------------------- fields

def map_fields(keys) -> dict[str, str]:
    """Source keys → {role: key} using FIELD_NAMES (case-insensitive)."""
    lower: dict[str, str] = {}
    for k in keys:
        if isinstance(k, str):
            lower.setdefault(k.strip().lower(), k)
    out = {}
    for role, names in FIELD_NAMES.items():
        for n in names:
            if n in lower:
                out[role] = lower[n]
                break
    return out


def _text_value(v: Any) -> str | None:
    """A field value as text; lists of strings (paragraphs) are joined by lines."""
    if v is None:
        return None
    if isinstance(v, str):
        return _valid_unicode(v)
    if isinstance(v, bool):
        return None
    if isinstance(v, (int, float)):
        return str(v)
    if isinstance(v, list) and all(isinstance(x, str) for x in v):
        return _valid_unicode("\n".join(v))
    return None


def _valid_unicode(s: str) -> str:
    """A JSON escape like "\\ud800" gives a lone surrogate, which no UTF-8 file or
    database can hold: it becomes U+FFFD so the item (and the file) still loads."""
    try:
        s.encode("utf-8")
        return s
    except UnicodeEncodeError:
        return re.sub("[\ud800-\udfff]", "\ufffd", s)


def _one_line(s: str | None) -> str:
    return _WS.sub(" ", s).strip() if s else ""


# ----------------------------------------------------------------------- dates

def _valid(y: int, m: int | None, d: int | None) -> bool:
    if not 1000 <= y <= 2999:
        return False
    if m is None:
        return d is None
    if not 1 <= m <= 12:
        return False
    if d is None:
        return True
    try:
        datetime(y, m, d)
        return True
    except ValueError:
        return False


def _iso(y: int, m: int | None, d: int | None) -> str | None:
    if not _valid(y, m, d):
        return None
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}"


_DEFAULT_A = datetime(2000, 1, 1)
_DEFAULT_B = datetime(2004, 2, 2)


def iso_partial_date(value: Any) -> str | None:
    """A date as found in a collection → ISO partial "YYYY[-MM[-DD]]" or None.

    ISO strings (with or without time), compact "YYYYMMDD", epoch seconds or
    milliseconds, and free forms dateutil understands ("26-FEB-1987
    15:01:01.79", "Wed, 28 May 2025 09:30:00 +0000", "May 2025").  Parts the
    source does not give are left out, never filled from today.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return _epoch(float(value))
    s = str(value).strip()
    if not s:
        return None
    m = _ISO.match(s)
    if m:
        y, mo, d = m.groups()
        return _iso(int(y), int(mo) if mo else None, int(d) if d else None)
    if re.fullmatch(r"\d{9,13}(?:\.\d+)?", s):
        return _epoch(float(s))
    m = _COMPACT.match(s)
    if m:
        return _iso(*(int(g) for g in m.groups()))
    try:
        from dateutil import parser

        a = parser.parse(s, default=_DEFAULT_A)
        b = parser.parse(s, default=_DEFAULT_B)
    except (ValueError, OverflowError, TypeError):
        return None
    if a.year != b.year:
        return None  # no year given
    month = a.month if a.month == b.month else None
    day = a.day if month is not None and a.day == b.day else None
    return _iso(a.year, month, day)


def _epoch(x: float) -> str | None:
    if x > 1e11:  # milliseconds
        x /= 1000.0
    if not 1e8 <= x <= 4e9:  # 1973..2096: anything else is not a timestamp
        return None
    return datetime.fromtimestamp(x, tz=timezone.utc).date().isoformat()


# ---------------------------------------------------------------- one article

def _build(batch: ArticleBatch, item: dict, fields: dict[str, str], fname: str,
           fpath: str, number: int, seen_ids: dict[str, int]) -> None:
    """Turn one source item into a RawArticle appended to batch (or a problem/skip)."""
    ident = _one_line(_text_value(item.get(fields["id"]))) if "id" in fields else ""
    key = ident or str(number)
    name = f"{fname}#{key}"
    title = _one_line(_text_value(item.get(fields["title"]))) if "title" in fields else ""
    raw_body = item.get(fields["body"]) if "body" in fields else None
    body = _text_value(raw_body)
    if raw_body is not None and body is None:
        batch.problems.append((name, f"field {fields['body']!r} is not text"))
        return
    body = (body or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    if len(body) > _read.MAX_TEXT_BYTES:
        batch.problems.append((name, _read.too_large(len(body.encode("utf-8")), _read.MAX_TEXT_BYTES)))
        return
    if not body:
        if title:
            batch.skipped += 1  # a headline-only story: nothing to extract from
        else:
            looked = ", ".join(FIELD_NAMES["body"] + FIELD_NAMES["title"])
            batch.problems.append((name, f"no text (no title or body; looked for {looked})"))
        return
    if ident:
        if ident in seen_ids:
            batch.problems.append((name, f"duplicate id {ident!r} (first at item {seen_ids[ident]}); not loaded"))
            return
        seen_ids[ident] = number
    date_raw = item.get(fields["date"]) if "date" in fields else None
    date_line = _one_line(_text_value(date_raw))
    dateline = _one_line(_text_value(item.get(fields["dateline"]))) if "dateline" in fields else ""
    head = [x for x in (title, date_line, dateline) if x]
    text = "\n".join(head) + "\n\n" + body if head else body
    for role in ROLES:
        if role in fields:
            batch._use(role, fields[role])
    batch.append(RawArticle(
        name=name,
        text=text,
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        path=f"{fpath}#{key}",
        title=title or None,
        published=iso_partial_date(date_raw),
    ))


# --------------------------------------------------------------------- files

def _is_gzip(path: Path) -> bool:
    with open(path, "rb") as fh:
        return fh.read(2) == b"\x1f\x8b"


def _kind(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] in (".gz", ".gzip"):
        suffixes = suffixes[:-1]
    last = suffixes[-1] if suffixes else ""
    if last in JSONL_SUFFIXES:
        return "jsonl"
    if last == ".tsv":
        return "tsv"
    if last in CSV_SUFFIXES:
        return "csv"
    raise _read.ReadError(f"{path.name}: not a collection (.jsonl, .ndjson, .json, .csv, optionally .gz)")


def is_collection(path) -> bool:
    """True when read_collection knows the file's suffix (for read_path's dispatch)."""
    try:
        _kind(Path(path))
        return True
    except _read.ReadError:
        return False


def _open_binary(path: Path, gz: bool):
    return gzip.open(path, "rb") if gz else open(path, "rb")


def read_collection(path: Path) -> ArticleBatch:
    """Read a JSONL/CSV collection (optionally gzipped) into an ArticleBatch.

    Raises ReadError only when the file as a whole cannot be read (missing,
    unknown type, a CSV without any title/body column); a bad item becomes a
    problem and the rest still loads.
    """
    path = Path(path)
    if not path.is_file():
        raise _read.ReadError(f"{path}: no such file" if not path.exists() else f"{path}: not a file")
    kind = _kind(path)
    gz = _is_gzip(path)
    batch = ArticleBatch()
    try:
        if kind == "jsonl":
            _read_jsonl(path, gz, batch)
        else:
            _read_csv(path, gz, batch, "\t" if kind == "tsv" else ",")
    except _GZIP_ERRORS:
        batch.problems.append((path.name, f"truncated gzip stream after {len(batch)} articles"))
    except OSError as exc:  # e.g. a .gz that is not gzip at all mid-way, or an I/O error
        batch.problems.append((path.name, f"read error after {len(batch)} articles: {exc}"))
    if not batch and not batch.skipped and not batch.problems:
        batch.problems.append((path.name, "no articles in the file"))
    return batch


# ---------------------------------------------------------------------- JSONL

def _loads(line: bytes) -> Any:
    try:
        return json.loads(line)
    except UnicodeDecodeError:
        return json.loads(line.decode("cp1252", errors="replace"))


def _read_jsonl(path: Path, gz: bool, batch: ArticleBatch) -> None:
    fname, fpath = path.name, str(path)
    seen_ids: dict[str, int] = {}
    cache: dict[tuple, dict[str, str]] = {}
    with _open_binary(path, gz) as fh:
        first = fh.peek(64)[:64] if hasattr(fh, "peek") else b""
        if first.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"["):
            items = _array_items(fh, path)
        else:
            items = _line_items(fh)
        for number, obj, error in items:
            if error is not None:
                batch.problems.append((f"{fname}#{number}", error))
                continue
            if not isinstance(obj, dict):
                batch.problems.append((f"{fname}#{number}", f"not a JSON object ({type(obj).__name__})"))
                continue
            keys = tuple(obj)
            fields = cache.get(keys)
            if fields is None:
                fields = cache[keys] = map_fields(keys)
            _build(batch, obj, fields, fname, fpath, number, seen_ids)


def _line_items(fh) -> Iterator[tuple[int, Any, str | None]]:
    pending: tuple[int, bytes] | None = None
    for number, line in enumerate(fh, 1):
        if number == 1 and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8):]
        if not line.strip():
            continue
        if not line.endswith(b"\n"):
            # only the last line lacks its newline; parse it once the stream has
            # ended cleanly, so a truncated .gz is reported as truncated, not as bad JSON
            pending = (number, line)
            continue
        yield _parse_line(number, line)
    if pending is not None:
        yield _parse_line(*pending)


def _parse_line(number: int, line: bytes) -> tuple[int, Any, str | None]:
    try:
        return number, _loads(line), None
    except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError
        return number, None, f"bad JSON: {exc}"


def _array_items(fh, path: Path) -> Iterator[tuple[int, Any, str | None]]:
    """A .json file holding one array of objects (cannot be split by lines)."""
    try:
        data = json.loads(fh.read())
    except ValueError as exc:
        raise _read.ReadError(f"{path.name}: bad JSON array: {exc}") from exc
    for number, obj in enumerate(data if isinstance(data, list) else [data], 1):
        yield number, obj, None


# ------------------------------------------------------------------------ CSV

def _sniff_encoding(path: Path, gz: bool) -> str:
    try:
        with _open_binary(path, gz) as fh:
            head = fh.read(65536)
    except _GZIP_ERRORS:
        head = b""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3:  # a character cut at the 64 KB boundary
            return "utf-8"
        return "cp1252"


def _read_csv(path: Path, gz: bool, batch: ArticleBatch, delimiter: str) -> None:
    fname, fpath = path.name, str(path)
    if csv.field_size_limit() < 1 << 26:
        csv.field_size_limit(1 << 26)  # article bodies can exceed the 128 KB default
    encoding = _sniff_encoding(path, gz)
    seen_ids: dict[str, int] = {}
    with _open_binary(path, gz) as raw, io.TextIOWrapper(
            raw, encoding=encoding, errors="replace", newline="") as fh:
        reader = csv.reader(fh, delimiter=delimiter)
        header = next(reader, None)
        if header is None:
            return
        header = [h.strip() for h in header]
        fields = map_fields(header)
        if "body" not in fields and "title" not in fields:
            raise _read.ReadError(
                f"{fname}: no title or body column in the header {header!r} "
                f"(looked for {', '.join(FIELD_NAMES['body'] + FIELD_NAMES['title'])})")
        width = len(header)
        number = 0
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                number += 1
                batch.problems.append((f"{fname}#{number}", f"bad CSV row: {exc}"))
                continue
            if not row or not any(c.strip() for c in row):
                continue
            number += 1
            if len(row) != width:
                batch.problems.append(
                    (f"{fname}#{number}", f"row has {len(row)} fields, the header has {width}"))
                continue
            _build(batch, dict(zip(header, row)), fields, fname, fpath, number, seen_ids)

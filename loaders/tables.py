"""Find tables laid out with "|" between cells, with the caption lines above them.

Statistics releases, customs notes and embassy trade pages give their figures
in tables more often than in sentences:

    Main destinations of X exports, January–June
    (In millions of US dollars)

    Country | Jan–Jun 2024 | Jan–Jun 2025 | Change (%)
    Brazil  | 910.5        | 742.1        | -18.5

A table here is a header line and at least one data line, consecutive, all
with the same number of cells (two or more), every data line holding a
number. Markdown rules ("|---|---|") and outer pipes are allowed. A menu
("Home | News | Contact") or a contact line has no such run of lines, so it
is no table. This stage only finds the shape; what the cells mean is the
detectors' business (loaders/detect/trade_tables.py).
"""
from __future__ import annotations

import re

from loaders.model import Table, TableRow

_RULE_LINE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_NUMBER_CELL = re.compile(r"^[+\-−–]?\s*\d[\d\s.,]*\s*%?\s*(?:\([a-z]\)|\*+)?$")
# a caption line that only states the unit: "(in US$ million)", "(EUR million, change % on 2023)"
_UNIT_ONLY = re.compile(r"^\s*(?:\(.*\)|in\s+\S.*)\s*$", re.I)
_MAX_CAPTION_LINE = 300


def _lines(text: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        out.append((pos, pos + len(body), body))
        pos += len(line)
    return out


def split_cells(line: str) -> tuple[str, ...]:
    """The cells of one table line, outer pipes dropped: "| A | 1 |" -> ("A", "1")."""
    s = line.strip()
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|"):
        s = s[:-1]
    return tuple(c.strip() for c in s.split("|"))


def is_number_cell(cell: str) -> bool:
    return bool(_NUMBER_CELL.match(cell.strip()))


def _caption(lines, header_at: int) -> tuple[str, ...]:
    """The block of lines just above the header (blank lines between them skipped); when
    that block only states the unit, the lead-in above it too ("... was as follows:")."""
    out: list[str] = []
    i = header_at - 1
    for _ in range(2):
        while i >= 0 and not lines[i][2].strip():
            i -= 1
        block: list[str] = []
        while i >= 0 and lines[i][2].strip() and len(block) < 3:
            line = lines[i][2].strip()
            if "|" in line or len(line) > _MAX_CAPTION_LINE:
                break
            block.insert(0, line)
            i -= 1
        out[:0] = block
        if not block or not all(_UNIT_ONLY.match(b) for b in block):
            break
    return tuple(out)


def find_tables(text: str) -> list[Table]:
    if "|" not in text:
        return []  # most articles: no table to look for
    lines = _lines(text)
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        start, _, line = lines[i]
        if "|" not in line or _RULE_LINE.match(line):
            i += 1
            continue
        header = split_cells(line)
        rows: list[TableRow] = []
        j = i + 1
        while j < len(lines):
            s, e, body = lines[j]
            if _RULE_LINE.match(body) and body.strip():
                j += 1
                continue
            cells = split_cells(body) if "|" in body else ()
            if len(cells) != len(header) or not any(is_number_cell(c) for c in cells[1:]):
                break
            rows.append(TableRow(s, e, cells))
            j += 1
        if len(header) >= 2 and rows and not is_number_cell(header[0]):
            tables.append(Table(start, rows[-1].end, _caption(lines, i), header, tuple(rows)))
            i = j
        else:
            i += 1
    return tables

"""Split body/title segments into sentences with offsets into the original text.

`Sentence.text` is the original slice text[start:end] with every run of
whitespace collapsed to a single space (wire copy is hard-wrapped).
A segment ending with ":" followed by list items ("- ...", "• ...", "1. ...",
"(a) ...", "iv. ...") is kept as one sentence with its items, so "The documents signed
are:" and the list are read together (the item numbers never glue to the
sentence before them: "are: 1." / "...; 2."). A list ends where its shape of
marker or its numbering breaks: "5. Both sides agreed ..." after items i., ii. is
the release's next numbered paragraph, not one more item.
"""
from __future__ import annotations

import re

from loaders.model import Segment, Sentence

_ABBREV = {
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "st", "jr", "sr", "prof",
    "rev", "hon", "no", "co", "inc", "ltd", "corp", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "vs", "approx",
    "gov", "sen", "rep", "dept", "est", "fig", "vol", "mt", "ft", "h.e", "pres", "amb", "adm",
    "cmdr", "brig", "messrs", "mln", "bln", "pct", "dlrs", "figs", "p.m", "a.m", "no",
    "md",  # "Md. Rafiqul Alam": the South Asian short form of Mohammad
    "smt",  # "Smt. Ama Boateng": Shrimati, the Indian style of a woman's name
}
_STARTER = re.compile(r"(?:The|A|An|He|She|It|They|We|I|In|On|At|This|That|These|Those|But|And|His|Her|Its|Their|Mr|Mrs|Ms)\b")
_BOUNDARY = re.compile(r"([.!?]+)([\"'”’)\]]*)(\s+)(?=[\"“‘'(\[]?[A-ZÀ-Ý0-9•\-])")
_LIST_ITEM = re.compile(r"^\s*(?:[-•*–—▪·▶►◆■●○◦]|\d{1,2}[.)]|\(\d{1,2}\)|\(?[a-z]\)|\([ivx]{1,4}\)|[ivx]{1,4}[.)])\s+", re.M)


_CLOSED = re.compile(r"[.!?][\"'”’)]*\s*$")


def closes_like_a_sentence(text: str) -> bool:
    """Whether text ends as a sentence does (".", "!", "?", then closing quotes or brackets); a heading does not."""
    return bool(_CLOSED.search(text))


def list_marker_shape(m: str) -> tuple[str, int | None]:
    """A regex for the markers of one list and the rank of this one (numbers and letters count up)."""
    mm = re.fullmatch(r"(\(?)(\d{1,2})([.)])", m)
    if mm:
        return re.escape(mm.group(1)) + r"\d{1,2}" + re.escape(mm.group(3)), int(mm.group(2))
    if m == "(i)" or re.fullmatch(r"\([ivx]{2,4}\)", m):
        return r"\([ivx]{1,4}\)", None
    if re.fullmatch(r"[ivx]{1,4}\.", m):
        return r"[ivx]{1,4}\.", None  # "i. ...; ii. ...": roman numerals
    if m == "i)" or re.fullmatch(r"[ivx]{2,4}\)", m):
        return r"[ivx]{1,4}\)", None  # "i) ...; ii) ...": a list that starts at i is numbered in roman
    mm = re.fullmatch(r"(\(?)([a-z])\)", m)
    if mm:
        return re.escape(mm.group(1)) + r"[a-z]\)", ord(mm.group(2)) - ord("a") + 1
    return re.escape(m), None


def list_marker_rank(m: str) -> int | None:
    """The rank of a numbered or lettered marker ("3." -> 3, "(c)" -> 3), else None."""
    mm = re.search(r"\d{1,2}", m)
    if mm:
        return int(mm.group(0))
    mm = re.fullmatch(r"\(?([a-z])\)", m)
    return ord(mm.group(1)) - ord("a") + 1 if mm else None


def _continues_list(first: str, previous: str, item: str) -> bool:
    """Whether `item` is the next item of the list that began with `first`.

    Press releases number their paragraphs ("5. Both sides agreed ..."); such a paragraph
    after a list of documents marked i., ii. (or 1., 2.) is not one more document, so an
    item must keep the list's shape of marker and, when numbered, its count.
    """
    shape, _ = list_marker_shape(_marker_of(first))
    mark = _marker_of(item)
    if not re.fullmatch(shape, mark):
        return False
    if re.search(r"\d", mark):
        before = list_marker_rank(_marker_of(previous))
        return before is not None and list_marker_rank(mark) == before + 1
    return True


def _marker_of(item: str) -> str:
    """A list item's marker: its first word ("ii.", "(3)", "•")."""
    return item.split(None, 1)[0] if item.strip() else ""


def _split_block(text: str, start: int, end: int) -> list[tuple[int, int]]:
    block = text[start:end]
    spans = []
    pos = 0
    for m in _BOUNDARY.finditer(block):
        before = block[pos:m.start(1)]
        word = re.search(r"([\w.]+)$", before)
        w = word.group(1).lower() if word else ""
        if m.group(1) == "." and (w in _ABBREV or (len(w) == 1 and w.isalpha())
                                 or re.fullmatch(r"(?:[a-z]\.)+[a-z]", w)):
            continue
        if m.group(1) == "." and w in ("rs", "shs", "sh", "ksh", "tk", "nu") and re.match(r"\d", block[m.end(3):]):
            continue  # "reaching Rs. 21.4 billion": a currency's short form before its amount
        if m.group(1) == "." and (w.isdigit() and len(w) <= 2 or re.fullmatch(r"[ivx]{1,4}", w)) and \
                re.search(r"(?:^|\n)[ \t]*(?:\d{1,2}|[ivx]{1,4})$", before):
            continue  # "1. Memorandum of ...", "iv. Agreement on ..." at a line's start: a list number, not a sentence
        if m.group(1) == "." and word and word.group(1) == "Ma" and \
                re.match(r"[A-Z][a-z]+\s+[A-Z]", block[m.end(3):]) and not _STARTER.match(block[m.end(3):]):
            continue  # "Secretary Ma. Luisa Ramos": the Filipino short form of Maria, not a sentence end
        cut = m.end(2)
        if block[pos:cut].strip():
            spans.append((pos, cut))
        pos = m.end(3)
    if block[pos:].strip():
        spans.append((pos, len(block)))
    out = []
    for s, e in spans:
        seg = block[s:e]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg) - len(seg.rstrip())
        out.append((start + s + lead, start + e - trail))
    return out


def split_sentences(text: str, segments: list[Segment], kinds=("body", "title")) -> list[Sentence]:
    usable = [sg for sg in segments if sg.kind in kinds]
    blocks: list[tuple[int, int]] = []
    i = 0
    while i < len(usable):
        sg = usable[i]
        s, e = sg.start, sg.end
        if sg.kind == "body" and sg.text.rstrip().endswith(":"):
            j = i + 1
            while j < len(usable) and usable[j].kind == "body" and _LIST_ITEM.match(usable[j].text) and \
                    (j == i + 1 or _continues_list(usable[i + 1].text, usable[j - 1].text, usable[j].text)):
                e = usable[j].end
                j += 1
            if j > i + 1 and j < len(usable) and usable[j].kind == "body" and \
                    re.search(r"[;,]\s*(?:and|or)?\s*$", usable[j - 1].text) and re.match(r"\s*[a-z]", usable[j].text):
                # "...;" then "as well as two further memoranda ...": the list's own tail, set apart
                # as a paragraph but starting in lower case
                e = usable[j].end
                j += 1
            if j > i + 1:
                blocks.append((s, e))
                i = j
                continue
        blocks.append((s, e))
        i += 1
    sentences: list[Sentence] = []
    for s, e in blocks:
        block = text[s:e]
        if _LIST_ITEM.search(block) and "\n" in block and block.rstrip().split("\n")[0].rstrip().endswith(":"):
            parts = [(s, e)]
        else:
            parts = _split_block(text, s, e)
        for ps, pe in parts:
            flat = " ".join(text[ps:pe].split())
            if flat:
                sentences.append(Sentence(len(sentences), ps, pe, flat))
    return sentences

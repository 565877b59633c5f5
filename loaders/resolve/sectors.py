"""Field words -> sector ids of spec/sectors.json (lexicon: lexicon/sectors.json)."""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.lexicon import load


@lru_cache(maxsize=1)
def _rx():
    data = load("sectors")
    pairs = []
    for sid, words in data["sectors"].items():
        for w in words:
            pairs.append((w, sid))
    # "road map", "capacity building": phrases holding a field word but naming no field
    # win by length like any phrase, then are dropped (sid None)
    for w in data.get("none") or []:
        pairs.append((w, None))
    pairs.sort(key=lambda p: len(p[0]), reverse=True)
    parts = []
    index = {}
    for i, (w, sid) in enumerate(pairs):
        body = re.escape(w.rstrip("*")).replace(r"\-", r"[-\s]?").replace(r"\ ", r"[\s\-]+")
        body += r"\w*" if w.endswith("*") else r"(?:s|es)?"
        parts.append(f"(?P<g{i}>{body})")
        index[f"g{i}"] = sid
    # "technology-sharing", "oil-for-goods": a field word may open a hyphenated compound
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?!\w)(?!-(?:based|free|rich|fired|like|style)\b)", re.I), index


def sector_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, sector) for every field word in `text`, left to right."""
    rx, index = _rx()
    out = []
    for m in rx.finditer(text or ""):
        sid = index[m.lastgroup]
        if sid is None:
            continue
        if sid == "energy" and m.group(0).lower() == "oil" and \
                re.search(r"\b(?:vegetable|palm|edible|olive|cooking|soybean|soya|sunflower|groundnut|fish)\s+$", text[:m.start()], re.I):
            sid = "agriculture"
        if sid == "science_technology" and m.group(0).lower() in ("research", "research and development", "r&d") and \
                out and out[-1][2] != sid and not text[out[-1][1]:m.start()].strip():
            continue  # "fisheries research", "health research": that field's research, not a field of its own
        if sid == "industry" and re.fullmatch(r"industry|industries|sector", m.group(0), re.I) and \
                out and out[-1][2] != sid and not text[out[-1][1]:m.start()].strip():
            continue  # "the nickel industry", "the tourism industry": that field's industry, not manufacturing
        out.append((m.start(), m.end(), sid))
    # "a pact on rice trade", "grain exports": a commodity named before its trade is the trade's, not a field
    return [sp for i, sp in enumerate(out)
            if not (sp[2] == "agriculture" and re.fullmatch(r"rice|grains?|vegetables", text[sp[0]:sp[1]], re.I)
                    and i + 1 < len(out) and out[i + 1][2] == "trade" and not text[sp[1]:out[i + 1][0]].strip())]


def sectors_in(text: str) -> list[str]:
    """Distinct sector ids named in `text`, in order of first appearance."""
    seen: list[str] = []
    for _, _, sid in sector_spans(text):
        if sid not in seen:
            seen.append(sid)
    return seen


@lru_cache(maxsize=1)
def _general_rx():
    words = sorted(load("sectors").get("general") or [], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


def is_general(text: str) -> bool:
    """True when `text` names a framework/general cooperation without a field."""
    return bool(_general_rx().search(text or "")) and not sectors_in(text)

"""Merge per-article fact mentions into one row per event, with all sources.

group_key(kind, fact) names the bucket a mention can only ever merge within
(the parties/direction, not dates); merge(kind, mentions) clusters a bucket:

- visits: same visitor and host country with compatible dates
  ("2025-05" ~ "2025-05-27", "2015" ~ "2015", or spans that overlap);
- agreements: same parties and sector with compatible signing dates;
- trade: same exporter, importer, flow, metric, value within 1%, compatible
  period.

Several agreement mentions of one article that land in the same cluster are
distinct instruments (two extradition treaties signed the same day are two
rows): the i-th mention of each article joins the i-th row.  A visit or a
trade figure restated within one article is one event.

Each field keeps the most precise compatible value; a value that is unknown
("unspecified", None) or less precise gives way.  Real disagreements keep the
first value, set disputed=True and list every value with its articles.
"""
from __future__ import annotations

from collections import OrderedDict

FIELDS = {
    "visits": ("visitor", "visitor_role", "visitor_iso3", "host_iso3", "city", "start", "end", "kind"),
    "agreements": ("parties_iso3", "signed_on", "sector", "instrument", "title"),
    "trade": ("exporter_iso3", "importer_iso3", "flow", "metric", "value", "unit", "period_start",
              "period_end", "products"),
    "milestones": ("parties_iso3", "kind", "date", "summary", "ordinal", "body", "by_iso3", "host_iso3",
                   "restored", "anniversary"),
}
UNKNOWN = {None, "", "unspecified", "other_unknown"}
DATE_FIELDS = {"start", "end", "signed_on", "date"}


def group_key(kind: str, fact: dict) -> str:
    if kind == "visits":
        return f"visits|{fact.get('visitor_iso3')}|{fact.get('host_iso3')}"
    if kind == "agreements":
        parties = "-".join(sorted(fact.get("parties_iso3") or []))
        return f"agreements|{parties}|{fact.get('sector')}"
    if kind == "trade":
        return (f"trade|{fact.get('exporter_iso3')}|{fact.get('importer_iso3')}|"
                f"{fact.get('flow')}|{fact.get('metric')}")
    if kind == "milestones":
        parties = "-".join(sorted(fact.get("parties_iso3") or []))
        return f"milestones|{parties}|{fact.get('kind')}"
    raise ValueError(f"unknown kind {kind!r}")


def _compat(a, b) -> bool:
    if a in (None, "") or b in (None, ""):
        return True
    a, b = str(a), str(b)
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def _overlap(s1, e1, s2, e2) -> bool:
    """Visit spans overlap at their shared precision."""
    if _compat(s1, s2):
        return True
    if not s1 or not s2:
        return True
    lo1, hi1 = str(s1), str(e1 or s1)
    lo2, hi2 = str(s2), str(e2 or s2)
    return _compat(lo1, lo2) or (lo1 <= hi2[:len(lo1)] and lo2 <= hi1[:len(lo2)] and
                                 (e1 is not None or e2 is not None))


def _close(a, b) -> bool:
    try:
        a, b = float(a), float(b)
    except (TypeError, ValueError):
        return a == b
    return abs(a - b) <= 0.01 * max(abs(a), abs(b)) + 1e-9


def _same_event(kind: str, a: dict, b: dict) -> bool:
    if kind == "visits":
        return _overlap(a.get("start"), a.get("end"), b.get("start"), b.get("end"))
    if kind == "agreements":
        return _compat(a.get("signed_on"), b.get("signed_on"))
    if kind == "trade":
        return (_close(a.get("value"), b.get("value")) and _compat(a.get("period_start"), b.get("period_start"))
                and _compat(a.get("period_end"), b.get("period_end")))
    if kind == "milestones":  # same parties and kind (the bucket), compatible date and ordinal
        oa, ob = a.get("ordinal"), b.get("ordinal")
        return _compat(a.get("date"), b.get("date")) and (oa is None or ob is None or oa == ob)
    return False


def _year_of(v) -> int | None:
    try:
        return int(str(v)[:4]) if v not in (None, "") else None
    except ValueError:
        return None


def _precision(v) -> int:
    return len(str(v)) if v not in (None, "") else 0


def _merge_field(field: str, values: list[tuple[object, str]]):
    """(value, disputes-or-None) for one field from (value, article) pairs."""
    known = [(v, a) for v, a in values if v not in UNKNOWN]
    if not known:
        return (values[0][0] if values else None), None
    if field in DATE_FIELDS or field in ("period_start", "period_end"):
        best = max(known, key=lambda va: _precision(va[0]))[0]
        if all(_compat(v, best) for v, _ in known):
            return best, None
    elif field in ("visitor", "visitor_role", "title", "products", "summary", "body"):
        best = max(known, key=lambda va: len(str(va[0])))[0]
        if all(str(v).lower() in str(best).lower() for v, _ in known):
            return best, None
        return best, None if field in ("title", "products", "summary", "body") else _disputes(known)
    elif field == "value":
        first = known[0][0]
        if all(_close(v, first) for v, _ in known):
            return first, None
    else:
        first = known[0][0]
        if all(v == first for v, _ in known):
            return first, None
    return known[0][0], _disputes(known)


def _disputes(known):
    out: "OrderedDict[str, dict]" = OrderedDict()
    for v, a in known:
        k = repr(v)
        if k not in out:
            out[k] = {"value": v, "articles": []}
        if a not in out[k]["articles"]:
            out[k]["articles"].append(a)
    return list(out.values()) if len(out) > 1 else None


def _source(m: dict) -> dict:
    ev = m.get("evidence") or {}
    return {"article": m.get("article"), "sentence": ev.get("sentence"), "start": ev.get("start"),
            "end": ev.get("end"), "rule": ev.get("rule")}


def _row(kind: str, members: list[dict]) -> dict:
    row: dict = {}
    disputes: dict = {}
    for field in FIELDS[kind]:
        vals = [(m.get(field), m.get("article")) for m in members if field in m]
        if not vals:
            continue
        if field == "parties_iso3":
            row[field] = sorted(vals[0][0] or [])
            continue
        value, dispute = _merge_field(field, vals)
        row[field] = value
        if dispute:
            disputes[field] = dispute
    if kind == "visits" and row.get("start") and row.get("end") and str(row["end"]) < str(row["start"])[:len(str(row["end"]))]:
        row["end"] = None
    row["sources"] = [_source(m) for m in members]
    row["disputed"] = bool(disputes)
    row["disputes"] = disputes
    return row


def merge(kind: str, mentions: list[dict]) -> list[dict]:
    """One row per event; see the module docstring."""
    buckets: "OrderedDict[str, list[dict]]" = OrderedDict()
    for m in mentions:
        buckets.setdefault(group_key(kind, m), []).append(m)
    rows: list[dict] = []
    for _, items in buckets.items():
        # precise mentions first, so vague ones join the cluster they fit
        date_f = {"visits": "start", "agreements": "signed_on", "trade": "period_end", "milestones": "date"}[kind]
        order = sorted(range(len(items)), key=lambda i: -_precision(items[i].get(date_f)))
        clusters: list[list[list[dict]]] = []  # cluster -> slots -> members
        # Dates are compatible only within one year, so a dated mention need only be
        # compared with the clusters of its year (a visit's span may cross into the
        # next): a long-followed pair with thousands of mentions stays linear, not
        # quadratic. Precise mentions come first, so every cluster is keyed by a
        # dated member until the undated ones, which are few and compared with all.
        by_year: dict[int | None, list[list[list[dict]]]] = {}
        created: dict[int, int] = {}
        for i in order:
            m = items[i]
            placed = False
            year = _year_of(m.get(date_f))
            if year is None:
                candidates = clusters
            else:
                near = (year - 1, year, year + 1) if kind == "visits" else (year,)
                candidates = sorted((c for y in (*near, None) for c in by_year.get(y, ())),
                                    key=lambda c: created[id(c)])  # first-made cluster first, as before
            fits = [c for c in candidates if all(_same_event(kind, m, x) for slot in c for x in slot)]
            if not fits:
                fits = [c for c in candidates if _same_event(kind, m, c[0][0])]
            for c in fits:
                # agreements: the first slot that has no mention from this article yet (two
                # identical treaties signed together are two rows); a visit or trade figure
                # restated within one article is the same event
                for slot in c:
                    if kind != "agreements" or all(x.get("article") != m.get("article") for x in slot):
                        slot.append(m)
                        placed = True
                        break
                if not placed:
                    c.append([m])
                    placed = True
                break
            if not placed:
                clusters.append([[m]])
                by_year.setdefault(year, []).append(clusters[-1])
                created[id(clusters[-1])] = len(clusters)
        for c in clusters:
            for slot in c:
                rows.append(_row(kind, slot))
    return rows

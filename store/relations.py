"""Relationship profiles: one row per country pair, a pair's dated timeline,
and the links between a visit and the agreements signed during it.

The `relations` table is derived: `rebuild(db, pairs)` recomputes the rows of
the pairs whose facts changed (the store calls it after re-merging, inside the
same transaction), so `count`/`rows` on it are plain indexed queries however
large the database.
"""
from __future__ import annotations

import json
import re

from . import names

# Timeline order for rows of the same date.
_KIND_ORDER = {"relations_established": 0, "embassy_opened": 1, "visit": 2, "consultations": 3,
               "joint_commission": 4, "agreement": 5, "trade": 6}
_MILESTONE_LABEL = {"relations_established": "relations established", "embassy_opened": "embassy opened",
                    "consultations": "consultations", "joint_commission": "joint commission"}
_INSTRUMENT = {"mou": "Memorandum of understanding", "treaty": "Treaty", "protocol": "Protocol",
               "agreement": "Agreement", "other": "Instrument"}


class PairError(ValueError):
    """A pair that is not two countries."""


# ------------------------------------------------------------------ pairs
def pair_of_key(key: str) -> tuple[str, str] | None:
    """The country pair (sorted ISO3) a mention group key is about, or None."""
    parts = (key or "").split("|")
    kind = parts[0]
    if kind in ("visits",) and len(parts) >= 3:
        a, b = parts[1], parts[2]
    elif kind == "trade" and len(parts) >= 3:
        a, b = parts[1], parts[2]
    elif kind in ("agreements", "milestones") and len(parts) >= 2:
        ab = parts[1].split("-")
        if len(ab) != 2:
            return None
        a, b = ab
    else:
        return None
    if not a or not b or a == b or "None" in (a, b):
        return None
    return tuple(sorted((a, b)))  # type: ignore[return-value]


def parse_pair(pair) -> tuple[str, str]:
    """("AZE", "RWA") from "AZE-RWA", "rwa/aze", "Azerbaijan-Rwanda", "Rwanda, Kazakhstan" or a 2-tuple.

    Raises PairError with a sentence a user can act on.
    """
    if isinstance(pair, (tuple, list)):
        parts = [str(p) for p in pair]
    else:
        text = str(pair or "").strip()
        parts = []
        for sep in (",", "/", "–", "—", ":", "-", " "):
            if sep in text:
                parts = [p.strip() for p in text.split(sep) if p.strip()]
                if len(parts) == 2:
                    break
        if len(parts) != 2:
            # "Guinea-Bissau-Senegal" style: try every split on '-'
            bits = text.split("-")
            for i in range(1, len(bits)):
                a, b = "-".join(bits[:i]), "-".join(bits[i:])
                if _code(a) and _code(b):
                    parts = [a, b]
                    break
    if len(parts) != 2:
        raise PairError(f"{pair!r} is not a pair of countries; write it as two ISO3 codes, e.g. AZE-RWA")
    codes = []
    for p in parts:
        c = _code(p)
        if not c:
            raise PairError(f"{p!r} is not a country (use an ISO3 code such as RWA, or a name)")
        codes.append(c)
    if codes[0] == codes[1]:
        raise PairError(f"{pair!r} names one country twice")
    return tuple(sorted(codes))  # type: ignore[return-value]


def _code(text: str) -> str | None:
    t = text.strip()
    if re.fullmatch(r"[A-Za-z]{3}", t) and t.upper() in names._country_names():
        return t.upper()
    codes = names.country_codes(t)
    return codes[0] if len(codes) == 1 else None


# ------------------------------------------------------------ date helpers
def _s(v) -> str | None:
    return None if v in (None, "") else str(v)


def within(date: str | None, start: str | None, end: str | None) -> bool:
    """Is `date` inside the visit [start, end] at the precision both know (at least a month)?

    Without an end, the visit's known extent is its start's month (a trip that
    began on 27 May covers a signing on 28 May)."""
    d, s, e = _s(date), _s(start), _s(end)
    if not d or not s:
        return False
    n = min(len(d), len(s))
    if n < 7:           # a year alone is too coarse to tie a signing to a trip
        return False
    if d[:n] < s[:n]:
        return False
    upper = e if e else s[:7]
    m = min(len(d), len(upper))
    return d[:m] <= upper[:m]


# -------------------------------------------------------------- summaries
def _money(value, unit) -> str:
    try:
        v = float(value)
    except (TypeError, ValueError):
        return f"{value} {unit or ''}".strip()
    sign = "-" if v < 0 else ""
    v = abs(v)
    for div, suf in ((1e12, "tn"), (1e9, "bn"), (1e6, "m"), (1e3, "k")):
        if v >= div:
            num = f"{v / div:.1f}".rstrip("0").rstrip(".")
            break
    else:
        num, suf = f"{v:g}", ""
    cur = {"USD": "$", "EUR": "€", "GBP": "£"}.get(unit or "")
    return f"{sign}{cur}{num}{suf}" if cur else f"{sign}{num}{suf} {unit or ''}".strip()


def trade_text(t: dict, codes: bool = True) -> str:
    """'RWA→AZE exports -39.6% (2017–2023)' or 'AZE–RWA trade $1bn (2024)'."""
    ex, im = t.get("exporter_iso3"), t.get("importer_iso3")
    if not codes:
        ex, im = names.country_name(ex), names.country_name(im)
    flow = t.get("flow")
    who = f"{ex}–{im} trade" if flow == "total" else f"{ex}→{im} {flow or 'exports'}"
    if t.get("metric") == "change_pct":
        try:
            what = f"{float(t.get('value')):+g}%"
        except (TypeError, ValueError):
            what = f"{t.get('value')}%"
    else:
        what = _money(t.get("value"), t.get("unit"))
    ps, pe = t.get("period_start"), t.get("period_end")
    period = f"{ps}–{pe}" if ps and pe and ps != pe else str(pe or ps or "")
    return f"{who} {what}" + (f" ({period})" if period else "")


def _latest_trade(trade: list[dict], limit: int = 3) -> str:
    """The latest figure of each direction/flow/metric, newest first."""
    best: dict[tuple, dict] = {}
    for t in trade:
        k = (t.get("exporter_iso3"), t.get("importer_iso3"), t.get("flow"), t.get("metric"))
        cur = best.get(k)
        if cur is None or (t.get("period_end") or 0) > (cur.get("period_end") or 0):
            best[k] = t
    rows = sorted(best.values(), key=lambda t: (-(t.get("period_end") or 0), t.get("metric") != "value"))
    return "; ".join(trade_text(t) for t in rows[:limit])


# ----------------------------------------------------------------- rebuild
def _fetch(db, sql: str, params) -> list[dict]:
    cur = db.execute(sql, params)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def pair_facts(db, a: str, b: str) -> dict[str, list[dict]]:
    """Every merged fact of the pair (a < b), per view."""
    return {v: _fetch(db, f"select * from [{v}] where {w} order by id", {"a": a, "b": b})
            for v, w in _PAIR_WHERE.items()}


_SOURCE_TABLES = {"visits": "visit_sources", "agreements": "agreement_sources", "trade": "trade_sources",
                  "milestones": "milestone_sources"}
# The facts of a pair (a < b), as SQL conditions each served by a composite index.
_PAIR_WHERE = {
    "visits": "((visitor_iso3 = :a and host_iso3 = :b) or (visitor_iso3 = :b and host_iso3 = :a))",
    "agreements": "(party_a_iso3 = :a and party_b_iso3 = :b)",
    "milestones": "(party_a_iso3 = :a and party_b_iso3 = :b)",
    "trade": "((exporter_iso3 = :a and importer_iso3 = :b) or (exporter_iso3 = :b and importer_iso3 = :a))",
}
# How many article names a relations row keeps for display and `article:` (the count is exact).
MAX_ARTICLE_NAMES = 200


def _one(db, sql: str, params) -> tuple:
    return db.execute(sql, params).fetchone()


def relation_record(db, a: str, b: str) -> dict | None:
    """The relations row of a pair, from aggregate queries (cheap however many facts it has)."""
    p = {"a": a, "b": b}
    nv, vab, vmin, vmax, vemax, vdis = _one(
        db, f"select count(*), sum(visitor_iso3 = :a), min(start), max(start), max([end]), max(disputed) "
            f"from visits where {_PAIR_WHERE['visits']}", p)
    sectors = list(db.execute(
        f"select coalesce(sector, 'general'), count(*) from agreements where {_PAIR_WHERE['agreements']} "
        f"group by 1 order by 2 desc, 1", p))
    na_, amin, amax, adis = _one(
        db, f"select count(*), min(signed_on), max(signed_on), max(disputed) from agreements "
            f"where {_PAIR_WHERE['agreements']}", p)
    ms = list(db.execute(
        f"select kind, date, disputed from milestones where {_PAIR_WHERE['milestones']} "
        f"order by date is null, date, id limit 50", p))
    nm, mmin, mmax, mdis = _one(
        db, f"select count(*), min(date), max(date), max(disputed) from milestones "
            f"where {_PAIR_WHERE['milestones']}", p)
    nt, tmin, tmax, tdis = _one(
        db, f"select count(*), min(coalesce(period_start, period_end)), max(period_end), max(disputed) from trade "
            f"where {_PAIR_WHERE['trade']}", p)
    if not (nv or na_ or nm or nt):
        return None
    latest = []
    if nt:
        cur = db.execute(
            f"select t.exporter_iso3, t.importer_iso3, t.flow, t.metric, t.value, t.unit, t.period_start, t.period_end "
            f"from trade t join (select exporter_iso3 e, importer_iso3 i, flow f, metric m, "
            f"max(coalesce(period_end, 0)) pe from trade where {_PAIR_WHERE['trade']} group by 1, 2, 3, 4) g "
            f"on t.exporter_iso3 = g.e and t.importer_iso3 = g.i and t.flow = g.f and t.metric = g.m "
            f"and coalesce(t.period_end, 0) = g.pe order by t.id", p)
        cols = ["exporter_iso3", "importer_iso3", "flow", "metric", "value", "unit", "period_start", "period_end"]
        latest = [dict(zip(cols, r)) for r in cur]
    dates = [str(d) for d in (vmin, vmax, vemax, amin, amax, mmin, mmax, tmin, tmax) if d not in (None, "")]
    first, last = (min(dates), max(dates)) if dates else (None, None)
    by_sector = ", ".join(f"{sec} {n}" for sec, n in sectors)
    ms_text = "; ".join(f"{_MILESTONE_LABEL.get(k, k)} {d or ''}".strip() for k, d, _ in ms)
    union = " union ".join(
        f"select article_id from {_SOURCE_TABLES[v]} where fact_id in (select id from [{v}] where {_PAIR_WHERE[v]})"
        for v in ("visits", "agreements", "milestones", "trade"))
    n_articles = _one(db, f"select count(*) from ({union})", p)[0]
    articles = [r[0] for r in db.execute(
        f"select name from articles where id in ({union}) order by name limit {MAX_ARTICLE_NAMES}", p)]
    na, nb = names.country_name(a), names.country_name(b)
    rec = {
        "pair": f"{a}-{b}", "a_iso3": a, "a": na, "b_iso3": b, "b": nb,
        "parties": f"{na} – {nb}",
        "first_contact": first, "last_contact": last,
        "first_year": int(first[:4]) if first else None, "last_year": int(last[:4]) if last else None,
        "year": int(last[:4]) if last else None,
        "visits_ab": int(vab or 0), "visits_ba": int(nv - (vab or 0)), "n_visits": nv,
        "n_agreements": na_, "agreements_by_sector": by_sector,
        "n_milestones": nm, "milestones": ms_text,
        "n_trade": nt, "trade_latest": _latest_trade(latest),
        "disputed": 1 if any(x for x in (vdis, adis, mdis, tdis)) else 0,
        "n_sources": n_articles,
        "articles": "; ".join(articles) + (f"; … (+{n_articles - len(articles)} more)"
                                           if n_articles > len(articles) else ""),
    }
    words = [rec["pair"], a, b, na or "", nb or "", by_sector, ms_text, rec["trade_latest"], rec["articles"]]
    words += [names.sector_label(sec) for sec, _ in sectors]
    words += [r[0] for r in db.execute(
        f"select distinct coalesce(visitor, '') || ' ' || coalesce(city, '') from visits "
        f"where {_PAIR_WHERE['visits']} limit 100", p)]
    words += [r[0] for r in db.execute(
        f"select summary from milestones where {_PAIR_WHERE['milestones']} limit 50", p) if r[0]]
    rec["search"] = " ".join(w for w in words if w)
    return rec


def rebuild(db, pairs) -> None:
    """Recompute the relations rows of these pairs (drop those with no facts left)."""
    for a, b in sorted(set(pairs)):
        db.execute("delete from relations where pair = ?", [f"{a}-{b}"])
        rec = relation_record(db, a, b)
        if rec is not None:
            db["relations"].insert(rec)


def all_pairs(db) -> set[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    for (key,) in db.execute("select distinct group_key from mentions"):
        p = pair_of_key(key)
        if p:
            pairs.add(p)
    return pairs


# ----------------------------------------------------------------- profile
def _sources(store, view: str, ids: list[int]) -> dict[int, list[dict]]:
    got = store.sources_for(view, ids)
    return {i: [{"article": s["article"], "sentence": s["sentence"]} for s in got.get(i, [])] for i in ids}


def _visit_summary(v: dict, n_linked: int) -> str:
    who = " ".join(x for x in (v.get("visitor_role"), v.get("visitor")) if x) or "A delegation"
    frm = names.country_name(v.get("visitor_iso3"))
    to = names.country_name(v.get("host_iso3"))
    kind = v.get("kind")
    trip = f"{kind} visit" if kind and kind != "unspecified" else "visit"
    place = f"{v['city']}, {to}" if v.get("city") else to
    start, end = _s(v.get("start")), _s(v.get("end"))
    when = f"{start}–{end}" if start and end and end != start else (start or "date unknown")
    days = _days(start, end)
    if days:
        when += f" ({days} day{'s' if days != 1 else ''})"
    text = f"{who} ({frm}): {trip} to {place}, {when}"
    if n_linked:
        text += f" ({n_linked} agreement{'s' if n_linked != 1 else ''} signed during the visit)"
    return text


def _days(start: str | None, end: str | None) -> int | None:
    """Length of a visit in days, when both ends are known to the day."""
    from datetime import date
    try:
        if start and end and len(start) == len(end) == 10:
            return (date.fromisoformat(end) - date.fromisoformat(start)).days + 1
    except ValueError:
        return None
    return None


def _agreement_summary(r: dict, visit: dict | None) -> str:
    inst = _INSTRUMENT.get(r.get("instrument") or "", "Agreement")
    sector = (r.get("sector") or "").replace("_", " ") if r.get("sector") not in (None, "", "general") else None
    text = f"{inst} signed" + (f": {sector}" if sector else " (general cooperation)")
    if visit is not None:
        who = visit.get("visitor") or names.country_name(visit.get("visitor_iso3"))
        text += f" (during {who}'s visit to {names.country_name(visit.get('host_iso3'))})"
    return text


def profile(store, pair) -> list[dict]:
    a, b = parse_pair(pair)
    db = store.db
    facts = pair_facts(db, a, b)
    links = _links(facts)
    out: list[dict] = []
    srcs = {view: _sources(store, view, [r["id"] for r in rows]) for view, rows in facts.items()}
    for r in facts["milestones"]:
        out.append({"date": _s(r.get("date")), "end": None, "kind": r.get("kind"), "summary": r.get("summary"),
                    "view": "milestones", "id": r["id"]})
    visit_by_id = {v["id"]: v for v in facts["visits"]}
    for v in facts["visits"]:
        out.append({"date": _s(v.get("start")), "end": _s(v.get("end")), "kind": "visit",
                    "summary": _visit_summary(v, len(links["visits"].get(v["id"], []))),
                    "view": "visits", "id": v["id"], "linked": links["visits"].get(v["id"], [])})
    for r in facts["agreements"]:
        vids = links["agreements"].get(r["id"], [])
        out.append({"date": _s(r.get("signed_on")), "end": None, "kind": "agreement",
                    "summary": _agreement_summary(r, visit_by_id.get(vids[0]) if vids else None),
                    "view": "agreements", "id": r["id"], "linked": vids})
    for t in facts["trade"]:
        pe, ps = t.get("period_end"), t.get("period_start")
        out.append({"date": _s(pe or ps), "end": None, "kind": "trade", "summary": "Trade: " + trade_text(t, codes=False),
                    "view": "trade", "id": t["id"]})
    raw = {(view, r["id"]): r for view, rows in facts.items() for r in rows}
    for row in out:
        fact = raw[(row["view"], row["id"])]
        row["sources"] = srcs[row["view"]].get(row["id"], [])
        row["disputed"] = bool(fact.get("disputed"))
        row["pair"] = f"{a}-{b}"
    out.sort(key=lambda r: (r["date"] is None, r["date"] or "", _KIND_ORDER.get(r["kind"], 9), r["id"]))
    return out


def _links(facts) -> dict[str, dict[int, list[int]]]:
    """visit id -> agreement ids signed during it; agreement id -> visit ids."""
    by_visit: dict[int, list[int]] = {}
    by_agreement: dict[int, list[int]] = {}
    by_month: dict[str, list[dict]] = {}   # a link needs month precision: only the visit's months are tried
    for r in facts["agreements"]:
        d = _s(r.get("signed_on"))
        if d and len(d) >= 7:
            by_month.setdefault(d[:7], []).append(r)
    for v in facts["visits"]:
        for r in _months_of(v, by_month):
            if within(r.get("signed_on"), v.get("start"), v.get("end")):
                by_visit.setdefault(v["id"], []).append(r["id"])
                by_agreement.setdefault(r["id"], []).append(v["id"])
    return {"visits": by_visit, "agreements": by_agreement}


def _months_of(v: dict, by_month: dict[str, list[dict]]) -> list[dict]:
    start, end = _s(v.get("start")), _s(v.get("end"))
    if not start or len(start) < 7:
        return []
    lo, hi = start[:7], (end or start)[:7]
    if hi < lo:
        hi = lo
    out: list[dict] = []
    for month in sorted(by_month):
        if lo <= month <= hi:
            out += by_month[month]
    return out


def linked(store, view: str, row_id: int) -> list[dict]:
    """A visit's agreements (signed during it) or an agreement's visit(s); [] for other views."""
    if view not in ("visits", "agreements"):
        return []
    rows = _fetch(store.db, f"select * from [{view}] where id = ?", [row_id])
    if not rows:
        return []
    row = rows[0]
    if view == "visits":
        a, b = sorted((row.get("visitor_iso3") or "", row.get("host_iso3") or ""))
        cands = _fetch(store.db, "select * from agreements where party_a_iso3 = ? and party_b_iso3 = ? "
                                 "order by signed_on, sector, id", [a, b])
        hits = [r for r in cands if within(r.get("signed_on"), row.get("start"), row.get("end"))]
        other = "agreements"
    else:
        a, b = row.get("party_a_iso3"), row.get("party_b_iso3")
        cands = _fetch(store.db, "select * from visits where (visitor_iso3 = ? and host_iso3 = ?) "
                                 "or (visitor_iso3 = ? and host_iso3 = ?) order by start, id", [a, b, b, a])
        hits = [v for v in cands if within(row.get("signed_on"), v.get("start"), v.get("end"))]
        other = "visits"
    out = []
    for r in hits:
        r.pop("search", None)
        r["disputes"] = json.loads(r["disputes"]) if r.get("disputes") else {}
        r["view"] = other
        out.append(r)
    return out

"""Numbers, money and percentages in news text.

Pure functions over a string; offsets are character offsets into that string.

- `parse_number("1,412.6")`, `parse_number("1.3 billion")`, `parse_number("five")`
- `find_money(text, hints, dollar_default)` -> `Money` mentions: `$1.2bn`,
  `US$3.4 billion`, `USD 450 million`, `€120m`, `Sh2.3 billion`, `CFA 24
  billion`, `1.3 billion dlrs`, `436 mln stg`, `7.45 billion H.K. Dlrs`,
  `83.5 million USD`, `₦1,480`, and bare scaled amounts (`170.5 mln`) with
  `currency=None` for the caller to complete from the same sentence.
- `find_percents(text)` -> `Percent` mentions (`13 pct`, `18 per cent`,
  `21.3%`) with the sign of a change read from the words around them.

Currencies whose code depends on the country (shillings, CFA francs, dirhams,
"$"/"dollars") are resolved with `hints` (ISO3 codes, most relevant first);
bare dollars take `dollar_default` (an earlier explicit mention in the
article, else USD).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

_LEXICON = Path(__file__).resolve().parent.parent / "lexicon" / "currencies.json"

SCALES = {
    "thousand": 1e3, "k": 1e3,
    "million": 1e6, "millions": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6, "mio": 1e6,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9,
    "trillion": 1e12, "tn": 1e12, "trn": 1e12, "tln": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
}
# scale words that may stand after a space (single letters only when attached)
_SCALE_SPACED = r"thousand|millions?|mln|mn|mio|billions?|bn|bln|trillion|tn|trn|tln|lakhs?|crores?"
_SCALE_ATTACHED = r"thousand|millions?|mln|mn|mio|billions?|bn|bln|trillion|tn|trn|tln|lakhs?|crores?|m|b|k"

WORD_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a": 1, "an": 1,
    "half a": 0.5,
}

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_WORDNUM = (r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
            r"|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
            r"|sixteen|seventeen|eighteen|nineteen|hundred")
# a word number is never glued to a hyphen ("two-way", "one-day" are not numbers)
_NUM = rf"(?:{_DIGITS}|(?<![\w-])(?:{_WORDNUM})(?![\w-]))"

NEGATIVE_WORDS = (
    "fell", "fall", "falls", "falling", "dropped", "drop", "drops", "declined", "decline", "declines",
    "declining", "decreased", "decrease", "decreases", "slumped", "slump", "down", "lower", "contracted",
    "contraction", "shrank", "shrunk", "plunged", "plunge", "plummeted", "tumbled", "slid", "slipped",
    "dipped", "dip", "eased", "reduced", "reduction", "retreated", "sank", "lost", "loss",
)
POSITIVE_WORDS = (
    "rose", "rise", "rises", "rising", "risen", "grew", "grow", "grown", "growth", "growing", "jumped",
    "jump", "up", "increase", "increased", "increases", "increasing", "higher", "climbed", "climb",
    "surged", "surge", "expanded", "expansion", "gained", "gain", "soared", "advanced", "rebounded",
    "went up", "picked up", "improved",
)
_CHANGE_RE = re.compile(
    r"(?<![\w-])(" + "|".join(sorted((re.escape(w) for w in NEGATIVE_WORDS + POSITIVE_WORDS), key=len, reverse=True))
    + r")(?![\w-])", re.I)


@dataclass(frozen=True)
class Money:
    start: int
    end: int
    value: float            # whole currency units
    currency: str | None    # ISO 4217, or None for a bare scaled amount ("170.5 mln")
    text: str
    explicit: bool = False  # the currency was written out (not inferred from a family or default)
    family: str | None = None  # "dollar", "shilling", "cfa"... when the code depended on context


@dataclass(frozen=True)
class Percent:
    start: int
    end: int
    value: float            # as written, unsigned
    text: str
    sign: int | None = None  # +1 / -1 when a change word governs it, else None

    @property
    def signed(self) -> float | None:
        return None if self.sign is None else self.sign * self.value


@lru_cache(maxsize=1)
def _lexicon() -> dict:
    return json.loads(_LEXICON.read_text(encoding="utf-8"))


def dollar_codes() -> set[str]:
    """The currencies a bare "$" may stand for: those of the 'dollar' family (the Samoan tālā among them)."""
    fam = _lexicon()["families"]["dollar"]
    return set(fam["by_country"].values()) | {fam["default"], "ZWL"}


def _number_value(s: str) -> float | None:
    s = s.strip().lower()
    if not s:
        return None
    if re.fullmatch(_DIGITS, s):
        v = float(s.replace(",", ""))
        return v if v < 1e100 else None  # 100+ digits is no quantity (and would overflow to inf when scaled)
    if s in WORD_NUMBERS:
        return float(WORD_NUMBERS[s])
    m = re.fullmatch(r"(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(\w+)", s)
    if m and m.group(2) in WORD_NUMBERS:
        return float(WORD_NUMBERS[m.group(1)] + WORD_NUMBERS[m.group(2)])
    return None


def parse_number(text: str) -> float | None:
    """'1,412.6' -> 1412.6; '1.3 billion' -> 1.3e9; '436 mln' -> 4.36e8; 'five' -> 5.0;
    'two-way' -> None. Returns None when the whole text is not one number."""
    t = text.strip()
    m = re.fullmatch(rf"({_DIGITS}|[A-Za-z]+(?:-[A-Za-z]+)?)\s*({_SCALE_ATTACHED})?\.?", t, re.I)
    if not m:
        m = re.fullmatch(r"(half a|a|an|one)\s+(" + _SCALE_SPACED + r")", t, re.I)
        if not m:
            return None
    base = _number_value(m.group(1))
    if base is None:
        return None
    if m.group(1).lower() in ("a", "an", "half a") and not m.group(2):
        return None
    scale = m.group(2)
    if scale:
        # a bare single-letter scale must be attached to digits ("120m", not "five m")
        if len(scale) == 1 and not re.match(r"[\d.]", t):
            return None
        base *= SCALES[scale.lower()]
    return tidy(base)


def tidy(v: float) -> float:
    """A float that is a whole number as an int (1302400000.0000002 -> 1302400000), else rounded to 6 places."""
    r = round(v, 6)
    return int(r) if r == int(r) else r


def resolve_currency(family: str, hints=(), dollar_default: str | None = None) -> str:
    """Pick the ISO code of a currency family ('dollar', 'shilling', 'cfa', ...)."""
    fam = _lexicon()["families"].get(family)
    if fam is None:
        return family.upper()
    if family == "dollar":
        return dollar_default or fam["default"]
    for iso3 in hints or ():
        code = fam["by_country"].get(iso3)
        if code:
            return code
    return fam["default"]


def family_code(family: str, hints=()) -> str | None:
    """The ISO code of a currency family for the first hint country that uses it,
    or None when no hint country does (the caller decides whether a default is safe)."""
    fam = _lexicon()["families"].get(family)
    if fam is None:
        return family.upper()
    for iso3 in hints or ():
        code = fam["by_country"].get(iso3)
        if code:
            return code
    return None


@lru_cache(maxsize=1)
def _money_regexes():
    lex = _lexicon()
    syms = sorted(lex["symbols"], key=len, reverse=True)
    sym_alts = []
    for s in syms:
        e = re.escape(s)
        if s[0].isalpha():
            # letter symbols: never inside a word; short ones glued to the digits
            glue = r"\s?" if len(s) >= 2 else ""
            sym_alts.append(rf"(?<![A-Za-z]){e}{glue}")
        else:
            sym_alts.append(rf"{e}\s?")
    words = sorted(lex["words"], key=len, reverse=True)
    word_alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    scale = rf"(?:[\s-]?(?:{_SCALE_ATTACHED})(?![\w$€£])|[\s-]+(?:{_SCALE_SPACED})\b)"
    num = _NUM
    # Every prefix match has a digit within a symbol's length (+ a space and a
    # '.') of its start: the lookahead rejects other positions before the long
    # symbol alternation is tried (same matches, several times faster).
    reach = max(len(s) for s in syms) + 3
    # ... and a match starts with one of the symbols' first characters (either case)
    first = "".join(sorted({re.escape(c) for s_ in syms for c in (s_[0].lower(), s_[0].upper())}))
    prefix = re.compile(
        rf"(?=[{first}])(?=\D{{0,{reach}}}\d)(?P<sym>{'|'.join(sym_alts)})(?P<num>{_DIGITS})(?P<scale>{scale})?"
        rf"(?:\s+(?P<word>{word_alts})(?![A-Za-z]))?", re.I)
    suffix = re.compile(
        rf"(?<![\w.,])(?P<num>{num})(?P<scale>\s+(?:{_SCALE_SPACED})\b|(?<=\d)(?:{_SCALE_ATTACHED})(?![\w$€£]))?"
        rf"\s+(?P<word>{word_alts})(?![A-Za-z])", re.I)
    bare = re.compile(
        rf"(?<![\w.,$€£¥₦])(?P<num>{_DIGITS}|(?:a|an|one|half a)(?=\s)|(?<![\w-])(?:{_WORDNUM})(?![\w-]))"
        rf"(?P<scale>\s+(?:{_SCALE_SPACED})\b|(?<=\d)(?:{_SCALE_ATTACHED})(?![\w$€£]))", re.I)
    return prefix, suffix, bare


@lru_cache(maxsize=1)
def _symbols_lower() -> dict:
    return {k.lower(): v for k, v in _lexicon()["symbols"].items()}


# words that may follow a bare scaled amount and still leave it a money amount
_BARE_FOLLOWERS = {
    "worth", "in", "from", "to", "last", "the", "a", "over", "during", "against", "versus", "vs",
    "compared", "while", "and", "or", "this", "previous", "earlier", "for", "year", "at", "by", "but",
    "with", "according", "on", "since", "between", "respectively",
    # "the 3.56 billion exported to the U.S.": a reduced relative after an amount
    "exported", "imported", "shipped", "sold", "bought", "purchased",
}


def _lookup(table: dict, key: str):
    k = re.sub(r"\s+", " ", key.strip().lower())
    for cand in (k, k.rstrip("'’")):
        if cand in table:
            return table[cand]
    return None


def find_money(text: str, hints=(), dollar_default: str | None = None) -> list[Money]:
    """All money amounts in text, in order. `hints`: ISO3 codes for family currencies."""
    lex = _lexicon()
    sym_table = _symbols_lower()
    prefix, suffix, bare = _money_regexes()
    found: list[Money] = []
    taken: list[tuple[int, int]] = []

    def overlaps(a, b):
        return any(a < e and s < b for s, e in taken)

    def build(m, code_raw: str, scale_s: str | None, num_s: str, end: int):
        base = _number_value(num_s)
        if base is None:
            return None
        if scale_s:
            base *= SCALES[scale_s.strip(" -\t").lower()]
        family = None
        explicit = True
        code = code_raw
        if code_raw.startswith("family:"):
            family = code_raw.split(":", 1)[1]
            code = resolve_currency(family, hints, dollar_default)
            explicit = False
        return Money(m.start(), end, tidy(base), code, text[m.start():end], explicit, family)

    for m in prefix.finditer(text):
        sym = m.group("sym").strip()
        code_raw = lex["symbols"].get(sym) or sym_table.get(sym.lower())
        if code_raw is None:
            continue
        if sym.isalpha() and len(sym) <= 4 and not sym.isupper() or len(sym) <= 2 and sym.isalpha():
            # short letter symbols ("R", "N", "Sh", "Dh", "SR") only as written in the lexicon
            if not any(k == sym for k in lex["symbols"]):
                continue
            if len(sym) == 1 and not m.group("scale"):
                continue  # "R9.8 billion" yes, "N1" or "K2" alone no
        word = m.group("word")
        if word:
            wcode = _lookup(lex["words"], word)
            if wcode and not wcode.startswith("family:"):
                code_raw = wcode
        end = m.end() if word else m.end("scale") if m.group("scale") else m.end("num")
        money = build(m, code_raw, m.group("scale"), m.group("num"), end)
        if money:
            found.append(money)
            taken.append((money.start, money.end))
    for m in suffix.finditer(text):
        if overlaps(m.start(), m.end()):
            continue
        word = m.group("word")
        code_raw = _lookup(lex["words"], word)
        if code_raw is None:
            continue
        if word.lower() in ("won", "real", "som", "dong", "k") and not m.group("scale"):
            continue  # too common as ordinary words after a plain number
        money = build(m, code_raw, m.group("scale"), m.group("num"), m.end())
        if money:
            found.append(money)
            taken.append((money.start, money.end))
    for m in bare.finditer(text):
        if overlaps(m.start(), m.end()):
            continue
        nxt = re.match(r"[\s']*([A-Za-z]+)", text[m.end():])
        if nxt and nxt.group(1).lower() not in _BARE_FOLLOWERS:
            continue
        base = _number_value(m.group("num"))
        if base is None:
            continue
        base *= SCALES[m.group("scale").strip().lower()]
        if text.startswith("/-", m.end()):
            # "98.7bn/-": East African shorthand for shillings, whose code the sentence's country decides
            found.append(Money(m.start(), m.end() + 2, tidy(base), family_code("shilling", hints),
                               text[m.start():m.end() + 2], False, "shilling"))
            continue
        found.append(Money(m.start(), m.end(), tidy(base), None, text[m.start():m.end()], False, None))
        taken.append((m.start(), m.end()))
    found.sort(key=lambda x: x.start)
    return found


_PCT_RE = re.compile(
    rf"(?<![\w.,])(?P<num>{_NUM})\s?(?:%|\s?per\s?cent\b|\s?percent\b|\s?pct\b)(?!\s*(?:age)?\s*points?)", re.I)


def _change_sign(before: str, after: str) -> int | None:
    """Sign from the nearest change word: 'fell 13 pct', 'decreased by 39.6%',
    'up 18 per cent', 'a 27% rise', 'a 21.3% increase'."""
    # "6.2 percent more than in the same period": a comparison that is a change
    mt = re.match(r"\s+(more|less|fewer)\s+than\b", after, re.I)
    if mt:
        return 1 if mt.group(1).lower() == "more" else -1
    # words right after: "a 27% rise", "a 21.3% increase", "13 pct drop"
    m = re.match(r"[\s-]*(?:year[\s-]on[\s-]year\s+|annual\s+|y/y\s+)?(\w+(?:\s+up)?)", after)
    if m:
        w = m.group(1).lower()
        if w in NEGATIVE_WORDS:
            return -1
        if w in POSITIVE_WORDS:
            return 1
    # nearest change word before, within a few words and the same clause
    clause = re.split(r"[;:()]|,\s(?=(?:while|but|and|whereas)\b)", before)[-1]
    tail = clause[-60:]
    hits = list(_CHANGE_RE.finditer(tail))
    if hits:
        w = hits[-1].group(1).lower()
        between = tail[hits[-1].end():]
        if len(between.split()) <= 4:
            return -1 if w in NEGATIVE_WORDS else 1
    return None


# a change told as a fraction: "rising by a quarter", "fell by half"
FRACTIONS = {"a quarter": 25.0, "a third": 33.3, "a fifth": 20.0, "a half": 50.0, "half": 50.0,
             "three quarters": 75.0, "two thirds": 66.7}
_FRACTION_CHANGE = re.compile(r"\b(?:rose|rising|rises|grew|growing|grows|increased|increasing|jumped|climbed|fell|falling|falls|"
                              r"dropped|dropping|declined|declining|decreased|decreasing|shrank|shrinking)\s+by\s+"
                              r"(?P<frac>" + "|".join(f.replace(" ", r"\s+") for f in FRACTIONS) + r")\b", re.I)


def find_percents(text: str) -> list[Percent]:
    out = []
    for m in _PCT_RE.finditer(text):
        v = _number_value(m.group("num"))
        if v is None:
            continue
        sign = _change_sign(text[:m.start()], text[m.end():])
        out.append(Percent(m.start(), m.end(), tidy(v), text[m.start():m.end()], sign))
    for m in _FRACTION_CHANGE.finditer(text):
        a, b = m.start("frac"), m.end("frac")
        frac = re.sub(r"\s+", " ", m.group("frac").lower())
        sign = _change_sign(text[:a], text[b:])
        out.append(Percent(a, b, FRACTIONS[frac], text[a:b], sign))
    out.sort(key=lambda p: p.start)
    return out

"""Trade-figure detector: sentences -> bilateral trade figures.

One row per figure reported between two countries (corpus README, Trade):

- a *frame* names who trades with whom and how the figure is reported:
  "X's exports to Y" (exports), "Y's imports from X" (imports, X exporter),
  "X sold ... to Y", "X bought ... from Y", "trade between X and Y",
  "X-Y trade", "two-way/bilateral trade" (total, codes sorted);
- each money amount or percentage change after a frame (up to the next frame)
  belongs to it, unless the words in between make it something else
  (balance, surplus, target, investment, loan, share...);
- every figure gets its own period: its own year, else a year stated for its
  clause, else the period of the figure it parallels in the same sentence.

- discourse: "It rose ..."/"This compared with ..." and a bare "exports were ..."
  continue the previous sentence's frame; "Total trade reached ..." with no
  country after the main pair's trade is that pair's; a bare "exports to Y" /
  "shipments to Y" takes the country the text reports on (the last "X's
  exports/imports/trade"), unless that report was about one product or a bloc;
  "..., and to Colombia by 15 pct to 600 mln" is the same exporter's figure;
- figures limited to one product ("Taiwan's textile exports to the U.S.",
  "sold arms worth ...") are rejected: gold rows are a pair's trade in all goods;
- a currency that depends on the country (francs, dirhams, shillings...) needs
  one of its countries in sight, else the figure is rejected.

Sentences are worked on as a "marked" string in which countries, blocs,
anaphors ("the two countries", "the kingdom"), money and percentages are
replaced by markers such as ⟦C0⟧ or ⟦M1⟧, so the frame patterns stay short.
Precision first: what is not clearly a bilateral figure is rejected, with a
reason.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.model import ArticleContext, CountryMention, Evidence, Rejection, Sentence
from loaders.resolve.numbers import FRACTIONS, Money, Percent, dollar_codes, family_code, find_money, find_percents, resolve_currency
from loaders.resolve.dates import NUMBER_WORDS
from loaders.lexicon import load as _load_lexicon
from loaders.sentences import closes_like_a_sentence

try:  # the shared resolver (names, demonyms, capitals, agencies -> ISO3)
    from loaders.resolve.countries import find_countries as _find_countries
except Exception:  # pragma: no cover - only while that module is being written
    _find_countries = None

KIND = "trade"

# families whose default is what the bare word means in international news
# ("pounds" sterling, "yen"); the others need a country of theirs in the article
_DEFAULT_OK_FAMILIES = {"pound", "yen_yuan"}
# ("$356.2 million tālā" ... "imports worth $61.2 million": the article's bare dollars are tālā)
_DOLLAR_CODES = dollar_codes()

# ---------------------------------------------------------------- lexicon bits

# partners that are not countries: blocs, continents, regions
_BLOC_RE = re.compile(
    r"(?<![\w-])(?:the\s+)?(?:other\s+|non-)?(?:"
    r"European\s+(?:Union|Community|Communities|Economic\s+Community|Free\s+Trade\s+Association)|EU|EC|EEC|EFTA|"
    r"(?:other\s+)?Community(?:\s+(?:states|countries|members))?|Comecon|COMECON|"
    r"ASEAN|Mercosur|MERCOSUR|ECOWAS|SADC|COMESA|EAC|East\s+African\s+Community|CEMAC|UEMOA|WAEMU|GCC|"
    r"Gulf\s+(?:Cooperation\s+Council|states|countries)|OPEC|OECD|BRICS|G7|G20|African\s+Union|AU|"
    r"Arab\s+League|Arab\s+(?:world|countries|states)|Commonwealth|"
    r"(?:sub-Saharan|North|South|East|West|Southern|Central|Eastern|Western|Northern)\s+(?:Africa|Europe|Asia|America)|"
    r"Africa|Europe|Asia|Asia-Pacific|Latin\s+America|North\s+America|South\s+America|Central\s+America|"
    r"the\s+Americas|Caribbean|Middle\s+East|Oceania|Eurasia|Scandinavia|the\s+Gulf|the\s+West|"
    r"(?:partner|member)\s+(?:states|countries)|(?:African|Asian|European|Arab|Latin\s+American|Western|"
    r"developing|industrialised|industrialized|neighbouring|neighboring|foreign|other)\s+(?:countries|nations|states|markets)|"
    r"the\s+(?:rest\s+of\s+the\s+)?world|the\s+region|"
    r"European|African|Asian|Latin\s+American"
    r")(?![\w-])")

# "the two countries" and friends: the article's main pair
_PAIR_RE = re.compile(
    r"(?<![\w-])(?:the\s+two\s+(?:countries|nations|states|neighbours|neighbors|sides|economies)|"
    r"both\s+(?:countries|nations|sides|states|economies)|their\s+(?:two\s+)?(?:countries|nations)|"
    r"(?<=between\s)them|(?<=between\s)the\s+two)(?![\w-])", re.I)

# a single country referred to by a description: "the kingdom", "that country"
_OTHER_RE = re.compile(
    r"(?<![\w-])(?:the\s+(?:kingdom|emirate|sultanate|republic|island(?:\s+nation)?|archipelago|"
    r"(?:[A-Z][a-z]+\s+){0,2}(?:country|nation)|(?:[\w-]+\s+)?neighbour|(?:[\w-]+\s+)?neighbor)|"
    r"that\s+(?:country|nation)|its\s+(?:[\w-]+\s+)?(?:neighbour|neighbor))(?![\w-])")

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_YEAR = r"(?:19[4-9]\d|20\d\d)"

_TIME_RE = re.compile(
    rf"(?P<span>(?:between|from)\s+(?P<s1>{_YEAR})\s+(?:and|to|until|through)\s+(?P<s2>{_YEAR}))"
    rf"|(?P<part>(?:(?:the\s+)?(?:first|second|third|fourth|last|final)\s+(?:quarter|half|(?:\w+\s+)?months?)\s+(?:of\s+)?"
    rf"|{_MONTH}\s*(?:[-–]|to|through)\s*{_MONTH},?\s+|{_MONTH},?\s+|Q[1-4]\s+|H[12]\s+)(?P<py>{_YEAR}))"
    rf"|(?P<fy>(?:fiscal|financial)\s+year\s+(?P<fy1>{_YEAR})\s*/\s*(?P<fy2>\d{{2,4}})|(?P<fy3>{_YEAR})\s*/\s*(?P<fy4>\d{{2}})\b)"
    rf"|(?P<year>(?<![\d,.$€£¥-]){_YEAR}(?![\d%-]|\s*(?:pct|per\s*cent|percent)))"
    rf"|(?P<partny>\b(?:the\s+)?(?P<ord>first|second|third|fourth)\s+(?P<unit>quarter|half)\b(?!\s+(?:of\s+)?(?:19|20)\d\d)"
    rf"|\b(?:the\s+)?first\s+(?P<nmon>two|three|four|five|six|seven|eight|nine|ten|eleven|\d{{1,2}})\s+months\b(?!\s+(?:of\s+)?(?:19|20)\d\d)"
    rf"|\b{_MONTH}\s*(?:[-–]|to|through)\s*(?P<m2>{_MONTH})\b(?!,?\s+(?:19|20)\d\d))"
    r"|(?P<mon>(?<![\w-])(?-i:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?![\w-])(?:'s|’s)?(?!\s*\d)(?:\s+(?P<monrel>last|this)\s+year\b)?)"
    r"|(?P<last>\blast\s+year\b|\bthe\s+past\s+year\b)"
    r"|(?P<this>\bthis\s+year\b)"
    r"|(?P<prev>\b(?:the\s+previous\s+year|a\s+year\s+(?:earlier|before|ago)|the\s+year\s+before|the\s+prior\s+year)\b)"
    r"|(?P<same>\b(?:the\s+same\s+(?:period|year|months?|time)|that\s+year|the\s+same\s+\w+\s+months?)\b)"
    r"|(?P<none>\b(?:a\s+year|per\s+(?:year|annum)|annually|each\s+year|every\s+year|currently|at\s+present|now)\b)",
    re.I)

# a time expression preceded by one of these is only the comparison base
_BASE_BEFORE_RE = re.compile(
    r"(?:\bfrom|\bversus|\bvs\.?|\bagainst|\bcompared\s+(?:with|to)|\bover|\bthan(?:\s+in)?|\bon|\brelative\s+to|"
    # ("an increase of 11.2% over the same period last year": 'last year' names the base period)
    r"\bsince|\bcompared)\s+(?:the\s+same\s+(?:period|time|months?)\s+(?:(?:of|in|last)\s+)?|(?:the\s+)?levels?\s+(?:of|in)\s+|"
    # ("down 36.2 per cent from the record year 2022")
    r"the\s+(?:record|peak|previous|exceptional|boom|pre-pandemic)\s+(?:year\s+(?:of\s+)?)?|the\s+)?(?:in\s+)?$",
    re.I)

# of those, the ones that always make it something else (a product list or a body's name excuses the others)
_HARD_OTHER = re.compile(r"(?:surplus|deficit|(?:im)?balance|gap|target|goal|objective|loan|aid|grant|debt)", re.I)
# words between a frame and a figure that make the figure something else
_OTHER_NOUNS = re.compile(
    r"(?<![\w-])(?:surplus(?:es)?|deficits?|(?:im)?balances?|gaps?|loss(?:es)?|damages?|costs?|bills?|fines?|penalt(?:y|ies)|targets?|goals?|objectives?|ambitions?|aim\s+(?:of|is|was)|"
    r"invest(?:ment|ments|ed|ing|ors?)?|loans?|lending|credits?|credit\s+lines?|aid|grants?|debts?|"
    r"stakes?|financ\w*|funding|budgets?|"
    r"tariffs?|subsid\w+|reserves|gdp|inflation|prices?|output|production|unemployment|population|"
    r"remittances|tourism|tourists|(?:market\s+)?share\s+of|market\s+shares?|shares\s+in|capitali[sz]ation|valuation|revenues?|profits?|"
    r"economy|currency|depreciat\w+|devaluation|spending|assistance|donations?|pledged?|commitments?|"
    r"arrears|compensation|equity|compan(?:y|ies)|firms?|corporation|subsidiar(?:y|ies)|acquisitions?|assets)(?![\w-])", re.I)

_TARGET_BEFORE = re.compile(
    r"(?:\b(?:targets?|goals?|objectives?|ambitions?|aims?|plans?|projections?|forecasts?)\s+(?:of|at|is|was|to)\b"
    r"|\b(?:aim(?:s|ing|ed)?|plan(?:s|ning|ned)?|hope(?:s|d)?|expect(?:s|ed)?|strive|seek(?:s|ing)?|want(?:s|ed)?|"
    r"intend(?:s|ed)?|pledge(?:s|d)?|agree(?:s|d)?|commit(?:s|ted)?|instruct(?:s|ed)?|work)\s+(?:\w+\s+){0,3}?to\b"
    r"|\bto\s+(?:raise|increase|boost|lift|double|triple|treble|bring|take|push|grow|expand|reach|hit|achieve|"
    r"rise|exceed|surpass|top|quadruple)\b"
    r"|\b(?:will|would|could|should|shall|(?-i:may)|might|can)\s+(?:\w+\s+){0,2}?(?:reach|hit|rise|grow|increase|"
    r"exceed|total|top|be|double|triple|climb|surpass|achieve|remain|stay|amount|fall|decline|drop|come|go)\b"
    r"|\b(?:expected|projected|forecast|set|poised|likely|estimated)\s+to\b"
    r"|\baim(?:ing)?\s+for\b|\bpotential\b)", re.I)
_TARGET_AFTER = re.compile(
    r"^\s*(?:(?:in|of)\s+(?:annual\s+|bilateral\s+|two-way\s+)?trade\s+)?(?:(?:a|per)\s+(?:year|annum)\s+)?(?:by|before)\s+(?:the\s+end\s+of\s+)?(?:\d{4}|the\s+end|next|20\d\d)"
    r"|^[^.;]{0,40}?\b(?:within\s+(?:the\s+next\s+)?\w+\s+years|in\s+the\s+(?:coming|next)\s+(?:\w+\s+)?years|"
    r"over\s+the\s+next\b|in\s+the\s+medium\s+term|in\s+the\s+long\s+term|over\s+(?:\w+\s+)?years)", re.I)

# "aim to raise bilateral trade to $X", "plan to double two-way trade": the trade noun is the object of a goal verb
_TARGET_LEAD = re.compile(
    r"(?:\b(?:to|will|would|shall|could|can|should|must)\s+(?:\w+\s+)?(?:raise|increase|boost|lift|double|triple|treble|quadruple|"
    r"grow|expand|take|push|bring|scale\s+up|step\s+up|ramp\s+up)"
    # "set the goal of bringing trade turnover to $200 million", "with the aim of raising ..."
    r"|\b(?:goals?|targets?|aims?|objectives?|ambitions?|plans?|intention|efforts?)\s+(?:of|to)\s+(?:\w+\s+)?(?:raising|increasing|"
    r"boosting|lifting|doubling|tripling|bringing|taking|pushing|growing|expanding|reaching|achieving|raise|increase|boost|"
    r"lift|double|bring|take|reach|achieve)"
    # "both countries should aim for bilateral trade of US$20 billion a year by 2030"
    r"|\b(?:aim(?:s|ing|ed)?|target(?:s|ing|ed)?)\s+(?:for|at)"
    # "signed a trade protocol that foresees two-way trade of 900 mln dlrs next year": what an instrument plans
    # ("... which envisages a rise in two-way trade to 500 mln dlrs", "providing for two-way trade of ...")
    r"|\b(?:foresees?|foresaw|foreseeing|envisages?|envisaged|envisaging|envisions?|stipulates?|stipulated|anticipates?|anticipated|"
    r"(?:provides?|provided|providing|calls?|called|calling)\s+for)(?:\s+an?\s+(?:[\w\-]+\s+)?(?:rise|increase|growth|expansion|"
    r"doubling|boost)\s+(?:in|of))?"
    # "agreed to work towards raising bilateral trade to $10 billion"
    r"|\btowards?\s+(?:raising|increasing|boosting|lifting|doubling|tripling|bringing|taking|pushing|growing|expanding|"
    r"reaching|achieving))"
    r"\s+(?:(?:the|their|its|our|annual|bilateral|two-way|mutual|overall|total)\s+){0,3}$", re.I)

# "The 1987 accord signed in January agreed bilateral trade totalling ...", "the protocol sets two-way trade at ...":
# what an instrument fixes is its plan
_INSTRUMENT_SETS = re.compile(r"\b(?:accord|agreement|protocol|pact|plan)s?\b[^.;]{0,40}?\b(?:agreed|agrees|sets?|fixe[sd]|fix)\s+"
                              r"(?:(?:the|their|its|annual|bilateral|two-way|mutual|overall|total)\s+){0,3}$", re.I)
_PAST_CHANGE = re.compile(
    r"\b(?:rose|risen|rising|climbed|climbing|grew|grown|growing|jumped|increased|increasing|surged|soared|expanded|"
    r"fell|fallen|falling|dropped|declined|declining|slumped|went\s+up|edged\s+up|more\s+than\s+doubled|doubled|"
    r"tripled)\b(?:\s+\S+){0,7}\s*$", re.I)


def _is_target(window: str) -> bool:
    for m in _TARGET_BEFORE.finditer(window):
        # "climbed 15% to reach $1.1bn" is a reported level, not a goal
        if m.group(0).lower().startswith("to ") and _PAST_CHANGE.search(window[:m.start()]):
            continue
        return True
    return False


_NATIONAL = re.compile(r"(?<![\w-])(?:total|overall|global|worldwide|national|foreign|external|world|aggregate|non-oil|oil)(?![\w-])", re.I)

_NOT_PRODUCT_WORDS = {
    "the", "a", "an", "its", "their", "annual", "monthly", "merchandise", "goods", "bilateral", "direct",
    "indirect", "official", "recorded", "registered", "combined", "cumulative", "main", "chief", "key",
    "traditional", "principal", "major", "recent", "latest", "and", "of", "in", "to", "have", "has", "had",
    "border", "cross-border", "overland", "transit",
    # "Sweden remained Finland's largest export country": a ranking, not a product
    "largest", "biggest", "second-largest", "third-largest", "second-biggest", "top", "leading", "most", "important",
}
_PRODUCTS_RE = re.compile(
    r"(?<![\w-])(?:mainly|mostly|chiefly|principally|largely|primarily|predominantly|led\s+by|including|"
    r"such\s+as|notably|dominated\s+by|consisting\s+(?:mainly\s+|mostly\s+)?of|made\s+up\s+(?:mainly\s+)?of)\s+"
    r"(?P<p>[^;.⟦()]+?)(?=\s*(?:,\s*(?:were|was|are|is|totall?ed|amounted|stood|reached|rose|fell|grew|worth|make|made|to\b|from\b|in\b)|"
    r"[;.()⟦]|,\s*\w+\s+(?:were|was)\b|,\s*(?:to|from|while|whereas|but|and|as|with|against|compared|according|"
    r"up|down|making|which|a|an|the)\s|$))", re.I)


# words that name all goods, not a product: "exports of goods", "worth of merchandise"
_GENERIC_GOODS = {"goods", "products", "merchandise", "items", "commodities", "wares", "exports", "imports",
                  "shipments", "sales", "trade", "visible", "manufactures", "produce", "everything"}
# words that may stand right before a bare "imports from"/"exports to" and name no product
_BEFORE_BARE_OK = {
    "the", "a", "an", "and", "or", "but", "while", "whereas", "its", "their", "his", "her", "our", "these", "those",
    "said", "says", "showed", "show", "shows", "that", "as", "of", "for", "on", "in", "with", "by", "to", "from",
    "at", "than", "where", "when", "which", "since", "rising", "falling", "higher", "lower", "cheap", "cheaper",
    "increased", "reduced", "net", "annual", "monthly", "direct", "indirect", "bilateral", "recorded", "official",
    "such", "more", "less", "further", "new", "all", "other", "some", "many", "much", "any", "no", "also", "whose",
    "what", "still", "only", "both", "if", "not", "were", "was", "are", "is", "had", "have", "has", "be", "been",
    "surging", "growing", "increasing", "declining", "rising", "record", "unfair", "illegal", "legal", "combined",
    "registered", "reported", "provisional", "average", "cumulative", "overall", "total", "aggregate", "merchandise",
    "goods", "visible", "traditional", "main", "key", "major", "up", "down", "however", "then", "about", "around",
    "nearly", "almost", "over", "into", "out", "per", "year", "month", "quarter", "half", "last", "first", "previous",
    "same", "whole", "entire", "country's", "nation's", "government", "ministry", "figures", "data", "statistics",
    "because", "showing", "despite", "although", "though", "after", "before", "amid", "including", "due", "given",
    "lower", "lost", "weak", "weaker", "strong", "stronger", "slower", "faster", "expected", "estimated", "earlier",
    "so", "yet", "even", "just", "nor", "how", "why", "whether", "it", "they", "we", "he", "she", "this", "there",
}


# words of time or of how a figure was measured, never a product: "Japan's February
# exports", "first-quarter", "seasonally adjusted", "customs-cleared", "goods and services"
_QUALIFIER_RE = re.compile(
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?)(?:-\w+)?|\w+-(?:quarter|half|month|year|term|date)|(?:first|second|third|fourth|last|"
    r"full|half|nine|six|three|twelve)-?\w*|quarterly|yearly|half-yearly|weekly|daily|seasonally|adjusted|unadjusted|"
    r"provisional|preliminary|estimated|nominal|real|formal|informal|customs-cleared|customs|cleared|reported|"
    r"services|year-on-year|non-oil|non-petroleum|re-exports?|domestic|own|record|cumulative|year|fiscal|calendar|"
    r"latest|overall|value|dollar|nominal|registered", re.I)


def _product_of(words: list[str]) -> str | None:
    """The product named among words ("textile and apparel"), or None for all goods."""
    ws = [w for w in words if w.lower() not in _NOT_PRODUCT_WORDS and w.lower() not in _GENERIC_GOODS
          and not (_NATIONAL.fullmatch(w) and w.lower() != "oil") and not _QUALIFIER_RE.fullmatch(w)
          and w.lower() not in ("and", "or", "other", "u.s.", "s")
          # "non-oil exports": all goods but one, reported as the pair's trade, not a product's
          and not re.fullmatch(r"non-?[a-z][\w-]*", w.lower())]
    return " ".join(ws) if ws else None


@dataclass
class _Ent:
    kind: str            # C (country), P (pair anaphor), O (single-country anaphor), B (bloc)
    iso3: str | None = None
    text: str = ""


@dataclass
class _Frame:
    start: int           # marked-string offsets
    end: int
    rule: str
    flow: str            # exports | imports | total
    exporter: str | None
    importer: str | None
    reject: str | None = None   # reason, when the frame is not a bilateral pair
    products: str | None = None  # "Taiwan's textile exports to ..." -> "textile"
    product_level: bool = False  # rejected as a product's figure, but its parties still name the pair


@dataclass
class _Fig:
    start: int
    end: int
    kind: str            # M | Q
    obj: object          # Money | Percent
    base: bool = False   # a comparison value ("from 8.59 billion", "versus 700 mln")
    frame: _Frame | None = None
    period: tuple | None = None   # (start, end) or ("none",) when explicitly none
    reject: str | None = None


@dataclass
class _State:
    dollar: str | None = None
    families: dict = field(default_factory=dict)
    last_main_period: tuple | None = None
    chain_period: tuple | None = None      # the period of the last sentence with a trade frame and a dated figure
    chain_sentence: int | None = None
    last_fact_sentence: int | None = None
    last_frame: _Frame | None = None
    last_frame_sentence: int | None = None
    pair_trade_seen: bool = False
    seen_isos: dict = field(default_factory=dict)  # countries named so far (ordered), for currency families
    topic: str | None = None          # the country whose exports/imports the text reports
    topic_product: bool = False       # ... when that report was about one product
    first_topic: str | None = None    # the first such country: the one the article reports on
    declared_home: str | None = None  # the country whose own currency the report declares all its values in
    heading_pair: tuple | None = None  # "Trade between A and B in 2023": a heading over the figures that follow
    heading_sentence: int | None = None


# ---------------------------------------------------------------- countries

def _countries(text: str, year: int | None = None) -> list[CountryMention]:
    if _find_countries is not None:
        try:
            return list(_find_countries(text, year))
        except TypeError:
            return list(_find_countries(text))
        except Exception:
            return []
    return _fallback_countries(text)


_FALLBACK_INDEX: list | None = None


def _fallback_countries(text: str) -> list[CountryMention]:
    """Private stand-in for loaders.resolve.countries (names, aliases, demonyms, capitals)."""
    global _FALLBACK_INDEX
    if _FALLBACK_INDEX is None:
        from loaders.lexicon import countries as _lex
        forms = []
        for c in _lex()["countries"]:
            for via, names in (("name", [c["name"]] + list(c.get("aliases") or [])),
                               ("demonym", c.get("demonyms") or []),
                               ("capital", [c["capital"]] if c.get("capital") else [])):
                for n in names:
                    if n:
                        forms.append((n, c["iso3"], c["name"], via))
        forms.sort(key=lambda f: -len(f[0]))
        _FALLBACK_INDEX = forms
    out: list[CountryMention] = []
    taken: list[tuple[int, int]] = []
    for form, iso3, name, via in _FALLBACK_INDEX:
        for m in re.finditer(r"(?<![\w-])" + re.escape(form) + r"(?![\w])", text):
            if m.group(0) != form and m.group(0) != form.upper():
                continue
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            out.append(CountryMention(iso3, name, m.start(), m.end(), via, m.group(0)))
    out.sort(key=lambda c: c.start)
    return out


# ---------------------------------------------------------------- marking

class _Marked:
    """The sentence with entities and figures replaced by markers."""

    def __init__(self, text: str, spans: list[tuple[int, int, str, object]]):
        self.text = text
        self.ents: dict[str, object] = {}
        parts, pos, n = [], 0, {}
        self.map: list[tuple[int, int, int]] = []  # (marked_start, orig_start, orig_end) per marker
        out_len = 0
        for s, e, kind, obj in sorted(spans, key=lambda x: x[0]):
            if s < pos:
                continue
            parts.append(text[pos:s])
            out_len += s - pos
            i = n.get(kind, 0)
            n[kind] = i + 1
            tok = f"⟦{kind}{i}⟧"
            self.ents[f"{kind}{i}"] = obj
            self.map.append((out_len, s, e))
            parts.append(tok)
            out_len += len(tok)
            pos = e
        parts.append(text[pos:])
        self.s = "".join(parts)

    def get(self, token: str):
        return self.ents.get(token.strip("⟦⟧"))

    def orig(self, text_piece: str) -> str:
        """Replace markers in a piece of the marked string by the original words."""
        def sub(m):
            obj = self.ents.get(m.group(1))
            if isinstance(obj, _Ent):
                return obj.text
            if isinstance(obj, (Money, Percent)):
                return obj.text
            return m.group(0)
        return re.sub(r"⟦(\w+)⟧", sub, text_piece)


# private: combining forms the country resolver does not list (used only before a hyphen)
_COMBINING = {"sino": "CHN", "indo": "IND", "franco": "FRA", "anglo": "GBR", "russo": "RUS", "italo": "ITA",
              "greco": "GRC", "turco": "TUR", "luso": "PRT", "hispano": "ESP", "austro": "AUT", "nippo": "JPN"}
_COMBINING_RE = re.compile(r"(?<![\w-])(" + "|".join(_COMBINING) + r")-(?=[A-Z])", re.I)

ENT = r"⟦[CPOB]\d+⟧"
TENT = r"(?:the\s+)?"  # "to the United States" when the mention itself has no article
FIG = r"⟦[MQ]\d+⟧"
# up to three plain words ("coffee", "non-oil", "textile and apparel"), never a verb or clause word
FILL = (r"(?:(?!(?:said|says|say|is|was|are|were|be|been|that|which|who|but|while|as|has|have|had|will|would|"
        r"could|should|may|might|to|for|with|by|from|in|on|at|if|when|because|where|after|before|than)\b)"
        r"[A-Za-z][\w'’-]*,?\s+){0,3}?")
POSS = r"(?:'s|’s|'|’)?"
_RANKED_AFTER = re.compile(r"\b(?:trading|trade|commercial|economic)\s+partners?\s+after\s+(?:the\s+)?$", re.I)
# "exports worth $2bn to Y": a figure between the noun and the partner
FIGSLOT = r"(?:(?:worth|of|valued\s+at|totall?ing)\s+(?:(?:about|around|some|nearly|over|almost|roughly|an\s+estimated)\s+)?⟦M\d+⟧\s+(?:[A-Za-z][\w-]*\s+){0,3}?)?"


def _mark(text: str, mentions: list[CountryMention], money: list[Money], pcts: list[Percent]) -> _Marked:
    spans: list[tuple[int, int, str, object]] = []
    taken: list[tuple[int, int]] = []

    def free(s, e):
        return not any(s < te and ts < e for ts, te in taken)

    for m in money:
        spans.append((m.start, m.end, "M", m))
        taken.append((m.start, m.end))
    for p in pcts:
        if free(p.start, p.end):
            spans.append((p.start, p.end, "Q", p))
            taken.append((p.start, p.end))
    for c in mentions:
        if free(c.start, c.end):
            spans.append((c.start, c.end, "C", _Ent("C", c.iso3, text[c.start:c.end])))
            taken.append((c.start, c.end))
    # combining forms in compounds: "Sino-Zambian trade", "Indo-Kenyan trade"
    for m in _COMBINING_RE.finditer(text):
        if free(m.start(1), m.end(1)):
            iso3 = _COMBINING[m.group(1).lower()]
            spans.append((m.start(1), m.end(1), "C", _Ent("C", iso3, m.group(1))))
            taken.append((m.start(1), m.end(1)))
    for rx, kind in ((_PAIR_RE, "P"), (_OTHER_RE, "O"), (_BLOC_RE, "B")):
        for m in rx.finditer(text):
            if free(m.start(), m.end()):
                spans.append((m.start(), m.end(), kind, _Ent(kind, None, m.group(0))))
                taken.append((m.start(), m.end()))
    return _Marked(text, spans)


# ---------------------------------------------------------------- frames

_TRADE_MOD = r"(?:(?:border|bilateral|two-way|total|overall|merchandise|goods|non-oil)\s+)?"

_FRAME_PATTERNS = [
    # X's exports to Y
    ("exports-to", "exports", re.compile(
        rf"(?P<x>{ENT}){POSS}\s+(?:(?:19|20)\d\d\s+)?(?P<fill>{FILL})(?:exports?|shipments|deliveries)\s+(?:(?:of|worth)\s+{FILL})?{FIGSLOT}(?:to|into)\s+{TENT}(?P<y>{ENT})", re.I)),
    # "Chilean sales to Malaysia reached US$30 million": a country's sales abroad are its exports (no product
    # word between: "arms sales to X" are deals, not a trade total)
    ("sales-to", "exports", re.compile(
        rf"(?P<x>{ENT}){POSS}\s+(?:total\s+|overall\s+)?sales\s+(?:to|into)\s+{TENT}(?P<y>{ENT})(?!\s*(?:,|and|or|&)\s*(?:the\s+)?⟦[CB])", re.I)),
    # exports of X('s) goods to Y
    ("exports-of-to", "exports", re.compile(
        rf"exports?\s+of\s+(?P<x>{ENT}){POSS}\s+{FILL}(?:to|into)\s+{TENT}(?P<y>{ENT})", re.I)),
    # exports from X to Y
    ("exports-from-to", "exports", re.compile(
        rf"exports?\s+{FILL}from\s+{TENT}(?P<x>{ENT})\s+(?:to|into)\s+{TENT}(?P<y>{ENT})", re.I)),
    # Y's imports from X
    ("imports-from", "imports", re.compile(
        rf"(?P<y>{ENT}){POSS}\s+(?:(?:19|20)\d\d\s+)?(?P<fill>{FILL})imports?\s+(?:of\s+{FILL})?{FIGSLOT}from\s+{TENT}(?P<x>{ENT})", re.I)),
    # Y's imports of X('s) goods
    ("imports-of", "imports", re.compile(
        rf"(?P<y>{ENT}){POSS}\s+(?P<fill>{FILL})imports?\s+of\s+(?P<x>{ENT}){POSS}\s+", re.I)),
    # trade between X and Y
    ("trade-between", "total", re.compile(
        rf"trade(?:\s+(?:turnover|volumes?|flows?|exchanges?|value))?(?:\s+in\s+(?:goods|services|goods\s+and\s+services|merchandise))?"
        rf"\s+between\s+{TENT}(?P<x>{ENT})(?:\s+and\s+{TENT}(?P<y>{ENT}))?", re.I)),
    ("trade-worth-between", "total", re.compile(
        rf"trade\s+(?:worth|of|valued\s+at|totall?ing|amounting\s+to)\s+(?:\w+\s+){{0,2}}?⟦M\d+⟧\s+(?:a\s+year\s+|annually\s+)?"
        rf"between\s+{TENT}(?P<x>{ENT})\s+and\s+{TENT}(?P<y>{ENT})", re.I)),
    ("turnover-between", "total", re.compile(
        rf"(?:turnover|trade\s+volume|commerce)\s+between\s+{TENT}(?P<x>{ENT})(?:\s+and\s+{TENT}(?P<y>{ENT}))?", re.I)),
    # X-Y trade, X and Y's trade
    ("pair-trade", "total", re.compile(
        rf"(?P<x>{ENT})\s*(?:-|–|—|/|,|\s+and)\s*(?P<y>{ENT}){POSS}\s+(?:(?:bilateral|two-way|total|mutual|border|overall|merchandise|goods|non-oil)\s+)?trade\b"
        rf"(?!\s+(?:agreements?|deals?|pacts?|accords?|missions?|fairs?|forums?|councils?|commissions?|committees?|"
        rf"talks|body|office|ministers?|balances?|surplus|deficits?|relations|ties|links|partners?|partnership|"
        rf"disputes?|war|targets?|barriers?|routes?|corridors?|zones?|center|centre|expo|show|chambers?))", re.I)),
    # X's trade with Y
    ("trade-with", "total", re.compile(
        rf"(?P<x>{ENT}){POSS}\s+{_TRADE_MOD}trade(?:\s+turnover)?\s+with\s+{TENT}(?P<y>{ENT})", re.I)),
    # "Border trade with Cambodia totalled ...": the other side is the country whose trade the text reports
    ("trade-with-bare", "total", re.compile(
        rf"(?<![⟧'’s]\s)\b{_TRADE_MOD}trade(?:\s+turnover)?\s+with\s+{TENT}(?P<y>{ENT})"
        rf"(?!\s*(?:,|and|or|&)\s*(?:the\s+)?⟦[CB](?!\d+⟧['’]s\s))", re.I)),
    # a partner's item in a list of the reporting country's trade: "... as follows: - Laos: trade worth 220,450 million baht"
    ("trade-with-bare", "total", re.compile(
        r"(?:^|(?<=[:;.]\s)|(?<=\s))[-•–]\s+(?P<y>⟦C\d+⟧)\s*:\s*(?:[\w-]+\s+){0,2}?trade\b", re.I)),
    # X sold / exported ... to Y
    ("verb-sold", "exports", re.compile(
        rf"(?P<x>{ENT})\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:sold|exported|shipped)\b(?P<body>(?:(?!⟦[CPOB])[^;.]|\.\d){{0,160}}?)"
        rf"\b(?:to|into)\s+{TENT}(?P<y>{ENT})", re.I)),
    # (X) bought / imported ... from Y
    ("verb-bought", "imports", re.compile(
        rf"(?:(?P<y>{ENT})\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?|(?<=and\s)|(?<=while\s))(?:bought|imported|purchased)\b"
        rf"(?P<body>(?:(?!⟦[CPOB])[^;.]|\.\d){{0,160}}?)\bfrom\s+{TENT}(?P<x>{ENT})", re.I)),
    # Y imported X goods worth ... ("Hungary imported Kazakh goods worth $400 million")
    ("verb-bought-goods", "imports", re.compile(
        rf"(?P<y>{ENT})\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+)?(?:bought|imported|purchased)\s+(?P<x>{ENT}){POSS}\s+"
        rf"(?:goods|products|merchandise|exports|commodities)\b", re.I)),
    # the two countries traded goods worth ...; X and Y traded ...
    ("pair-traded", "total", re.compile(
        r"(?P<x>⟦P\d+⟧)\s+(?:(?:have|has|had)\s+)?traded\b(?!\s+(?:places|blows|accusations|barbs|insults|prisoners|fire))", re.I)),
    ("pair-and-traded", "total", re.compile(
        rf"(?P<x>{ENT})\s+and\s+(?P<y>{ENT})\s+(?:(?:have|has|had)\s+)?traded\b(?!\s+(?:places|blows|accusations|barbs|insults|prisoners|fire))", re.I)),
    # imports from X (importer inferred)
    ("imports-from-bare", "imports", re.compile(
        rf"\b(?:imports?|purchases)\s+(?:of\s+{FILL})?from\s+{TENT}(?P<x>{ENT})", re.I)),
    # exports to Y (exporter inferred)
    ("exports-to-bare", "exports", re.compile(
        rf"\b(?:exports?|shipments|sales)\s+(?:of\s+{FILL})?(?:to|into)\s+{TENT}(?P<y>{ENT})", re.I)),
    # Y is the largest destination/market for X's goods ... worth M
    ("destination", "exports", re.compile(
        rf"(?P<y>{ENT})\s+(?:is|was|remained|remains|became|has\s+become|ranks?\s+as)\s+(?:the\s+|a\s+|its\s+)?"
        rf"(?:[\w-]+\s+){{0,2}}?(?:destination|market|buyer|customer|outlet)\s+for\s+{TENT}(?P<x>{ENT}){POSS}\s+"
        rf"(?:[\w-]+\s+)?(?:goods|exports|products|merchandise|shipments)\b", re.I)),
    # Y is X's largest export market / X's largest trading partner
    ("export-market", "exports", re.compile(
        rf"(?P<y>{ENT})\s+(?:is|was|remained|remains|became|has\s+become)\s+(?P<x>{ENT}){POSS}\s+(?:[\w-]+\s+){{0,2}}?"
        rf"(?:export\s+(?:market|destination)|customer|buyer)\b", re.I)),
    ("trading-partner", "total", re.compile(
        rf"(?P<x>{ENT})\s+(?:is|was|remained|remains|became|has\s+become)\s+(?P<y>{ENT}){POSS}\s+(?:[\w-]+\s+){{0,2}}?"
        rf"trading\s+partner\b", re.I)),
    # bilateral / two-way trade, trade turnover (pair from the sentence or the article)
    ("bilateral-trade", "total", re.compile(
        r"(?:\b(?:bilateral|two-way|two\s+way|mutual|reciprocal)\s+(?:(?:goods|merchandise|commodity)\s+)?trade(?:\s+(?:turnover|volumes?|exchanges?))?"
        r"|\btrade\s+turnover)\b"
        r"(?!\s+(?:agreements?|deals?|pacts?|accords?|(?:im)?balances?|gaps?|surplus|deficits?|targets?|goals?|relations|ties|"
        r"links|partners?|partnership|missions?|talks|negotiations|barriers?))", re.I)),
]

# a country's exports/imports with no partner, parallel to an earlier frame
_PARALLEL_RE = re.compile(rf"(?P<x>{ENT}){POSS}\s+(?P<fill>{FILL})(?P<w>exports?|imports?)\b", re.I)
# "against imports of", "while exports were": the opposite flow of an earlier frame
_OPPOSITE_RE = re.compile(
    r"(?<![\w'’⟧-])(?:against|while|and|with|whereas|but)\s+(?:its\s+|their\s+|it\s+|they\s+)?"
    r"(?P<w>imports|exports|imported|exported|bought|sold|purchased|importing|exporting|buying|selling|purchasing)\b(?!\s+(?:\w+\s+){0,3}?(?:from|to|into)\s+(?:the\s+)?⟦[CPOB])", re.I)
_ELLIPSIS_RE = re.compile(
    rf"(?:\band\s+|\bwhile\s+|\bbut\s+|,\s*)(?:(?:those|that|shipments|exports|imports|sales)\s+)?(?P<prep>to|into|from)\s+{TENT}"
    rf"(?P<y>⟦[CB]\d+⟧)(?!\s*(?:,|and|or|&)\s*(?:the\s+)?⟦[CB])", re.I)
_BARE_TRADE_RE = re.compile(
    r"(?:^|(?<=\bsaid\s)|(?<=\bthat\s)|(?<=,\s))(?:the\s+)?trade\b(?=\s+(?:\w+\s+){0,3}?(?:totall?ed|reached|amounted|stood|was\s+worth|were\s+worth|"
    r"rose|fell|grew|jumped|dropped|declined|increased|decreased|slumped|climbed|surged|was|hit))", re.I)
_IT_RE = re.compile(
    # ("In January-August 2024 it reached ...": a period leads the sentence)
    r"(?:^|,\s*|\bwhile\s+|\band\s+|^(?:In|During|For|Over|Between|From)\s+[^,;⟦]{2,40}?,?\s+)"
    r"(?:it|this|the\s+figure|the\s+total|the\s+value|the\s+volume)\s+(?:\w+\s+){0,2}?"
    r"(?:rose|grew|fell|reached|totall?ed|amounted|stood|was|increased|declined|jumped|dropped|decreased|climbed|"
    r"surged|slumped|expanded|contracted|went|compared|compares)\b", re.I)
# "Total trade reached ..." with no country: the two-way trade of the pair the
# previous sentences were about
_TOTAL_TRADE_RE = re.compile(
    r"(?:^|(?<=\bsaid\s)|(?<=\bthat\s)|(?<=,\s))(?:the\s+)?total\s+trade\b(?=\s+(?:\w+\s+){0,3}?(?:totall?ed|reached|"
    r"amounted|stood|was\s+worth|were\s+worth|rose|fell|grew|jumped|dropped|declined|increased|decreased|slumped|climbed|"
    r"surged|was|hit)\b)", re.I)
# "(The figures showed) exports were 3.85 billion marks in January": a bare flow
# continuing the bilateral frame of the sentence just before
_BARE_FLOW_RE = re.compile(
    r"(?:^|(?<=\bsaid\s)|(?<=\bthat\s)|(?<=\bshowed\s)|(?<=\bshow\s)|(?<=\bshows\s)|(?<=,\s))(?:the\s+)?"
    r"(?P<w>exports|imports)\s+(?P<mid>(?:[a-z]+\s+){0,2}?)(?:were|was|totall?ed|reached|amounted|stood|rose|fell|grew|"
    r"jumped|dropped|declined|increased|decreased|slumped|climbed|surged|hit|came)\b", re.I)
# "..., according to Chinese statistics": a source, not a party
_ATTRIBUTION_RE = re.compile(r",?\s*\baccording\s+to\b.*$", re.I)


def _ent_iso(marked: _Marked, tok: str | None) -> _Ent | None:
    if not tok:
        return None
    return marked.get(tok)


def _other_of(pair, iso3):
    if pair and iso3 in pair:
        return pair[1] if pair[0] == iso3 else pair[0]
    return None


_OWNER_APPOSITIVE = re.compile(r"\s*,\s*(?:the\s+)?(⟦C\d+⟧)['’]s\s+(?:[\w-]+\s+){0,3}?(?:markets?|partners?|destinations?|buyers?|"
                               # ("Ghana's largest trading partner in West Africa,": a region may place it)
                               r"customers?|suppliers?|sources?|clients?)\b(?:[^,;⟦]|⟦B\d+⟧){0,40},")


def _find_frames(marked: _Marked, ctx: ArticleContext, sent_isos: list[str],
                 strong_isos: list[str] | None = None, topic: str | None = None,
                 first_topic: str | None = None) -> list[_Frame]:
    s = marked.s
    if strong_isos is None:
        strong_isos = sent_isos
    frames: list[_Frame] = []
    covered: list[tuple[int, int]] = []
    pair = ctx.main_pair

    def overlaps(a, b):
        return any(a < e and st < b for st, e in covered)

    for rule, flow, rx in _FRAME_PATTERNS:
        for m in rx.finditer(s):
            if overlaps(m.start(), m.end()):
                continue
            gd = m.groupdict()
            x = _ent_iso(marked, gd.get("x"))
            y = _ent_iso(marked, gd.get("y"))
            fill = gd.get("fill") or ""
            if rule in ("exports-to", "imports-from") and re.search(r"\b[A-Z][\w'’-]*,\s*$", fill) and \
                    not re.match(r"['’]", s[m.end("x" if rule == "exports-to" else "y"):]):
                # "According to the Fiji Bureau of Statistics, imports from India were ...": the country names
                # the source, and the comma ends its clause; the flow is read as a bare one
                continue
            fr = _Frame(m.start(), m.end(), rule, flow, None, None)
            if re.search(r"\b(?:including|excluding|except(?:\s+for)?|such\s+as|notably)\s+$", s[:m.start()], re.I):
                # "Combined border and transit trade, including trade with Myanmar, totalled ...": the pair's
                # trade is one part of the figure, not the figure
                fr.reject = "one part named inside an aggregate figure"
                frames.append(fr)
                covered.append((m.start(), m.end()))
                continue
            prev_ent = re.search(r"(⟦[CB]\d+⟧)\s*(?:,|and|or|&)\s*(?:the\s+)?$", s[:m.start()]) if s.startswith("⟦", m.start()) else None
            if prev_ent is not None and x is not None and x.kind == "C":
                pe_ = _ent_iso(marked, prev_ent.group(1))
                if pe_ is not None and pe_.iso3 == x.iso3 or \
                        re.search(r"\b(?:according\s+to|data\s+from|figures\s+from|said|says)\s+(?:[A-Z]\w*\s+){0,3}$",
                                  s[:prev_ent.start()]):
                    prev_ent = None  # "According to Statistics Botswana, Botswana's exports": one country, a source
            # "Shipments to China, Peru's main market, grew 9.2%": the partner's appositive names the other side
            app = _OWNER_APPOSITIVE.match(s[m.end():]) if rule.endswith("-bare") else None
            app_iso = _ent_iso(marked, app.group(1)).iso3 if app and _ent_iso(marked, app.group(1)) else None
            if rule not in ("pair-trade",) and app_iso is None and (
                    re.match(r"\s*(?:,|and|or|&)\s*(?:the\s+)?⟦[CB]", s[m.end():]) or prev_ent is not None):
                fr.reject = "several countries on one side, not a bilateral figure"
                frames.append(fr)
                covered.append((m.start(), m.end()))
                continue
            words = re.findall(r"[A-Za-z][\w'’-]*", fill)
            while words and (_NATIONAL.fullmatch(words[0]) or words[0].lower() in _NOT_PRODUCT_WORDS):
                words.pop(0)
            while words and (_NATIONAL.fullmatch(words[-1]) or words[-1].lower() in _NOT_PRODUCT_WORDS):
                words.pop()
            if words:
                fr.products = " ".join(words)
            if rule in ("exports-to", "imports-from") and _NATIONAL.search(fill) and (y is None or y.kind == "B"):
                fr.reject = "national total, no partner"
            ents = [e for e in (x, y) if e is not None]
            if any(e.kind == "B" for e in ents):
                fr.reject = "partner is a bloc/continent/region"
                frames.append(fr)
                covered.append((m.start(), m.end()))
                continue
            if flow == "total":
                if rule == "bilateral-trade" and not re.search(r"bilateral|two|mutual|reciprocal", m.group(0), re.I) \
                        and _NATIONAL.search(s[max(0, m.start() - 30):m.start()]):
                    fr.reject = "national total, no partner"
                    a = b = None
                elif rule == "bilateral-trade" and re.match(r"\s+with\s+(?:the\s+)?⟦C\d+⟧\s*(?:,|and|&)\s*(?:the\s+)?⟦C\d+⟧", s[m.end():]):
                    # "Two-way trade with Samoa and Tonga together": the unnamed reporting country's trade
                    # with two partners, not trade between the two
                    fr.reject = "several countries on one side, not a bilateral figure"
                    a = b = None
                elif rule == "bilateral-trade":
                    distinct = list(dict.fromkeys(strong_isos))
                    if len(distinct) == 2:
                        a, b = distinct
                    elif pair and set(distinct) <= set(pair):
                        a, b = pair
                    else:
                        fr.reject = "bilateral trade without a clear country pair"
                        a = b = None
                elif rule == "trade-with-bare":
                    partner = y.iso3 if y is not None and y.kind == "C" else None
                    # the article's own country: the first whose trade it reported, still the one reported
                    home = app_iso or (first_topic if first_topic and topic == first_topic else None)
                    # ("Border trade with Laos rose 6.1% ..., while trade with Malaysia slipped 1.2%": a parallel
                    # partner of the same home country is no third side)
                    # (and "... as follows: - Malaysia: trade worth 245,870 million baht, ... - Laos: trade worth")
                    parallel = {e.iso3 for t_ in re.findall(r"\btrade\s+with\s+(?:the\s+)?(⟦C\d+⟧)|(?:^|[:;]\s*|\s)[-•–]\s+(⟦C\d+⟧)\s*:", s, re.I)
                                for tt in t_ for e in [marked.get(tt)] if tt and isinstance(e, _Ent)}
                    others = set(sent_isos) - {partner, home} - parallel
                    a, b = (home, partner) if partner and home and home != partner and not others else (None, None)
                    if not a:
                        fr.reject = "trade with a country, the other side not known"
                    one_way = re.match(r"(?:[^⟦.;]|⟦C\d+⟧)*?\b(exports|imports)\s+(?:of|worth|totall?ing|valued\s+at)\s", s[m.end():])
                    if a and one_way:
                        # "border trade with Malaysia, Thailand's largest partner, recorded exports of 150 billion baht":
                        # the figure is of one flow, from the home country's side
                        fr.flow = one_way.group(1)
                        fr.exporter, fr.importer = (a, b) if fr.flow == "exports" else (b, a)
                        frames.append(fr)
                        covered.append((m.start(), m.end()))
                        continue
                elif x is not None and x.kind == "P" and y is None:
                    distinct = list(dict.fromkeys(strong_isos))
                    a, b = (distinct if len(distinct) == 2 else pair) or (None, None)
                    if not a:
                        fr.reject = "'the two countries' with no known main pair"
                    elif re.search(r"⟦B\d+⟧", s) or len(distinct) > 2 or (len(distinct) == 1 and pair and distinct[0] not in pair):
                        # "the EU and Japan ... trade between them": not the article's pair
                        fr.reject = "'the two countries' may not be the article's pair here"
                        a = b = None
                elif x is not None and y is not None and x.kind == "C" and y.kind == "C":
                    a, b = x.iso3, y.iso3
                else:
                    a = b = None
                    fr.reject = "trade partner not a country"
                if a and b:
                    if a == b:
                        fr.reject = "same country on both sides"
                    else:
                        fr.exporter, fr.importer = sorted((a, b))
            else:
                # exporter x, importer y (either may be missing or an anaphor)
                exp_iso = x.iso3 if x is not None and x.kind == "C" else None
                imp_iso = y.iso3 if y is not None and y.kind == "C" else None
                if rule == "exports-to-bare" and m.group(0)[:5].lower() == "sales" and not re.search(
                        r"(?:^|[,;:]\s*|\b(?:[Ii]ts|[Tt]heir|[Tt]otal|[Oo]verall|[Tt]he)\s+)$", s[:m.start()]):
                    # "Sales to Honduras totalled ..." in a report on one country's trade are its exports;
                    # "arms sales to X", "car sales to X" are a product's deals, not a trade total
                    covered.append((m.start(), m.end()))
                    continue
                if rule in ("imports-from-bare", "exports-to-bare") and re.search(
                        r"(?<!⟧)\b[A-Za-z][\w.&-]*(?:'s|’s|s'|s’)\s+(?:[\w-]+\s+){0,2}$", s[:m.start()]):
                    fr.reject = "imports/exports of a company or other body, not of a country"
                    frames.append(fr)
                    covered.append((m.start(), m.end()))
                    continue
                if y is None and rule == "imports-from-bare" and x is not None and x.kind == "O" and topic and \
                        _other_of(pair, topic):
                    # "imports from the northern neighbour" in a report on the topic country's trade
                    imp_iso, exp_iso = topic, _other_of(pair, topic)
                elif y is None and rule == "imports-from-bare" and app_iso and app_iso != exp_iso:
                    imp_iso = app_iso
                elif y is None and rule == "imports-from-bare" and topic and topic != exp_iso and \
                        _only_in_asides(marked, exp_iso, m.end()):
                    # "Imports from China were 3.48 billion dollars, making India once again the top source of
                    # imports": a country named in a clause after the figure ranks suppliers; the buyer is the
                    # country whose trade the text reports
                    imp_iso = topic
                elif y is None and rule in ("verb-bought", "imports-from-bare"):
                    # ("Imports from China totalled ..., while imports from Singapore ...": a country that is
                    # itself a supplier or market of the sentence is no buyer)
                    suppliers = _partners_named(marked)
                    imp_iso = _infer_party(exp_iso, frames, pair, [i for i in sent_isos if i == exp_iso or i not in suppliers])
                    if imp_iso is None and rule == "imports-from-bare" and topic and topic != exp_iso and \
                            _only_partners(marked, exp_iso, topic):
                        # "Jamaica's trade deficit with the United States widened ... Imports from the United
                        # States rose ...": the country whose trade the text is reporting buys
                        imp_iso = topic
                if x is None and rule == "exports-to-bare" and app_iso and app_iso != imp_iso:
                    exp_iso = app_iso
                elif x is None and rule == "exports-to-bare":
                    # "exports to Y" names no exporter: only a parallel frame of the sentence may give it
                    exp_iso = next((f.exporter if f.importer == imp_iso else f.importer for f in reversed(frames)
                                    if (not f.reject or f.product_level) and imp_iso in (f.exporter, f.importer)), None)
                    # else the country whose trade the text is reporting ("West German exports to
                    # Latin America fell ... Shipments to Mexico fell 19 pct")
                    if exp_iso is None and topic and topic != imp_iso and _only_partners(marked, imp_iso, topic):
                        exp_iso = topic
                # "the kingdom", "that country" points back: to the other of the article's pair, else to the one
                # other country named before it in the sentence ("French exports to the kingdom totalled ..., a
                # figure that left Paris well behind Madrid": Madrid, named after, is a comparison)
                if x is not None and x.kind == "O" and not exp_iso:
                    exp_iso = _other_of(pair, imp_iso) or _other_in(_isos_before(marked, s, m.start("x")), imp_iso)
                if y is not None and y.kind == "O":
                    imp_iso = _other_of(pair, exp_iso) or _other_in(_isos_before(marked, s, m.start("y")), exp_iso)
                if not exp_iso or not imp_iso:
                    fr.reject = "trade partner not identified"
                elif exp_iso == imp_iso:
                    fr.reject = "same country on both sides"
                fr.exporter, fr.importer = exp_iso, imp_iso
            if not fr.reject:
                prod = _frame_product(s, m, rule, fill)
                if prod:
                    fr.reject = f"a product-level figure ({marked.orig(prod)}), not the bilateral total"
                    fr.product_level = True
            frames.append(fr)
            covered.append((m.start(), m.end()))

    # parallel clauses: "..., while China's exports rose to ..." / "against imports of ..."
    for m in _PARALLEL_RE.finditer(s):
        if overlaps(m.start(), m.end()):
            continue
        x = _ent_iso(marked, m.group("x"))
        if x is None or x.kind != "C" or _NATIONAL.search(m.group("fill") or ""):
            continue
        prev = [f for f in frames if f.end <= m.start() and not f.reject and x.iso3 in (f.exporter, f.importer)]
        if not prev:
            continue
        p = prev[-1]
        partner = p.importer if p.exporter == x.iso3 else p.exporter
        if m.group("w").lower().startswith("export"):
            fr = _Frame(m.start(), m.end(), "parallel-exports", "exports", x.iso3, partner)
        else:
            fr = _Frame(m.start(), m.end(), "parallel-imports", "imports", partner, x.iso3)
        frames.append(fr)
        covered.append((m.start(), m.end()))
    # elliptical partners: "Shipments to Mexico fell 19 pct ... and to Colombia by 15 pct",
    # "Exports to Argentina rose ... and those to Paraguay surged ..."
    for m in _ELLIPSIS_RE.finditer(s):
        if overlaps(m.start("prep"), m.end()):
            continue
        prev = [f for f in frames if f.end <= m.start()]
        y = _ent_iso(marked, m.group("y"))
        if not prev or y is None:
            continue
        p = max(prev, key=lambda f: f.end)
        if y.kind == "B":
            # "..., and to the EU by 4 pct to 9 bln dlrs": a figure for a bloc, not for the earlier partner
            if p.flow in ("exports", "imports"):
                fr = _Frame(m.start("prep"), m.end(), "ellipsis-bloc", p.flow, None, None,
                            reject="partner is a bloc/continent/region")
                frames.append(fr)
                covered.append((m.start("prep"), m.end()))
            continue
        to = m.group("prep").lower() != "from"
        if p.flow == "exports" and to and p.exporter and p.exporter != y.iso3:
            fr = _Frame(m.start("prep"), m.end(), "ellipsis-" + p.rule, "exports", p.exporter, y.iso3)
        elif p.flow == "imports" and not to and p.importer and p.importer != y.iso3:
            fr = _Frame(m.start("prep"), m.end(), "ellipsis-" + p.rule, "imports", y.iso3, p.importer)
        else:
            continue
        if p.reject:
            if not p.product_level:
                continue
            fr.reject, fr.product_level = p.reject, True
        frames.append(fr)
        covered.append((m.start("prep"), m.end()))
    for m in _OPPOSITE_RE.finditer(s):
        if overlaps(m.start("w"), m.end("w")):
            continue
        prev = [f for f in frames if f.end <= m.start() and f.flow in ("exports", "imports")]
        if not prev:
            continue
        p = max(prev, key=lambda f: f.end)
        if p.reject:
            continue  # the opposite flow of a rejected frame (a bloc, a product) is no better
        subject = p.exporter if p.flow == "exports" else p.importer
        partner = p.importer if p.flow == "exports" else p.exporter
        if m.group("w").lower() in ("imports", "imported", "bought", "purchased", "importing", "buying", "purchasing"):
            fr = _Frame(m.start("w"), m.end("w"), "opposite-imports", "imports", partner, subject)
        else:
            fr = _Frame(m.start("w"), m.end("w"), "opposite-exports", "exports", subject, partner)
        frames.append(fr)
        covered.append((m.start("w"), m.end("w")))
    frames.sort(key=lambda f: f.start)
    return frames


# ", making India the top source of imports", ", a position China had held in 2023": a clause that ranks a partner
_RANKING_ASIDE = r",\s*(?:making|leaving|putting|placing|a\s+position|overtaking|displacing|replacing)\b"


def _only_in_asides(marked: _Marked, known: str | None, after: int) -> bool:
    """Every country of the sentence but `known` stands in a clause after it that ranks or compares
    (", making India the top source", ", a position China had held", ", ahead of X", ", behind X"), and one does."""
    others = [m for m in re.finditer(r"⟦C\d+⟧", marked.s)
              if (e := marked.get(m.group(0))) is not None and e.iso3 != known]
    if not others:
        return False
    for m in others:
        if m.start() < after or not re.search(r"(?:" + _RANKING_ASIDE + r"|,\s*(?:ahead\s+of|behind|after)\b)[^,;]*$",
                                              marked.s[after:m.start()]):
            return False
    return True


_AFTER_TO_FROM = re.compile(r"\b(?:to|into|from)\s+(?:the\s+)?(?:⟦[CB]\d+⟧(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?)*$", re.I)


def _country_places(marked: _Marked):
    """Each country of the sentence, and whether it stands after "to"/"from" (a market or a supplier;
    "Exports to Benin, Niger and Mali ...": every country of the list does)."""
    for m in re.finditer(r"⟦C\d+⟧", marked.s):
        e = marked.get(m.group(0))
        if e is not None:
            yield e.iso3, bool(_AFTER_TO_FROM.search(marked.s[:m.start()]))


def _partners_named(marked: _Marked) -> set[str]:
    """The countries the sentence names only after "to"/"from": markets and suppliers, never the reporter."""
    places = [(iso, after) for iso, after in _country_places(marked) if iso]
    return {iso for iso, after in places if after} - {iso for iso, after in places if not after}


def _only_partners(marked: _Marked, partner: str | None, topic: str | None = None) -> bool:
    """No country of the sentence but `partner` could be the exporter: every other
    country stands after "to"/"from" ("Shipments to Mexico fell ... and to Colombia ..."),
    or is the reporting country itself ("..., leaving Malaysia with a deficit")."""
    return all(after for iso, after in _country_places(marked) if iso not in (partner, topic))


def _frame_product(s: str, m: re.Match, rule: str, fill: str) -> str | None:
    """The product a frame is limited to: "X's textile exports to Y", "exports of
    cars from X to Y", "Y's imports of X farm produce", "X shipped ... worth of gas
    to Y", "Lumber imports from X". Gold rows are bilateral totals of all goods."""
    words = re.findall(r"[A-Za-z][\w'’.-]*", fill)
    found = _product_of(words)
    if found:
        return found
    body = m.group(0)
    of = re.search(r"\b(?:exports?|imports?|shipments)\s+of\s+((?:[A-Za-z][\w'’-]*,?\s+){1,3}?)(?:to|into|from|worth|valued|totall?ing)\b",
                   body, re.I)
    if of:
        found = _product_of(re.findall(r"[A-Za-z][\w'’-]*", of.group(1)))
        if found:
            return found
    if rule == "imports-of":
        nxt = re.match(r"\s*([A-Za-z][\w'’-]*)(?:\s+([A-Za-z][\w'’-]*))?", s[m.end():])
        if nxt and nxt.group(1).lower() not in _GENERIC_GOODS and nxt.group(1).lower() not in _BEFORE_BARE_OK \
                and not re.match(r"(?:rose|fell|grew|jumped|dropped|declined|increased|decreased|totall?ed|amounted|"
                                 r"reached|stood|climbed|slumped|surged|were|was|last|this|in|during|worth)$",
                                 nxt.group(1), re.I):
            return nxt.group(0).strip()
    if rule in ("exports-to", "imports-from", "exports-from-to"):
        # "X's exports to Y of tea machinery rose ..."
        tail = re.match(r"\s+of\s+((?:[A-Za-z][\w'’-]*\s+){0,2}[A-Za-z][\w'’-]*)", s[m.end():])
        if tail:
            found = _product_of(re.findall(r"[A-Za-z][\w'’-]*", tail.group(1)))
            if found and not re.match(r"(?:about|around|some|nearly|over|almost|roughly|up|just|only|more|less|\d)", tail.group(1), re.I):
                return found
    if rule == "exports-of-to":
        after_x = re.search(r"⟦C\d+⟧(?:'s|’s)?\s+((?:[A-Za-z][\w'’-]*,?\s+){1,3}?)(?:to|into)\b", body)
        if after_x:
            found = _product_of(re.findall(r"[A-Za-z][\w'’-]*", after_x.group(1)))
            if found:
                return found
    if rule.startswith("verb-"):
        # "sold arms worth ...", "exported cocoa worth ... to"
        vm = re.search(r"\b(?:sold|exported|shipped|bought|imported|purchased)\s+((?:[A-Za-z][\w'’-]*,?\s+){1,3}?)(?:worth|valued)\b",
                       body, re.I)
        if vm:
            found = _product_of(re.findall(r"[A-Za-z][\w'’-]*", vm.group(1)))
            if found:
                return found
        w = re.search(r"\bworth\s+of\s+((?:[A-Za-z][\w'’-]*\s+){0,2}[A-Za-z][\w'’-]*)", body, re.I)
        if w:
            first = w.group(1).split()
            found = _product_of(first[:1]) if first[0].lower() not in _GENERIC_GOODS else None
            if found:
                return w.group(1)
    if rule in ("imports-from-bare", "exports-to-bare"):
        prev = re.search(r"(?:^|[\s(\"'])([A-Za-z][\w-]*)\s+$", s[:m.start()])
        if prev:
            w = prev.group(1)
            if w.lower() not in _BEFORE_BARE_OK and not _NATIONAL.fullmatch(w) or w.lower() in ("oil", "non-oil"):
                if w.lower() not in _GENERIC_GOODS:
                    return w
    return None


def _isos_before(marked, s: str, pos: int) -> list[str]:
    return [e.iso3 for tok in re.findall(r"⟦C\d+⟧", s[:pos]) for e in [marked.get(tok)] if isinstance(e, _Ent) and e.iso3]


def _other_in(sent_isos, iso3):
    others = [i for i in dict.fromkeys(sent_isos) if i != iso3]
    return others[0] if len(others) == 1 else None


def _infer_party(known: str | None, frames: list[_Frame], pair, sent_isos) -> str | None:
    """The missing side of "imports from X" / "exports to Y" / "bought ... from X"."""
    if not known:
        return None
    for f in reversed(frames):
        if not f.reject and known in (f.exporter, f.importer):
            other = f.importer if f.exporter == known else f.exporter
            if other and other != known:
                return other
    others = [i for i in dict.fromkeys(sent_isos) if i != known]
    if others:
        # the sentence names the other side, or is ambiguous
        return others[0] if len(others) == 1 else None
    if pair and known in pair:
        return _other_of(pair, known)
    return None


# ---------------------------------------------------------------- periods

_MONTH_NO = {m: i + 1 for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}


def _time_exprs(s: str, ref_year: int | None, ref_month: int | None = None):
    """(start, end, kind, value) for each time expression in the marked string."""
    out = []
    for m in _TIME_RE.finditer(s):
        kind = m.lastgroup
        if m.group("span"):
            kind, val = "span", (int(m.group("s1")), int(m.group("s2")))
        elif m.group("part"):
            kind, val = "year", (int(m.group("py")),) * 2
        elif m.group("fy"):
            continue  # a fiscal year straddles two calendar years: leave the period open
        elif m.group("year"):
            kind, val = "year", (int(m.group("year")),) * 2
        elif m.group("partny"):
            # a quarter, half or month range of the current reporting year
            if not ref_year:
                continue
            if m.group("nmon"):
                w = m.group("nmon").lower()
                last_month = int(w) if w.isdigit() else NUMBER_WORDS[w]
                if not 1 <= last_month <= 12:
                    continue
            elif m.group("unit"):
                n = ["first", "second", "third", "fourth"].index(m.group("ord").lower()) + 1
                last_month = n * (3 if m.group("unit").lower() == "quarter" else 6)
            else:
                last_month = _MONTH_NO.get(m.group("m2")[:3].lower(), 12)
            year = ref_year
            if ref_month and last_month > ref_month:
                year -= 1
            kind, val = "year", (year, year)
        elif m.group("mon"):
            # a month with no year: the latest such month up to the reference
            # date ("in January", "December's" in a March article = last December)
            if not ref_year:
                continue
            mon = _MONTH_NO[m.group("mon").strip()[:3].lower()]
            year = ref_year
            if m.group("monrel") and m.group("monrel").lower() == "last":
                year -= 1
            elif not m.group("monrel") and ref_month and mon > ref_month:
                year -= 1
            kind, val = "year", (year, year)
        elif m.group("last") and re.match(r"['’]s\s+(?!(?:[\w\-]+\s+)?(?:exports?|imports?|trade|sales|shipments|figures?|total|"
                                          r"levels?|turnover|purchases|deficit|surplus|period)\b)", s[m.end():]):
            continue  # "following last year's drought-reduced harvest": the year of another thing, no period
        elif m.group("last"):
            kind, val = "year", ((ref_year - 1,) * 2 if ref_year else None)
        elif m.group("this"):
            kind, val = "year", ((ref_year,) * 2 if ref_year else None)
        elif m.group("prev"):
            kind, val = "prev", None
        elif m.group("same"):
            kind, val = "same", None
        else:
            kind, val = "none", None
        if kind == "year" and re.search(r"\b(?:by|before|until|till)\s+(?:the\s+end\s+of\s+|end-)?$",
                                        s[max(0, m.start() - 20):m.start()], re.I):
            continue  # a deadline ("should triple by 2030"), never a figure's period
        base = bool(_BASE_BEFORE_RE.search(s[max(0, m.start() - 45):m.start()]))
        if m.group("partny") and re.search(r"(?:[-–]|\bto|\bthrough)\s*\w+\s*$", m.group(0)):
            base = False  # "from January to September": a period, not a comparison base
        out.append((m.start(), m.end(), kind, val, base))
    return out


# ---------------------------------------------------------------- main

def detect_trade(sentences: list[Sentence], ctx: ArticleContext) -> tuple[list[dict], list[Rejection]]:
    facts: list[dict] = []
    rejections: list[Rejection] = []
    state = _State()
    for sent in sentences:
        try:
            f, r = _detect_sentence(sent, ctx, state)
        except Exception as exc:  # never let one odd sentence stop the article
            f, r = [], [Rejection(sent.index, sent.text, KIND, f"trade detector error: {exc!r}")]
        facts.extend(f)
        rejections.extend(r)
    return dedupe_figures(facts), rejections


def dedupe_figures(facts: list[dict]) -> list[dict]:
    """One row per figure: a headline repeating a body figure (often rounded,
    without its year) is the same row; the row with a period wins."""
    out: list[dict] = []
    for f in facts:
        key = (f["exporter_iso3"], f["importer_iso3"], f["flow"], f["metric"], f["unit"])
        dup = None
        for g in out:
            if (g["exporter_iso3"], g["importer_iso3"], g["flow"], g["metric"], g["unit"]) != key:
                continue
            diff = abs(float(g["value"]) - float(f["value"]))
            scale = max(abs(float(f["value"])), abs(float(g["value"])), 1e-9)
            if g["period_start"] == f["period_start"] and diff <= 0.005 * scale:
                dup = g
                break
            if (g["period_start"] is None) != (f["period_start"] is None) and diff <= 0.05 * scale:
                dup = g
                break
        if dup is None:
            out.append(f)
        elif dup["period_start"] is None and f["period_start"] is not None:
            out[out.index(dup)] = f
    return out


_TRADE_HINT = re.compile(r"(?<![\w-])(?:trade|trading|exports?|exported|imports?|imported|turnover|sold|bought)(?![\w-])", re.I)


# cheap prefilters (substring tests on the lowered sentence): a frame needs one of
# these stems (or the previous sentence's frame, for "It rose ..."); a figure needs
# a digit, a scale word ("five billion") or a percent word ("ten percent")
_FRAME_STEMS = ("trade", "trading partner", "export", "import", "turnover", "sold", "bought", "shipped", "shipment", "sales to", "deliveries to",
                "purchas", "commerce", "market for", "buyer", "customer", "destination", "outlet")
_FIGURE_STEMS = ("thousand", "million", "billion", "trillion", "mln", "bln", "bn", "tn", "lakh", "crore",
                 "percent", "per cent", "pct", "dollar", "dlr") + tuple("by " + f for f in FRACTIONS)  # "rose by a quarter"
_DIGIT_RE = re.compile(r"\d")


def _maybe_figure(low: str) -> bool:
    return bool(_DIGIT_RE.search(low)) or any(w in low for w in _FIGURE_STEMS)


# "All values are in New Zealand dollars (NZ$)": a statistics release declares its currency, its own country's
_VALUES_IN = re.compile(r"\b(?:[Aa]ll\s+)?(?:values|figures|amounts)\s+(?:are|were)\s+(?:given\s+|expressed\s+|shown\s+|stated\s+)?"
                        r"in\s+(?:the\s+)?(?P<c>(?:[A-Z][\w.’']*\s+){1,3})(?P<w>dollars|pounds|rupees|shillings|pesos|dinars|"
                        r"riyals|rials|dirhams|francs|kronor|kroner|krona|krone|rand|naira|yen|yuan|won|ringgit|baht|rupiah)\b")
_WORD_FAMILY = {"dollars": "dollar", "pounds": "pound", "rupees": "rupee", "shillings": "shilling", "pesos": "peso",
                "dinars": "dinar", "riyals": "riyal", "rials": "riyal", "dirhams": "dirham", "francs": "franc",
                "kronor": "krone", "kroner": "krone", "krona": "krone", "krone": "krone"}


def _declared_home(text: str, year) -> tuple[str, str] | None:
    """(country, currency) of a report that declares all its values in one country's own currency. The US dollar
    and the euro are left out: reports of many countries state their values in them."""
    m = _VALUES_IN.search(text)
    if not m:
        return None
    isos = {c.iso3 for c in _countries(m.group("c"), year)}
    if len(isos) != 1:
        return None
    iso = isos.pop()
    fam = _load_lexicon("currencies")["families"].get(_WORD_FAMILY.get(m.group("w"), ""), {})
    code = (fam.get("by_country") or {}).get(iso)
    if code is None or code in ("USD", "EUR"):
        return None
    return iso, code


def _detect_sentence(sent: Sentence, ctx: ArticleContext, state: _State):
    text = sent.text
    low = text.lower()
    if "values" in low or "figures" in low or "amounts" in low:
        dh = _declared_home(text, ctx.reference.year if ctx.reference else None)
        if dh:
            state.declared_home = dh[0]
            if dh[1] in _DOLLAR_CODES:
                state.dollar = dh[1]
    if state.last_frame_sentence != sent.index - 1 and not any(w in low for w in _FRAME_STEMS):
        # no frame can start here; keep only the article's explicit dollar ("H.K. Dlrs")
        if ("$" in low or "dlr" in low or "dollar" in low) and _DIGIT_RE.search(low):
            for mo in find_money(text, dollar_default=state.dollar):
                if mo.explicit and mo.currency in _DOLLAR_CODES:
                    state.dollar = mo.currency
        return [], []
    ref_year = ctx.reference.year if ctx.reference else None
    maybe_fig = _maybe_figure(low)
    money = find_money(text, dollar_default=state.dollar) if maybe_fig else []
    # a country name inside a currency ("US$", "H.K. Dlrs") is not a mention
    mentions = [c for c in _countries(text, ref_year)
                if not any(c.start < m.end and m.start < c.end for m in money)]
    sent_isos = [c.iso3 for c in mentions]
    for iso in sent_isos:
        state.seen_isos.setdefault(iso, None)
    # bare dollars take the latest explicit dollar currency of the article ("H.K. Dlrs" ... "dlrs")
    fixed = []
    for mo in money:
        if mo.explicit and mo.currency in _DOLLAR_CODES:
            state.dollar = mo.currency
        elif mo.family == "dollar":
            mo = Money(mo.start, mo.end, mo.value, state.dollar or "USD", mo.text, False, "dollar")
        fixed.append(mo)
    money = fixed
    pcts = find_percents(text) if maybe_fig else []
    marked = _mark(text, mentions, money, pcts)
    s = marked.s
    facts: list[dict] = []
    rejections: list[Rejection] = []

    def reject(why):
        rejections.append(Rejection(sent.index, text, KIND, why))

    looks_like_trade = bool(_TRADE_HINT.search(text)) and bool(money or pcts)

    # capitals and cities are weaker evidence of a party than names and demonyms
    strong = [c.iso3 for c in mentions if c.via not in ("capital", "city")
              # "Italy is Tunisia's second-largest trading partner after France": a ranking's yardstick is no party
              and not _RANKED_AFTER.search(text[max(0, c.start - 60):c.start])]
    topic = state.topic if state.topic and not state.topic_product else None
    if state.topic is None and state.declared_home:
        topic = state.declared_home  # ("Exports to China fell 13 percent" in that country's statistics release)
    frames = _find_frames(marked, ctx, sent_isos, strong, topic, state.first_topic or state.declared_home)
    if state.heading_pair and state.heading_sentence is not None and sent.index - state.heading_sentence <= 3:
        for fr in frames:
            # "Trade between Japan and Kenya in 2023" / "Exports to Kenya: 14.6 billion yen": under a heading naming
            # the pair, one side named is enough
            if fr.reject != "trade partner not identified" or fr.rule not in ("exports-to-bare", "imports-from-bare"):
                continue
            known = fr.importer if fr.rule == "exports-to-bare" else fr.exporter
            if known in state.heading_pair and _only_partners(marked, known, None):
                other = next(x for x in state.heading_pair if x != known)
                fr.exporter, fr.importer = (other, known) if fr.rule == "exports-to-bare" else (known, other)
                fr.reject = None
    reports_home = _update_topic(marked, state)

    # discourse continuations when the sentence has no frame of its own
    if not frames and (money or pcts):
        core = _ATTRIBUTION_RE.sub("", s)
        ents_in = re.search(r"⟦[CB]\d+⟧", core)
        lf = state.last_frame if state.last_frame_sentence == sent.index - 1 else None
        m = _IT_RE.search(s)
        mf = _BARE_FLOW_RE.search(s)
        if m and lf is not None and not ents_in:
            frames = [_Frame(m.start(), m.end(), "continuation-" + lf.rule, lf.flow, lf.exporter, lf.importer)]
        elif (mf and lf is not None and lf.flow == mf.group("w").lower() and not _NATIONAL.search(mf.group("mid"))
              and not re.search(r"⟦[BOP]\d+⟧", core) and not _NATIONAL.search(_ATTRIBUTION_RE.sub("", text))
              and all(marked.get(tok).iso3 in (lf.exporter, lf.importer) for tok in re.findall(r"⟦C\d+⟧", core))):
            frames = [_Frame(mf.start(), mf.end(), "continuation-flow-" + lf.rule, lf.flow, lf.exporter, lf.importer)]
        else:
            m = _BARE_TRADE_RE.search(s)
            mt = _TOTAL_TRADE_RE.search(s)
            if m and state.pair_trade_seen and ctx.main_pair and not ents_in:
                a, b = ctx.main_pair
                frames = [_Frame(m.start(), m.end(), "trade-main-pair", "total", a, b)]
            elif (mt and ctx.main_pair and not ents_in and state.last_frame is not None
                  and state.last_frame.flow == "total" and state.last_frame_sentence is not None
                  and sent.index - state.last_frame_sentence <= 3
                  and {state.last_frame.exporter, state.last_frame.importer} == set(ctx.main_pair)):
                a, b = ctx.main_pair
                frames = [_Frame(mt.start(), mt.end(), "total-trade-main-pair", "total", a, b)]

    # figures in order; "6.2 billion sterling (9.8 billion dlrs)": the bracketed
    # conversion is the same figure and is not counted again
    figs: list[_Fig] = []
    for mm in re.finditer(FIG, s):
        obj = marked.get(mm.group(0))
        if mm.group(0)[1] == "M" and re.search(r"⟦M\d+⟧\s*[(\[]\s*(?:about|around|some|or|approximately|roughly)?\s*$", s[:mm.start()]):
            continue
        figs.append(_Fig(mm.start(), mm.end(), mm.group(0)[1], obj))

    if not frames:
        if looks_like_trade:
            reject("no bilateral trade frame (no two countries as exporter/importer)")
        if reports_home and any(f.kind == "M" for f in figs):
            # "Thailand's border trade in the first ten months of 2024 was worth ...": the country's own total
            # gives no row, but the partners' figures told just after it are of its one period (told before
            # its first figure: "... up from 85 percent in 2023" after it is a comparison)
            main_times = {te[3] for te in _time_exprs(s, ref_year, ctx.reference.month if ctx.reference else None)
                          if te[2] in ("year", "span") and not te[4] and te[0] < figs[0].start}
            if len(main_times) == 1:
                state.chain_period, state.chain_sentence = main_times.pop(), sent.index
        return facts, rejections

    # assign each figure to the nearest frame before it
    for i, f in enumerate(figs):
        owner = None
        for fr in frames:
            if fr.start <= f.start:
                owner = fr
        f.frame = owner
        before = s[max(0, f.start - 40):f.start]
        f.base = bool(re.search(r"(?:\bfrom|\bversus|\bvs\.?|\bagainst|\bcompared\s+(?:with|to)|\bup\s+from|\bdown\s+from)\s+"
                                r"(?:(?:just|only|about|around|some|nearly|almost|roughly|approximately|an\s+estimated|over|under|"
                                r"a\s+mere)\s+)?$", before, re.I))
        if owner is None:
            continue
        if owner.reject:
            f.reject = owner.reject
            continue
        # "... and 2 bln dlrs to Vietnam", "against 2 bln dlrs to the EU", "7 bln dlrs for
        # exports to China": a partner right after the figure that is not the frame's
        pm = re.match(r"\s*(?:(?:worth|of\s+(?:goods|exports|imports|merchandise)|in\s+(?:goods|exports|imports|sales|shipments)|"
                      r"for\s+(?:(?:its|their)\s+)?(?:exports|imports|shipments|sales)|of\s+(?:its|their)\s+(?:exports|imports))\s+)?"
                      r"(?:to|into|from|with)\s+(?:the\s+)?(⟦[CBO]\d+⟧)", s[f.end:f.end + 60], re.I)
        if pm and f.end >= owner.end:
            pe = marked.get(pm.group(1))
            if isinstance(pe, _Ent) and (pe.kind == "B" or (pe.kind == "C" and pe.iso3 not in (owner.exporter, owner.importer))):
                f.reject = "a figure for another partner, not the frame's"
                continue
        # "Trade between X and Y reached $1.2bn, with X exporting $900m": one flow, not the two-way total
        if owner.flow == "total" and f.start > owner.end and re.search(
                r"\b(?:exporting|importing|selling|buying|shipping|purchasing|exported|imported|sold|bought|shipped|purchased)\b",
                s[owner.end:f.start], re.I):
            f.reject = "a figure of one flow after a two-way trade frame"
            continue
        # words between the frame and the figure
        gap_from = owner.end if owner.end <= f.start else owner.start
        gap = s[gap_from:f.start]
        if owner.rule.startswith("verb-"):
            gap = s[owner.start:f.start]
        third = next((e for e in (marked.get(t_) for t_ in re.findall(r"(⟦C\d+⟧)\s*,?\s*(?:where|in\s+which|whose)\b", gap))
                      if isinstance(e, _Ent) and e.iso3 not in (owner.exporter, owner.importer)), None)
        if third is not None:
            # "Iraq was Jordan's second-largest export market, behind Saudi Arabia, where exports reached
            # JD412m": the figure is told of the country its clause hangs on
            f.reject = "a figure of another country, in a clause about it"
            continue
        # a later frame between (should not happen) or another figure's noun
        # a capitalised word inside a name ("according to the Tanzania Revenue Authority") names a body, not a figure
        bads = [b for b in _OTHER_NOUNS.finditer(gap)
                if not (b.group(0)[:1].isupper() and not _HARD_OTHER.match(b.group(0)) and
                        (re.search(r"[A-Z][\w'’&\-]*\s+$", gap[:b.start()]) or re.match(r"\s+[A-Z]", gap[b.end():])))]
        # a product list may hold such a word ("machinery and investment goods"), but never a balance
        # or a target: "exports, mostly sugar, were worth K58bn, leaving a deficit of K250bn" (however
        # many excused words come before it: "... as lower oil prices reduced the bill, leaving a deficit of")
        hard = next((b for b in bads if _HARD_OTHER.match(b.group(0))), None)
        bad = hard or (bads[0] if bads else None)
        if bad and (hard is not None or not _PRODUCTS_RE.search(gap[:bad.start()])):
            f.reject = f"{bad.group(0).lower()}, not a trade figure"
            continue
        if re.search(r"(?:\s|,)(?:while|whereas|although|though)\s|;", gap, re.I):
            f.reject = "figure in another clause, not tied to the trade frame"
            continue
        if re.search(r"\b(?:deal|agreement|contract|accord|package|order)s?\s+(?:worth|valued\s+at|of|totalling|totaling)\s+"
                     r"(?:(?:about|around|some|nearly|almost|over|up\s+to|an\s+estimated)\s+)?$", s[:f.start], re.I):
            f.reject = "amount fixed in an agreement, not a trade figure"
            continue
        if re.search(r"\b(?:due\s+to|owing\s+to|because\s+of|thanks\s+to|driven\s+by|led\s+by|including)\s+(?:[\w'’-]+\s+){0,8}?"
                     r"(?:worth|valued\s+at|costing)\s+(?:(?:about|around|some|nearly|almost|over|an\s+estimated)\s+)?$", s[:f.start], re.I):
            # "imports rose 19 percent, mainly due to the arrival of an aircraft worth $148 million": one item behind the change
            f.reject = "the value of one item behind the figure, not a trade figure"
            continue
        if _is_target(s[owner.start:f.start][-90:]) or _TARGET_AFTER.search(s[f.end:f.end + 60]) or \
                _TARGET_LEAD.search(s[max(0, owner.start - 80):owner.start]) or \
                _INSTRUMENT_SETS.search(s[max(0, owner.start - 80):owner.start]):
            f.reject = "target or forecast, not a figure"
            continue
        after = s[f.end:f.end + 30]
        if re.search(r"[A-Za-z]\s*\(\s*(?:about|around|some|nearly|over|almost|roughly)?\s*$", before) and re.match(r"\s*\)", after):
            f.reject = "a product breakdown in brackets, not a bilateral total"
            continue
        if re.search(r"\bbetween\s+(?:[\d.,]+|[a-z]+)\s+and\s+$|(?<![\w.,⟧])(?!(?:19|20)\d\d\b)\d[\d.,]*\s*(?:-|–|to)\s*$", before, re.I):
            f.reject = "a range, not a figure"
            continue
        if f.kind == "M" and re.search(
                r"\b(?:rose|fell|grew|increased|decreased|declined|dropped|jumped|climbed|slipped|plunged|surged|"
                r"soared|slumped|went\s+up|went\s+down|up|down)\s+(?:by\s+)?(?:(?:about|around|some|nearly|almost|"
                r"roughly|over|more\s+than|an\s+estimated|a\s+further)\s+)?$", before, re.I):
            f.reject = "an absolute change, not a level"
            continue
        if re.search(r"\b(?:below|above|beneath|under\s+the)\s+(?:the\s+)?$", before, re.I):
            f.reject = "a threshold, not a figure"
            continue
        if f.kind == "Q" and (re.match(r"\s*(?:a\s+year|per\s+(?:year|annum)|annually|each\s+year|every\s+year|on\s+average)\b", after, re.I)
                              or re.search(r"\b(?:average|annual(?:i[sz]ed)?|compound(?:ed)?|yearly)\s+(?:\w+\s+){0,2}?(?:rate|growth|increase|decline)\s*(?:of\s+)?(?:about\s+|around\s+)?$|\bat\s+(?:an?\s+)?(?:rate\s+of\s+)?$", before, re.I)):
            f.reject = "an average or annual rate, not a change between two figures"
            continue
        if f.kind == "Q" and (f.base or re.search(r"\b(?:to|at)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+)?$", before, re.I)):
            f.reject = "a level in percent (a share or rate), not a change"
            continue
        if re.search(r"\b(?:will|would|shall|could|might|(?-i:may))\s+(?:\w+\s+){0,3}?\w+", s[owner.start:f.start], re.I):
            f.reject = "a forecast or plan, not a figure"
            continue
        if f.kind == "Q" and re.search(r"\b(?:compared\s+(?:with|to)|against|versus|than)\s+(?:an?\s+)?$", before, re.I):
            f.reject = "a percentage for comparison, about something else"
            continue
        if f.kind == "Q" and re.match(r"\s*(?:in\s+|by\s+)(?:volume|tonnage|quantity|quantities|real\s+terms)\b", after, re.I):
            f.reject = "a change in volume, not in value"
            continue
        if f.kind == "Q" and re.match(r"\s*(?:\w+\s+){0,3}?to\s+(?:about\s+|around\s+|some\s+)?(?!(?:19|20)\d\d\b)\d[\d,.]*\s*"
                                      r"(?:mln\s+|million\s+|billion\s+|bln\s+)?[a-z]", after + s[f.end + 30:f.end + 60], re.I):
            f.reject = "a change in volume, not in value"
            continue
        if f.kind == "Q" and re.match(r"\s+(?!(?:year|y/y|annual|yearly|overall|total|sharp|steep|slight|further|modest|significant|substantial|"
                                      r"marginal|massive|huge|strong|robust|healthy|record|notable|dramatic|combined)\b)"
                                      r"(?:[A-Za-z][\w-]*\s+){1,2}(?:fall|rise|drop|decline|increase|gain|jump|"
                                      r"slump|growth|cut|hike|depreciation|appreciation|devaluation)\b", after, re.I):
            f.reject = "a change of something else"
            continue
        if f.kind == "Q" and re.match(
                r"\s*(?:\w+\s+)?(?:decrease|increase|rise|fall|drop|decline|jump|gain|growth|reduction)\s+in\s+"
                r"(?!(?:the\s+)?(?:trade|exports?|imports?|value|bilateral|two-way|turnover|shipments|sales)\b|(?:19|20)\d\d|"
                r"(?:the\s+)?(?:first|second|third|fourth|last|same|previous|past|year|period|quarter)\b|" + _MONTH + r")", after, re.I):
            f.reject = "a change of something else"
            continue
        if f.kind == "Q":
            p: Percent = f.obj
            if re.match(r"\s*(?:of|share)\b", after, re.I) or re.search(r"(?:accounts?|accounted|accounting|account)\s+for\s+(?:\w+\s+)?$|share\s+of\s+$|\b(?:making|make|makes)\s+up\s+$", before, re.I):
                f.reject = "share, not a trade figure"
                continue
            if p.sign is None:
                f.reject = "percentage that is not a change"
                continue
        else:
            mo = f.obj
            if re.search(r"\b(?:averag(?:ed|es|ing)|an\s+average\s+of|on\s+average)\s+(?:(?:about|around|some|nearly|almost|"
                         r"roughly|over|under|just)\s+)?$", before, re.I):
                f.reject = "an average over several periods, not a figure"
                continue
            if re.match(r"\s*(?:per\s+(?:tonne|ton|barrel|kg|kilogram|unit|head|capita)|a\s+(?:tonne|ton|barrel|kg))\b", after, re.I):
                f.reject = "a price, not a trade figure"
                continue

    # currencies: bare scaled amounts take the currency of the money before them
    prev_money: Money | None = None
    for f in figs:
        if f.kind != "M":
            continue
        mo: Money = f.obj
        if mo.currency is None and not mo.family:
            if prev_money is None:
                if f.frame and not f.reject:
                    f.reject = "amount without a currency"
                continue
            f.obj = mo = Money(mo.start, mo.end, mo.value, prev_money.currency, mo.text, False, prev_money.family)
        elif mo.family and mo.family != "dollar":
            fr = f.frame
            if mo.family in state.families:
                code = state.families[mo.family]
            else:
                order = []
                if fr and fr.exporter:
                    reporter = fr.exporter if fr.flow == "exports" else fr.importer if fr.flow == "imports" else None
                    if reporter:
                        order.append(reporter)
                order += [c for c in sent_isos] + list(ctx.main_pair or ()) + list(state.seen_isos)
                code = family_code(mo.family, order)
                if code is None and mo.family in _DEFAULT_OK_FAMILIES:
                    code = resolve_currency(mo.family, ())
                if code is not None:
                    state.families[mo.family] = code
            if code is None:
                # "francs", "dirhams", "shillings" with no country of that currency in the article
                if f.frame and not f.reject:
                    f.reject = f"{mo.family} of no country named, currency unknown"
                prev_money = None
                continue
            f.obj = mo = Money(mo.start, mo.end, mo.value, code, mo.text, mo.explicit, mo.family)
        prev_money = mo

    # periods
    times = _time_exprs(s, ref_year, ctx.reference.month if ctx.reference else None)
    frame_starts = sorted(fr.start for fr in frames)
    resolved_years: list[int] = []
    last_main = None
    last_base = None
    claimed: set[int] = set()
    own: dict[int, bool] = {}
    for i, f in enumerate(figs):
        nxt_fig = figs[i + 1].start if i + 1 < len(figs) else len(s)
        nxt_frame = min([st for st in frame_starts if st > f.end] or [len(s)])
        win_end = min(nxt_fig, nxt_frame)
        aside = re.search(_RANKING_ASIDE, s[f.end:win_end])
        if aside:
            # "..., making India the top source of imports, a position China had held in 2023": that year is the
            # ranking's, not the figure's
            win_end = f.end + aside.start()
        prev_end = figs[i - 1].end if i > 0 else 0
        fr_start = f.frame.start if f.frame else 0
        win_start = max(prev_end, fr_start) if fr_start > prev_end else prev_end
        if i == 0:
            win_start = 0
        # "December's 4.40 billion", "last year's $2bn": a possessive time right
        # before the figure is its own period, even after "from"/"versus"
        poss = next((te for te in times if te[2] == "year" and te[3] and te[1] <= f.start
                     and re.fullmatch(r"\s*", s[te[1]:f.start]) and re.search(r"['’]s$", s[te[0]:te[1]])
                     or te[2] == "year" and te[3] and re.fullmatch(r"['’]s\s*", s[te[1]:f.start])), None)
        if poss is not None:
            claimed.add(poss[0])
            period = poss[3]
        else:
            period = _pick_time(times, f, f.end, win_end, after=True, anchor=resolved_years, state=state,
                                last_main=last_main, claimed=claimed)
        if period is None and f.kind == "Q" and re.match(
                r"\s*,?\s*(?:(?:year[\s-]on[\s-]year|y/y|from\s+a\s+year\s+(?:earlier|ago)|over\s+\S+),?\s+)?(?:to|at)\s+(?:\w+\s+){0,2}?⟦M\d+⟧",
                s[f.end:], re.I):
            period = "follow"
        if period is None:
            period = _pick_time(times, f, win_start, f.start, after=False, anchor=resolved_years, state=state,
                                last_main=last_main, claimed=claimed)
        f.period = period
        own[id(f)] = period is not None
        if period not in (None, "follow") and period != ("none",):
            if f.base:
                last_base = period
            else:
                last_main = period
            resolved_years.append(period[1])
        elif period is None:
            # parallel inheritance within the sentence
            if f.base and last_base:
                f.period = last_base
            elif not f.base and last_main:
                f.period = last_main
            elif not f.base and state.last_fact_sentence == sent.index - 1 and state.last_main_period:
                f.period = state.last_main_period
            elif not f.base and state.chain_sentence is not None and state.chain_period and (
                    state.chain_sentence == sent.index - 1 or
                    # (a few sentences on, when this sentence names no time at all: "Exports to India jumped
                    # 41% to US$2.3 billion" in a report on last year's figures)
                    sent.index - state.chain_sentence <= 3 and not any(te[0] < f.start for te in times)):
                # "Ghanaian exports to West Africa declined 4.1 pct in 2023 ... Shipments to
                # Togo fell 19 pct": a run of trade sentences keeps the period the run started with,
                # even when the sentence before gave no row (a bloc, a partner not named)
                f.period = state.chain_period
    chain = next((f.period for f in figs if f.frame is not None and not f.base and isinstance(f.period, tuple)
                  and len(f.period) == 2 and f.period[0] is not None), None)
    if chain is not None:
        state.chain_period, state.chain_sentence = chain, sent.index
    for i, f in enumerate(figs):
        if f.period == "follow":
            nxt = next((g for g in figs[i + 1:] if g.kind == "M"), None)
            f.period = nxt.period if nxt else None
    _respectively(s, figs, own)

    # facts
    any_fact = False
    for f in figs:
        fr = f.frame
        if fr is None:
            continue
        if f.reject:
            reject(f"{marked.orig(s[f.start:f.end])}: {f.reject}")
            continue
        if f.kind == "Q":
            value = f.obj.signed
            metric, unit = "change_pct", "percent"
        else:
            value = f.obj.value
            metric, unit = "value", f.obj.currency
        if value is None or unit is None:
            continue
        per = f.period if isinstance(f.period, tuple) and len(f.period) == 2 else (None, None)
        ps, pe = per
        prod = None
        clause = s[fr.start:min([g.start for g in figs if g.start > f.end] + [len(s)])]
        pm = _PRODUCTS_RE.search(clause)
        if pm:
            prod = marked.orig(pm.group("p")).strip(" ,")
        elif fr.products:
            prod = fr.products
        facts.append({
            "exporter_iso3": fr.exporter, "importer_iso3": fr.importer, "flow": fr.flow,
            "metric": metric, "value": value, "unit": unit,
            "period_start": ps, "period_end": pe, "products": prod or None,
            "evidence": Evidence(sent.index, text, sent.start, sent.end, f"trade:{fr.rule}").as_dict(),
        })
        any_fact = True
        if not f.base and ps is not None and ps == pe:
            # (a change over several years, "grown by 21% between 2020 and 2023", looks back: no report's period)
            state.last_main_period = (ps, pe)
        if ctx.main_pair and {fr.exporter, fr.importer} == set(ctx.main_pair):
            state.pair_trade_seen = True
    for fr in frames:
        if fr.reject and not any(f.frame is fr for f in figs) and (money or pcts):
            reject(f"{marked.orig(s[fr.start:fr.end])}: {fr.reject}")
        if not fr.reject and ctx.main_pair and {fr.exporter, fr.importer} == set(ctx.main_pair) and fr.flow == "total":
            state.pair_trade_seen = True
    good = [fr for fr in frames if not fr.reject]
    if good:
        state.last_frame = good[-1]
        state.last_frame_sentence = sent.index
    years_here = re.findall(r"\b(?:19|20)\d\d\b", text)
    heading = next((fr for fr in good if fr.flow == "total" and fr.exporter and fr.importer), None) if not figs else None
    if heading is not None and len(years_here) == 1 and re.search(r"\bin\s+" + years_here[0] + r"\b", text) and \
            not closes_like_a_sentence(text):
        # a heading over a table of figures: its pair and year are theirs
        y = int(years_here[0])
        state.heading_pair, state.heading_sentence = (heading.exporter, heading.importer), sent.index
        state.chain_period, state.chain_sentence = (y, y), sent.index
    if any_fact:
        state.last_fact_sentence = sent.index
    elif looks_like_trade and not rejections:
        reject("trade words and a figure, but no figure tied to a bilateral frame")
    return facts, rejections


_TOPIC_RE = re.compile(
    # "Italy retained its position as Tunisia's leading trading partner", "Tunisia thus achieved a trade surplus"
    # (tried first: at the same place the general form would read "thus achieved a" as a product)
    rf"(?P<x3>⟦C\d+⟧){POSS}\s+(?:[\w-]+\s+){{0,2}}trading\s+partner\b"
    rf"|(?P<x4>⟦C\d+⟧)\s+(?:thus\s+|also\s+)?(?:achieved|recorded|posted|ran|registered)\s+a\s+trade\s+(?:surplus|deficit)\b|"
    rf"(?P<x>⟦[CB]\d+⟧){POSS}\s+(?P<fill>{FILL})(?:exports?|imports?|trade|shipments|export\s+earnings)\b"
    # "the Peru-Japan Free Trade Agreement" names an instrument, not whose trade is reported
    rf"(?!\s+(?:agreements?|deals?|pacts?|accords?|treat(?:y|ies)|areas?|zones?|negotiations?|talks|partnerships?))"
    rf"|(?P<x2>⟦[CB]\d+⟧)\s+(?:(?:has|have|had)\s+)?(?:exported|imported|sold|bought|shipped)\b"
    rf"|(?:^|(?<=[,;]\s)|(?<=\band\s)|(?<=\bthat\s))(?P<w>[A-Za-z][\w-]*)\s+(?:exports|imports|shipments)\b", re.I)


def _update_topic(marked: _Marked, state: _State) -> bool:
    """Track the country whose trade the text is reporting: the possessor of the
    last "X's exports/imports/trade" (bilateral, national or to a bloc), and whether
    that report was limited to one product ("Taiwan's textile exports", "Textile
    exports surged"). True when this sentence names that country's trade, of all goods."""
    named = False
    for m in _TOPIC_RE.finditer(marked.s):
        tok = m.group("x") or m.group("x2") or m.group("x3") or m.group("x4")
        if tok and re.search(r"⟦C\d+⟧\s*[-–—/]\s*$", marked.s[:marked.s.find(tok, m.start())]):
            continue  # "Thai-Myanmar border trade": a pair's trade, no one country reporting
        if tok:
            e = marked.get(tok)
            if isinstance(e, _Ent) and e.kind == "C":
                state.topic = e.iso3
                state.first_topic = state.first_topic or e.iso3
                state.topic_product = bool(_product_of(re.findall(r"[A-Za-z][\w'’.-]*", m.group("fill") or "")))
                named = not state.topic_product
            else:
                state.topic, state.topic_product = None, False
        elif m.group("w"):
            w = m.group("w")
            if w.lower() not in _BEFORE_BARE_OK and not _NATIONAL.fullmatch(w) and w.lower() not in _GENERIC_GOODS:
                state.topic_product = True
            elif w.lower() in ("total", "overall", "aggregate") or w.lower() in _GENERIC_GOODS:
                state.topic_product = False
    return named


def _respectively(s: str, figs: list[_Fig], own: dict) -> None:
    """'... 565 mln in 1986, down from 960 mln in 1985, while Y's exports were
    328 mln and 647 mln, respectively': the later figures take the earlier
    figures' periods in order."""
    m = re.search(r",?\s*respectively\b", s)
    if not m:
        return
    late = [f for f in figs if f.frame is not None and f.end <= m.start()
            and f.frame is next((g.frame for g in reversed(figs) if g.end <= m.start()), None)]
    if len(late) < 2 or any(own.get(id(f)) for f in late):
        return
    early = [f for f in figs if f.end <= late[0].start and f.frame is not late[0].frame
             and f.kind == late[0].kind and own.get(id(f))]
    if len(early) != len(late):
        return
    for e, f in zip(early, late):
        f.period = e.period


def _pick_time(times, fig: _Fig, lo: int, hi: int, after: bool, anchor, state: _State, last_main, claimed):
    """The period of a figure from the time expressions between lo and hi.
    Looking after the figure, the expression found is claimed by it, so a later
    figure looking back does not take it ("$24bn in 2022, a decline of 20%")."""
    cands = [t for t in times if t[0] >= lo and t[1] <= hi]
    if not after:
        cands = [t for t in reversed(cands) if t[0] not in claimed]
    for st, en, kind, val, base in cands:
        if after and not base:
            claimed.add(st)
        if base and not (kind == "span"):
            continue
        if fig.kind == "Q" and kind in ("prev",):
            continue  # "up 14% on the previous year": comparison base
        if kind == "span":
            return val  # a change, or a cumulative amount, over the stated years
        if kind == "year":
            if val is None:
                continue
            return val
        if kind == "prev":
            if anchor:
                return (anchor[-1] - 1,) * 2
            continue
        if kind == "same":
            ref = last_main or state.last_main_period
            if ref:
                return ref
            continue
        if kind == "none":
            return ("none",)
    return None

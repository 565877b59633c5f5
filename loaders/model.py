"""Plain data passed between the pipeline stages.

Every stage takes and returns these (or plain dicts/lists of them), never a
database handle or a widget, so each stage can be tested alone.

Offsets are always character offsets into the *original* article text, so a
fact can point back at exactly where it came from (PLOVER-style provenance).
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class RawArticle:
    """What the read stage hands on: one article's text and its identity."""

    name: str                 # file name (or "file.jsonl#id" for collection items)
    text: str                 # decoded text, original characters
    content_hash: str         # sha256 of the text, for "unchanged" detection
    path: str = ""            # where it was read from
    title: str | None = None  # when the container knows it (HTML, JSONL)
    published: str | None = None  # ISO partial date when the container knows it


@dataclass(frozen=True)
class Segment:
    """A block of the article (usually a line/paragraph) after cleaning."""

    start: int
    end: int
    text: str
    kind: str  # "title" | "dateline" | "body" | "chrome"
    why: str = ""  # for chrome: which rule dropped it


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class CountryMention:
    iso3: str
    name: str        # canonical English short name, e.g. "Kazakhstan"
    start: int       # offsets within the sentence text
    end: int
    via: str         # "name" | "demonym" | "capital" | "agency" | "alias"
    surface: str = ""


@dataclass(frozen=True)
class PartialDate:
    """A date known to year, month or day precision."""

    year: int
    month: int | None = None
    day: int | None = None

    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def to_month(self) -> "PartialDate":
        """The same date known to its month at most: an event's day is not a later act's."""
        return PartialDate(self.year, self.month)

    @classmethod
    def parse(cls, value: str | None) -> "PartialDate | None":
        if not value:
            return None
        parts = [int(p) for p in str(value).split("-")]
        return cls(*parts)  # type: ignore[arg-type]


@dataclass
class Evidence:
    """Where a fact came from, and which rule produced it."""

    sentence_index: int
    sentence: str
    start: int   # sentence offsets in the original text
    end: int
    rule: str

    def as_dict(self) -> dict:
        return {
            "sentence_index": self.sentence_index,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "rule": self.rule,
        }


@dataclass
class Rejection:
    """A sentence that looked like a fact but was not taken, and why."""

    sentence_index: int
    sentence: str
    kind: str     # "visit" | "agreement" | "trade"
    why: str


@dataclass
class Extraction:
    """Everything the pipeline found in one article.

    Fact dicts use the JSON export contract's keys (see docs/ARCHITECTURE.md)
    plus "evidence": Evidence.as_dict().
    """

    name: str
    title: str | None
    published: str | None
    segments: list[Segment] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    visits: list[dict] = field(default_factory=list)
    agreements: list[dict] = field(default_factory=list)
    trade: list[dict] = field(default_factory=list)
    milestones: list[dict] = field(default_factory=list)  # loaders/detect/milestones.py
    rejected: list[Rejection] = field(default_factory=list)


@dataclass
class ArticleContext:
    """What every detector may know about the article as a whole.

    Built by the pipeline before detection: the reference date for relative
    dates, and the article's main country pair, for "the two countries",
    "bilateral trade", "both sides" and the like.
    """

    name: str
    title: str | None = None
    published: PartialDate | None = None   # from the article itself
    reference: PartialDate | None = None   # published, or a year fixed by firm evidence
    main_pair: tuple[str, str] | None = None  # two ISO3 codes, sorted
    years_mentioned: tuple[int, ...] = ()


@dataclass(frozen=True)
class TableRow:
    """One data line of a table: its cells, and where the line is in the original text."""

    start: int
    end: int
    cells: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """A table laid out in the text with "|" between its cells (statistics releases,
    embassy trade pages, markdown). `caption` is the few lines just above the header
    that say what the table holds ("Main destinations of X exports", "(in US$ million)")."""

    start: int
    end: int
    caption: tuple[str, ...]
    header: tuple[str, ...]
    rows: tuple[TableRow, ...]

"""The data that flows through Muqabala: files → documents → sentences → mentions → alignments → facts.

Every span (`start`, `end`) is a Python str index into `Document.text` exactly as decoded from the
file, end exclusive, so that a highlight always lands on the exact characters. Normalised forms live
beside the original, never instead of it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter
from sys import intern
from typing import TYPE_CHECKING, Any, Literal, Union

if TYPE_CHECKING:  # the arrays of grouping: core.match.story_terms
    from core.match.story_terms import ListedTerms, TermCounts

Value = Union[int, float, str]
"""A quantity: a number, or for dates an ISO-8601 string with unknown parts left out ("--08-29")."""

Kind = Literal["count", "date", "time", "duration", "distance", "percent", "money", "ordinal", "other"]
Qualifier = Literal["exact", "about", "at_least", "at_most", "more_than", "less_than", "vague"]
Status = Literal["shared", "conflict", "single"]
STATUSES: tuple[Status, ...] = ("conflict", "shared", "single")
"""Every status in display order: conflicts first (what a checker reads first), then shared, then single."""


def status_rank(status: str) -> int:
    """Position of STATUS in the display order (`STATUSES`); an unknown status sorts last."""
    return STATUSES.index(status) if status in STATUSES else len(STATUSES)


_FIELD_GETTERS: dict[type, attrgetter[Any]] = {}


def by_fields(record: Any) -> tuple[type, tuple[Any, ...]]:
    """How a record of several fields is pickled: its class and its field values, in order.

    The maps over articles and stories (core.parallel) send every sentence, mention and profile
    between processes; the default pickling of a frozen slotted dataclass goes through a Python-level
    `__getstate__` per object and took twice as long."""
    cls = type(record)
    get = _FIELD_GETTERS.get(cls)
    if get is None:
        get = _FIELD_GETTERS[cls] = attrgetter(*cls.__slots__)
    return cls, get(record)


@dataclass(frozen=True, slots=True)
class NumberMention:
    """One quantity found in a string by `core.mentions.numbers.find_numbers` (offsets into that string)."""

    start: int
    end: int
    value: Value
    kind: Kind
    qualifier: Qualifier = "exact"
    counted: str = ""
    """Normalised noun or unit the number counts («حافلة» for «11 حافلة»), "" when none."""
    text: str = ""
    """The surface text of the span, for display and debugging."""


@dataclass(frozen=True, slots=True)
class Document:
    """One article as read from disk; `text` is never altered after decoding."""

    id: str
    path: str
    title: str
    text: str
    encoding: str = "utf-8"
    language: str = "ar"
    sha256: str = ""
    published: str = ""
    """When the article was published, ISO-8601 ("2015-07-25T09:50"), "" when unknown."""

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        """Pickled with its title and text as UTF-8 made for the pickle (`sent_text`)."""
        return _document, (
            self.id,
            self.path,
            sent_text(self.title),
            sent_text(self.text),
            self.encoding,
            self.language,
            self.sha256,
            self.published,
        )


def sent_text(text: str) -> bytes:
    """TEXT as the UTF-8 a pickle carries it in, made apart from the string (`received_text` reads it).

    Pickling a str itself (CPython's `PyUnicode_AsUTF8AndSize`) leaves its UTF-8 form cached in the
    string for as long as it lives: every article handed to a worker kept a second copy of its text
    in the process that sends them (29 MB at 10,000 articles, their texts weigh 33)."""
    return text.encode("utf-8", "surrogatepass")  # as pickle does: a lone surrogate goes and comes back


def received_text(data: bytes) -> str:
    """The text `sent_text` made DATA of."""
    return data.decode("utf-8", "surrogatepass")


def _document(
    id: str, path: str, title: bytes, text: bytes, encoding: str, language: str, sha256: str, published: str
) -> Document:
    """A Document unpickled (`Document.__reduce__`)."""
    return Document(id, path, received_text(title), received_text(text), encoding, language, sha256, published)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence span of a document. Furniture (comments, links, navigation) is kept but marked."""

    id: str
    doc: str
    index: int
    start: int
    end: int
    furniture: bool = False

    __reduce__ = by_fields


Aggregation = Literal["plain", "total", "increment", "part"]


@dataclass(frozen=True, slots=True)
class Frame:
    """What a number mention reports, read from its clause: the keys that decide which mentions may be one fact.

    An empty `role` or `subject` is unknown, never a wildcard.
    """

    role: str = ""
    """What happened to what is counted, synonyms folded («died», «injured», «rescued», «spent»…)."""
    subject: str = ""
    """The counted class («people», «security», «vehicles», «money»…)."""
    aggregation: Aggregation = "plain"
    """A running total, a new increment, a part of a total, or a plain figure."""
    scope: str = ""
    """Which event the sentence tells of: "" for the article's own event, else a background scope key."""
    part_of: str = ""
    """For a part («بينهم 4 أطفال»): the id of the mention of its total."""
    base: str = ""
    """What a change or rate is measured against: "year" (the same period a year before), "prior" (the
    period just before), "" unknown (core.match.base)."""

    __reduce__ = by_fields


@dataclass(frozen=True, slots=True)
class Reason:
    """One step of why a fact is what it is, as data (a code and its parameters), never prose.

    The GUI and the reports render it in the interface language (ftfy's explanations are the model).
    """

    code: str
    params: tuple[tuple[str, str], ...] = ()

    __reduce__ = by_fields


@dataclass(frozen=True, slots=True)
class Mention:
    """A number mention placed in a document: a `NumberMention` shifted to document offsets."""

    id: str
    doc: str
    sentence: str
    start: int
    end: int
    value: Value
    kind: Kind
    qualifier: Qualifier
    counted: str
    text: str
    frame: Frame = Frame()
    family: str = "number"
    """The fact family that found it (core.mentions.registry): numbers unless another family did."""

    __reduce__ = by_fields


@dataclass(frozen=True, slots=True)
class Alignment:
    """Two sentences in different documents that report the same thing."""

    a: str
    b: str
    score: float
    why: str = ""

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        """Pickled as its fields; unpickled with its texts interned (`_alignment`)."""
        return _alignment, (self.a, self.b, self.score, self.why)


def _alignment(a: str, b: str, score: float, why: str) -> Alignment:
    """An Alignment back from a worker, its ids and reason each one string in this process: a sentence
    is in many alignments and a reason's terms are shared by many (10,000 articles' 108,729
    alignments held 35,332 distinct reasons in 16 MB of strings, a copy per alignment)."""
    return Alignment(intern(a), intern(b), score, intern(why))


@dataclass(frozen=True, slots=True)
class Fact:
    """Mentions across documents that speak of the same quantity, with a verdict and its reasons."""

    id: str
    status: Status
    mentions: tuple[str, ...]
    label: str
    explanation: str = ""
    """English prose kept only from projects analysed before `reasons` existed; new facts leave it empty."""
    counted: str = ""
    kind: str = ""
    reasons: tuple[Reason, ...] = ()
    """Structured reasons: which frame fields matched, which cannot-link kept a mention out, the status rule."""
    review: str = ""
    """The researcher's verdict on it (core.match.verdicts): "" unreviewed, "confirmed", "dismissed",
    or "edited" (made by a split or a merge)."""

    __reduce__ = by_fields


@dataclass(frozen=True, slots=True)
class Story:
    """Articles of a folder that report the same event; facts never cross stories."""

    id: str
    label: str
    documents: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Problem:
    """An input that could not be used as it is; reported to the user, never fatal to the folder."""

    path: str
    message: str
    severity: Literal["error", "warning", "info"] = "error"


@dataclass(slots=True)
class Analysis:
    """Everything computed for one folder; what the export, the store and every view show."""

    folder: str
    documents: list[Document] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    alignments: list[Alignment] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    search_texts: dict[str, str] = field(default_factory=dict)
    """Sentence id → its stems for the full-text index, when the analysis made them (in its worker
    processes); the store stems the others itself."""
    doc_terms: dict[str, TermCounts | ListedTerms] = field(default_factory=dict)
    """Document id → the terms story grouping counted in it (core.match.stories.TermCounts, or as
    `ListedTerms` numbered in `term_vocabulary`), for the articles whose terms this analysis
    counted; the project file keeps them by content."""
    term_vocabulary: list[str] = field(default_factory=list)
    """The terms the ListedTerms of `doc_terms` number, each at its number."""
    text_keys: dict[str, str] = field(default_factory=dict)
    """Content hash → the `core.ingest.folder.same_text_key` of its text, as reading the folder found
    them (copies are told by it); the project file keeps them beside the terms."""

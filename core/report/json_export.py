"""The analysis as plain data: the JSON contract that `../shared/eval/score.py` reads (DESIGN.md),
with more keys for humans (labels, explanations, furniture flags, problems), each number's `frame`
({role, subject, aggregation, scope, part_of, base}) and each fact's `reasons` ([{code, params}], codes
listed in core.match.reasons)."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator
from dataclasses import asdict, fields, is_dataclass
from functools import lru_cache
from json.encoder import encode_basestring
from pathlib import Path
from typing import Any

from core.match.timeline import timeline, trend
from core.match.verdicts import Reviewed, open_conflict
from core.model import Analysis, Fact


def _fact(f: Fact) -> dict[str, Any]:
    return {
        "id": f.id,
        "status": f.status,
        "mentions": list(f.mentions),
        "label": f.label,
        **({"explanation": f.explanation} if f.explanation else {}),  # prose of a project analysed before reasons
        "counted": f.counted,
        "kind": f.kind,
        "timeline": timeline(f),
        "trend": trend(f),
        "reasons": [{"code": r.code, "params": dict(r.params)} for r in f.reasons],
        "review": f.review,
    }


def to_dict(analysis: Analysis, reviewed: Reviewed | None = None) -> dict[str, Any]:
    """documents, sentences, numbers, mentions (of the other fact families), alignments, facts
    (+ problems, stories, summary) as analysed; with REVIEWED also the researcher's verdicts and
    the facts as she ruled them (`reviewed_facts`)."""
    return {key: list(value) if isinstance(value, Iterator) else value for key, value in _sections(analysis, reviewed)}


def _sections(analysis: Analysis, reviewed: Reviewed | None = None) -> Iterator[tuple[str, Any]]:
    """The export's keys in order; the long lists as iterators, so that a writer can stream them."""
    sections: list[tuple[str, Any]] = [
        ("folder", analysis.folder),
        (
            "documents",
            (
                {
                    "id": d.id,
                    "path": d.path,
                    "title": d.title,
                    "encoding": d.encoding,
                    "language": d.language,
                    "sha256": d.sha256,
                    "published": d.published,
                }
                for d in analysis.documents
            ),
        ),
        ("sentences", (_plain(s) for s in analysis.sentences)),
        ("numbers", (_plain(m) for m in analysis.mentions if m.family == "number")),
        ("mentions", (_plain(m) for m in analysis.mentions if m.family != "number")),
        ("alignments", (_plain(a) for a in analysis.alignments)),
        ("facts", (_fact(f) for f in analysis.facts)),
        ("problems", (asdict(p) for p in analysis.problems)),
        ("stories", ({"id": s.id, "label": s.label, "documents": list(s.documents)} for s in analysis.stories)),
        ("summary", summary(analysis)),
    ]
    if reviewed is not None:
        sections.extend(_review_sections(reviewed))
    return iter(sections)


def _review_sections(reviewed: Reviewed) -> list[tuple[str, Any]]:
    """The verdicts (with what became of each), the facts as ruled, the times set, their counts."""
    orphaned = set(reviewed.orphaned)
    return [
        (
            "verdicts",
            [
                {
                    "id": v.id,
                    "kind": v.kind,
                    "label": v.label,
                    "created_at": v.created_at,
                    "orphaned": v.id in orphaned,
                    "applies_to": reviewed.target.get(v.id, ""),
                    "anchor": [asdict(a) for a in v.anchor],
                    "other": [asdict(a) for a in v.other],
                }
                for v in reviewed.verdicts
            ],
        ),
        ("reviewed_facts", (_fact(f) for f in reviewed.analysis.facts)),
        ("published", {d.id: d.published for d in reviewed.analysis.documents if d.published}),
        ("reviewed_summary", summary(reviewed.analysis)),
    ]


def _plain(item: Any) -> dict[str, Any]:
    """`dataclasses.asdict` of a flat record, 5× faster (asdict deep-copies every field): nested
    dataclasses (a mention's frame) still go through asdict; tuples are written as JSON arrays either way."""
    names = _FIELDS.get(type(item))
    if names is None:
        names = _FIELDS[type(item)] = tuple(f.name for f in fields(item))
    out = {name: getattr(item, name) for name in names}
    for name, value in out.items():
        if is_dataclass(value):
            out[name] = _nested_copy(value)
    return out


@lru_cache(maxsize=4096)
def _nested(value: Any) -> dict[str, Any]:
    """asdict of a frozen nested record (most mentions share a handful of frames); a fresh copy each time."""
    return asdict(value)


def _nested_copy(value: Any) -> dict[str, Any]:
    try:
        return dict(_nested(value))
    except TypeError:  # an unhashable record
        return asdict(value)


_FIELDS: dict[type, tuple[str, ...]] = {}


def summary(analysis: Analysis) -> dict[str, int]:
    """The counts shown after an analysis."""
    return {
        "articles": len(analysis.documents),
        "sentences": len(analysis.sentences),
        "mentions": len(analysis.mentions),
        "alignments": len(analysis.alignments),
        "facts": len(analysis.facts),
        "shared": sum(f.status == "shared" for f in analysis.facts),
        "conflicts": sum(open_conflict(f) for f in analysis.facts),
        "dismissed": sum(f.review == "dismissed" for f in analysis.facts),
        "reviewed": sum(bool(f.review) for f in analysis.facts),
        "problems": len(analysis.problems),
        "stories": len(analysis.stories),
    }


def write_json(analysis: Analysis, path: str | Path, reviewed: Reviewed | None = None) -> None:
    """Write the export as UTF-8 JSON (Arabic kept readable), item by item: the bytes are those of
    `json.dumps(to_dict(analysis, reviewed), ensure_ascii=False, indent=1)`, without holding the whole export
    in memory (at 10,000 articles it was the largest thing in the process)."""
    with open(path, "w", encoding="utf-8") as out:
        out.write("{")
        for k, (key, value) in enumerate(_sections(analysis, reviewed)):
            out.write(("," if k else "") + "\n " + json.dumps(key) + ": ")
            if not isinstance(value, Iterator):
                out.write(_dumps(value, 1))
                continue
            opened = False
            for item in value:
                out.write(("," if opened else "[") + "\n  " + _dumps(item, 2))
                opened = True
            out.write("\n ]" if opened else "[]")
        out.write("\n}")


def _dumps(value: Any, depth: int) -> str:
    """VALUE as `json.dumps(…, indent=1)` writes it at nesting DEPTH (JSON strings hold no raw newline).

    With an indent, json encodes in Python generators (its C encoder serves only the compact form):
    the export's records — dicts, lists and scalars — are written here instead, 3.9× faster, with the
    C string encoder; anything else goes through json."""
    try:
        return _encode(value, depth)
    except TypeError:
        return json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n" + " " * depth)


def _encode(value: Any, depth: int) -> str:
    scalar = _SCALARS.get(type(value))
    if scalar is not None:
        return scalar(value)
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = []
        for key, item in value.items():
            head = _KEYS.get((key, depth))
            if head is None:
                if not isinstance(key, str):
                    raise TypeError("keys json converts")
                head = "\n" + " " * (depth + 1) + encode_basestring(key) + ": "
                if len(_KEYS) < 4096:  # not the document ids of a `published` map
                    _KEYS[(key, depth)] = head
            scalar = _SCALARS.get(type(item))
            inner.append(head + (scalar(item) if scalar is not None else _encode(item, depth + 1)))
        return "{" + ",".join(inner) + "\n" + " " * depth + "}"
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        pad = "\n" + " " * (depth + 1)
        return "[" + ",".join([pad + _encode(item, depth + 1) for item in value]) + "\n" + " " * depth + "]"
    if isinstance(value, (str, int, float)):  # a subclass (an enum…): as json writes it
        return json.dumps(value, ensure_ascii=False)
    raise TypeError(f"not a plain JSON value: {type(value).__name__}")


_KEYS: dict[tuple[str, int], str] = {}
"""A key and its indent as written (the export repeats a few dozen keys)."""


def _float(value: float) -> str:
    """A float as json writes it (NaN and the infinities as JavaScript names them)."""
    if value != value:
        return "NaN"
    if value in (math.inf, -math.inf):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)


_SCALARS: dict[type, Callable[[Any], str]] = {
    str: encode_basestring,
    int: int.__repr__,
    float: _float,
    bool: lambda value: "true" if value else "false",
    type(None): lambda _: "null",
}

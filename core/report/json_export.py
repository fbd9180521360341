"""The analysis as plain data: the JSON contract that `../shared/eval/score.py` reads (DESIGN.md),
with more keys for humans (labels, explanations, furniture flags, problems), each number's `frame`
({role, subject, aggregation, scope, part_of, base}) and each fact's `reasons` ([{code, params}], codes
listed in core.match.reasons)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, fields, is_dataclass, replace
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any

import orjson

from core.match.timeline import timeline, trend
from core.match.verdicts import Reviewed, open_conflict
from core.mentions.numbers.display import clock_as_written
from core.model import Analysis, Fact, Mention
from core.whole_file import written_whole


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
    return {
        key: [_plain(item) for item in value] if isinstance(value, Iterator) else value
        for key, value in _sections(analysis, reviewed)
    }


def _sections(analysis: Analysis, reviewed: Reviewed | None = None) -> Iterator[tuple[str, Any]]:
    """The export's keys in order; the long lists as iterators, so that a writer can stream them, of
    plain data or of the analysis's own records (written as `_plain` gives them)."""
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
        ("sentences", iter(analysis.sentences)),
        ("numbers", (_as_exported(m) for m in analysis.mentions if m.family == "number")),
        ("mentions", (m for m in analysis.mentions if m.family != "number")),
        ("alignments", iter(analysis.alignments)),
        ("facts", (_fact(f) for f in analysis.facts)),
        ("problems", iter(analysis.problems)),
        ("stories", ({"id": s.id, "label": s.label, "documents": list(s.documents)} for s in analysis.stories)),
        ("summary", summary(analysis)),
    ]
    if reviewed is not None:
        sections.extend(_review_sections(reviewed))
    return iter(sections)


def _as_exported(m: Mention) -> Mention:
    """M as the export gives it: a clock time given with its minutes as «HH:MM» (answer keys write
    clock times so, core.mentions.numbers.display.clock_as_written), every other number as read."""
    if m.kind != "time" or isinstance(m.value, str):
        return m
    written = clock_as_written(float(m.value), m.text)
    return m if written is None else replace(m, value=written)


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


def _plain(item: Any) -> Any:
    """A record of the export as plain data (`dataclasses.asdict`, 5× faster: asdict deep-copies every
    field; nested records, a mention's frame, still go through asdict); plain data as it is."""
    names = _FIELDS.get(type(item))
    if names is None:
        if not is_dataclass(item):
            return item
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


_OPTIONS = orjson.OPT_INDENT_2 | orjson.OPT_NON_STR_KEYS
_CHUNK = 2000
"""Records encoded per call: the bytes of one section are never all in memory at once."""


def write_json(analysis: Analysis, path: str | Path, reviewed: Reviewed | None = None) -> None:
    """Write the export as UTF-8 JSON (Arabic kept readable, two spaces of indent), a few thousand
    records at a time: the bytes are those of `export_bytes` (the whole export at once), without
    holding the whole export in memory (at 10,000 articles it was the largest thing in the process).

    orjson writes the records straight from the analysis's dataclasses, where json with an indent
    encodes in Python: the export of 10,000 articles took 4.9 s, 1.4 s with orjson. Values JSON has
    no word for (NaN, the infinities) are written null, as any JSON reader expects; a chunk holding
    an integer beyond 64 bits, which orjson refuses, is written by json."""
    with written_whole(path) as part, open(part, "wb") as out:  # a run stopped half-way keeps the old file
        out.write(b"{")
        for k, (key, value) in enumerate(_sections(analysis, reviewed)):
            out.write((b"," if k else b"") + b"\n  " + _encode(key) + b": ")
            if not isinstance(value, Iterator):
                out.write(_encode(value).replace(b"\n", b"\n  "))
                continue
            opened = False
            for chunk in _batched(value, _CHUNK):
                items = _encode(chunk)[2:-2]  # «[\n» and «\n]» cut: the items, indented once
                out.write((b"," if opened else b"[") + b"\n  " + items.replace(b"\n", b"\n  "))
                opened = True
            out.write(b"\n  ]" if opened else b"[]")
        out.write(b"\n}")


def export_bytes(analysis: Analysis, reviewed: Reviewed | None = None) -> bytes:
    """The whole export at once, as `write_json` writes it item by item."""
    return _encode(to_dict(analysis, reviewed))


def _encode(value: Any) -> bytes:
    """VALUE as orjson writes it with two spaces of indent; through json (the same layout) when orjson
    refuses it (an integer beyond 64 bits)."""
    try:
        return orjson.dumps(value, option=_OPTIONS)
    except orjson.JSONEncodeError:
        plain = [_plain(v) for v in value] if isinstance(value, list) else _plain(value)
        return json.dumps(plain, ensure_ascii=False, indent=2, default=_plain).encode()


def _batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """ITEMS in lists of SIZE (the last one shorter): itertools.batched, which Python 3.11 lacks."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk

"""The analysis as plain data: the JSON contract that `../shared/eval/score.py` reads (DESIGN.md),
with more keys for humans (labels, explanations, furniture flags, problems), each number's `frame`
({role, subject, aggregation, scope, part_of}) and each fact's `reasons` ([{code, params}], codes
listed in core.match.reasons)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

from core.match.timeline import timeline, trend
from core.model import Analysis


def to_dict(analysis: Analysis) -> dict[str, Any]:
    """documents, sentences, numbers, mentions (of the other fact families), alignments, facts
    (+ problems, stories, summary)."""
    return {key: list(value) if isinstance(value, Iterator) else value for key, value in _sections(analysis)}


def _sections(analysis: Analysis) -> Iterator[tuple[str, Any]]:
    """The export's keys in order; the long lists as iterators, so that a writer can stream them."""
    return iter(
        (
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
            ("sentences", (asdict(s) for s in analysis.sentences)),
            ("numbers", (asdict(m) for m in analysis.mentions if m.family == "number")),
            ("mentions", (asdict(m) for m in analysis.mentions if m.family != "number")),
            ("alignments", (asdict(a) for a in analysis.alignments)),
            (
                "facts",
                (
                    {
                        "id": f.id,
                        "status": f.status,
                        "mentions": list(f.mentions),
                        "label": f.label,
                        "explanation": f.explanation,
                        "counted": f.counted,
                        "kind": f.kind,
                        "timeline": timeline(f),
                        "trend": trend(f),
                        "reasons": [{"code": r.code, "params": dict(r.params)} for r in f.reasons],
                    }
                    for f in analysis.facts
                ),
            ),
            ("problems", (asdict(p) for p in analysis.problems)),
            ("stories", ({"id": s.id, "label": s.label, "documents": list(s.documents)} for s in analysis.stories)),
            ("summary", summary(analysis)),
        )
    )


def summary(analysis: Analysis) -> dict[str, int]:
    """The counts shown after an analysis."""
    return {
        "articles": len(analysis.documents),
        "sentences": len(analysis.sentences),
        "mentions": len(analysis.mentions),
        "alignments": len(analysis.alignments),
        "facts": len(analysis.facts),
        "shared": sum(f.status == "shared" for f in analysis.facts),
        "conflicts": sum(f.status == "conflict" for f in analysis.facts),
        "problems": len(analysis.problems),
        "stories": len(analysis.stories),
    }


def write_json(analysis: Analysis, path: str | Path) -> None:
    """Write the export as UTF-8 JSON (Arabic kept readable), item by item: the bytes are those of
    `json.dumps(to_dict(analysis), ensure_ascii=False, indent=1)`, without holding the whole export
    in memory (at 10,000 articles it was the largest thing in the process)."""
    with open(path, "w", encoding="utf-8") as out:
        out.write("{")
        for k, (key, value) in enumerate(_sections(analysis)):
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
    """VALUE as `json.dumps(…, indent=1)` writes it at nesting DEPTH (JSON strings hold no raw newline)."""
    return json.dumps(value, ensure_ascii=False, indent=1).replace("\n", "\n" + " " * depth)

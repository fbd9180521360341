"""The analysis as plain data: the JSON contract that `../shared/eval/score.py` reads (DESIGN.md),
with more keys for humans (labels, explanations, furniture flags, problems), each number's `frame`
({role, subject, aggregation, scope, part_of}) and each fact's `reasons` ([{code, params}], codes
listed in core.match.reasons)."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

from core.model import Analysis


def to_dict(analysis: Analysis) -> dict[str, Any]:
    """documents, sentences, numbers, alignments, facts (+ problems, summary)."""
    return {
        "folder": analysis.folder,
        "documents": [
            {
                "id": d.id,
                "path": d.path,
                "title": d.title,
                "encoding": d.encoding,
                "language": d.language,
                "sha256": d.sha256,
            }
            for d in analysis.documents
        ],
        "sentences": [asdict(s) for s in analysis.sentences],
        "numbers": [asdict(m) for m in analysis.mentions],
        "alignments": [asdict(a) for a in analysis.alignments],
        "facts": [
            {
                "id": f.id,
                "status": f.status,
                "mentions": list(f.mentions),
                "label": f.label,
                "explanation": f.explanation,
                "counted": f.counted,
                "kind": f.kind,
                "reasons": [{"code": r.code, "params": dict(r.params)} for r in f.reasons],
            }
            for f in analysis.facts
        ],
        "problems": [asdict(p) for p in analysis.problems],
        "stories": [{"id": s.id, "label": s.label, "documents": list(s.documents)} for s in analysis.stories],
        "summary": summary(analysis),
    }


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
    """Write the export as UTF-8 JSON (Arabic kept readable)."""
    Path(path).write_text(json.dumps(to_dict(analysis), ensure_ascii=False, indent=1), encoding="utf-8")

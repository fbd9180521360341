"""JSON texts kept in the project file (the snapshot's columns, a fact's reasons): compact, written
by orjson, 4-5× faster than json; each is written while the interpreter lock is held, beside the
window's thread when the window saves (issue 14)."""

from __future__ import annotations

import json
from typing import Any

import orjson


def json_text(value: Any) -> str:
    """VALUE as compact JSON that `json.loads` reads back equal to it.

    orjson writes NaN and the infinities as null and refuses integers beyond 64 bits: a text with a
    null in it, or refused, is written by json (which writes them as Python reads them back)."""
    try:
        out = orjson.dumps(value)
    except orjson.JSONEncodeError:
        return _json(value)
    return _json(value) if b"null" in out else out.decode()


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
